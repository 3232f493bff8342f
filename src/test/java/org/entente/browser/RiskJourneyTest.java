package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An officer of the community safety partnership adds a risk, first with mistakes, and sees it on
 * the register's heat map and in the table that gives the same counts, then on the area's page.
 */
class RiskJourneyTest extends BrowserTest {

  @Test
  void anOfficerAddsARiskAndSeesItOnTheHeatMap() {
    signIn("officer");
    // Other tests add partnerships, so find the demo's by name rather than by its place.
    open("/areas/demo/partnerships?q=Safer+Shires");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Safer Shires Community Safety Partnership")
                .setExact(true)));
    clickAndCheck(
        page.getByRole(
                AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Sections of this partnership"))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Risks")));
    Locator cell = page.locator("#heat-map-table td[data-likelihood='2'][data-impact='1']");
    int before = Integer.parseInt(cell.textContent().trim());

    clickAndCheck(button("Add a risk"));
    page.locator("#title").fill("Venue for the youth forum closes");
    page.locator("#inherentLikelihood").selectOption("2");
    page.locator("#inherentImpact").selectOption("2");
    page.locator("#residualLikelihood").selectOption("2");
    page.locator("#residualImpact").selectOption("3");
    clickAndCheck(button("Add risk"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter a description of the risk");
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Residual impact must not be above the inherent impact of 2");

    page.locator("#description").fill("The community centre that hosts the youth forum closes.");
    page.locator("#kind").check();
    page.locator("#ownerId")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
    page.locator("#residualImpact").selectOption("1");
    LocalDate review = LocalDate.now().plusMonths(2);
    page.locator("#reviewOn-day").fill(String.valueOf(review.getDayOfMonth()));
    page.locator("#reviewOn-month").fill(String.valueOf(review.getMonthValue()));
    page.locator("#reviewOn-year").fill(String.valueOf(review.getYear()));
    clickAndCheck(button("Add risk"));
    assertThat(page.locator("h1")).hasText("Venue for the youth forum closes");
    assertThat(page.locator("#residual")).hasText("Green 2 (2 × 1)");

    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the register")));
    assertThat(cell).hasText(String.valueOf(before + 1));
    assertThat(page.locator("#heat-map rect[data-likelihood='2'][data-impact='1']"))
        .hasAttribute("data-count", String.valueOf(before + 1));
    assertThat(page.locator("#register")).containsText("Venue for the youth forum closes");

    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risks").setExact(true))
            .first());
    assertThat(page.locator("h1")).hasText("Risks");
    assertThat(page.locator("#top-risks"))
        .containsText("Youth violence rises if outreach funding ends");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
        .or(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)))
        .first();
  }
}
