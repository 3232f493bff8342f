package org.entente.conflict.web;

import java.util.List;
import org.entente.shared.PartnershipSection;
import org.springframework.stereotype.Component;

/** Adds "Conflict" to every partnership's sub-navigation. */
@Component
class ConflictSection implements PartnershipSection {

  @Override
  public List<Link> links() {
    return List.of(new Link(CONFLICT, "conflict.nav", "/conflict"));
  }
}
