package org.entente.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.entente.directory.People.PersonDetails;
import org.entente.directory.PersonRef;

/**
 * What the person form holds; {@code version} is the one the user started editing. The organisation
 * is kept as sent, so that a value that is not an id can be reported on the form.
 */
record PersonForm(
    @NotBlank(message = "{person.name.required}")
        @Size(max = 200, message = "{person.name.tooLong}")
        String name,
    @Size(max = 200, message = "{person.jobTitle.tooLong}") String jobTitle,
    String organisationId,
    // a dot after the @ as well: addresses people type into this form are internet addresses
    @Size(max = 320, message = "{person.email.tooLong}")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{person.email.invalid}")
        String email,
    Integer version) {

  static PersonForm empty(Long organisationId) {
    return new PersonForm(null, null, text(organisationId), null, null);
  }

  static PersonForm of(PersonRef person, int version) {
    return new PersonForm(
        person.name(), person.jobTitle(), text(person.organisationId()), person.email(), version);
  }

  /** The chosen organisation's id; null for none, and for a value that is not an id at all. */
  Long organisation() {
    try {
      return organisationId == null ? null : Long.valueOf(organisationId);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  PersonDetails details() {
    return new PersonDetails(name, jobTitle, organisation(), email);
  }

  private static String text(Long id) {
    return id == null ? null : id.toString();
  }
}
