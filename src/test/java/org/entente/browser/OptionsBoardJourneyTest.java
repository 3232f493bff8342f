package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.directory.Areas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership's officer builds an options board, sees a dilemma appear once the positions and
 * preferences are in, changes a position and sees the dilemma go.
 */
class OptionsBoardJourneyTest extends BrowserTest {

  static final String POSITIONING =
      "Positioning: Council would rather have Police's position than its own.";

  @Autowired Areas areas;
  @Autowired JdbcClient jdbc;

  Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void buildABoardAndWatchADilemmaAppearAndDisappear() {
    long pid =
        jdbc.sql("select id from partnership where area_id = ? and name = ?")
            .params(areas.require("demo").id(), "Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    String title = "Journey board " + System.nanoTime();
    signIn("officer");
    open("/areas/demo/partnerships/" + pid + "/conflict/boards");
    clickAndCheck(
        page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create an options board")));
    page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
    clickAndCheck(button("Create board"));
    assertThat(page.locator("h1")).hasText(title);

    page.getByLabel("Add a character").fill("Council");
    clickAndCheck(button("Add character"));
    page.getByLabel("Add a character").fill("Police");
    clickAndCheck(button("Add character"));
    page.getByLabel("New option for Council").fill("Fund the post");
    clickAndCheck(button("Add option for Council"));
    page.getByLabel("New option for Police").fill("Share the cost");
    clickAndCheck(button("Add option for Police"));

    // the council wants the police to pay, the police want the council to
    page.getByLabel("Council's position on Fund the post").selectOption("N");
    page.getByLabel("Council's position on Share the cost").selectOption("Y");
    page.getByLabel("Police's position on Fund the post").selectOption("Y");
    page.getByLabel("Police's position on Share the cost").selectOption("N");
    clickAndCheck(button("Save positions and intentions"));
    assertThat(page.locator("#dilemmas + p")).containsText("once the board is complete");

    page.getByLabel("Council's preferences").fill("Y-");
    clickAndCheck(button("Save Council's preferences"));
    page.getByLabel("Police's preferences").fill("--");
    clickAndCheck(button("Save Police's preferences"));
    assertThat(page.locator("#mode")).containsText("Crisis.");
    assertThat(page.getByText(POSITIONING)).isVisible();

    // once the council also offers to fund the post, it no longer prefers the police's position
    page.getByLabel("Council's position on Fund the post").selectOption("Y");
    clickAndCheck(button("Save positions and intentions"));
    assertThat(page.locator("#mode")).containsText("Crisis.");
    assertThat(page.getByText(POSITIONING)).hasCount(0);
    assertThat(page.locator("table.govuk-table").first()).containsText("Threatened future");

    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Options boards")));
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
        .isVisible();
  }
}
