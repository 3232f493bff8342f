package org.entente.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.shared.LondonTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of reminder emails, from the notifications message bundle, and their links. */
@Component
class ReminderMail {

  /** Emails are written in British English; a translation would pick the recipient's locale. */
  static final Locale LOCALE = Locale.UK;

  static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", LOCALE);

  private final MessageSource messages;
  private final String baseUrl;

  ReminderMail(
      MessageSource messages,
      @Value("${entente.base-url:}") String baseUrl,
      @Value("${entente.notifications.default-base-url:http://localhost:8080}")
          String defaultBaseUrl) {
    this.messages = messages;
    String base = baseUrl == null || baseUrl.isBlank() ? defaultBaseUrl : baseUrl.trim();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, LOCALE);
  }

  /** An absolute link to a page of Entente, {@code path} starting with a slash. */
  String link(String path) {
    return baseUrl + path;
  }

  String date(LocalDate date) {
    return LONG_DATE.format(date);
  }

  String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(LondonTime.ZONE));
  }

  /** The last lines of every reminder: how to choose which reminders one gets. */
  String footer() {
    return text("reminders.mail.footer", link("/account/reminders"));
  }
}
