package org.entente.governance.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.governance.Warning;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words a warning for people: what is wrong and why it matters. Pages call it by name. */
@Component("warningText")
class WarningText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MessageSource messages;

  WarningText(MessageSource messages) {
    this.messages = messages;
  }

  public String what(Warning warning) {
    Object[] args =
        warning.args().stream().map(a -> a instanceof LocalDate d ? DATE.format(d) : a).toArray();
    return messages.getMessage("warning." + warning.kind(), args, LocaleContextHolder.getLocale());
  }

  public String why(Warning warning) {
    return messages.getMessage(
        "warning." + warning.kind() + ".why", null, LocaleContextHolder.getLocale());
  }
}
