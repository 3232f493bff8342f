package org.entente.notifications.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each reminder as it is sent, so that none is sent twice, whichever node sends it and
 * however often the job runs.
 */
@Component
class ReminderLedger {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final MailSender mail;
  private final String from;

  ReminderLedger(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      MailSender mail,
      @Value("${entente.mail.from}") String from) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.mail = mail;
    this.from = from;
  }

  /** Of the given reminders, those already sent (compared by their key, not their identity). */
  Set<Reminder> alreadySent(Collection<Reminder> reminders) {
    Set<String> sent = new HashSet<>();
    reminders.stream()
        .collect(Collectors.groupingBy(Reminder::kind))
        .forEach(
            (kind, ofKind) ->
                // served by the unique index reminder_sent_once (kind, subject_id, ...)
                sent.addAll(
                    jdbc.sql(
                            "select kind, subject_id, recipient, about from reminder_sent"
                                + " where kind = :kind and subject_id in (:subjects)")
                        .param("kind", kind.name())
                        .param(
                            "subjects",
                            ofKind.stream().map(Reminder::subjectId).collect(Collectors.toSet()))
                        .query(
                            (rs, n) ->
                                key(
                                    rs.getString("kind"),
                                    rs.getLong("subject_id"),
                                    rs.getString("recipient"),
                                    rs.getObject("about", LocalDate.class)))
                        .list()));
    return reminders.stream().filter(r -> sent.contains(key(r))).collect(Collectors.toSet());
  }

  /**
   * Sends the reminder unless it has been sent already; returns whether this call sent it. The row
   * that records it is inserted first, in the transaction that then hands the email to the mail
   * server: a node that reaches the same reminder meanwhile waits on the row's unique key and, once
   * this transaction commits, inserts nothing and sends nothing. When the mail server refuses, the
   * {@link org.springframework.mail.MailException} rolls the row back, so the next run tries again.
   * Only if the database failed between the mail server accepting the email and the commit could a
   * reminder go twice; none is ever lost.
   */
  boolean sendOnce(Reminder reminder) {
    Boolean sent =
        transaction.execute(
            status -> {
              int inserted =
                  jdbc.sql(
                          """
                          insert into reminder_sent (kind, subject_id, recipient, about, area_id)
                          values (:kind, :subject, :recipient, :about, :area)
                          on conflict do nothing
                          """)
                      .param("kind", reminder.kind().name())
                      .param("subject", reminder.subjectId())
                      .param("recipient", reminder.recipient())
                      .param("about", reminder.about())
                      .param("area", reminder.areaId())
                      .update();
              if (inserted == 0) {
                return false;
              }
              Reminder.Letter letter = reminder.letter().get();
              SimpleMailMessage message = new SimpleMailMessage();
              message.setFrom(from);
              message.setTo(reminder.address().trim());
              message.setSubject(letter.subject());
              message.setText(letter.text());
              mail.send(message);
              return true;
            });
    return Boolean.TRUE.equals(sent);
  }

  private static String key(Reminder r) {
    return key(r.kind().name(), r.subjectId(), r.recipient(), r.about());
  }

  private static String key(String kind, long subjectId, String recipient, LocalDate about) {
    return kind + "/" + subjectId + "/" + recipient + "/" + about;
  }
}
