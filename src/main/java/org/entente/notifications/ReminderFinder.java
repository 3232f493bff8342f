package org.entente.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.entente.directory.AreaRef;

/**
 * Implemented by other modules to have reminders of their own emailed: each finds the reminders of
 * its kinds due in an area on a day, whether or not they were sent already, and writes their words;
 * the notifications module sends each once, to recipients who have not turned its kind off, with
 * the usual footer. The kind must be a {@link ReminderKind} with its label and hint in the
 * notifications messages, so that it is offered on the preferences page.
 */
public interface ReminderFinder {

  List<DueReminder> due(AreaRef area, LocalDate today);

  /**
   * One reminder that is due.
   *
   * @param subjectId what the reminder is about (with the kind, recipient and date, what makes it
   *     the same reminder on every run)
   * @param about the date it concerns, such as the date a review is due
   * @param path the page the email links to, from the site's root
   * @param letter writes the email, given the full link to {@code path}
   */
  record DueReminder(
      ReminderKind kind,
      long subjectId,
      String address,
      LocalDate about,
      String path,
      Function<String, Letter> letter) {}

  /** The subject line and plain text of an email, without the footer. */
  record Letter(String subject, String text) {}
}
