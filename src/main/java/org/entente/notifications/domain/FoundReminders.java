package org.entente.notifications.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.notifications.ReminderFinder;
import org.springframework.stereotype.Component;

/** The reminders other modules find through {@link ReminderFinder}, sent like any other. */
@Component
class FoundReminders implements ReminderSource {

  private final List<ReminderFinder> finders;
  private final ReminderMail mail;

  FoundReminders(List<ReminderFinder> finders, ReminderMail mail) {
    this.finders = finders;
    this.mail = mail;
  }

  @Override
  public List<Reminder> due(AreaRef area, LocalDate today) {
    List<Reminder> due = new ArrayList<>();
    for (ReminderFinder finder : finders) {
      for (ReminderFinder.DueReminder d : finder.due(area, today)) {
        if (d.address() == null || d.address().isBlank()) {
          continue;
        }
        due.add(
            new Reminder(
                d.kind(),
                d.subjectId(),
                d.address(),
                d.about(),
                area.id(),
                () -> {
                  ReminderFinder.Letter letter = d.letter().apply(mail.link(d.path()));
                  return new Reminder.Letter(
                      letter.subject(), letter.text() + "\n\n" + mail.footer());
                }));
      }
    }
    return due;
  }
}
