package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer of the community safety partnership builds a small conflict through the form, is told
 * what is wrong with a bad preference, saves it and reads why a state is unstable for the council
 * and why another is stable.
 */
class StabilityJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void buildAModelAndReadItsVerdicts() {
    long pid =
        jdbc.sql(
                "select p.id from partnership p join area a on a.id = p.area_id"
                    + " where a.slug = 'demo' and p.name = ?")
            .param("Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    signIn("officer");
    open("/areas/demo/partnerships/" + pid + "/conflict/stability");
    assertThat(page.locator("main")).containsText("Who funds the youth outreach post");
    clickAndCheck(
        page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a stability analysis")));

    String title = "Council and police over the post " + System.nanoTime();
    page.getByLabel("Title").fill(title);
    field("decisionMakers[0]-name").fill("Council");
    field("decisionMakers[0].options[0]-name").fill("Fund the post");
    field("decisionMakers[0]-preferences").fill("-N\nN-\nY- if -N");
    field("decisionMakers[1]-name").fill("Police");
    field("decisionMakers[1].options[0]-name").fill("Withdraw");
    field("decisionMakers[1].options[0]-reversibility").selectOption("onlyToYes");
    page.locator("[id='decisionMakers[1]-preferenceKind-2']").check();
    field("decisionMakers[1]-preferences").fill("YN\nNN, NQ");
    page.getByLabel("Infeasible states (optional), one pattern per line").fill("YY");
    clickAndCheck(button("Save and analyse"));
    assertThat(page.locator(".govuk-error-summary")).containsText("NQ");

    field("decisionMakers[1]-preferences").fill("YN\nNN, NY");
    clickAndCheck(button("Save and analyse"));
    assertThat(page.locator(".govuk-notification-banner")).containsText("Stability analysis saved");
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("#equilibria")).containsText("NN");

    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Why, for state YN")));
    Locator reasons = page.locator("#reasons");
    assertThat(reasons).containsText("Council can do better on its own by moving from YN to NN.");
    assertThat(reasons)
        .containsText("Council could move from YN to NN, but is deterred: Police could move to NY");

    // the demo's three-party dispute, its wide table of verdicts and the upload page
    open("/areas/demo/partnerships/" + pid + "/conflict/stability");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Who funds the youth outreach post")));
    assertThat(page.locator("#verdicts")).containsText("Voluntary sector");
    clickAndCheck(
        page.getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Upload a new version of the model")));
    assertThat(page.locator("h1")).hasText("Upload a new version of a stability model");
  }

  private Locator field(String id) {
    return page.locator("[id='" + id + "']");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
