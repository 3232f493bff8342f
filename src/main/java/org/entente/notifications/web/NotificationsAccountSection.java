package org.entente.notifications.web;

import java.util.List;
import org.entente.shared.AccountSection;
import org.springframework.stereotype.Component;

/** Links the account page to the choice of email reminders. */
@Component
class NotificationsAccountSection implements AccountSection {

  @Override
  public List<Link> links() {
    return List.of(
        new Link("reminders.account.heading", "reminders.account.link", "/account/reminders"));
  }
}
