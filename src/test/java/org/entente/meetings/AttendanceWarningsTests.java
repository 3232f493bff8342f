package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.LondonTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Governance's attendance warnings, read from the meetings a body has held. */
@IntegrationTest
class AttendanceWarningsTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  AreaRef demo;
  LocalDate today = LondonTime.today();

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  record Group(long pid, long body, List<Long> seats) {}

  /** A thematic group (expected to meet every 92 days) with four seats. */
  Group group() {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Attendance Check " + System.nanoTime(), "Meets", false),
            null);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Theme group", BodyKind.THEMATIC_GROUP, null, null, null, false, false));
    List<Long> seats = new ArrayList<>();
    for (String title : List.of("Council", "Police", "Health", "Voluntary sector")) {
      int version = structure.body(demo.id(), body).orElseThrow().version();
      seats.add(
          structure.addSeat(
              demo.id(),
              body,
              version,
              new Structure.SeatDetails(title, null, "VOLUNTARY", SeatRole.MEMBER, true)));
    }
    return new Group(pid, body, seats);
  }

  long heldOn(Group g, LocalDate date, AttendanceStatus... statuses) {
    long meeting =
        meetings.schedule(
            demo.id(), g.pid(), new Meetings.Schedule(g.body(), date.atTime(10, 0), "Town Hall"));
    long substitute =
        jdbc.sql("select min(id) from person where area_id = ?")
            .param(demo.id())
            .query(Long.class)
            .single();
    List<Meetings.SeatAttendance> seats = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      boolean sub = statuses[i] == AttendanceStatus.SUBSTITUTE;
      seats.add(
          new Meetings.SeatAttendance(
              g.seats().get(i), statuses[i], sub ? substitute : null, sub ? 4 : null));
    }
    int version = meetings.meeting(demo.id(), meeting).orElseThrow().version();
    meetings.recordAttendance(demo.id(), meeting, version, seats);
    return meeting;
  }

  Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(users.as("member")))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  String bodyPage(Group g) throws Exception {
    return page("/areas/demo/partnerships/" + g.pid() + "/bodies/" + g.body()).text();
  }

  static final AttendanceStatus P = AttendanceStatus.PRESENT;
  static final AttendanceStatus S = AttendanceStatus.SUBSTITUTE;
  static final AttendanceStatus A = AttendanceStatus.APOLOGIES;
  static final AttendanceStatus X = AttendanceStatus.ABSENT;

  @Test
  void membersStayingAwayAndSendingSubstitutesAreWarnedOfOnTheBodyAndInTheRollUps()
      throws Exception {
    Group g = group();
    heldOn(g, today.minusMonths(4), P, P, P, P);
    heldOn(g, today.minusMonths(3), P, P, P, A);
    heldOn(g, today.minusMonths(2), P, P, A, X);
    heldOn(g, today.minusMonths(1), P, S, A, X);

    String body = bodyPage(g);
    assertThat(body)
        .contains("Attendance has fallen over the last four meetings, from 100% to 50% of seats")
        .contains(
            "Substitutes have filled a growing share of seats over the last four meetings,"
                + " from 0% to 25%")
        .contains("Partners who stop coming are voting with their feet")
        .doesNotContain("The body last met");
    assertThat(page("/areas/demo/partnerships/" + g.pid() + "/bodies").text())
        .contains("Attendance has fallen over the last four meetings");
  }

  @Test
  void aSteadyBodyThatMeetsRegularlyRaisesNoAttendanceWarning() throws Exception {
    Group g = group();
    heldOn(g, today.minusMonths(4), P, P, S, A);
    heldOn(g, today.minusMonths(3), P, S, P, A);
    heldOn(g, today.minusMonths(2), P, P, S, P);
    heldOn(g, today.minusMonths(1), S, P, P, A);

    assertThat(bodyPage(g))
        .doesNotContain("Attendance has fallen")
        .doesNotContain("Substitutes have filled")
        .doesNotContain("The body last met");
  }

  @Test
  void aBodyThatStoppedMeetingIsWarnedAndACancelledMeetingDoesNotCount() throws Exception {
    Group g = group();
    LocalDate last = today.minusDays(120);
    heldOn(g, last, P, P, P, P);
    long cancelled =
        meetings.schedule(
            demo.id(),
            g.pid(),
            new Meetings.Schedule(g.body(), today.minusDays(30).atTime(10, 0), "Town Hall"));
    meetings.cancel(
        demo.id(),
        cancelled,
        meetings.meeting(demo.id(), cancelled).orElseThrow().version(),
        "Not quorate");

    String warning =
        "The body last met on "
            + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(last)
            + "; guidance is to meet every 92 days";
    assertThat(bodyPage(g)).contains(warning);
    assertThat(page("/areas/demo/bodies").text()).contains(warning);
  }

  @Test
  void editorsAreOfferedToScheduleTheNextMeetingForThatBody() throws Exception {
    Group g = group();
    heldOn(g, today.minusDays(120), P, P, P, P);
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/areas/demo/partnerships/" + g.pid() + "/bodies/" + g.body())
                        .with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    String href = page.select("a:contains(Schedule a meeting)").attr("href");
    assertThat(href).endsWith("/meetings/new?body=" + g.body());
    Document form =
        Jsoup.parse(
            mvc.perform(get(href).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(form.select("input[name=bodyId][checked]").attr("value"))
        .isEqualTo(String.valueOf(g.body()));
  }
}
