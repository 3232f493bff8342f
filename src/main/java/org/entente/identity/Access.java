package org.entente.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Answers what the signed-in user may see and do. Every answer reads the current grants of an
 * active account, so removing a role or deactivating an account takes effect on the next request.
 */
@Service
public class Access {

  private final JdbcClient jdbc;

  Access(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The active account's grants in one area. */
  public List<Grant> grants(Authentication user, long areaId) {
    Long userId = userId(user);
    if (userId == null) {
      return List.of();
    }
    return jdbc.sql(
            """
            select g.id, g.user_id, g.area_id, g.role, g.partnership_id
            from role_grant g join user_account u on u.id = g.user_id
            where g.user_id = :user and g.area_id = :area and u.active
            """)
        .param("user", userId)
        .param("area", areaId)
        .query(Grant.class)
        .list();
  }

  public Set<Role> roles(Authentication user, long areaId) {
    return grants(user, areaId).stream().map(Grant::role).collect(Collectors.toSet());
  }

  /** Any role in the area lets a user read its register. */
  public boolean canRead(Authentication user, long areaId) {
    return !grants(user, areaId).isEmpty();
  }

  public boolean isAdmin(Authentication user, long areaId) {
    return roles(user, areaId).contains(Role.ADMIN);
  }

  /** Administrators edit everything in the area; officers the partnerships assigned to them. */
  public boolean canEditPartnership(Authentication user, long areaId, long partnershipId) {
    return grants(user, areaId).stream()
        .anyMatch(
            g ->
                g.role() == Role.ADMIN
                    || (g.role() == Role.OFFICER
                        && Long.valueOf(partnershipId).equals(g.partnershipId())));
  }

  /** Partnerships this user may edit as their officer (administrators may edit all). */
  public Set<Long> officerOf(Authentication user, long areaId) {
    return grants(user, areaId).stream()
        .filter(g -> g.role() == Role.OFFICER)
        .map(Grant::partnershipId)
        .collect(Collectors.toSet());
  }

  /**
   * Restricted records are for administrators, scrutiny members and the officers of that
   * partnership; members do not see them.
   */
  public boolean canSeeRestricted(Authentication user, long areaId, long partnershipId) {
    return grants(user, areaId).stream()
        .anyMatch(
            g ->
                g.role() == Role.ADMIN
                    || g.role() == Role.SCRUTINY
                    || (g.role() == Role.OFFICER
                        && Long.valueOf(partnershipId).equals(g.partnershipId())));
  }

  /** Whether this user sees every restricted record of the area. */
  public boolean seesAllRestricted(Authentication user, long areaId) {
    Set<Role> roles = roles(user, areaId);
    return roles.contains(Role.ADMIN) || roles.contains(Role.SCRUTINY);
  }

  /** Ids of the areas in which this user holds any role. */
  public List<Long> areaIds(Authentication user) {
    Long userId = userId(user);
    if (userId == null) {
      return List.of();
    }
    return jdbc.sql(
            """
            select distinct g.area_id from role_grant g join user_account u on u.id = g.user_id
            where g.user_id = :user and u.active order by g.area_id
            """)
        .param("user", userId)
        .query(Long.class)
        .list();
  }

  private static Long userId(Authentication user) {
    if (user != null && user.getPrincipal() instanceof AccountPrincipal p) {
      return p.id();
    }
    return null;
  }
}
