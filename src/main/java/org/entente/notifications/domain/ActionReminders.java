package org.entente.notifications.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.directory.PersonRef;
import org.entente.meetings.ActionSummary;
import org.entente.meetings.Actions;
import org.entente.notifications.ReminderKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds the owner of each open or in-progress action, by the email address the area's directory
 * has for them, once per due date: when it falls due within the week, and when it is overdue.
 */
@Component
class ActionReminders implements ReminderSource {

  /** How far ahead an action counts as due soon, today included. */
  static final int DUE_SOON_DAYS = 7;

  private final Actions actions;
  private final People people;
  private final ReminderMail mail;
  private final int overdueWithinDays;

  ActionReminders(
      Actions actions,
      People people,
      ReminderMail mail,
      // An action overdue for longer is not reminded of when Entente first looks at it (say, when
      // reminders are first switched on); it is still on the area's list of overdue actions.
      @Value("${entente.notifications.overdue-within-days:28}") int overdueWithinDays) {
    this.actions = actions;
    this.people = people;
    this.mail = mail;
    this.overdueWithinDays = overdueWithinDays;
  }

  @Override
  public List<Reminder> due(AreaRef area, LocalDate today) {
    Map<Long, Optional<PersonRef>> owners = new HashMap<>();
    List<Reminder> due = new ArrayList<>();
    for (ActionSummary a :
        actions.outstandingDueBetween(
            area.id(), today.minusDays(overdueWithinDays), today.plusDays(DUE_SOON_DAYS), today)) {
      Optional<PersonRef> owner =
          owners.computeIfAbsent(a.ownerId(), id -> people.find(area.id(), id));
      String email = owner.map(PersonRef::email).orElse(null);
      if (email == null || email.isBlank()) {
        continue; // nobody to write to; the action still shows on the area's lists
      }
      ReminderKind kind = a.overdue() ? ReminderKind.ACTION_OVERDUE : ReminderKind.ACTION_DUE_SOON;
      PersonRef person = owner.get();
      due.add(
          new Reminder(
              kind, a.id(), email, a.dueOn(), area.id(), () -> letter(kind, area, a, person)));
    }
    return due;
  }

  private Reminder.Letter letter(
      ReminderKind kind, AreaRef area, ActionSummary a, PersonRef owner) {
    String prefix = kind == ReminderKind.ACTION_OVERDUE ? "reminders.overdue" : "reminders.dueSoon";
    String link =
        mail.link(
            "/areas/" + area.slug() + "/partnerships/" + a.partnershipId() + "/actions/" + a.id());
    return new Reminder.Letter(
        mail.text(prefix + ".subject", mail.date(a.dueOn()), shorten(a.description())),
        mail.text(
                prefix + ".body",
                owner.name(),
                a.partnershipName(),
                mail.date(a.dueOn()),
                a.description(),
                link,
                area.name())
            + "\n\n"
            + mail.footer());
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }
}
