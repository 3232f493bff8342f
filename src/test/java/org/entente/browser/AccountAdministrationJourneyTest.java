package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.directory.Areas;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's user pages, a user's own account page and the set-password link. */
class AccountAdministrationJourneyTest extends BrowserTest {

  @Autowired Accounts accounts;
  @Autowired Areas areas;

  @Test
  void administratorInvitesGrantsAndDeactivates() {
    signIn("admin");
    clickAndCheck(
        page.getByRole(AriaRole.NAVIGATION)
            .getByRole(
                AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Admin")
                    .setExact(true)));
    clickAndCheck(link("Users and roles"));
    clickAndCheck(button("Invite a user"));
    clickAndCheck(button("Send invitation"));
    assertThat(page.locator(".govuk-error-summary")).isVisible();

    String who = "axe" + Long.toString(System.nanoTime(), 36);
    page.getByLabel("Full name").fill("Axel Checker");
    page.getByLabel("Email address").fill(who + "@example.org");
    page.getByLabel("Username").fill(who);
    page.getByLabel("Member").check();
    clickAndCheck(button("Send invitation"));
    assertThat(page.locator("h1")).containsText("Axel Checker");

    clickAndCheck(button("Add role"));
    clickAndCheck(button("Deactivate account"));
    clickAndCheck(button("Deactivate account"));
    assertThat(page.locator("main")).containsText("Deactivated");

    open("/areas/demo/admin/audit");
    assertThat(page.locator("main")).containsText("Axel Checker");
    open("/areas/demo/admin/audit?type=user");
  }

  @Test
  void userManagesTheirOwnTokensAndPassword() {
    signIn("member");
    open("/account");
    clickAndCheck(button("Create token"));
    page.getByLabel("Token name").fill("Spreadsheet import");
    clickAndCheck(button("Create token"));
    assertThat(page.locator("main")).containsText("ent_");
    open("/account");
    assertThat(page.locator("main")).containsText("Spreadsheet import");
    open("/account/password");
    clickAndCheck(button("Change password"));
    assertThat(page.locator(".govuk-error-summary")).isVisible();
  }

  @Test
  void aNewUserSetsTheirPasswordFromTheLink() {
    long area = areas.require("demo").id();
    String who = "link" + Long.toString(System.nanoTime(), 36);
    long id = accounts.create(area, who, who + "@example.org", "Link Follower", null);
    accounts.grant(id, area, Role.MEMBER, null);
    open("/password/" + accounts.issuePasswordLink(id));
    clickAndCheck(button("Set password"));
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    open("/password/no-such-link");
    assertThat(page.locator("h1")).containsText("link");
  }

  private com.microsoft.playwright.Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  private com.microsoft.playwright.Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
