package org.entente.performance.web;

import java.util.List;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.entente.shared.PartnershipSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Adds "Performance" to the area's navigation and to every partnership's sub-navigation. */
@Component
class PerformanceNavigation implements NavigationContributor, PartnershipSection {

  @Override
  public List<NavigationItem> items(String areaSlug, Authentication user) {
    return List.of(
        new NavigationItem(
            NavigationContributor.PERFORMANCE,
            "performance.nav",
            "/areas/" + areaSlug + "/performance",
            false));
  }

  @Override
  public List<Link> links() {
    return List.of(new Link(PartnershipSection.PERFORMANCE, "performance.section", "/performance"));
  }
}
