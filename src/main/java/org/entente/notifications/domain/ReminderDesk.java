package org.entente.notifications.domain;

import jakarta.mail.SendFailedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.notifications.ReminderPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * Sends every reminder due on a day, in every area, that has not been sent yet and that its
 * recipient wants. Safe to run as often as wished and on several nodes at once.
 */
@Component
class ReminderDesk {

  private static final Logger log = LoggerFactory.getLogger(ReminderDesk.class);

  /**
   * Whether the failure is the mail server's (down, unreachable, refusing to sign in) rather than
   * one address's (unparseable, or refused by the server). Spring reports every message of a
   * connection that failed with the connection's exception; a refused recipient is a {@link
   * SendFailedException}.
   */
  static boolean serverUnavailable(MailException e) {
    if (e instanceof MailAuthenticationException) {
      return true;
    }
    if (e instanceof MailSendException send) {
      return send.getFailedMessages().isEmpty()
          || send.getFailedMessages().values().stream()
              .anyMatch(cause -> !(cause instanceof SendFailedException));
    }
    return false; // the message could not be prepared: its own problem
  }

  /**
   * After this many emails in a row that failed because of the mail server, the run stops: it is
   * most likely down, and the rest wait for the next run rather than each waiting for a timeout.
   */
  static final int FAILURES_BEFORE_GIVING_UP = 3;

  /** What one run did. */
  record Outcome(int sent, int failed) {}

  private final Areas areas;
  private final List<ReminderSource> sources;
  private final ReminderLedger ledger;
  private final ReminderPreferences preferences;

  ReminderDesk(
      Areas areas,
      List<ReminderSource> sources,
      ReminderLedger ledger,
      ReminderPreferences preferences) {
    this.areas = areas;
    this.sources = sources;
    this.ledger = ledger;
    this.preferences = preferences;
  }

  Outcome sendDue(LocalDate today) {
    int sent = 0;
    int failed = 0;
    int failedInARow = 0;
    Map<String, Boolean> wanted = new HashMap<>();
    List<ReminderSource> run = sources.stream().map(s -> s.forRun(today)).toList();
    for (AreaRef area : areas.all()) {
      List<Reminder> due = new ArrayList<>();
      run.forEach(s -> due.addAll(s.due(area, today)));
      due.removeAll(ledger.alreadySent(due));
      for (Reminder r : due) {
        boolean wants =
            wanted.computeIfAbsent(
                r.kind() + "/" + r.recipient(), k -> preferences.wants(r.address(), r.kind()));
        if (!wants) {
          continue;
        }
        try {
          if (ledger.sendOnce(r)) {
            sent++;
          }
          failedInARow = 0;
        } catch (MailException e) {
          failed++;
          // an address the server refuses says nothing about the server; the next one may go
          failedInARow = serverUnavailable(e) ? failedInARow + 1 : 0;
          log.warn(
              "Reminder {} about {} #{} to {} not sent, to be tried again on the next run: {}",
              r.kind(),
              r.about(),
              r.subjectId(),
              r.recipient(),
              e.getMessage());
          if (failedInARow >= FAILURES_BEFORE_GIVING_UP) {
            log.warn(
                "The mail server refused {} reminders in a row; stopping this run", failedInARow);
            return new Outcome(sent, failed);
          }
        }
      }
    }
    if (sent > 0 || failed > 0) {
      log.info("Reminders for {}: {} sent, {} not sent", today, sent, failed);
    }
    return new Outcome(sent, failed);
  }
}
