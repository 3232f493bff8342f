package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.meetings.domain.TestFiles;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@IntegrationTest
class PapersPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired Papers papers;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  record Fixture(long pid, long body, long meeting) {
    String base() {
      return "/areas/demo/partnerships/" + pid + "/meetings";
    }

    String page() {
      return base() + "/" + meeting;
    }
  }

  /** A partnership with a board meeting on the given day at 14:00. */
  Fixture fixture(LocalDate day) {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Papers Check " + System.nanoTime(), "Papers", false),
            null);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    long meeting =
        meetings.schedule(
            demo.id(), pid, new Meetings.Schedule(body, day.atTime(14, 0), "County Hall"));
    return new Fixture(pid, body, meeting);
  }

  /** A meeting far enough ahead that papers attached today are on time. */
  Fixture onTime() {
    return fixture(LocalDate.of(2027, 3, 18));
  }

  /** A meeting two days ahead: its papers were due days ago. */
  Fixture dueAlready() {
    return fixture(LondonTime.today().plusDays(2));
  }

  MockMultipartHttpServletRequestBuilder upload(
      Fixture f, String user, String fileName, byte[] bytes) {
    MockMultipartHttpServletRequestBuilder b =
        multipart(f.page() + "/papers")
            .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes));
    b.with(users.as(user)).with(csrf());
    return b;
  }

  String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getContentAsString();
  }

  int paperRows(Fixture f) {
    return jdbc.sql("select count(*) from paper where meeting_id = :m")
        .param("m", f.meeting())
        .query(Integer.class)
        .single();
  }

  @Test
  void anAttachedPaperDownloadsAsItWasUploaded() throws Exception {
    Fixture f = onTime();
    mvc.perform(get(f.page() + "/papers/new").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Upload a file")));
    mvc.perform(
            upload(f, "admin", "Board report \"final\".docx", TestFiles.docx())
                .param("title", "Quarterly performance report"))
        .andExpect(status().is3xxRedirection());
    PaperView paper = papers.ofMeeting(demo.id(), f.meeting()).get(0);
    assertThat(paper.title()).isEqualTo("Quarterly performance report");
    assertThat(paper.late()).isFalse();
    assertThat(paper.publishedOn()).isEqualTo(LondonTime.today());
    assertThat(paper.contentType()).contains("wordprocessingml");

    for (String reader : new String[] {"member", "scrutiny", "admin"}) {
      byte[] body =
          mvc.perform(get(f.page() + "/papers/" + paper.id()).with(users.as(reader)))
              .andExpect(status().isOk())
              .andExpect(header().string("X-Content-Type-Options", "nosniff"))
              .andExpect(
                  header()
                      .string(
                          "Content-Type",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
              .andExpect(
                  header()
                      .string(
                          "Content-Disposition",
                          org.hamcrest.Matchers.startsWith("attachment; filename=")))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      assertThat(body).isEqualTo(TestFiles.docx());
    }
    String disposition =
        mvc.perform(get(f.page() + "/papers/" + paper.id()).with(users.as("member")))
            .andReturn()
            .getResponse()
            .getHeader("Content-Disposition");
    assertThat(disposition).doesNotContain("\"final\"").contains("final");

    assertThat(html(get(f.page()).with(users.as("member"))))
        .contains("Quarterly performance report", "Board report final.docx")
        .doesNotContain("Papers late", "Attach a paper");
    // a paper of another meeting is not served under this one
    Fixture other = onTime();
    mvc.perform(get(other.page() + "/papers/" + paper.id()).with(users.as("admin")))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusedFilesLeaveNothingBehindAndSayWhy() throws Exception {
    Fixture f = onTime();
    String exe = html(upload(f, "admin", "report.pdf", TestFiles.exe()).param("title", "Report"));
    assertThat(exe)
        .contains(
            "govuk-error-summary",
            "The selected file must be a PDF, Word document (.doc or .docx), spreadsheet"
                + " (.xls, .xlsx, .ods or .csv) or OpenDocument text (.odt)");
    assertThat(html(upload(f, "admin", "page.html", TestFiles.html()).param("title", "Page")))
        .contains("The selected file must be a PDF");
    assertThat(html(upload(f, "admin", "report.docx", TestFiles.pdf()).param("title", "Report")))
        .contains("The selected file must be a PDF");
    assertThat(html(upload(f, "admin", "", new byte[0]).param("title", "Report")))
        .contains("Select a file to attach");
    assertThat(html(upload(f, "admin", "empty.pdf", new byte[0]).param("title", "Report")))
        .contains("The selected file is empty");

    byte[] big = Arrays.copyOf(TestFiles.pdf(), 1024 * 1024 + 1);
    assertThat(html(upload(f, "admin", "big.pdf", big).param("title", "Big report")))
        .contains("govuk-error-summary", "The selected file must be smaller than 1 MB")
        .contains("value=\"Big report\"");
    assertThat(paperRows(f)).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from paper_content c join paper p on p.id = c.paper_id"
                        + " where p.meeting_id = :m")
                .param("m", f.meeting())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aFileOverTheLimitIsRefusedWhileItIsReadWhateverItsDeclaredSize() throws Exception {
    Fixture f = onTime();
    long id =
        papers.attach(
            demo.id(),
            f.meeting(),
            new Papers.PaperDetails(null, "Small", false, null),
            "small.csv",
            new java.io.ByteArrayInputStream(TestFiles.csv()),
            "test");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                papers.attach(
                    demo.id(),
                    f.meeting(),
                    new Papers.PaperDetails(null, "Big", false, null),
                    "big.csv",
                    new java.io.ByteArrayInputStream(new byte[1024 * 1024 + 1]),
                    "test"))
        .isInstanceOf(PaperRefusedException.class)
        .extracting(e -> ((PaperRefusedException) e).reason())
        .isEqualTo(PaperRefusedException.Reason.TOO_LARGE);
    assertThat(papers.ofMeeting(demo.id(), f.meeting()))
        .extracting(PaperView::id)
        .containsExactly(id);
  }

  @Test
  void onlyEditorsAttachChangeAndRemovePapers() throws Exception {
    Fixture f = onTime();
    for (String reader : new String[] {"member", "scrutiny", "officer"}) {
      mvc.perform(get(f.page() + "/papers/new").with(users.as(reader)))
          .andExpect(status().isForbidden());
      mvc.perform(upload(f, reader, "report.pdf", TestFiles.pdf()).param("title", "Sneaky"))
          .andExpect(status().isForbidden());
    }
    assertThat(paperRows(f)).isZero();

    mvc.perform(upload(f, "admin", "report.pdf", TestFiles.pdf()).param("title", "Report"))
        .andExpect(status().is3xxRedirection());
    long paper = papers.ofMeeting(demo.id(), f.meeting()).get(0).id();
    mvc.perform(
            post(f.page() + "/papers/" + paper + "/withdraw").with(users.as("member")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(f.page() + "/papers/" + paper + "/exemption")
                .with(users.as("member"))
                .with(csrf())
                .param("exempt", "true")
                .param("exemptReason", "Sneaky")
                .param("version", "0"))
        .andExpect(status().isForbidden());
    assertThat(paperRows(f)).isOne();

    mvc.perform(get(f.page() + "/papers/" + paper + "/withdraw").with(users.as("admin")))
        .andExpect(status().isOk());
    mvc.perform(
            post(f.page() + "/papers/" + paper + "/withdraw").with(users.as("admin")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(paperRows(f)).isZero();
    mvc.perform(get(f.page() + "/papers/" + paper).with(users.as("admin")))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where subject_type = 'meeting'"
                        + " and subject_id = :m and action = 'paper-withdrawn'")
                .param("m", f.meeting())
                .query(Integer.class)
                .single())
        .isOne();
  }

  @Test
  void theOfficerOfAPartnershipAttachesItsPapers() throws Exception {
    long pid =
        jdbc.sql("select id from partnership where area_id = :a and name = :n")
            .param("a", demo.id())
            .param("n", "Domestic Abuse Delivery Group")
            .query(Long.class)
            .single();
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Papers group " + System.nanoTime(),
                BodyKind.DELIVERY_GROUP,
                null,
                null,
                null,
                false,
                false));
    long meeting =
        meetings.schedule(
            demo.id(),
            pid,
            new Meetings.Schedule(body, LocalDateTime.of(2027, 2, 4, 10, 0), "Online"));
    Fixture f = new Fixture(pid, body, meeting);
    mvc.perform(upload(f, "officer", "figures.xlsx", TestFiles.xlsx()).param("title", "Figures"))
        .andExpect(status().is3xxRedirection());
    assertThat(papers.ofMeeting(demo.id(), meeting))
        .extracting(PaperView::title)
        .containsExactly("Figures");
  }

  @Test
  void anExemptPaperNeedsItsReasonAndShowsIt() throws Exception {
    Fixture f = onTime();
    String missing =
        html(
            upload(f, "admin", "cases.csv", TestFiles.csv())
                .param("title", "Case review")
                .param("exempt", "true")
                .param("exemptReason", " "));
    assertThat(missing).contains("Enter why the paper is exempt from publication");
    assertThat(paperRows(f)).isZero();

    mvc.perform(
            upload(f, "admin", "cases.csv", TestFiles.csv())
                .param("title", "Case review")
                .param("exempt", "true")
                .param("exemptReason", "Personal information about victims"))
        .andExpect(status().is3xxRedirection());
    PaperView paper = papers.ofMeeting(demo.id(), f.meeting()).get(0);
    assertThat(paper.exempt()).isTrue();
    assertThat(html(get(f.page()).with(users.as("member"))))
        .contains("Exempt", "Exempt because: Personal information about victims");

    // and later no longer exempt; a stale version is refused
    assertThat(
            html(
                post(f.page() + "/papers/" + paper.id() + "/exemption")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("exempt", "true")
                    .param("exemptReason", "")
                    .param("version", String.valueOf(paper.version()))))
        .contains("Enter why the paper is exempt from publication");
    mvc.perform(
            post(f.page() + "/papers/" + paper.id() + "/exemption")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(paper.version())))
        .andExpect(status().is3xxRedirection());
    assertThat(papers.paper(demo.id(), paper.id()).orElseThrow().exempt()).isFalse();
    assertThat(
            html(
                post(f.page() + "/papers/" + paper.id() + "/exemption")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("exempt", "true")
                    .param("exemptReason", "Too late")
                    .param("version", String.valueOf(paper.version()))))
        .contains("Someone else changed this record");
    assertThat(papers.paper(demo.id(), paper.id()).orElseThrow().exempt()).isFalse();
  }

  @Test
  void latePapersAreFlaggedOnTheMeetingAndInTheList() throws Exception {
    Fixture f = dueAlready();
    MeetingView m = meetings.meeting(demo.id(), f.meeting()).orElseThrow();
    assertThat(m.papersDueOn()).isBefore(LondonTime.today());
    assertThat(html(get(f.page()).with(users.as("member"))))
        .contains("Papers not published: they were due on");
    assertThat(meetings.meetingsOf(demo.id(), f.pid()).get(0).papers())
        .isEqualTo(PapersState.NOT_PUBLISHED);
    assertThat(
            meetings.papersDueBetween(m.papersDueOn(), m.papersDueOn()).stream()
                .filter(d -> d.meetingId() == f.meeting()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.anyPublished()).isFalse();
              assertThat(d.areaId()).isEqualTo(demo.id());
            });

    mvc.perform(upload(f, "admin", "report.pdf", TestFiles.pdf()).param("title", "Late report"))
        .andExpect(status().is3xxRedirection());
    assertThat(papers.ofMeeting(demo.id(), f.meeting()).get(0).late()).isTrue();
    assertThat(html(get(f.page()).with(users.as("member"))))
        .contains("Papers late: 1 paper was published after the date papers were due", "Late");
    MeetingSummary summary = meetings.meetingsOf(demo.id(), f.pid()).get(0);
    assertThat(summary.papersLate()).isTrue();
    assertThat(summary.paperCount()).isOne();
    assertThat(html(get(f.base()).with(users.as("member")))).contains("1 paper", "Late");
    assertThat(
            meetings.papersDueBetween(m.papersDueOn(), m.papersDueOn()).stream()
                .filter(d -> d.meetingId() == f.meeting()))
        .singleElement()
        .satisfies(d -> assertThat(d.papersPublished()).isOne());

    Fixture early = onTime();
    mvc.perform(upload(early, "admin", "report.odt", TestFiles.odt()).param("title", "On time"))
        .andExpect(status().is3xxRedirection());
    assertThat(meetings.meetingsOf(demo.id(), early.pid()).get(0).papers())
        .isEqualTo(PapersState.ON_TIME);
    assertThat(html(get(early.page()).with(users.as("member")))).doesNotContain("Papers late");
  }
}
