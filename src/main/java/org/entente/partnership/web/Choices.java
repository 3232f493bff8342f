package org.entente.partnership.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.Register;
import org.entente.partnership.Viewer;
import org.entente.shared.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The choices offered by the register's forms and filters, labelled from the messages. */
@Component
class Choices {

  private final MessageSource messages;
  private final Organisations organisations;
  private final People people;
  private final Areas areas;
  private final Register register;

  Choices(
      MessageSource messages,
      Organisations organisations,
      People people,
      Areas areas,
      Register register) {
    this.messages = messages;
    this.organisations = organisations;
    this.people = people;
    this.areas = areas;
    this.register = register;
  }

  /** Every value of an enum, labelled by {@code prefix.VALUE} and hinted by {@code .hint}. */
  List<Option> of(Class<? extends Enum<?>> type, String prefix, boolean withHints) {
    Locale locale = LocaleContextHolder.getLocale();
    return Arrays.stream(type.getEnumConstants())
        .map(
            e ->
                new Option(
                    e.name(),
                    messages.getMessage(prefix + "." + e.name(), null, e.name(), locale),
                    withHints
                        ? messages.getMessage(prefix + "." + e.name() + ".hint", null, null, locale)
                        : null))
        .toList();
  }

  List<Option> organisations(long areaId) {
    return organisations.all(areaId).stream().map(o -> Option.of(o.id(), o.name())).toList();
  }

  List<Option> people(long areaId) {
    return people.all(areaId).stream()
        .map(
            p ->
                Option.of(
                    p.id(), p.jobTitle() == null ? p.name() : p.name() + " (" + p.jobTitle() + ")"))
        .toList();
  }

  List<Option> themes(long areaId) {
    return areas.themes(areaId).stream().map(t -> Option.of(t.id(), t.name())).toList();
  }

  /** Partnerships that another could sit under (not itself). */
  List<Option> parents(long areaId, Long excluding, Viewer viewer) {
    return register.all(areaId, viewer).stream()
        .filter(p -> excluding == null || p.id() != excluding)
        .map(PartnershipSummary.class::cast)
        .map(p -> Option.of(p.id(), p.name()))
        .toList();
  }
}
