package org.entente.meetings.web;

import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.meetings.Actions;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.DashboardContributor;
import org.entente.shared.DashboardPanel;
import org.entente.shared.LondonTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The area home page's count of outstanding and overdue actions. */
@Component
class ActionsPanel implements DashboardContributor {

  static final int ORDER = 15;

  private final Actions actions;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  ActionsPanel(Actions actions, PartnershipAccess partnerships, MessageSource messages) {
    this.actions = actions;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  @Override
  public List<DashboardPanel> panels(long areaId, String areaSlug, Authentication user) {
    Actions.Counts counts =
        actions.counts(
            areaId,
            partnerships.visible(new AreaRef(areaId, areaSlug, ""), user),
            LondonTime.today());
    return List.of(
        new DashboardPanel(
            ORDER,
            message("dashboard.actions.heading"),
            List.of(
                message("dashboard.actions.outstanding", counts.outstanding()),
                message("dashboard.actions.overdue", counts.overdue())),
            "/areas/" + areaSlug + "/actions",
            message("dashboard.actions.link")));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
