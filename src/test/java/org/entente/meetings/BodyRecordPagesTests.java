package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.Capacity;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.LondonTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page "How this body works": its tables give the same figures as its pictures, for a body
 * whose meetings, attendance, decisions and actions are made here.
 */
@IntegrationTest
class BodyRecordPagesTests {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired Actions actions;
  @Autowired People people;

  DemoUsers users;
  AreaRef demo;
  LocalDate today;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
    today = LondonTime.today();
  }

  /** A board with four seats and meetings 18, 8, 4 and 1 months ago, one cancelled, one to come. */
  record Board(
      long pid, long body, LocalDate old, LocalDate spring, LocalDate summer, LocalDate autumn) {
    String page() {
      return "/areas/demo/partnerships/" + pid + "/bodies/" + body + "/record";
    }
  }

  Board board(boolean restricted) {
    long area = demo.id();
    long pid =
        register.create(
            area,
            TestPartnerships.minimal(
                "Wellbeing Record Check " + System.nanoTime(), "Works", restricted),
            null);
    long body =
        structure.createBody(
            area,
            pid,
            new Structure.BodyDetails(
                "Safer Board", BodyKind.BOARD, null, null, null, false, false));
    long police = seat(body, "Police", "PUBLIC");
    long voluntary = seat(body, "Voluntary sector", "VOLUNTARY");
    long health = seat(body, "Health", "PUBLIC");
    long probation = seat(body, "Probation", "PUBLIC");
    long person = people.all(area).get(0).id();
    long substitute = people.all(area).get(1).id();

    LocalDate old = today.minusMonths(18);
    LocalDate spring = today.minusMonths(8);
    LocalDate summer = today.minusMonths(4);
    LocalDate autumn = today.minusMonths(1);
    // health's first member joined after the spring meeting; probation went before the autumn one
    structure.appoint(
        area,
        body,
        bodyVersion(body),
        health,
        new Structure.Appointment(
            person, Capacity.MEMBER, 1, "PUBLIC", false, today.minusMonths(6)),
        null);
    structure.abolishSeat(area, body, bodyVersion(body), probation, today.minusMonths(3));

    long m1 = schedule(pid, body, old);
    long m2 = schedule(pid, body, spring);
    long m3 = schedule(pid, body, summer);
    schedule(pid, body, autumn);
    long cancelled = schedule(pid, body, today.minusMonths(2));
    meetings.cancel(area, cancelled, version(cancelled), "No business");
    schedule(pid, body, today.plusMonths(1));

    attend(m1, List.of(at(police, AttendanceStatus.ABSENT)));
    attend(
        m2,
        List.of(
            at(police, AttendanceStatus.PRESENT),
            substitute(voluntary, substitute, 2),
            at(probation, AttendanceStatus.APOLOGIES)));
    attend(
        m3,
        List.of(
            substitute(police, substitute, 4),
            substitute(voluntary, substitute, 3),
            at(health, AttendanceStatus.PRESENT),
            at(probation, AttendanceStatus.ABSENT)));

    decide(m1, Agreement.CONTESTED);
    decide(m2, Agreement.AGREED_BY_ALL);
    decide(m2, Agreement.AGREED_BY_ALL);
    decide(m3, Agreement.DEBATED_AND_RESOLVED);
    decide(m3, Agreement.CONTESTED);

    raise(pid, m1, "Old follow-up", today.minusMonths(12), null);
    raise(pid, m3, "Chase the health figures", today.minusDays(3), null);
    raise(pid, m3, "Draft the strategy", today.plusMonths(1), ActionStatus.IN_PROGRESS);
    raise(pid, m3, "Book the venue", today.minusMonths(2), ActionStatus.DONE);
    return new Board(pid, body, old, spring, summer, autumn);
  }

  long seat(long body, String title, String sector) {
    return structure.addSeat(
        demo.id(),
        body,
        bodyVersion(body),
        new Structure.SeatDetails(title, null, sector, SeatRole.MEMBER, true));
  }

  int bodyVersion(long body) {
    return structure.body(demo.id(), body).orElseThrow().version();
  }

  long schedule(long pid, long body, LocalDate day) {
    return meetings.schedule(
        demo.id(),
        pid,
        new Meetings.Schedule(
            body, LocalDateTime.of(day, java.time.LocalTime.of(14, 0)), "County Hall"));
  }

  int version(long meeting) {
    return meetings.meeting(demo.id(), meeting).orElseThrow().version();
  }

  static Meetings.SeatAttendance at(long seat, AttendanceStatus status) {
    return new Meetings.SeatAttendance(seat, status, null, null);
  }

  static Meetings.SeatAttendance substitute(long seat, long person, int tier) {
    return new Meetings.SeatAttendance(seat, AttendanceStatus.SUBSTITUTE, person, tier);
  }

  void attend(long meeting, List<Meetings.SeatAttendance> seats) {
    meetings.recordAttendance(demo.id(), meeting, version(meeting), seats);
  }

  void decide(long meeting, Agreement agreement) {
    meetings.recordDecision(
        demo.id(),
        meeting,
        version(meeting),
        new Meetings.DecisionDetails(
            null,
            "Decision " + agreement,
            DecisionLayer.STRATEGIC,
            agreement,
            agreement == Agreement.CONTESTED ? "The police objected" : null));
  }

  void raise(long pid, long meeting, String what, LocalDate due, ActionStatus status) {
    long owner = people.all(demo.id()).get(0).id();
    long id = actions.raise(demo.id(), pid, meeting, new Actions.ActionDetails(what, owner, due));
    if (status != null) {
      actions.progress(
          demo.id(), id, actions.action(demo.id(), id).orElseThrow().version(), status, null, "t");
    }
  }

  Document page(String path, String user) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(users.as(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** A table as text: the row header's text to the cells' texts. */
  static Map<String, List<String>> rows(Element table) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Element tr : table.select("tbody tr")) {
      List<String> cells = new ArrayList<>();
      tr.select("td").forEach(td -> cells.add(td.text()));
      rows.put(tr.selectFirst("th").text(), cells);
    }
    return rows;
  }

  static List<String> columns(Element table) {
    return table.select("thead th").stream().map(Element::text).toList();
  }

  @Test
  void theTablesGiveTheFiguresOfTheLastTwelveMonths() throws Exception {
    Board b = board(false);
    Document doc = page(b.page(), "member");

    assertThat(doc.select("h1").text()).isEqualTo("How this body works");
    assertThat(doc.getElementById("record-summary").text())
        .isEqualTo(
            "3 meetings held since "
                + today
                    .minusYears(1)
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    assertThat(doc.select("svg[role=img]")).hasSize(4);
    assertThat(doc.select("svg[role=img]"))
        .allSatisfy(svg -> assertThat(svg.attr("aria-labelledby")).isNotBlank());

    // 1. attendance: cancelled and future meetings, and those before the period, are left out
    Element attendance = doc.getElementById("attendance-table");
    assertThat(columns(attendance))
        .containsExactly(
            "Seat", b.spring().format(DAY), b.summer().format(DAY), b.autumn().format(DAY));
    Map<String, List<String>> seats = rows(attendance);
    assertThat(seats)
        .containsEntry(
            "Police Public sector", List.of("Present", "Substitute (Tier 4)", "Not recorded"))
        .containsEntry(
            "Voluntary sector Voluntary, community and faith sector",
            List.of("Substitute (Tier 2)", "Substitute (Tier 3)", "Not recorded"))
        .containsEntry(
            "Health Public sector", List.of("Not a seat then", "Present", "Not recorded"))
        .containsEntry(
            "Probation Public sector", List.of("Apologies", "Absent", "Not a seat then"));
    // the picture has a lettered square for every cell but the three blanks
    assertThat(doc.select("svg[aria-labelledby^=attendance-svg] rect")).hasSize(12 - 2);

    // 2. substitutes: seats, tiers 1 to 4, substitutes, share
    Map<String, List<String>> subs = rows(doc.getElementById("substitutes-table"));
    assertThat(subs.get(b.spring().format(DAY)))
        .containsExactly("3", "0", "1", "0", "0", "1", "33%");
    assertThat(subs.get(b.summer().format(DAY)))
        .containsExactly("4", "0", "0", "1", "1", "2", "50%");
    assertThat(subs.get(b.autumn().format(DAY)))
        .containsExactly("3", "0", "0", "0", "0", "0", "0%");

    // 3. decisions against the rule of thumb
    assertThat(rows(doc.getElementById("decisions-table")))
        .containsEntry("Agreed by all", List.of("2", "50%", "85% to 100%"))
        .containsEntry("Debated and resolved", List.of("1", "25%", "0% to 15%"))
        .containsEntry("Contested", List.of("1", "25%", "0% to 5%"));
    assertThat(doc.getElementById("decisions-verdict").text())
        .isEqualTo(
            "The 4 decisions do not keep to the rule of thumb: 50% agreed by all (at least 85%"
                + " expected) and 25% contested (no more than 5% expected).");

    // 4. actions raised at the meetings of the period
    assertThat(rows(doc.getElementById("actions-table")))
        .containsExactly(
            Map.entry("Open", List.of("1")),
            Map.entry("In progress", List.of("1")),
            Map.entry("Of which overdue", List.of("1")),
            Map.entry("Done", List.of("1")),
            Map.entry("Dropped", List.of("0")));
    assertThat(doc.getElementById("actions-summary").text())
        .isEqualTo("2 actions are open or in progress, 1 overdue.");
    assertThat(
            doc.select("a").stream()
                .filter(a -> a.text().equals("See all the partnership's actions"))
                .findFirst()
                .orElseThrow()
                .attr("href"))
        .isEqualTo("/areas/demo/actions?partnership=" + b.pid() + "&show=ALL");
  }

  @Test
  void allMeetingsTakesInTheOlderOnes() throws Exception {
    Board b = board(false);
    Document doc = page(b.page() + "?period=ALL", "scrutiny");
    assertThat(doc.getElementById("record-summary").text()).isEqualTo("4 meetings held in all");
    assertThat(doc.select("#period-ALL").attr("checked")).isEqualTo("checked");
    assertThat(rows(doc.getElementById("attendance-table")).get("Police Public sector"))
        .containsExactly("Absent", "Present", "Substitute (Tier 4)", "Not recorded");
    assertThat(rows(doc.getElementById("decisions-table")).get("Contested"))
        .containsExactly("2", "40%", "0% to 5%");
    assertThat(rows(doc.getElementById("actions-table")).get("Open")).containsExactly("2");
  }

  @Test
  void aBodyWithoutMeetingsSaysSoInEachSection() throws Exception {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal(
                "Wellbeing Quiet Partnership " + System.nanoTime(), "Waits", false),
            null);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Quiet Group", BodyKind.THEMATIC_GROUP, null, null, null, false, false));
    String path = "/areas/demo/partnerships/" + pid + "/bodies/" + body;

    Document bodyPage = page(path, "member");
    assertThat(bodyPage.select("a:contains(How this body works)").attr("href"))
        .isEqualTo(path + "/record");

    Document doc = page(path + "/record?period=TWO_YEARS", "member");
    assertThat(doc.select("#period-TWO_YEARS").attr("checked")).isEqualTo("checked");
    assertThat(doc.getElementById("record-summary").text()).startsWith("No meetings held since");
    assertThat(doc.select("p:containsOwn(No meetings in this period.)")).hasSize(4);
    assertThat(doc.select("svg[role=img]")).isEmpty();
    assertThat(doc.select("table")).isEmpty();
  }

  @Test
  void onlyThoseWhoCanReadThePartnershipSeeTheRecord() throws Exception {
    Board b = board(true);
    mvc.perform(get(b.page()).with(users.as("member"))).andExpect(status().isNotFound());
    mvc.perform(get(b.page()).with(users.as("scrutiny"))).andExpect(status().isOk());
    Board other = board(false);
    mvc.perform(
            get("/areas/demo/partnerships/" + other.pid() + "/bodies/" + b.body() + "/record")
                .with(users.as("admin")))
        .andExpect(status().isNotFound());
  }
}
