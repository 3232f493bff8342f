package org.entente.notifications.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.entente.notifications.ReminderKind;

/**
 * One reminder that is due: what makes it the same reminder on every run (kind, subject, recipient,
 * the date it is about), and the email, written only when it is to be sent.
 *
 * @param subjectId the action or meeting the reminder is about, or for a digest the area it covers
 * @param about the action's due date, the date the meeting's papers are due, or the Monday of the
 *     digest's week
 */
record Reminder(
    ReminderKind kind,
    long subjectId,
    String address,
    LocalDate about,
    long areaId,
    Supplier<Letter> letter) {

  /** Addresses differ only in case for the same person. */
  String recipient() {
    return address.trim().toLowerCase(Locale.ROOT);
  }

  /** The subject line and plain text of an email. */
  record Letter(String subject, String text) {}
}
