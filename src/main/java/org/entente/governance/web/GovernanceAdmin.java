package org.entente.governance.web;

import java.util.List;
import org.entente.shared.AdminSection;
import org.springframework.stereotype.Component;

/** The guidance for each kind of body, on the Admin page. */
@Component
class GovernanceAdmin implements AdminSection {

  @Override
  public List<Link> links() {
    return List.of(
        new Link("admin.bodyGuidance", "admin.bodyGuidance.description", "/admin/body-guidance"));
  }
}
