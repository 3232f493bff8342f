package org.entente.assessment.web;

import java.util.List;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.entente.shared.PartnershipSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Adds "Health checks" to the area's navigation and to every partnership's sub-navigation. */
@Component
class HealthChecksSection implements PartnershipSection, NavigationContributor {

  @Override
  public List<Link> links() {
    return List.of(
        new Link(PartnershipSection.HEALTH_CHECKS, "assessment.section", "/health-checks"));
  }

  @Override
  public List<NavigationItem> items(String areaSlug, Authentication user) {
    return List.of(
        new NavigationItem(
            NavigationContributor.HEALTH_CHECKS,
            "assessment.nav",
            "/areas/" + areaSlug + "/health-checks",
            false));
  }
}
