package org.entente.directory.web;

import java.util.Arrays;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations.OrganisationFilter;
import org.entente.directory.Sector;

/**
 * The filters of the organisations list, as given in its address. A value that is not one of the
 * choices (an old or edited link) filters nothing rather than failing the page.
 */
record OrganisationFilterForm(String text, String sector, String type) {

  OrganisationFilter filter() {
    return new OrganisationFilter(
        text, choice(Sector.class, sector), choice(OrganisationType.class, type));
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(value))
        .findFirst()
        .orElse(null);
  }
}
