package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.entente.directory.Areas;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator builds a body, fills its seats, replaces a member and sees the warnings. */
class BodiesJourneyTest extends BrowserTest {

  @Autowired Register register;
  @Autowired Areas areas;

  @Test
  void buildABodyWithSeatsAndMembersThenReplaceOne() {
    long pid =
        register.create(
            areas.require("demo").id(),
            TestPartnerships.minimal(
                "Bodies Journey Partnership " + System.nanoTime(), "Tests bodies", false),
            null);
    signIn("admin");
    open("/areas/demo/partnerships/" + pid);
    clickAndCheck(
        page.getByRole(
                AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Sections of this partnership"))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Structure")));
    assertThat(page.locator("main")).containsText("No bodies have been recorded");

    clickAndCheck(button("Add a body"));
    clickAndCheck(button("Add body"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the name of the body");
    page.getByLabel("Name of the body").fill("Community Safety Board");
    page.getByLabel("Board", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("a voluntary sector seat").check();
    clickAndCheck(button("Add body"));
    assertThat(page.locator("h1")).hasText("Community Safety Board");
    assertThat(page.locator("main")).containsText("There is no voluntary sector seat");
    assertThat(page.locator("main")).containsText("The body has 0 seats; guidance is at least 12");

    clickAndCheck(button("Add a seat"));
    page.getByLabel("Seat title").fill("Police");
    page.getByLabel("Held by organisation")
        .selectOption(new SelectOption().setLabel("Shires Police"));
    clickAndCheck(button("Save"));
    assertThat(page.locator("main")).containsText("The seat Police is vacant");

    appoint("Appoint member Police", 1, "1", "2024");
    assertThat(page.locator("main")).containsText("The seat Police has no designated deputy");
    appoint("Appoint deputy Police", 2, "1", "2024");
    assertThat(page.locator("main")).not().containsText("The seat Police has no designated deputy");

    // replace the member: the first one leaves, and stays in the seat's history
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Appoint member Police")));
    assertThat(page.locator(".govuk-inset-text"))
        .containsText("Appointing someone else ends that membership");
    page.getByLabel("Person").selectOption(new SelectOption().setIndex(3));
    page.getByLabel("Tier 3").check();
    page.getByLabel("Public sector").check();
    page.locator("#from-day").fill("1");
    page.locator("#from-month").fill("6");
    page.locator("#from-year").fill("2025");
    page.getByLabel("Why the change").fill("Retired");
    clickAndCheck(button("Appoint"));
    page.getByText("Who has held this seat").click();
    assertThat(page.locator("details")).containsText("(Retired)");
    assertThat(page.locator("main")).containsText("1 member sits below tier 2");
    accessible();

    // the member leaves with no successor: the seat is vacant again, and can then be removed
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("End membership Police")));
    page.locator("#on-day").fill("1");
    page.locator("#on-month").fill("10");
    page.locator("#on-year").fill("2026");
    page.getByLabel("Why the change").fill("Left the force");
    clickAndCheck(button("End membership"));
    assertThat(page.locator("main")).containsText("The seat Police is vacant");

    // who has represented the police, across the area's bodies
    clickAndCheck(
        page.locator("main table")
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Shires Police")));
    assertThat(page.locator("h1")).hasText("Who has represented Shires Police");
    assertThat(page.locator("main")).containsText("Community Safety Board");
    page.goBack();
    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove seat Police")));
    clickAndCheck(button("Remove seat"));
    assertThat(page.locator("main")).containsText("The body has 0 seats");
    page.getByText("Former seats").click();
    assertThat(page.locator("details").last()).containsText("Police: Removed on");

    // the area's roll-up, and the administrator's guidance
    open("/areas/demo/bodies");
    assertThat(page.locator("main")).containsText("Community Safety Board");
    open("/areas/demo/admin");
    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Guidance for bodies")));
    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Board")));
    page.getByLabel("Smallest number of seats").fill("20");
    page.getByLabel("Largest number of seats").fill("10");
    clickAndCheck(button("Save"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("must not be smaller than the smallest");
  }

  private void appoint(String link, int personIndex, String day, String year) {
    clickAndCheck(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)));
    clickAndCheck(button("Appoint"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose the person");
    page.getByLabel("Person").selectOption(new SelectOption().setIndex(personIndex));
    page.getByLabel("Tier 1").check();
    page.getByLabel("Public sector").check();
    page.locator("#from-day").fill(day);
    page.locator("#from-month").fill("1");
    page.locator("#from-year").fill(year);
    clickAndCheck(button("Appoint"));
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
