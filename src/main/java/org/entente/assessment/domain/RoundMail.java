package org.entente.assessment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/** The words of the emails a round sends, from the health checks message bundle. */
@Component
class RoundMail {

  /** Emails are written in British English; a translation would pick the recipient's locale. */
  static final Locale LOCALE = Locale.UK;

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

  private final MessageSource messages;
  private final String from;
  private final String baseUrl;

  RoundMail(
      MessageSource messages,
      @Value("${entente.mail.from}") String from,
      @Value("${entente.base-url:}") String baseUrl) {
    this.messages = messages;
    this.from = from;
    String base = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.trim();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** What an email is about, for its words. */
  record About(String partnershipName, String instrumentTitle, LocalDate closesOn) {}

  SimpleMailMessage invitation(String to, String name, About about, String token) {
    return message(
        to,
        text("round.mail.invitation.subject", about.partnershipName()),
        text(
            "round.mail.invitation.body",
            greeting(name),
            about.partnershipName(),
            about.instrumentTitle(),
            baseUrl + RespondentLinks.path(token),
            LONG_DATE.format(about.closesOn())));
  }

  SimpleMailMessage reminder(String to, String name, About about, String token) {
    return message(
        to,
        text("round.mail.reminder.subject", about.partnershipName()),
        text(
            "round.mail.reminder.body",
            greeting(name),
            about.partnershipName(),
            about.instrumentTitle(),
            baseUrl + RespondentLinks.path(token),
            LONG_DATE.format(about.closesOn())));
  }

  private String greeting(String name) {
    return name == null || name.isBlank() ? text("round.mail.greeting.anonymous") : name;
  }

  private SimpleMailMessage message(String to, String subject, String body) {
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to);
    m.setSubject(subject);
    m.setText(body);
    return m;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LOCALE);
  }
}
