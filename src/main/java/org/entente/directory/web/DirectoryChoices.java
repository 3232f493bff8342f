package org.entente.directory.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations;
import org.entente.directory.Sector;
import org.entente.shared.Option;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices offered by directory forms and filters, labelled in the user's words. */
@Component
class DirectoryChoices {

  private final MessageSource messages;
  private final Organisations organisations;

  DirectoryChoices(MessageSource messages, Organisations organisations) {
    this.messages = messages;
    this.organisations = organisations;
  }

  List<Option> sectors(Locale locale) {
    return Arrays.stream(Sector.values())
        .map(s -> Option.of(s, messages.getMessage("sector." + s.name(), null, locale)))
        .toList();
  }

  List<Option> types(Locale locale) {
    return Arrays.stream(OrganisationType.values())
        .map(t -> Option.of(t, messages.getMessage("organisationType." + t.name(), null, locale)))
        .toList();
  }

  /** The area's own organisations: no other area's appear, so none can be chosen. */
  List<Option> organisations(long areaId) {
    return organisations.all(areaId).stream().map(o -> Option.of(o.id(), o.name())).toList();
  }
}
