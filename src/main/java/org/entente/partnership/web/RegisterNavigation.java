package org.entente.partnership.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.Register;
import org.entente.shared.DashboardContributor;
import org.entente.shared.DashboardPanel;
import org.entente.shared.LondonTime;
import org.entente.shared.NavigationContributor;
import org.entente.shared.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The Partnerships section of the navigation and the register's panel on the area home page. */
@Component
class RegisterNavigation implements NavigationContributor, DashboardContributor {

  private final Register register;
  private final PartnershipAccess readers;
  private final Messages messages;

  RegisterNavigation(Register register, PartnershipAccess readers, Messages messages) {
    this.register = register;
    this.readers = readers;
    this.messages = messages;
  }

  @Override
  public List<NavigationItem> items(String areaSlug, Authentication user) {
    return List.of(
        new NavigationItem(
            PARTNERSHIPS, "nav.partnerships", "/areas/" + areaSlug + "/partnerships", false));
  }

  @Override
  public List<DashboardPanel> panels(long areaId, String areaSlug, Authentication user) {
    List<PartnershipSummary> open =
        register.all(areaId, readers.viewer(user, areaId)).stream()
            .filter(p -> p.status() != PartnershipStatus.CLOSED)
            .toList();
    LocalDate today = LondonTime.today();
    long significant = open.stream().filter(PartnershipSummary::significant).count();
    long overdue =
        open.stream().filter(p -> p.reviewDate() != null && p.reviewDate().isBefore(today)).count();
    Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
    open.forEach(p -> stages.merge(p.lifecycleStage(), 1L, Long::sum));
    String byStage =
        stages.entrySet().stream()
            .map(e -> messages.get("lifecycleStage." + e.getKey()) + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return List.of(
        new DashboardPanel(
            PARTNERSHIPS,
            messages.get("dashboard.partnerships.heading"),
            List.of(
                messages.get("dashboard.partnerships.total", open.size(), significant),
                messages.get("dashboard.partnerships.reviewsDue", overdue),
                messages.get("dashboard.partnerships.stages", byStage)),
            "/areas/" + areaSlug + "/partnerships",
            messages.get("dashboard.partnerships.link")));
  }
}
