package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@IntegrationTest
class MinutesPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired Minutes minutes;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  String html(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  long meeting(long pid, long body, int year, int month, int day) {
    return meetings.schedule(
        demo.id(),
        pid,
        new Meetings.Schedule(body, LocalDateTime.of(year, month, day, 14, 0), "County Hall"));
  }

  String path(long pid, long meeting) {
    return "/areas/demo/partnerships/" + pid + "/meetings/" + meeting;
  }

  int version(long meeting) {
    return minutes.of(demo.id(), meeting).orElseThrow().version();
  }

  @Test
  void minutesAreDraftedApprovedAtTheBodysNextMeetingAndPublished() throws Exception {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Minutes Check " + System.nanoTime(), "Minutes", false),
            null);
    long board =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    long forum =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Forum", BodyKind.THEMATIC_GROUP, null, null, null, false, false));
    long june = meeting(pid, board, 2026, 6, 18);
    long earlier = meeting(pid, board, 2026, 3, 19);
    long september = meeting(pid, board, 2026, 9, 17);
    long forumJuly = meeting(pid, forum, 2026, 7, 16);
    long nextYear = meeting(pid, board, 2027, 3, 18);
    String page = path(pid, june);

    // members read but do not write
    mvc.perform(get(page + "/minutes").with(users.as("member"))).andExpect(status().isForbidden());
    mvc.perform(
            post(page + "/minutes").with(users.as("member")).with(csrf()).param("text", "Sneaky"))
        .andExpect(status().isForbidden());

    assertThat(
            html(post(page + "/minutes").with(users.as("admin")).with(csrf()).param("text", " ")))
        .contains("govuk-error-summary", "Enter the minutes");
    assertThat(minutes.of(demo.id(), june)).isEmpty();

    mvc.perform(
            post(page + "/minutes")
                .with(users.as("admin"))
                .with(csrf())
                .param("text", "Present: all partners.\nThe board agreed the plan."))
        .andExpect(status().is3xxRedirection());
    int first = version(june);
    mvc.perform(
            post(page + "/minutes")
                .with(users.as("admin"))
                .with(csrf())
                .param("text", "Present: all partners.\nThe board agreed the plan, with changes.")
                .param("version", String.valueOf(first)))
        .andExpect(status().is3xxRedirection());
    // a second edit from the same old version is stale
    assertThat(
            html(
                post(page + "/minutes")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("text", "Overwritten")
                    .param("version", String.valueOf(first))))
        .contains("Someone else changed this record");
    assertThat(minutes.of(demo.id(), june).orElseThrow().text()).endsWith("with changes.");
    assertThat(html(get(page).with(users.as("member"))))
        .contains("Draft", "The board agreed the plan, with changes.");

    // only later meetings of the same body that have been held are offered
    String approve = html(get(page + "/minutes/approve").with(users.as("admin")));
    assertThat(approve).contains("17 September 2026").doesNotContain("19 March 2026");
    assertThat(minutes.approvalMeetings(demo.id(), june))
        .extracting(MeetingSummary::id)
        .containsExactly(september)
        .doesNotContain(earlier, forumJuly, nextYear, june);
    for (long wrong : new long[] {earlier, forumJuly, nextYear, june}) {
      assertThat(
              html(
                  post(page + "/minutes/approve")
                      .with(users.as("admin"))
                      .with(csrf())
                      .param("atMeetingId", String.valueOf(wrong))
                      .param("version", String.valueOf(version(june)))))
          .contains("Select the later meeting of the body at which the minutes were approved");
    }
    assertThat(minutes.of(demo.id(), june).orElseThrow().status()).isEqualTo(MinutesStatus.DRAFT);

    // publishing needs approval first
    mvc.perform(
            post(page + "/minutes/publish")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(version(june))))
        .andExpect(status().is3xxRedirection());
    assertThat(minutes.of(demo.id(), june).orElseThrow().status()).isEqualTo(MinutesStatus.DRAFT);

    mvc.perform(
            post(page + "/minutes/approve")
                .with(users.as("admin"))
                .with(csrf())
                .param("atMeetingId", String.valueOf(september))
                .param("version", String.valueOf(version(june))))
        .andExpect(status().is3xxRedirection());
    MinutesView approved = minutes.of(demo.id(), june).orElseThrow();
    assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
    assertThat(approved.approvedAtMeetingId()).isEqualTo(september);

    // approved minutes can no longer be edited
    mvc.perform(get(page + "/minutes").with(users.as("admin")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(page + "/minutes")
                .with(users.as("admin"))
                .with(csrf())
                .param("text", "Rewritten after approval")
                .param("version", String.valueOf(approved.version())))
        .andExpect(status().is3xxRedirection());
    assertThat(minutes.of(demo.id(), june).orElseThrow().text()).endsWith("with changes.");

    mvc.perform(
            post(page + "/minutes/publish")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(approved.version())))
        .andExpect(status().is3xxRedirection());
    MinutesView published = minutes.of(demo.id(), june).orElseThrow();
    assertThat(published.status()).isEqualTo(MinutesStatus.PUBLISHED);
    assertThat(published.publishedOn()).isEqualTo(LondonTime.today());
    assertThat(html(get(page).with(users.as("member"))))
        .contains("Published", "Approved at the meeting of", "17 September 2026, 14:00")
        .doesNotContain("Edit the minutes");
    assertThat(
            jdbc.sql(
                    "select action from audit_entry where subject_type = 'meeting'"
                        + " and subject_id = :m and action like 'minutes-%' order by id")
                .param("m", june)
                .query(String.class)
                .list())
        .containsExactly(
            "minutes-drafted", "minutes-revised", "minutes-approved", "minutes-published");

    // the latest held meeting must wait for the next one
    minutes.draft(demo.id(), september, null, "September minutes", "test");
    assertThat(html(get(path(pid, september) + "/minutes/approve").with(users.as("admin"))))
        .contains("none has been held yet. Approval waits for the next meeting.");
    assertThat(html(get(path(pid, september)).with(users.as("admin"))))
        .contains("Minutes are approved at the next meeting of the same body.");
  }
}
