package org.entente.governance.web;

import java.util.List;
import org.entente.shared.PartnershipSection;
import org.springframework.stereotype.Component;

/** Adds "Structure" (bodies and seats) to every partnership's sub-navigation. */
@Component
class GovernanceSection implements PartnershipSection {

  @Override
  public List<Link> links() {
    return List.of(new Link(STRUCTURE, "governance.nav", "/bodies"));
  }
}
