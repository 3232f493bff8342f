package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.directory.Areas;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A user turns off one kind of email reminder from their account page, and sees it stay off. */
class ReminderPreferencesJourneyTest extends BrowserTest {

  @Autowired Accounts accounts;
  @Autowired Areas areas;

  @Test
  void chooseWhichRemindersToGet() {
    long area = areas.require("demo").id();
    String who = "rem" + Long.toString(System.nanoTime(), 36);
    long id = accounts.create(area, who, who + "@example.org", "Remi Reader", "demo");
    accounts.grant(id, area, Role.MEMBER, null);

    signIn(who);
    open("/account");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Choose which reminders Entente emails you")));
    assertThat(page.locator("h1")).hasText("Email reminders");
    assertThat(page.getByLabel("Overdue actions")).isChecked();
    assertThat(page.getByLabel("Weekly summary for officers")).isChecked();
    assertThat(page.getByLabel("Meeting papers due soon")).isChecked();
    assertThat(page.getByLabel("Late meeting papers")).isChecked();

    page.getByLabel("Weekly summary for officers").uncheck();
    page.getByLabel("Late meeting papers").uncheck();
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices")));
    assertThat(page.locator("h1")).hasText("Your account");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Your choice of email reminders has been saved");

    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Choose which reminders Entente emails you")));
    assertThat(page.getByLabel("Weekly summary for officers")).not().isChecked();
    assertThat(page.getByLabel("Actions due soon")).isChecked();
    assertThat(page.getByLabel("Overdue actions")).isChecked();
    assertThat(page.getByLabel("Late meeting papers")).not().isChecked();
    assertThat(page.getByLabel("Meeting papers due soon")).isChecked();
  }
}
