package org.entente.directory.web;

import java.util.Comparator;
import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.shared.DashboardContributor;
import org.entente.shared.DashboardPanel;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The area home page: a panel from each module that has something to say. */
@Controller
class AreaHomeController implements NavigationContributor {

  private final List<DashboardContributor> contributors;

  AreaHomeController(List<DashboardContributor> contributors) {
    this.contributors = contributors;
  }

  @GetMapping("/areas/{area}")
  String home(AreaRef area, Authentication user, Model model) {
    model.addAttribute(
        "panels",
        contributors.stream()
            .flatMap(c -> c.panels(area.id(), area.slug(), user).stream())
            .sorted(Comparator.comparingInt(DashboardPanel::order))
            .toList());
    return "directory/area-home";
  }

  @Override
  public List<NavigationItem> items(String areaSlug, Authentication user) {
    return List.of(new NavigationItem(HOME, "nav.home", "/areas/" + areaSlug, false));
  }
}
