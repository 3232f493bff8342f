package org.entente.risk.web;

import java.util.List;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.entente.shared.PartnershipSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The area's "Risks" section and the "Risks" tab of every partnership. */
@Component
class RiskNavigation implements NavigationContributor, PartnershipSection {

  @Override
  public List<NavigationItem> items(String areaSlug, Authentication user) {
    return List.of(
        new NavigationItem(
            NavigationContributor.RISKS, "risk.nav", "/areas/" + areaSlug + "/risks", false));
  }

  @Override
  public List<Link> links() {
    return List.of(new Link(PartnershipSection.RISKS, "risk.section", "/risks"));
  }
}
