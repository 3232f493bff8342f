package org.entente.partnership.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves a message key in the user's locale, for texts built in controllers. */
@Component("partnershipMessages")
class Messages {

  private final MessageSource source;

  Messages(MessageSource source) {
    this.source = source;
  }

  String get(String key, Object... args) {
    return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
