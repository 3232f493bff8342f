package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

class RegisterJourneyTest extends BrowserTest {

  @Test
  void administratorFiltersOpensCreatesEditsAndCloses() {
    signIn("admin");
    clickAndCheck(nav("Partnerships"));
    assertThat(page.locator("h1")).hasText("Partnership register");

    // filter
    page.getByLabel("Formality").selectOption("STATUTORY_STRATEGIC");
    clickAndCheck(button("Apply filters"));
    assertThat(page.locator("#result-count")).not().containsText("33 partnerships");
    assertThat(page.locator("tbody tr td:nth-child(2)").first())
        .hasText("Statutory strategic partnership");

    // open one, see its tabs
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Safer Shires Community Safety Partnership")));
    assertThat(page.locator("h1")).containsText("Safer Shires Community Safety Partnership");
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Costs")).click();
    assertThat(page.locator("#costs")).containsText("Total of all costs");
    accessible();
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
    assertThat(page.locator("#history")).containsText("Life-cycle history");
    accessible();

    // the two pictures
    open("/areas/demo/partnerships/typology-grid");
    assertThat(page.locator("table caption"))
        .hasText("Partnerships by function and level of collaboration");
    open("/areas/demo/partnerships/family-tree");
    assertThat(page.locator(".entente-tree")).containsText("Domestic Abuse Delivery Group");

    // create with an error, then correct it
    open("/areas/demo/partnerships");
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a partnership")));
    page.getByLabel("Purpose")
        .fill("Bring partners together to cut fuel poverty in rural villages");
    clickAndCheck(button("Add partnership"));
    Locator summary = page.locator(".govuk-error-summary");
    assertThat(summary).containsText("Enter the partnership's name");
    assertThat(summary).containsText("Select the formality");
    summary.getByText("Enter the partnership's name").click();
    assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).isFocused();

    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
        .fill("Rural Fuel Poverty Group");
    page.getByLabel("Informal collaboration").check();
    page.locator("#typologyFunction-3").check(); // Delivery
    page.locator("#collaborationLevel").check(); // Co-operation
    page.getByLabel("County-wide").check();
    page.getByLabel("Accountable body")
        .selectOption(new SelectOption().setLabel("Shires County Council"));
    page.locator("#reviewDate-day").fill("1");
    page.locator("#reviewDate-month").fill("9");
    page.locator("#reviewDate-year").fill("2027");
    clickAndCheck(button("Add partnership"));
    assertThat(page.locator("h1")).containsText("Rural Fuel Poverty Group");
    assertThat(page.locator(".govuk-notification-banner--success"))
        .containsText("has been added to the register");

    // edit
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit partnership")));
    page.getByLabel("Purpose")
        .fill("Cut fuel poverty in rural villages through joined-up home visits");
    clickAndCheck(button("Save changes"));
    assertThat(page.locator("#overview")).containsText("joined-up home visits");
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
    assertThat(page.locator("#history .moj-timeline")).containsText("Updated");
    assertThat(page.locator("#history .moj-timeline")).containsText("joined-up home visits");

    // close, with the reason required
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close partnership")));
    clickAndCheck(
        page.locator("form")
            .getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close partnership")));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter why the partnership is closing");
    page.getByLabel("Why is the partnership closing?")
        .fill("Merged into the warm homes programme board");
    clickAndCheck(
        page.locator("form")
            .getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close partnership")));
    assertThat(page.locator(".govuk-inset-text"))
        .containsText("Merged into the warm homes programme board");
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit partnership")))
        .hasCount(0);
  }

  @Test
  void officerEditsOnlyTheirOwnPartnerships() {
    signIn("officer");
    // searched for, as other tests add partnerships that may fill the register's first page
    open("/areas/demo/partnerships?q=Safer+Shires");
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a partnership")))
        .hasCount(0);
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Safer Shires Community Safety Partnership")));
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit partnership")))
        .isVisible();

    // one-line changes: a claimed benefit, a partner's stance and a cost, each checked first
    String here = page.url();
    open(here + "/benefits/new");
    clickAndCheck(button("Save"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Describe the benefit");
    page.getByLabel("Better outcomes").check();
    page.getByLabel("What the benefit is").fill("Repeat victims of domestic abuse fell by a fifth");
    clickAndCheck(button("Save"));
    assertThat(page.locator("#value"))
        .containsText("Repeat victims of domestic abuse fell by a fifth");

    open(here + "/partners/new");
    page.getByLabel("Organisation")
        .selectOption(new SelectOption().setLabel("Shires Fire and Rescue Service"));
    page.getByLabel("Activist").check();
    clickAndCheck(button("Save"));
    assertThat(page.locator("#structure")).containsText("Shires Fire and Rescue Service");

    open(here + "/costs/new");
    page.getByLabel("Organisation")
        .selectOption(new SelectOption().setLabel("Shires Fire and Rescue Service"));
    page.getByLabel("Staff time").check();
    page.getByLabel("Amount in pounds").fill("-5");
    clickAndCheck(button("Save"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter an amount in pounds");
    page.getByLabel("Amount in pounds").fill("4,200");
    clickAndCheck(button("Save"));
    assertThat(page.locator("#costs")).containsText("£4,200.00");

    open("/areas/demo/partnerships?q=Shires+Strategic");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Shires Strategic Partnership")));
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit partnership")))
        .hasCount(0);
  }

  private Locator nav(String name) {
    return page.getByRole(AriaRole.NAVIGATION)
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
