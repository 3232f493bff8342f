package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer schedules a board that meets on the second Tuesday of every month, moves one of its
 * meetings, and subscribes to the board's meetings in a calendar app.
 */
class RepeatingMeetingsJourneyTest extends BrowserTest {

  @Autowired Register register;
  @Autowired Areas areas;
  @Autowired Structure structure;

  @Test
  void scheduleARepeatingMeetingMoveOneAndSubscribe() {
    long area = areas.require("demo").id();
    long pid =
        register.create(
            area,
            TestPartnerships.minimal(
                "Repeating Meetings Partnership " + System.nanoTime(), "Tests series", false),
            null);
    structure.createBody(
        area,
        pid,
        new Structure.BodyDetails(
            "Health and Wellbeing Board", BodyKind.BOARD, null, null, null, false, false));

    signIn("admin");
    open("/areas/demo/partnerships/" + pid + "/meetings");
    clickAndCheck(button("Schedule a meeting"));
    page.getByLabel("Health and Wellbeing Board").check();
    page.locator("#date-day").fill("12");
    page.locator("#date-month").fill("1");
    page.locator("#date-year").fill("2027");
    page.getByLabel("Start time").fill("14:00");
    page.getByLabel("Place or link").fill("County Hall, Council Chamber");
    page.getByLabel("Yes, it repeats").check();
    page.getByLabel("Every month").check();
    // too many at once is explained on the page
    page.getByLabel("How many meetings in all").fill("40");
    clickAndCheck(button("Schedule meeting"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("At most 24 meetings can be scheduled at once");
    page.getByLabel("How many meetings in all").fill("4");
    clickAndCheck(button("Schedule meeting"));

    assertThat(page.locator(".govuk-notification-banner, main").first())
        .containsText("4 meetings have been scheduled");
    Locator upcoming = page.locator("main table").first();
    assertThat(upcoming).containsText("12 January 2027");
    assertThat(upcoming).containsText("9 February 2027");
    assertThat(upcoming).containsText("9 March 2027");
    assertThat(upcoming).containsText("13 April 2027");

    // move the February meeting a week later
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("9 February 2027").setExact(false)));
    assertThat(page.locator("main")).containsText("Meeting 2 of 4 in a repeating series");
    clickAndCheck(button("Move this meeting"));
    page.locator("#date-day").fill("16");
    page.getByLabel("Place or link").fill("Fire Station, Training Room");
    clickAndCheck(button("Move meeting"));
    assertThat(page.locator("h1")).hasText("Health and Wellbeing Board, 16 February 2027");
    assertThat(page.locator("main")).containsText("The meeting has been moved");
    assertThat(page.locator("main")).containsText("Fire Station, Training Room");

    // subscribe to the partnership's meetings
    clickAndCheck(page.locator("main a.govuk-back-link"));
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Subscribe to meetings in your calendar")));
    assertThat(page.locator("h1")).hasText("Subscribe to meetings");
    clickAndCheck(button("Make my calendar links"));
    assertThat(page.locator("main")).containsText("Copy these links now");
    Locator webcal = page.locator("main a[href^='webcal://']");
    assertThat(webcal).hasCount(2);
    String feed = page.locator("#feed-partnership").inputValue();
    assertThat(feed).startsWith(base() + "/calendar/").endsWith("/partnerships/" + pid + ".ics");

    // what a calendar app would fetch
    APIResponse calendar = page.request().get(feed);
    assertThat(calendar.status()).isEqualTo(200);
    assertThat(calendar.headers().get("content-type")).startsWith("text/calendar");
    assertThat(calendar.text())
        .contains("BEGIN:VCALENDAR", "DTSTART:20270216T140000Z", "Fire Station\\, Training Room");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
