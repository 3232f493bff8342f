package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community safety officer logs a tension, works it through its stages to resolution while it
 * shows on the area's view of open tensions, then reads the force-field analysis of merging two
 * theme groups and compares its versions.
 */
class TensionJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  void moveTo(String stage) {
    page.getByLabel(stage, new Page.GetByLabelOptions().setExact(true)).check();
    clickAndCheck(page.getByRole(AriaRole.BUTTON, named("Move stage")));
    assertThat(page.locator("#tension-stage")).hasText(stage);
  }

  @Test
  void logATensionAndWorkItThroughToResolution() {
    long safer =
        jdbc.sql("select id from partnership where name = ?")
            .param("Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    String title = "Who pays for the shared venue " + System.nanoTime();
    signIn("officer");
    open("/areas/demo/partnerships/" + safer);
    clickAndCheck(page.getByRole(AriaRole.LINK, named("Conflict")));
    assertThat(page.locator("main")).containsText("Conflict in a partnership is normal");
    clickAndCheck(page.getByRole(AriaRole.LINK, named("Tension log")));
    clickAndCheck(page.getByRole(AriaRole.BUTTON, named("Log a tension")));

    page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
    page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
        .fill("The council and the police each expect the other to pay for the venue.");
    page.getByLabel("Different priorities or ways of working").check();
    page.getByLabel("Medium", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Shires Police", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Processes", new Page.GetByLabelOptions().setExact(true)).check();
    clickAndCheck(page.getByRole(AriaRole.BUTTON, named("Log tension")));
    assertThat(page.locator("h1")).hasText(title);
    assertThat(page.locator("#tension-stage")).hasText("Raised");

    moveTo("Worked on within the partnership");
    moveTo("External facilitator or mediator");

    open("/areas/demo/conflict/tensions?partnership=" + safer + "&stage=EXTERNAL_HELP");
    assertThat(page.locator("#tension-matrix")).containsText("External facilitator or mediator");
    assertThat(page.locator("#tension-chart title")).hasText("Open tensions by source");
    assertThat(page.locator("#tensions")).containsText(title);
    clickAndCheck(page.getByRole(AriaRole.LINK, named(title)));

    page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true))
        .fill("The mediator helped the partners agree to split the cost.");
    clickAndCheck(page.getByRole(AriaRole.BUTTON, named("Add note")));
    moveTo("Resolved");
    assertThat(page.locator(".moj-timeline"))
        .containsText("Moved from External facilitator or mediator to Resolved");
    assertThat(page.locator(".moj-timeline")).containsText("Olivia Officer");

    open("/areas/demo/conflict/tensions?partnership=" + safer);
    assertThat(page.locator("main")).not().containsText(title);
  }

  @Test
  void readTheForceFieldAndCompareItsVersions() {
    long safer =
        jdbc.sql("select id from partnership where name = ?")
            .param("Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    signIn("officer");
    open("/areas/demo/partnerships/" + safer + "/conflict");
    clickAndCheck(page.getByRole(AriaRole.LINK, named("Force-field analyses")));
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Merge the Community Tensions and Hate Crime Group")));
    assertThat(page.locator("#version-shown")).containsText("Version 2 of 2");
    assertThat(page.locator("#force-field-picture title")).containsText("The balance of forces");
    assertThat(page.locator("#forces")).containsText("The board has asked for fewer meetings");
    clickAndCheck(page.getByRole(AriaRole.BUTTON, named("Compare")));
    assertThat(page.locator("h1")).hasText("Compare versions 1 and 2");
    assertThat(page.locator("#changes")).containsText("Removed");
    assertThat(page.locator("#changes")).containsText("Different reporting lines and funding");
  }
}
