package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.meetings.Actions;
import org.entente.meetings.Agreement;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.DecisionLayer;
import org.entente.meetings.Meetings;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member opens a board, follows the link to how it works and reads its four pictures and their
 * tables, then looks back over all its meetings.
 */
class BodyRecordJourneyTest extends BrowserTest {

  @Autowired Register register;
  @Autowired Areas areas;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Meetings meetings;
  @Autowired Actions actions;

  @Test
  void readHowABodyWorks() {
    long area = areas.require("demo").id();
    long pid =
        register.create(
            area,
            TestPartnerships.minimal(
                "Wellbeing Record Journey " + System.nanoTime(), "Tests the pictures", false),
            null);
    long body =
        structure.createBody(
            area,
            pid,
            new Structure.BodyDetails(
                "Health and Wellbeing Board", BodyKind.BOARD, null, null, null, false, false));
    long police = seat(area, body, "Police", "PUBLIC");
    long voluntary = seat(area, body, "Voluntary sector", "VOLUNTARY");
    long substitute = people.all(area).get(1).id();
    LocalDate today = LondonTime.today();
    long earlier = schedule(area, pid, body, today.minusMonths(5));
    long later = schedule(area, pid, body, today.minusMonths(2));
    attend(
        area,
        earlier,
        List.of(
            new Meetings.SeatAttendance(police, AttendanceStatus.PRESENT, null, null),
            new Meetings.SeatAttendance(voluntary, AttendanceStatus.APOLOGIES, null, null)));
    attend(
        area,
        later,
        List.of(
            new Meetings.SeatAttendance(police, AttendanceStatus.SUBSTITUTE, substitute, 3),
            new Meetings.SeatAttendance(voluntary, AttendanceStatus.ABSENT, null, null)));
    for (Agreement a : Agreement.values()) {
      meetings.recordDecision(
          area,
          later,
          meetings.meeting(area, later).orElseThrow().version(),
          new Meetings.DecisionDetails(
              null,
              "Decision " + a,
              DecisionLayer.STRATEGIC,
              a,
              a == Agreement.CONTESTED ? "The council objected" : null));
    }
    actions.raise(
        area,
        pid,
        later,
        new Actions.ActionDetails(
            "Report the waiting times", people.all(area).get(0).id(), today.minusDays(7)));

    signIn("member");
    open("/areas/demo/partnerships/" + pid + "/bodies/" + body);
    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How this body works")));
    assertThat(page.locator("h1")).hasText("How this body works");
    assertThat(page.locator("#record-summary")).containsText("2 meetings held since");

    Locator pictures = page.getByRole(AriaRole.IMG);
    assertThat(pictures.filter(new Locator.FilterOptions().setHasText("Attendance by seat")))
        .isVisible();
    assertThat(page.locator("main svg[role=img]")).hasCount(4);
    for (Locator svg : page.locator("main svg[role=img]").all()) {
      assertThat(svg).isVisible();
    }
    assertThat(page.locator("#attendance-table")).containsText("Substitute (Tier 3)");
    assertThat(page.locator("#attendance-table")).containsText("Apologies");
    assertThat(page.locator("#substitutes-table")).containsText("50%");
    assertThat(page.locator("#decisions-verdict"))
        .hasText(
            "The 3 decisions do not keep to the rule of thumb: 33% agreed by all (at least 85%"
                + " expected) and 33% contested (no more than 5% expected).");
    assertThat(page.locator("#actions-summary"))
        .hasText("1 action is open or in progress, 1 overdue.");
    page.getByLabel("All meetings").check();
    clickAndCheck(button("Show"));
    assertThat(page.locator("#record-summary")).hasText("2 meetings held in all");
    assertThat(page.getByLabel("All meetings")).isChecked();

    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("See all the partnership's actions")));
    assertThat(page.locator("main table")).containsText("Report the waiting times");
  }

  private long seat(long area, long body, String title, String sector) {
    return structure.addSeat(
        area,
        body,
        structure.body(area, body).orElseThrow().version(),
        new Structure.SeatDetails(title, null, sector, SeatRole.MEMBER, true));
  }

  private long schedule(long area, long pid, long body, LocalDate day) {
    return meetings.schedule(
        area,
        pid,
        new Meetings.Schedule(body, LocalDateTime.of(day, LocalTime.of(10, 0)), "Town Hall"));
  }

  private void attend(long area, long meeting, List<Meetings.SeatAttendance> seats) {
    meetings.recordAttendance(
        area, meeting, meetings.meeting(area, meeting).orElseThrow().version(), seats);
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
