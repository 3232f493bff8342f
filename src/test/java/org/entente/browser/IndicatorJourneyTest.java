package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.entente.directory.Areas;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.performance.OutcomeDetails;
import org.entente.performance.Strategy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator defines an indicator with a trajectory for an outcome, enters a measurement,
 * revises it and sees the status change in the table and on the chart.
 */
class IndicatorJourneyTest extends BrowserTest {

  @Autowired Register register;
  @Autowired Areas areas;
  @Autowired Strategy strategy;

  @Test
  void defineAnIndicatorAndFollowItsStatus() {
    long area = areas.require("demo").id();
    String name = "Indicator Journey " + System.nanoTime();
    long pid =
        register.create(area, TestPartnerships.minimal(name, "Tests indicators", false), null);
    long outcome =
        strategy.addOutcome(
            area,
            new OutcomeDetails(
                areas.themes(area).get(0).id(),
                "More adults are active " + name,
                null,
                pid,
                List.of()));

    signIn("admin");
    open("/areas/demo/performance");
    open("/areas/demo/performance/outcomes/" + outcome);
    clickAndCheck(button("Add an indicator"));
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
        .fill("Adults who are active");
    page.getByLabel("Definition", new Page.GetByLabelOptions().setExact(true))
        .fill("Adults doing 150 minutes of activity a week");
    page.getByLabel("Unit", new Page.GetByLabelOptions().setExact(true)).fill("%");
    page.getByLabel("Higher is better").check();
    page.getByLabel("Quarterly (financial quarters)").check();
    page.getByLabel("Source", new Page.GetByLabelOptions().setExact(true))
        .fill("Active Lives survey");
    page.getByLabel("Local agreement").check();
    page.getByLabel("Baseline value", new Page.GetByLabelOptions().setExact(true)).fill("50");
    Locator baseline = page.locator("#baselineOn");
    baseline.getByLabel("Day").fill("31");
    baseline.getByLabel("Month").fill("3");
    baseline.getByLabel("Year").fill("2024");
    page.locator("[id='targets[0]-on-day']").fill("31");
    page.locator("[id='targets[0]-on-month']").fill("3");
    page.locator("[id='targets[0]-on-year']").fill("2025");
    page.locator("[id='targets[0]-value']").fill("60");
    clickAndCheck(button("Add another target"));
    assertThat(page.locator("legend", new Page.LocatorOptions().setHasText("Target 2")))
        .isVisible();
    page.locator("[id='targets[1]-on-day']").fill("31");
    page.locator("[id='targets[1]-on-month']").fill("3");
    page.locator("[id='targets[1]-on-year']").fill("2024");
    page.locator("[id='targets[1]-value']").fill("70");
    clickAndCheck(button("Add indicator"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The date of target 2 must be after the baseline date");
    page.locator("[id='targets[1]-on-year']").fill("2026");
    clickAndCheck(button("Add indicator"));

    assertThat(page.locator("h1")).hasText("Adults who are active");
    assertThat(page.locator("#definition")).containsText("31 March 2025: 60 %");
    assertThat(page.locator("#latest")).containsText("No measurements yet.");

    clickAndCheck(button("Enter a measurement"));
    page.getByLabel("Period").selectOption(new SelectOption().setLabel("Quarter to March 2025"));
    page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("61");
    clickAndCheck(button("Save measurement"));
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Measurement saved for Quarter to March 2025");
    assertThat(page.locator("#latest .govuk-tag")).hasText("On track");
    Locator chart =
        page.getByRole(
            AriaRole.IMG,
            new Page.GetByRoleOptions()
                .setName("Actuals against the target trajectory: Adults who are active"));
    assertThat(chart).isVisible();

    clickAndCheck(
        page.locator(
                "#status-table tr", new Page.LocatorOptions().setHasText("Quarter to March 2025"))
            .getByRole(AriaRole.LINK));
    assertThat(page.locator("#current-value")).containsText("61 %");
    page.getByLabel("Value", new Page.GetByLabelOptions().setExact(true)).fill("52");
    page.getByLabel("Note (optional)").fill("Corrected survey weighting");
    clickAndCheck(button("Save measurement"));
    assertThat(page.locator("#latest .govuk-tag")).hasText("Off track");
    assertThat(
            page.locator(
                "#status-table tr", new Page.LocatorOptions().setHasText("Quarter to March 2025")))
        .containsText("Off track");
    assertThat(page.locator("#revisions-table")).containsText("61 to 52");
    assertThat(page.locator("#indicator-chart path[fill='#d4351c']")).hasCount(1);

    clickAndCheck(link("Performance"));
    assertThat(page.locator("h1")).hasText("Community strategy");

    // the demo's own figures: four years of monthly values, drawn and tabled
    clickAndCheck(link("Antisocial behaviour incidents"));
    assertThat(page.locator("#indicator-chart")).isVisible();
    assertThat(page.locator("#status-table tbody tr").first()).not().containsText("No data");
    clickAndCheck(page.locator("a.govuk-back-link"));
    assertThat(page.locator("h1"))
        .hasText("Fewer people are harmed by crime and antisocial behaviour");
  }

  private Locator link(String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
