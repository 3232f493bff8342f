package org.entente.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites people into an area: an account without a password, a role there, and an emailed one-time
 * link with which they set their password. Someone who already has an account is simply given the
 * role.
 */
@Service
public class Invitations {

  /** Who is being invited, as the administrator typed it. */
  public record Invitee(String displayName, String username, String email) {}

  /**
   * What an invitation did: the account it reached, whether that account is new, and the token of
   * the password link to email when the user has yet to set a password (otherwise {@code null}).
   */
  public record Invited(UserSummary user, boolean newAccount, String linkToken) {

    public boolean needsEmail() {
      return linkToken != null;
    }
  }

  /**
   * An invitation that cannot go ahead, with the form field and message key to show; nothing was
   * written.
   */
  public static final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    Refused(String field, String messageKey) {
      super(messageKey);
      this.field = field;
      this.messageKey = messageKey;
    }

    public String field() {
      return field;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private final Accounts accounts;
  private final MailSender mail;
  private final MessageSource messages;
  private final String from;

  Invitations(
      Accounts accounts,
      MailSender mail,
      MessageSource messages,
      @Value("${entente.mail.from}") String from) {
    this.accounts = accounts;
    this.mail = mail;
    this.messages = messages;
    this.from = from;
  }

  /** Invites someone to hold a role in the area; see {@link Invited} for what happened. */
  @Transactional
  public Invited invite(long areaId, Invitee invitee, Role role, Long partnershipId) {
    Optional<UserSummary> byEmail = accounts.findByUsernameOrEmail(invitee.email().trim());
    Optional<UserSummary> byUsername = accounts.findByUsernameOrEmail(invitee.username().trim());
    if (byEmail.isPresent()) {
      UserSummary user = byEmail.get();
      if (byUsername.isPresent() && byUsername.get().id() != user.id()) {
        throw new Refused("username", "invite.username.otherAccount");
      }
      if (!accounts.grant(user.id(), areaId, role, partnershipId)) {
        throw new Refused("role", "invite.role.alreadyHeld");
      }
      String token =
          user.hasPassword() || !user.active()
              ? null
              : accounts.issuePasswordLink(user.id(), areaId);
      return new Invited(user, false, token);
    }
    if (byUsername.isPresent()) {
      throw new Refused("username", "invite.username.taken");
    }
    long id =
        accounts.create(areaId, invitee.username(), invitee.email(), invitee.displayName(), null);
    accounts.grant(id, areaId, role, partnershipId);
    String token = accounts.issuePasswordLink(id, areaId);
    return new Invited(accounts.find(id).orElseThrow(), true, token);
  }

  /**
   * A fresh password link for an invited user who has not yet set a password; earlier links stop
   * working. Returns the token to email.
   */
  @Transactional
  public String renew(long userId, long areaId) {
    UserSummary user = accounts.find(userId).orElseThrow(() -> new Refused(null, "invite.gone"));
    List<Grant> grants = accounts.grantsOf(userId, areaId);
    if (grants.isEmpty()) {
      throw new Refused(null, "invite.gone");
    }
    if (user.hasPassword()) {
      throw new Refused(null, "invite.resend.passwordSet");
    }
    if (!user.active()) {
      throw new Refused(null, "invite.resend.deactivated");
    }
    return accounts.issuePasswordLink(userId, areaId);
  }

  /**
   * Emails the password link; throws {@link MailException} when the mail server does not accept the
   * message, so that the administrator can be told and resend it.
   *
   * @param baseUrl where users reach Entente, such as {@code https://entente.example.org}
   */
  public void send(
      UserSummary user, String areaName, String inviterName, String baseUrl, String linkToken) {
    String link = stripTrailingSlash(baseUrl) + "/password/" + linkToken;
    var locale = LocaleContextHolder.getLocale();
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(user.email());
    message.setSubject(
        messages.getMessage("invitation.mail.subject", new Object[] {areaName}, locale));
    message.setText(
        messages.getMessage(
            "invitation.mail.body",
            new Object[] {
              user.displayName(),
              inviterName,
              areaName,
              user.username(),
              link,
              String.valueOf(Accounts.LINK_LIFETIME.toDays())
            },
            locale));
    mail.send(message);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
