package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class MeetingsPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired Actions actions;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired org.entente.audit.AuditTrail audit;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  record Fixture(long pid, long body, long seat, long meeting) {
    String base() {
      return "/areas/demo/partnerships/" + pid + "/meetings";
    }

    String page() {
      return base() + "/" + meeting;
    }
  }

  Fixture fixture(boolean restricted) {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Meetings Check " + System.nanoTime(), "Meets", restricted),
            null);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    long seat =
        structure.addSeat(
            demo.id(),
            body,
            0,
            new Structure.SeatDetails(
                "Voluntary sector", null, "VOLUNTARY", SeatRole.MEMBER, true));
    long meeting =
        meetings.schedule(
            demo.id(),
            pid,
            new Meetings.Schedule(body, LocalDateTime.of(2026, 6, 18, 14, 0), "County Hall"));
    return new Fixture(pid, body, seat, meeting);
  }

  int version(Fixture f) {
    return meetings.meeting(demo.id(), f.meeting()).orElseThrow().version();
  }

  String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  @Test
  void everyRoleReadsMeetingsButOnlyEditorsChangeThem() throws Exception {
    Fixture f = fixture(false);
    for (String reader : new String[] {"member", "scrutiny", "officer"}) {
      mvc.perform(get(f.base()).with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(f.page()).with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(f.base() + "/new").with(users.as(reader))).andExpect(status().isForbidden());
      mvc.perform(
              post(f.base())
                  .with(users.as(reader))
                  .with(csrf())
                  .param("bodyId", String.valueOf(f.body()))
                  .param("date.day", "1")
                  .param("date.month", "7")
                  .param("date.year", "2026")
                  .param("time", "10:00")
                  .param("place", "Sneaky room"))
          .andExpect(status().isForbidden());
      mvc.perform(
              post(f.page() + "/agenda")
                  .with(users.as(reader))
                  .with(csrf())
                  .param("title", "Sneaky item")
                  .param("version", String.valueOf(version(f))))
          .andExpect(status().isForbidden());
      mvc.perform(post(f.page() + "/cancel").with(users.as(reader)).with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              get("/areas/demo/partnerships/" + f.pid() + "/actions/new").with(users.as(reader)))
          .andExpect(status().isForbidden());
    }
    assertThat(meetings.meeting(demo.id(), f.meeting()).orElseThrow().agenda()).isEmpty();
    assertThat(meetings.meetingsOf(demo.id(), f.pid())).hasSize(1);
    mvc.perform(get(f.base() + "/new").with(users.as("admin"))).andExpect(status().isOk());
    assertThat(html(get(f.page()).with(users.as("member"))))
        .contains("Board, 18 June 2026", "County Hall")
        .doesNotContain("Add an agenda item");
  }

  @Test
  void theOfficerOfAPartnershipSchedulesItsMeetings() throws Exception {
    long pid =
        jdbc.sql("select id from partnership where area_id = :a and name = :n")
            .param("a", demo.id())
            .param("n", "Domestic Abuse Delivery Group")
            .query(Long.class)
            .single();
    mvc.perform(get("/areas/demo/partnerships/" + pid + "/meetings/new").with(users.as("officer")))
        .andExpect(status().isOk());
  }

  @Test
  void restrictedPartnershipsMeetingsAndActionsAreHiddenFromMembers() throws Exception {
    Fixture f = fixture(true);
    long owner = people.all(demo.id()).get(0).id();
    actions.raise(
        demo.id(),
        f.pid(),
        f.meeting(),
        new Actions.ActionDetails("Restricted follow-up", owner, LocalDate.of(2026, 7, 1)));
    mvc.perform(get(f.base()).with(users.as("member"))).andExpect(status().isNotFound());
    mvc.perform(get(f.page()).with(users.as("member"))).andExpect(status().isNotFound());
    assertThat(html(get("/areas/demo/actions?show=ALL&size=100").with(users.as("member"))))
        .doesNotContain("Restricted follow-up");
    assertThat(
            html(
                get("/areas/demo/actions?show=ALL&partnership=" + f.pid())
                    .with(users.as("scrutiny"))))
        .contains("Restricted follow-up");
  }

  @Test
  void schedulingSetsThePapersDeadlineAndRefusesBadInputInTheErrorSummary() throws Exception {
    Fixture f = fixture(false);
    String errors =
        html(
            post(f.base())
                .with(users.as("admin"))
                .with(csrf())
                .param("date.day", "31")
                .param("date.month", "2")
                .param("date.year", "2026")
                .param("time", "25:00"));
    assertThat(errors)
        .contains(
            "govuk-error-summary",
            "Select the body that is meeting",
            "Enter the date of the meeting",
            "Enter the start time using the 24-hour clock",
            "Enter where the meeting takes place");
    assertThat(
            html(
                post(f.base())
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("bodyId", String.valueOf(f.body()))
                    .param("date.day", "1")
                    .param("date.month", "7")
                    .param("date.year", "2031")
                    .param("time", "10:00")
                    .param("place", "Online")))
        .contains("Bank holidays for 2031 are not known yet");
    assertThat(meetings.meetingsOf(demo.id(), f.pid())).hasSize(1);

    String location =
        mvc.perform(
                post(f.base())
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("bodyId", String.valueOf(f.body()))
                    .param("date.day", "25")
                    .param("date.month", "4")
                    .param("date.year", "2025")
                    .param("time", "9.30")
                    .param("place", "Online"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    // Good Friday and Easter Monday do not count: five clear working days end on Tuesday 15 April
    assertThat(html(get(location).with(users.as("member"))))
        .contains("Tuesday 15 April 2025", "25 April 2025, 09:30");
  }

  @Test
  void aContestedDecisionNeedsItsDissentAndASubstituteNeedsWhoAndTier() throws Exception {
    Fixture f = fixture(false);
    assertThat(
            html(
                post(f.page() + "/decisions")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("text", "Close the drop-in centre")
                    .param("layer", "STRATEGIC")
                    .param("agreement", "CONTESTED")
                    .param("version", String.valueOf(version(f)))))
        .contains("Record who dissented from the contested decision and why");
    assertThat(
            html(
                post(f.page() + "/attendance")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("seats[0].seatId", String.valueOf(f.seat()))
                    .param("seats[0].status", "SUBSTITUTE")
                    .param("version", String.valueOf(version(f)))))
        .contains(
            "Choose who came as the substitute", "Choose the substitute&#39;s seniority tier");
    MeetingView unchanged = meetings.meeting(demo.id(), f.meeting()).orElseThrow();
    assertThat(unchanged.decisions()).isEmpty();
    assertThat(unchanged.attendance()).isEmpty();

    long substitute = people.all(demo.id()).get(1).id();
    mvc.perform(
            post(f.page() + "/attendance")
                .with(users.as("admin"))
                .with(csrf())
                .param("seats[0].seatId", String.valueOf(f.seat()))
                .param("seats[0].status", "SUBSTITUTE")
                .param("seats[0].substituteId", String.valueOf(substitute))
                .param("seats[0].substituteTier", "3")
                .param("version", String.valueOf(version(f))))
        .andExpect(status().is3xxRedirection());
    assertThat(meetings.meeting(demo.id(), f.meeting()).orElseThrow().attendance())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo(AttendanceStatus.SUBSTITUTE);
              assertThat(a.substitutePersonId()).isEqualTo(substitute);
              assertThat(a.substituteTier()).isEqualTo(3);
            });
    String substituteName = people.find(demo.id(), substitute).orElseThrow().name();
    assertThat(audit.historyOf("meeting", f.meeting()).get(0).changes())
        .anySatisfy(
            c ->
                assertThat(c.after())
                    .isEqualTo("Voluntary sector: SUBSTITUTE (" + substituteName + ", tier 3)"));
  }

  @Test
  void aStaleFormSavesNothingAndACancelledMeetingCannotBeChanged() throws Exception {
    Fixture f = fixture(false);
    int stale = version(f);
    meetings.addAgendaItem(demo.id(), f.meeting(), stale, "Minutes of the last meeting", null);
    assertThat(
            html(
                post(f.page() + "/agenda")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("title", "Late item")
                    .param("version", String.valueOf(stale))))
        .contains("Someone else changed this record");
    mvc.perform(
            post(f.page() + "/cancel")
                .with(users.as("admin"))
                .with(csrf())
                .param("reason", "Not quorate")
                .param("version", String.valueOf(version(f))))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(f.page() + "/agenda")
                .with(users.as("admin"))
                .with(csrf())
                .param("title", "After cancelling")
                .param("version", String.valueOf(version(f))))
        .andExpect(status().is3xxRedirection());
    MeetingView m = meetings.meeting(demo.id(), f.meeting()).orElseThrow();
    assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(m.agenda())
        .extracting(MeetingView.AgendaItemView::title)
        .containsExactly("Minutes of the last meeting");
    assertThat(html(get(f.page()).with(users.as("admin"))))
        .contains("Not quorate")
        .doesNotContain("Add an agenda item");
  }

  @Test
  void overdueActionsAreListedAndCountedOnTheAreaHome() throws Exception {
    Fixture f = fixture(false);
    long owner = people.all(demo.id()).get(0).id();
    String description = "Send the draft strategy " + System.nanoTime();
    long overdue =
        actions.raise(
            demo.id(),
            f.pid(),
            null,
            new Actions.ActionDetails(description, owner, LondonDate.yesterday()));
    assertThat(
            html(
                get("/areas/demo/actions?show=OVERDUE&partnership=" + f.pid())
                    .with(users.as("member"))))
        .contains(description, "Overdue");
    assertThat(html(get("/areas/demo").with(users.as("member"))))
        .containsPattern("actions? (is|are) open or in progress")
        .containsPattern("(1 is|\\d+ are) overdue");

    String page = "/areas/demo/partnerships/" + f.pid() + "/actions/" + overdue;
    int version = actions.action(demo.id(), overdue).orElseThrow().version();
    assertThat(
            html(
                post(page + "/progress")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("status", "OPEN")
                    .param("version", String.valueOf(version))))
        .contains("Change the status or add a progress note");
    mvc.perform(
            post(page + "/progress")
                .with(users.as("admin"))
                .with(csrf())
                .param("status", "DONE")
                .param("note", "Sent to all partners")
                .param("version", String.valueOf(version)))
        .andExpect(status().is3xxRedirection());
    assertThat(html(get(page).with(users.as("member"))))
        .contains("Sent to all partners", "Done")
        .doesNotContain("Update progress");
    assertThat(
            html(
                get("/areas/demo/actions?show=OVERDUE&partnership=" + f.pid())
                    .with(users.as("member"))))
        .doesNotContain(description);
  }

  /** Yesterday in London, as the overdue rule counts days. */
  static final class LondonDate {
    static LocalDate yesterday() {
      return org.entente.shared.LondonTime.today().minusDays(1);
    }
  }
}
