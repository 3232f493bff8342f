package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** An officer looks after the area's organisations and people. */
class DirectoryJourneyTest extends BrowserTest {

  @Test
  void officerFindsAnOrganisationAndAddsAPerson() {
    signIn("officer");
    open("/areas/demo/organisations");
    page.getByLabel("Sector").first().selectOption("VOLUNTARY");
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")));
    clickAndCheck(page.locator("tbody a").first());
    assertThat(page.locator("h1")).isVisible();

    open("/areas/demo/people");
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")));
    page.getByLabel("Email address").fill("not an email");
    clickAndCheck(submit());
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Priya Shah");
    page.getByLabel("Email address").fill("priya.shah@shires-cvs.example");
    page.getByLabel("Organisation").selectOption(new SelectOption().setIndex(1));
    clickAndCheck(submit());
    assertThat(page.locator("h1")).containsText("Priya Shah");
  }

  private Locator submit() {
    return page.locator("main form button[type=submit]").last();
  }
}
