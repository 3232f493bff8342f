package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.meetings.Meetings;
import org.entente.meetings.domain.TestFiles;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officer of a partnership attaches a paper to a meeting whose papers were already due and sees
 * it flagged late, on the meeting and in the list of meetings; then drafts the minutes of an
 * earlier meeting, records their approval at the body's next meeting and publishes them.
 */
class PapersJourneyTest extends BrowserTest {

  @Autowired Areas areas;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired JdbcClient jdbc;

  @Test
  void attachALatePaperAndSeeTheFlagThenSettleTheMinutes() {
    long area = areas.require("demo").id();
    long pid =
        jdbc.sql("select id from partnership where area_id = :a and name = :n")
            .param("a", area)
            .param("n", "Domestic Abuse Delivery Group")
            .query(Long.class)
            .single();
    String bodyName = "Refuge Steering Group " + System.nanoTime() % 100000;
    long body =
        structure.createBody(
            area,
            pid,
            new Structure.BodyDetails(
                bodyName, BodyKind.DELIVERY_GROUP, null, null, null, false, false));
    long soon =
        meetings.schedule(
            area,
            pid,
            new Meetings.Schedule(
                body, LondonTime.today().plusDays(2).atTime(14, 0), "Refuge office"));
    long june =
        meetings.schedule(
            area,
            pid,
            new Meetings.Schedule(body, LocalDateTime.of(2026, 6, 18, 10, 0), "County Hall"));
    meetings.schedule(
        area,
        pid,
        new Meetings.Schedule(body, LocalDateTime.of(2026, 9, 17, 10, 0), "County Hall"));
    String meetingsPath = "/areas/demo/partnerships/" + pid + "/meetings";

    signIn("officer");
    open(meetingsPath + "/" + soon);
    assertThat(page.locator(".govuk-warning-text")).containsText("Papers not published");

    clickAndCheck(button("Attach a paper"));
    clickAndCheck(button("Attach paper"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the title of the paper");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select a file to attach");
    // a file over the limit (1 MB in tests) is refused by the server with a message, not an error
    page.getByLabel("Title of the paper").fill("Refuge capacity report");
    page.getByLabel("Upload a file")
        .setInputFiles(
            new FilePayload(
                "huge.pdf",
                "application/pdf",
                java.util.Arrays.copyOf(TestFiles.pdf(), 1536 * 1024)));
    clickAndCheck(button("Attach paper"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("The selected file must be smaller than 1 MB");
    page.getByLabel("Title of the paper").fill("Refuge capacity report");
    page.getByLabel("Upload a file")
        .setInputFiles(new FilePayload("refuge-capacity.pdf", "application/pdf", TestFiles.pdf()));
    clickAndCheck(button("Attach paper"));
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The paper \u201cRefuge capacity report\u201d has been attached");
    Locator papers = page.locator("#papers + table");
    assertThat(papers).containsText("Refuge capacity report");
    assertThat(papers.locator(".govuk-tag")).hasText("Late");
    assertThat(page.locator(".govuk-warning-text"))
        .containsText("Papers late: 1 paper was published after the date papers were due");

    clickAndCheck(page.locator("a.govuk-back-link"));
    Locator row =
        page.locator("tr").filter(new Locator.FilterOptions().setHasText(bodyName)).first();
    assertThat(row).containsText("1 paper");
    assertThat(row.locator(".govuk-tag", new Locator.LocatorOptions().setHasText("Late")))
        .isVisible();

    // the minutes of the June meeting, approved at the September one
    open(meetingsPath + "/" + june);
    clickAndCheck(button("Draft the minutes"));
    page.getByLabel("Minutes", new Page.GetByLabelOptions().setExact(true))
        .fill("Present: all partners.\nAgreed to extend refuge capacity by six places.");
    clickAndCheck(button("Save draft"));
    assertThat(page.locator("#minutes ~ p .govuk-tag").first()).hasText("Draft");
    assertThat(page.locator("#minutes-text")).containsText("six places");

    clickAndCheck(button("Record approval"));
    clickAndCheck(button("Record approval"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Select the later meeting of the body at which the minutes were approved");
    page.getByLabel("17 September 2026, 10:00, County Hall").check();
    clickAndCheck(button("Record approval"));
    assertThat(page.locator("#minutes ~ p .govuk-tag").first()).hasText("Approved");
    assertThat(button("Edit the minutes")).hasCount(0);

    clickAndCheck(button("Publish the minutes"));
    assertThat(page.locator("#minutes ~ p .govuk-tag").first()).hasText("Published");
    assertThat(page.locator("main"))
        .containsText(
            "Published on "
                + LondonTime.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
