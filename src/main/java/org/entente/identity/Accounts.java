package org.entente.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.audit.FieldChange;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * User accounts: creating and inviting them, granting and removing roles, deactivating, passwords
 * and personal API tokens. Every change is published for the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

  /** How long an invitation or password link stays valid. */
  public static final Duration LINK_LIFETIME = Duration.ofDays(7);

  private static final String USER_COLUMNS =
      "u.id, u.username, u.email, u.display_name, u.active, u.password_hash is not null as has_password";

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final PartnershipNames partnershipNames;
  private final MessageSource messages;
  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
  private final int maxFailedAttempts;
  private final Duration lockout;

  Accounts(
      JdbcClient jdbc,
      PasswordEncoder passwords,
      ApplicationEventPublisher events,
      PartnershipNames partnershipNames,
      MessageSource messages,
      ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
      @Value("${entente.security.max-failed-attempts:5}") int maxFailedAttempts,
      @Value("${entente.security.lockout:15m}") Duration lockout) {
    this.jdbc = jdbc;
    this.passwords = passwords;
    this.events = events;
    this.partnershipNames = partnershipNames;
    this.messages = messages;
    this.sessions = sessions;
    this.maxFailedAttempts = maxFailedAttempts;
    this.lockout = lockout;
  }

  public boolean anyExist() {
    return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
  }

  public Optional<UserSummary> find(long id) {
    return jdbc.sql("select " + USER_COLUMNS + " from user_account u where u.id = :id")
        .param("id", id)
        .query(UserSummary.class)
        .optional();
  }

  public Optional<UserSummary> findByUsernameOrEmail(String usernameOrEmail) {
    return jdbc.sql(
            "select "
                + USER_COLUMNS
                + " from user_account u where lower(u.username) = lower(:v) or lower(u.email) = lower(:v)")
        .param("v", usernameOrEmail)
        .query(UserSummary.class)
        .optional();
  }

  /** The account with this email address, whatever its case. */
  public Optional<UserSummary> findByEmail(String email) {
    return jdbc.sql(
            "select " + USER_COLUMNS + " from user_account u where lower(u.email) = lower(:e)")
        .param("e", email)
        .query(UserSummary.class)
        .optional();
  }

  /** Users holding any role in the area, with their grants there. */
  public List<UserSummary> usersOf(long areaId) {
    return jdbc.sql(
            "select "
                + USER_COLUMNS
                + " from user_account u where exists (select 1 from role_grant g"
                + " where g.user_id = u.id and g.area_id = :area) order by lower(u.display_name)")
        .param("area", areaId)
        .query(UserSummary.class)
        .list();
  }

  /** One page of the users holding any role in the area, by name. */
  public Page<UserSummary> usersOf(long areaId, PageRequest page) {
    List<UserSummary> users =
        jdbc.sql(
                "select "
                    + USER_COLUMNS
                    + " from user_account u where exists (select 1 from role_grant g"
                    + " where g.user_id = u.id and g.area_id = :area)"
                    + " order by lower(u.display_name), u.id limit :limit offset :offset")
            .param("area", areaId)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(UserSummary.class)
            .list();
    long total =
        jdbc.sql("select count(distinct user_id) from role_grant where area_id = :area")
            .param("area", areaId)
            .query(Long.class)
            .single();
    return Page.of(users, page, total);
  }

  /** The grants in one area of each of the given users, keyed by user id. */
  public Map<Long, List<Grant>> grantsIn(long areaId, Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            "select id, user_id, area_id, role, partnership_id from role_grant"
                + " where area_id = :area and user_id in (:users) order by role, partnership_id")
        .param("area", areaId)
        .param("users", userIds)
        .query(Grant.class)
        .list()
        .stream()
        .collect(Collectors.groupingBy(Grant::userId, LinkedHashMap::new, Collectors.toList()));
  }

  /** Ids of the areas in which the user holds any role, active or not. */
  public List<Long> areasOf(long userId) {
    return jdbc.sql(
            "select distinct area_id from role_grant where user_id = :user order by area_id")
        .param("user", userId)
        .query(Long.class)
        .list();
  }

  public List<Grant> grantsOf(long userId, long areaId) {
    return jdbc.sql(
            "select id, user_id, area_id, role, partnership_id from role_grant"
                + " where user_id = :user and area_id = :area order by role, partnership_id")
        .param("user", userId)
        .param("area", areaId)
        .query(Grant.class)
        .list();
  }

  /** Creates an account; with a {@code null} password the user sets one through a link. */
  @Transactional
  public long create(
      Long areaId, String username, String email, String displayName, String rawPassword) {
    long id =
        jdbc.sql(
                """
                insert into user_account (username, email, display_name, password_hash)
                values (:username, :email, :name, :hash) returning id
                """)
            .param("username", username.trim())
            .param("email", email.trim())
            .param("name", displayName.trim())
            .param("hash", rawPassword == null ? null : passwords.encode(rawPassword))
            .query(Long.class)
            .single();
    Map<String, String> after = new LinkedHashMap<>();
    after.put("username", username.trim());
    after.put("email", email.trim());
    after.put("displayName", displayName.trim());
    events.publishEvent(
        new AuditEvent(
            areaId,
            "user",
            id,
            displayName,
            "created",
            AuditEvent.changesBetween(Map.of(), after)));
    return id;
  }

  /** Grants a role; returns false when the user already held it. */
  @Transactional
  public boolean grant(long userId, long areaId, Role role, Long partnershipId) {
    int added =
        jdbc.sql(
                """
                insert into role_grant (user_id, area_id, role, partnership_id)
                values (:user, :area, :role, :partnership) on conflict do nothing
                """)
            .param("user", userId)
            .param("area", areaId)
            .param("role", role.name())
            .param("partnership", role == Role.OFFICER ? partnershipId : null)
            .update();
    if (added > 0) {
      audit(areaId, userId, "role-granted", "role", null, roleLabel(role, partnershipId));
    }
    return added > 0;
  }

  @Transactional
  public void revoke(long grantId, long areaId) {
    Grant grant =
        jdbc.sql(
                "select id, user_id, area_id, role, partnership_id from role_grant"
                    + " where id = :id and area_id = :area")
            .param("id", grantId)
            .param("area", areaId)
            .query(Grant.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("role " + grantId));
    jdbc.sql("delete from role_grant where id = :id").param("id", grantId).update();
    audit(
        areaId,
        grant.userId(),
        "role-removed",
        "role",
        roleLabel(grant.role(), grant.partnershipId()),
        null);
  }

  /**
   * Deactivates or reactivates an account in every area. Deactivating also ends the user's open
   * sessions once the change is committed, so they are signed out at once.
   */
  @Transactional
  public void setActive(long userId, Long areaId, boolean active) {
    Optional<String> changedUsername =
        jdbc.sql(
                "update user_account set active = :active where id = :id and active <> :active"
                    + " returning username")
            .param("active", active)
            .param("id", userId)
            .query(String.class)
            .optional();
    if (changedUsername.isPresent()) {
      if (!active) {
        afterCommit(() -> endSessionsOf(changedUsername.get()));
      }
      audit(
          areaId,
          userId,
          active ? "reactivated" : "deactivated",
          "status",
          active ? "deactivated" : "active",
          active ? "active" : "deactivated");
    }
  }

  /** A one-time link to set a password; returns the token to put in the link. */
  @Transactional
  public String issuePasswordLink(long userId) {
    return issuePasswordLink(userId, null);
  }

  /**
   * A one-time link to set a password, recorded in the area's audit trail; earlier unused links of
   * the same user stop working. Returns the token to put in the link.
   */
  @Transactional
  public String issuePasswordLink(long userId, Long areaId) {
    String token = Tokens.newToken();
    expireUnusedLinks(userId);
    jdbc.sql(
            "insert into password_link (user_id, token_hash, expires_at) values (:user, :hash, :expires)")
        .param("user", userId)
        .param("hash", Tokens.hash(token))
        .param("expires", java.sql.Timestamp.from(Instant.now().plus(LINK_LIFETIME)))
        .update();
    audit(areaId, userId, "password-link-sent", null, null, null);
    return token;
  }

  /** The account a still-valid password link belongs to. */
  public Optional<UserSummary> passwordLinkOwner(String token) {
    return jdbc.sql(
            "select "
                + USER_COLUMNS
                + " from password_link l join user_account u on u.id = l.user_id"
                + " where l.token_hash = :hash and l.used_at is null and l.expires_at > now() and u.active")
        .param("hash", Tokens.hash(token))
        .query(UserSummary.class)
        .optional();
  }

  /** Sets the password through a link, which can be used only once. */
  @Transactional
  public boolean setPasswordWithLink(String token, String rawPassword) {
    Optional<Long> userId =
        jdbc.sql(
                """
                update password_link l set used_at = now()
                from user_account u
                where l.token_hash = :hash and l.used_at is null and l.expires_at > now()
                  and u.id = l.user_id and u.active
                returning l.user_id
                """)
            .param("hash", Tokens.hash(token))
            .query(Long.class)
            .optional();
    userId.ifPresent(
        id -> {
          expireUnusedLinks(id);
          changePassword(id, rawPassword);
        });
    return userId.isPresent();
  }

  private void expireUnusedLinks(long userId) {
    jdbc.sql(
            "update password_link set expires_at = now()"
                + " where user_id = :user and used_at is null and expires_at > now()")
        .param("user", userId)
        .update();
  }

  @Transactional
  public void changePassword(long userId, String rawPassword) {
    jdbc.sql(
            "update user_account set password_hash = :hash, failed_attempts = 0, locked_until = null"
                + " where id = :id")
        .param("hash", passwords.encode(rawPassword))
        .param("id", userId)
        .update();
    audit(null, userId, "password-set", null, null, null);
  }

  public boolean passwordMatches(long userId, String rawPassword) {
    String hash =
        jdbc.sql("select password_hash from user_account where id = :id")
            .param("id", userId)
            .query(String.class)
            .optional()
            .orElse(null);
    return hash != null && passwords.matches(rawPassword, hash);
  }

  // --- sign-in protection

  Optional<AccountPrincipal> principal(String username) {
    return jdbc.sql(
            """
            select id, username, display_name, password_hash, active,
                   coalesce(locked_until > now(), false) as locked
            from user_account where lower(username) = lower(:username)
            """)
        .param("username", username)
        .query(
            (rs, n) ->
                new AccountPrincipal(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("password_hash"),
                    rs.getBoolean("active"),
                    rs.getBoolean("locked")))
        .optional();
  }

  /** Counts a failed sign-in; too many in a row lock the account for a while. */
  @Transactional
  void recordFailedSignIn(String username) {
    jdbc.sql(
            """
            update user_account set failed_attempts = failed_attempts + 1,
              locked_until = case when failed_attempts + 1 >= :max
                                  then now() + make_interval(secs => :lockSeconds) else locked_until end
            where lower(username) = lower(:username)
            """)
        .param("max", maxFailedAttempts)
        .param("lockSeconds", lockout.toSeconds())
        .param("username", username)
        .update();
  }

  @Transactional
  void recordSuccessfulSignIn(String username) {
    jdbc.sql(
            "update user_account set failed_attempts = 0, locked_until = null"
                + " where lower(username) = lower(:username) and (failed_attempts > 0 or locked_until is not null)")
        .param("username", username)
        .update();
  }

  // --- API tokens

  public List<ApiTokenSummary> tokensOf(long userId) {
    return jdbc.sql(
            "select id, name, created_at, last_used_at from api_token"
                + " where user_id = :user and revoked_at is null order by created_at desc")
        .param("user", userId)
        .query(ApiTokenSummary.class)
        .list();
  }

  /** Creates a personal API token and returns it; only its hash is kept. */
  @Transactional
  public String createToken(long userId, String name) {
    String token = "ent_" + Tokens.newToken();
    addToken(userId, name, token);
    return token;
  }

  /** Stores a given token (the demo accounts' well-known tokens). */
  @Transactional
  public void addToken(long userId, String name, String token) {
    jdbc.sql("insert into api_token (user_id, name, token_hash) values (:user, :name, :hash)")
        .param("user", userId)
        .param("name", name)
        .param("hash", Tokens.hash(token))
        .update();
    audit(null, userId, "token-created", "token", null, name);
  }

  @Transactional
  public void revokeToken(long userId, long tokenId) {
    String name =
        jdbc.sql(
                "update api_token set revoked_at = now() where id = :id and user_id = :user"
                    + " and revoked_at is null returning name")
            .param("id", tokenId)
            .param("user", userId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("token " + tokenId));
    audit(null, userId, "token-revoked", "token", name, null);
  }

  /** The active account an unrevoked API token belongs to. */
  @Transactional
  Optional<AccountPrincipal> principalForToken(String token) {
    Optional<String> username =
        jdbc.sql(
                """
                update api_token t set last_used_at = now()
                from user_account u
                where t.token_hash = :hash and t.revoked_at is null and u.id = t.user_id and u.active
                returning u.username
                """)
            .param("hash", Tokens.hash(token))
            .query(String.class)
            .optional();
    return username.flatMap(this::principal);
  }

  private void endSessionsOf(String username) {
    FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
    }
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  private void audit(
      Long areaId, long userId, String action, String field, String before, String after) {
    String label =
        jdbc.sql("select display_name from user_account where id = :id")
            .param("id", userId)
            .query(String.class)
            .single();
    List<FieldChange> changes =
        field == null ? List.of() : List.of(new FieldChange(field, before, after));
    events.publishEvent(new AuditEvent(areaId, "user", userId, label, action, changes));
  }

  /** The role as the trail shows it to people, in the words of the day it changed. */
  private String roleLabel(Role role, Long partnershipId) {
    String label = messages.getMessage("role." + role.name(), null, role.name(), Locale.UK);
    if (partnershipId == null) {
      return label;
    }
    return messages.getMessage(
        "role.ofPartnership",
        new Object[] {label, partnershipNames.name(partnershipId).orElse("#" + partnershipId)},
        Locale.UK);
  }
}
