package org.entente.risk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.directory.PersonRef;
import org.entente.notifications.ReminderFinder;
import org.entente.notifications.ReminderKind;
import org.entente.risk.RiskView;
import org.entente.risk.Risks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reminds the owner of each open risk, by the email address the area's directory has for them, once
 * per review date: when the review falls due within the week, and when it is overdue.
 */
@Component
class RiskReminders implements ReminderFinder {

  /** How far ahead a review counts as due soon, today included. */
  static final int DUE_SOON_DAYS = 7;

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final Risks risks;
  private final People people;
  private final MessageSource messages;
  private final int overdueWithinDays;

  RiskReminders(
      Risks risks,
      People people,
      MessageSource messages,
      // as for actions: a review overdue for longer is not reminded of when Entente first looks at
      // it; it is still on the area's list of overdue reviews
      @Value("${entente.notifications.overdue-within-days:28}") int overdueWithinDays) {
    this.risks = risks;
    this.people = people;
    this.messages = messages;
    this.overdueWithinDays = overdueWithinDays;
  }

  @Override
  public List<DueReminder> due(AreaRef area, LocalDate today) {
    Map<Long, Optional<PersonRef>> owners = new HashMap<>();
    List<DueReminder> due = new ArrayList<>();
    LocalDate from = today.minusDays(overdueWithinDays);
    for (RiskView r : risks.reviewsDueBy(area.id(), today.plusDays(DUE_SOON_DAYS - 1))) {
      if (r.reviewOn().isBefore(from)) {
        continue;
      }
      Optional<PersonRef> owner =
          owners.computeIfAbsent(r.ownerId(), id -> people.find(area.id(), id));
      String email = owner.map(PersonRef::email).orElse(null);
      if (email == null || email.isBlank()) {
        continue; // nobody to write to; the risk still shows on the area's overdue reviews
      }
      boolean overdue = r.reviewOn().isBefore(today);
      ReminderKind kind =
          overdue ? ReminderKind.RISK_REVIEW_OVERDUE : ReminderKind.RISK_REVIEW_DUE_SOON;
      String prefix = overdue ? "risk.reminder.overdue" : "risk.reminder.dueSoon";
      String name = owner.get().name();
      due.add(
          new DueReminder(
              kind,
              r.id(),
              email,
              r.reviewOn(),
              "/areas/" + area.slug() + "/risks/" + r.id(),
              link ->
                  new Letter(
                      text(prefix + ".subject", LONG_DATE.format(r.reviewOn()), r.title()),
                      text(
                          prefix + ".body",
                          name,
                          r.partnershipName() != null ? r.partnershipName() : r.themeName(),
                          LONG_DATE.format(r.reviewOn()),
                          r.title(),
                          link,
                          area.name()))));
    }
    return due;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.UK);
  }
}
