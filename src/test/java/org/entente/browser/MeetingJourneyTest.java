package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.Capacity;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator schedules a meeting, builds its agenda, records who came (one member sent a
 * substitute), records a contested decision with its dissent and raises an action.
 */
class MeetingJourneyTest extends BrowserTest {

  @Autowired Register register;
  @Autowired Areas areas;
  @Autowired Structure structure;
  @Autowired People people;

  @Test
  void scheduleAMeetingAndRecordWhatHappened() {
    long area = areas.require("demo").id();
    long pid =
        register.create(
            area,
            TestPartnerships.minimal(
                "Meeting Journey Partnership " + System.nanoTime(), "Tests meetings", false),
            null);
    long body =
        structure.createBody(
            area,
            pid,
            new Structure.BodyDetails(
                "Community Safety Board", BodyKind.BOARD, null, null, null, false, false));
    long seat =
        structure.addSeat(
            area,
            body,
            0,
            new Structure.SeatDetails("Police", null, "PUBLIC", SeatRole.MEMBER, true));
    long member = people.all(area).get(0).id();
    structure.appoint(
        area,
        body,
        structure.body(area, body).orElseThrow().version(),
        seat,
        new Structure.Appointment(
            member, Capacity.MEMBER, 1, "PUBLIC", false, LocalDate.of(2024, 1, 1)),
        null);

    signIn("admin");
    open("/areas/demo/partnerships/" + pid);
    clickAndCheck(
        page.getByRole(
                AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Sections of this partnership"))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Meetings")));
    assertThat(page.locator("main")).containsText("No meetings are coming up");

    // schedule, first with nothing filled in
    clickAndCheck(button("Schedule a meeting"));
    clickAndCheck(button("Schedule meeting"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Select the body that is meeting");
    page.getByLabel("Community Safety Board").check();
    page.locator("#date-day").fill("18");
    page.locator("#date-month").fill("3");
    page.locator("#date-year").fill("2027");
    page.getByLabel("Start time").fill("14:00");
    page.getByLabel("Place or link").fill("County Hall, Committee Room 2");
    clickAndCheck(button("Schedule meeting"));
    assertThat(page.locator("h1")).hasText("Community Safety Board, 18 March 2027");
    assertThat(page.locator("main")).containsText("Wednesday 10 March 2027");

    // the agenda
    clickAndCheck(button("Add an agenda item"));
    page.getByLabel("Title of the item").fill("Quarterly performance report");
    page.getByLabel("Presented by (optional)").fill("Head of Community Safety");
    clickAndCheck(button("Add item"));
    assertThat(page.locator("#agenda + ol")).containsText("Quarterly performance report");

    // attendance: the police member sent a substitute
    clickAndCheck(button("Record attendance"));
    page.getByLabel("Sent a substitute").check();
    page.getByLabel("Who came instead").selectOption(new SelectOption().setIndex(2));
    page.getByLabel("Their seniority tier")
        .selectOption(new SelectOption().setLabel("Tier 3: Senior manager"));
    accessible();
    clickAndCheck(button("Save attendance"));
    assertThat(page.locator("main table").first()).containsText("Sent a substitute");
    assertThat(page.locator("main table").first()).containsText("(Tier 3)");

    // a contested decision, which needs its dissent
    clickAndCheck(button("Record a decision"));
    page.getByLabel("Agenda item")
        .selectOption(new SelectOption().setLabel("1. Quarterly performance report"));
    page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true))
        .fill("Move the night-time economy budget to youth outreach");
    page.getByLabel("Strategic").check();
    page.getByLabel("Contested").check();
    clickAndCheck(button("Record decision"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Record who dissented from the contested decision and why");
    page.getByLabel("Dissent", new Page.GetByLabelOptions().setExact(true))
        .fill("The police objected: the budget funds town-centre patrols");
    clickAndCheck(button("Record decision"));
    assertThat(page.locator(".govuk-summary-card")).containsText("Contested");
    assertThat(page.locator(".govuk-summary-card")).containsText("The police objected");
    assertThat(page.locator("main")).containsText("100% of decisions were contested");

    // an action raised at the meeting, then progressed
    clickAndCheck(button("Raise an action"));
    page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true))
        .fill("Report the effect on patrols to the next meeting");
    page.getByLabel("Owner").selectOption(new SelectOption().setIndex(1));
    page.locator("#dueOn-day").fill("15");
    page.locator("#dueOn-month").fill("4");
    page.locator("#dueOn-year").fill("2027");
    clickAndCheck(button("Raise action"));
    assertThat(page.locator("h1")).hasText("Community Safety Board, 18 March 2027");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Report the effect on patrols to the next meeting")));
    page.getByLabel("In progress").check();
    page.getByLabel("Progress note").fill("Figures requested from the police");
    clickAndCheck(button("Save progress"));
    assertThat(page.locator(".moj-timeline")).containsText("Figures requested from the police");

    open("/areas/demo/actions?partnership=" + pid);
    assertThat(page.locator("main table"))
        .containsText("Report the effect on patrols to the next meeting");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
