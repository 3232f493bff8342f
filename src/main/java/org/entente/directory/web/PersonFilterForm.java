package org.entente.directory.web;

import org.entente.directory.People.PersonFilter;

/**
 * The filters of the people list, as given in its address. An organisation that is not a number (an
 * old or edited link) filters nothing rather than failing the page.
 */
record PersonFilterForm(String text, String organisation) {

  PersonFilter filter() {
    return new PersonFilter(text, organisationId());
  }

  private Long organisationId() {
    try {
      return organisation == null ? null : Long.valueOf(organisation);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
