package org.entente.directory.web;

import java.util.List;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.shared.DashboardContributor;
import org.entente.shared.DashboardPanel;
import org.entente.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The area home page's way to the organisations and people of the area. */
@Component
class DirectoryPanel implements DashboardContributor {

  static final int ORDER = 30;

  private final Organisations organisations;
  private final People people;
  private final MessageSource messages;

  DirectoryPanel(Organisations organisations, People people, MessageSource messages) {
    this.organisations = organisations;
    this.people = people;
    this.messages = messages;
  }

  @Override
  public List<DashboardPanel> panels(long areaId, String areaSlug, Authentication user) {
    PageRequest one = new PageRequest(1, 1, "name", false);
    long organisationCount =
        organisations
            .search(areaId, new Organisations.OrganisationFilter(null, null, null), one)
            .total();
    long peopleCount = people.search(areaId, new People.PersonFilter(null, null), one).total();
    return List.of(
        new DashboardPanel(
            ORDER,
            message("dashboard.directory.heading"),
            List.of(
                message("dashboard.directory.organisations", organisationCount),
                message("dashboard.directory.people", peopleCount)),
            "/areas/" + areaSlug + "/organisations",
            message("dashboard.directory.link")),
        new DashboardPanel(
            ORDER + 1,
            message("dashboard.people.heading"),
            List.of(message("dashboard.people.body")),
            "/areas/" + areaSlug + "/people",
            message("dashboard.people.link")));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
