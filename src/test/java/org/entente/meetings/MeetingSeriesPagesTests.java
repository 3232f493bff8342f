package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.audit.AuditTrail;
import org.entente.audit.FieldChange;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Scheduling a repeating meeting and moving a meeting, through the pages. */
@IntegrationTest
class MeetingSeriesPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired AuditTrail audit;

  DemoUsers users;
  AreaRef demo;
  long pid;
  long body;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
    pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Series Check " + System.nanoTime(), "Meets", false),
            null);
    body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Series Board", BodyKind.BOARD, null, null, null, false, false));
  }

  String base() {
    return "/areas/demo/partnerships/" + pid + "/meetings";
  }

  MockHttpServletRequestBuilder schedule(Map<String, String> repeat) {
    MockHttpServletRequestBuilder request =
        post(base())
            .with(users.as("admin"))
            .with(csrf())
            .param("bodyId", String.valueOf(body))
            .param("date.day", "12")
            .param("date.month", "1")
            .param("date.year", "2027")
            .param("time", "14:00")
            .param("place", "County Hall");
    repeat.forEach(request::param);
    return request;
  }

  String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  @Test
  void aRepeatingMeetingBecomesMeetingsOfTheirOwnWithTheirOwnPapersDeadlines() throws Exception {
    mvc.perform(schedule(Map.of("repeat", "REPEATING", "cadence", "MONTHLY", "count", "6")))
        .andExpect(status().is3xxRedirection());
    List<MeetingSummary> all =
        meetings.meetingsOf(demo.id(), pid).stream()
            .sorted(Comparator.comparing(MeetingSummary::startsAt))
            .toList();
    // the second Tuesday of each month, at 14:00 in London
    assertThat(all)
        .extracting(m -> m.startsAt().atZone(LondonTime.ZONE).toLocalDateTime())
        .containsExactly(
            LocalDateTime.of(2027, 1, 12, 14, 0),
            LocalDateTime.of(2027, 2, 9, 14, 0),
            LocalDateTime.of(2027, 3, 9, 14, 0),
            LocalDateTime.of(2027, 4, 13, 14, 0),
            LocalDateTime.of(2027, 5, 11, 14, 0),
            LocalDateTime.of(2027, 6, 8, 14, 0));
    PapersDeadline rule = PapersDeadline.standard();
    assertThat(all)
        .allSatisfy(
            m ->
                assertThat(m.papersDueOn())
                    .isEqualTo(rule.dueOn(m.startsAt().atZone(LondonTime.ZONE).toLocalDate())));
    assertThat(html(get(base()).with(users.as("member"))))
        .contains("12 January 2027", "9 February 2027", "8 June 2027");
    assertThat(html(get(base() + "/" + all.get(2).id()).with(users.as("member"))))
        .contains("Meeting 3 of 6 in a repeating series");
  }

  @Test
  void aSingleMeetingIsNotPartOfASeries() throws Exception {
    mvc.perform(schedule(Map.of("repeat", "ONCE", "cadence", "WEEKLY", "count", "99")))
        .andExpect(status().is3xxRedirection());
    MeetingSummary only = meetings.meetingsOf(demo.id(), pid).get(0);
    assertThat(meetings.meetingsOf(demo.id(), pid)).hasSize(1);
    assertThat(html(get(base() + "/" + only.id()).with(users.as("member"))))
        .doesNotContain("repeating series");
  }

  @Test
  void aSeriesThatCannotBeScheduledIsExplainedAndNothingIsWritten() throws Exception {
    assertThat(html(schedule(Map.of("repeat", "REPEATING", "cadence", "WEEKLY", "count", "30"))))
        .contains("govuk-error-summary", "At most 24 meetings can be scheduled at once");
    assertThat(
            html(
                schedule(
                    Map.of(
                        "repeat", "REPEATING",
                        "cadence", "WEEKLY",
                        "until.day", "1",
                        "until.month", "1",
                        "until.year", "2027"))))
        .contains("The date of the last meeting must be after the first meeting");
    assertThat(
            html(
                schedule(
                    Map.of(
                        "repeat", "REPEATING",
                        "cadence", "WEEKLY",
                        "count", "3",
                        "until.day", "1",
                        "until.month", "3",
                        "until.year", "2027"))))
        .contains("Enter either how many meetings there are or the date of the last one");
    assertThat(html(schedule(Map.of("repeat", "REPEATING", "count", "3"))))
        .contains("Select how often the meeting repeats");
    assertThat(html(schedule(Map.of("repeat", "REPEATING", "cadence", "WEEKLY"))))
        .contains("Enter how many meetings there are, or the date of the last one");
    assertThat(html(schedule(Map.of("repeat", "REPEATING", "cadence", "QUARTERLY", "count", "24"))))
        .contains("Bank holidays for 2031 are not known yet");
    assertThat(meetings.meetingsOf(demo.id(), pid)).isEmpty();
  }

  @Test
  void movingAMeetingMovesItsPapersDeadlineAndIsAudited() throws Exception {
    long id =
        meetings.schedule(
            demo.id(),
            pid,
            new Meetings.Schedule(body, LocalDateTime.of(2027, 3, 18, 14, 0), "County Hall"));
    int version = meetings.meeting(demo.id(), id).orElseThrow().version();
    String page = base() + "/" + id;
    mvc.perform(get(page + "/move").with(users.as("member"))).andExpect(status().isForbidden());
    assertThat(html(get(page + "/move").with(users.as("admin"))))
        .contains("value=\"18\"", "value=\"14:00\"", "value=\"County Hall\"");

    mvc.perform(
            post(page + "/move")
                .with(users.as("admin"))
                .with(csrf())
                .param("date.day", "25")
                .param("date.month", "3")
                .param("date.year", "2027")
                .param("time", "10:30")
                .param("place", "Fire Station")
                .param("version", String.valueOf(version)))
        .andExpect(status().is3xxRedirection());
    MeetingView moved = meetings.meeting(demo.id(), id).orElseThrow();
    assertThat(moved.startsAt().atZone(LondonTime.ZONE).toLocalDateTime())
        .isEqualTo(LocalDateTime.of(2027, 3, 25, 10, 30));
    assertThat(moved.place()).isEqualTo("Fire Station");
    assertThat(moved.papersDueOn())
        .isEqualTo(PapersDeadline.standard().dueOn(LocalDate.of(2027, 3, 25)));
    assertThat(audit.historyOf("meeting", id).get(0).action()).isEqualTo("moved");
    assertThat(audit.historyOf("meeting", id).get(0).changes())
        .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .contains(
            org.assertj.core.groups.Tuple.tuple("place", "County Hall", "Fire Station"),
            org.assertj.core.groups.Tuple.tuple(
                "papersDueOn",
                PapersDeadline.standard().dueOn(LocalDate.of(2027, 3, 18)).toString(),
                PapersDeadline.standard().dueOn(LocalDate.of(2027, 3, 25)).toString()));

    // a form drawn before that move is refused and changes nothing
    String stale =
        html(
            post(page + "/move")
                .with(users.as("admin"))
                .with(csrf())
                .param("date.day", "1")
                .param("date.month", "4")
                .param("date.year", "2027")
                .param("time", "09:00")
                .param("place", "Library")
                .param("version", String.valueOf(version)));
    assertThat(stale).contains("Someone else changed this record while you were editing it");
    assertThat(meetings.meeting(demo.id(), id).orElseThrow().place()).isEqualTo("Fire Station");

    // an unchanged form is not a move
    int current = meetings.meeting(demo.id(), id).orElseThrow().version();
    assertThat(
            html(
                post(page + "/move")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("date.day", "25")
                    .param("date.month", "3")
                    .param("date.year", "2027")
                    .param("time", "10:30")
                    .param("place", "Fire Station")
                    .param("version", String.valueOf(current))))
        .contains("Change the date, the time or the place to move the meeting");
  }
}
