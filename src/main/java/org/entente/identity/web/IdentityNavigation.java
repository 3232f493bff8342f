package org.entente.identity.web;

import java.util.List;
import org.entente.directory.Areas;
import org.entente.identity.Access;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The Admin section, for area administrators only. */
@Component
class IdentityNavigation implements NavigationContributor {

  private final Areas areas;
  private final Access access;

  IdentityNavigation(Areas areas, Access access) {
    this.areas = areas;
    this.access = access;
  }

  @Override
  public List<NavigationItem> items(String areaSlug, Authentication user) {
    return areas
        .findBySlug(areaSlug)
        .filter(a -> access.isAdmin(user, a.id()))
        .map(
            a ->
                List.of(
                    new NavigationItem(ADMIN, "nav.admin", "/areas/" + areaSlug + "/admin", false)))
        .orElse(List.of());
  }
}
