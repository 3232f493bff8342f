package org.entente.notifications.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.audit.FieldChange;
import org.entente.identity.Accounts;
import org.entente.identity.UserSummary;
import org.entente.notifications.ReminderKind;
import org.entente.notifications.ReminderPreferences;
import org.entente.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the kinds of reminder each account has turned off; everything else is on. */
@Service
@Transactional(readOnly = true)
class PreferenceBook implements ReminderPreferences {

  private final JdbcClient jdbc;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  PreferenceBook(
      JdbcClient jdbc,
      Accounts accounts,
      ApplicationEventPublisher events,
      MessageSource messages) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.events = events;
    this.messages = messages;
  }

  @Override
  public Set<ReminderKind> chosen(long userId) {
    Set<ReminderKind> kinds = EnumSet.allOf(ReminderKind.class);
    kinds.removeAll(optedOut(userId));
    return kinds;
  }

  @Override
  @Transactional
  public void choose(long userId, Set<ReminderKind> kinds) {
    UserSummary user =
        accounts.find(userId).orElseThrow(() -> new NotFoundException("account " + userId));
    Set<ReminderKind> before = chosen(userId);
    Set<ReminderKind> after = withNone(kinds);
    if (before.equals(after)) {
      return;
    }
    jdbc.sql("delete from reminder_opt_out where user_id = :user").param("user", userId).update();
    for (ReminderKind kind : EnumSet.complementOf(withNone(after))) {
      jdbc.sql("insert into reminder_opt_out (user_id, kind) values (:user, :kind)")
          .param("user", userId)
          .param("kind", kind.name())
          .update();
    }
    events.publishEvent(
        new AuditEvent(
            null,
            "user",
            userId,
            user.displayName(),
            "reminders-chosen",
            List.of(new FieldChange("reminders", names(before), names(after)))));
  }

  @Override
  public boolean wants(String email, ReminderKind kind) {
    return accounts
        .findByEmail(email)
        .map(user -> !optedOut(user.id()).contains(kind))
        .orElse(true);
  }

  private Set<ReminderKind> optedOut(long userId) {
    return jdbc
        .sql("select kind from reminder_opt_out where user_id = :user")
        .param("user", userId)
        .query(String.class)
        .list()
        .stream()
        .filter(k -> Arrays.stream(ReminderKind.values()).anyMatch(v -> v.name().equals(k)))
        .map(ReminderKind::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReminderKind.class)));
  }

  // EnumSet.complementOf needs a set that knows its enum type, even when empty
  private static EnumSet<ReminderKind> withNone(Set<ReminderKind> kinds) {
    EnumSet<ReminderKind> s = EnumSet.noneOf(ReminderKind.class);
    s.addAll(kinds);
    return s;
  }

  /** The kinds as the audit trail shows them to people, in the words of the day they changed. */
  private String names(Set<ReminderKind> kinds) {
    if (kinds.isEmpty()) {
      return messages.getMessage("reminders.kind.none", null, Locale.UK);
    }
    return kinds.stream()
        .map(k -> messages.getMessage("reminders.kind." + k.name(), null, k.name(), Locale.UK))
        .collect(Collectors.joining(", "));
  }
}
