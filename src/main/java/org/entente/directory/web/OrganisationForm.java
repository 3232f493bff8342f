package org.entente.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations.OrganisationDetails;
import org.entente.directory.Sector;

/** What the organisation form holds; {@code version} is the one the user started editing. */
record OrganisationForm(
    @NotBlank(message = "{organisation.name.required}")
        @Size(max = 200, message = "{organisation.name.tooLong}")
        String name,
    @NotNull(message = "{organisation.sector.required}") Sector sector,
    @NotNull(message = "{organisation.type.required}") OrganisationType type,
    @Size(max = 500, message = "{organisation.website.tooLong}")
        @Pattern(
            regexp = "https?://[^\\s/?#@]+\\.[^\\s/?#]+([/?#]\\S*)?",
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "{organisation.website.invalid}")
        String website,
    Integer version) {

  static OrganisationForm empty() {
    return new OrganisationForm(null, null, null, null, null);
  }

  static OrganisationForm of(OrganisationDetails details, int version) {
    return new OrganisationForm(
        details.name(), details.sector(), details.type(), details.website(), version);
  }

  OrganisationDetails details() {
    return new OrganisationDetails(name, sector, type, website);
  }
}
