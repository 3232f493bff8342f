package org.entente.partnership.web;

import java.util.Comparator;
import java.util.List;
import org.entente.shared.PartnershipSection;
import org.springframework.stereotype.Component;

/** The sections other modules add under each partnership, in order; pages call it by name. */
@Component("partnershipSections")
class PartnershipSections {

  private final List<PartnershipSection.Link> links;

  PartnershipSections(List<PartnershipSection> sections) {
    this.links =
        sections.stream()
            .flatMap(s -> s.links().stream())
            .sorted(Comparator.comparingInt(PartnershipSection.Link::order))
            .toList();
  }

  public List<PartnershipSection.Link> all() {
    return links;
  }
}
