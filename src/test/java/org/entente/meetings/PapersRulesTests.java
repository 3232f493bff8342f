package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.BankHolidayRegion;
import org.entente.shared.BankHolidays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** An area administrator sets the rule for papers, and new meetings are given due dates by it. */
@IntegrationTest
class PapersRulesTests {

  /** A Thursday a week after St Andrew's Day, a bank holiday in Scotland only. */
  static final LocalDate MEETING = LocalDate.of(2026, 12, 10);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Accounts accounts;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired PapersRules rules;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  AreaRef area;
  String admin;

  /** Each test gets an area of its own, so that no other test meets its rule. */
  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    long n = System.nanoTime();
    area = areas.create("papers-" + n, "Papers Check " + n);
    long adminId =
        jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
    accounts.grant(adminId, area.id(), Role.ADMIN, null);
    admin = "/areas/" + area.slug() + "/admin/papers";
  }

  LocalDate dueOnForANewMeeting() {
    long pid =
        register.create(
            area.id(),
            TestPartnerships.minimal("Rule Check " + System.nanoTime(), "Rules", false),
            null);
    long body =
        structure.createBody(
            area.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    long meeting =
        meetings.schedule(
            area.id(), pid, new Meetings.Schedule(body, MEETING.atTime(14, 0), "Town Hall"));
    return meetings.meeting(area.id(), meeting).orElseThrow().papersDueOn();
  }

  Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(users.as("admin")))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  static LocalDate due(BankHolidayRegion region, int clearDays) {
    return new PapersDeadline(BankHolidays.shipped().workingDaysIn(region), clearDays)
        .dueOn(MEETING);
  }

  @Test
  void anAreaStartsWithFiveClearDaysInEnglandAndWales() throws Exception {
    Document page = page(get(admin));
    assertThat(page.select("#clearDays").val()).isEqualTo("5");
    assertThat(page.select("input[name=region][checked]").val()).isEqualTo("ENGLAND_AND_WALES");
    assertThat(page.text())
        .contains("bank holidays shipped with Entente, from GOV.UK, for 2024 to 2030");
    assertThat(dueOnForANewMeeting()).isEqualTo(due(BankHolidayRegion.ENGLAND_AND_WALES, 5));
  }

  @Test
  void onlyTheAreasAdministratorsSetTheRule() throws Exception {
    mvc.perform(get("/areas/demo/admin/papers").with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/areas/demo/admin/papers")
                .with(users.as("member"))
                .with(csrf())
                .param("region", "SCOTLAND")
                .param("clearDays", "10"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aScottishAreaCountsScottishBankHolidaysForMeetingsScheduledAfterwards() throws Exception {
    LocalDate before = dueOnForANewMeeting();
    mvc.perform(
            post(admin)
                .with(users.as("admin"))
                .with(csrf())
                .param("region", "SCOTLAND")
                .param("clearDays", "8")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());

    LocalDate after = dueOnForANewMeeting();
    assertThat(after).isEqualTo(due(BankHolidayRegion.SCOTLAND, 8)).isNotEqualTo(before);
    assertThat(due(BankHolidayRegion.SCOTLAND, 8))
        .isBefore(due(BankHolidayRegion.ENGLAND_AND_WALES, 8));
    Document page = page(get(admin));
    assertThat(page.select("#clearDays").val()).isEqualTo("8");
    assertThat(page.text()).contains("The next bank holidays in Scotland");
  }

  @Test
  void badNumbersAreRefusedAndNothingIsSaved() throws Exception {
    for (String bad : new String[] {"21", "-1", "five", ""}) {
      Document page =
          page(
              post(admin)
                  .with(csrf())
                  .param("region", "SCOTLAND")
                  .param("clearDays", bad)
                  .param("version", "0"));
      assertThat(page.select(".govuk-error-summary").text())
          .contains("Enter clear working days as a whole number from 0 to 20");
    }
    assertThat(rules.rule(area.id()).region()).isEqualTo(BankHolidayRegion.ENGLAND_AND_WALES);
  }

  @Test
  void twoAdministratorsEditingAtOnceDoNotOverwriteEachOther() throws Exception {
    rules.setRule(area.id(), 0, BankHolidayRegion.NORTHERN_IRELAND, 4);
    Document page =
        page(
            post(admin)
                .with(csrf())
                .param("region", "SCOTLAND")
                .param("clearDays", "9")
                .param("version", "0"));
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed the rule for papers");
    assertThat(page.select("#clearDays").val()).isEqualTo("4");
    assertThat(rules.rule(area.id()).region()).isEqualTo(BankHolidayRegion.NORTHERN_IRELAND);
  }

  @Test
  void anAreasOwnBankHolidayFileIsCheckedUsedAndCanBeUndone() throws Exception {
    String shipped =
        mvc.perform(get(admin + "/bank-holidays.csv").with(users.as("admin")))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(shipped).contains("england-and-wales,2026-12-25,Christmas Day");

    String broken = shipped + "england-and-wales,2026-13-01,Made-up day\n";
    Document refused =
        page(
            multipart(admin + "/bank-holidays")
                .file(
                    new MockMultipartFile(
                        "file",
                        "holidays.csv",
                        "text/csv",
                        broken.getBytes(StandardCharsets.UTF_8)))
                .param("version", "0")
                .with(csrf()));
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("The file was not uploaded")
        .contains("2026-13-01 is not a date written as yyyy-mm-dd");
    assertThat(rules.rule(area.id()).ownBankHolidays()).isFalse();

    Document notText =
        page(
            multipart(admin + "/bank-holidays")
                .file(
                    new MockMultipartFile(
                        "file",
                        "holidays.csv",
                        "text/csv",
                        new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}))
                .param("version", "0")
                .with(csrf()));
    assertThat(notText.select(".govuk-error-summary").text())
        .contains("The file must be a CSV file saved as UTF-8 text");

    // The county's own holiday on the Monday before the meeting moves the deadline a day earlier.
    String own = shipped + "england-and-wales,2026-12-07,Shires County Day\n";
    mvc.perform(
            multipart(admin + "/bank-holidays")
                .file(
                    new MockMultipartFile(
                        "file", "holidays.csv", "text/csv", own.getBytes(StandardCharsets.UTF_8)))
                .param("version", "0")
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(dueOnForANewMeeting())
        .isEqualTo(due(BankHolidayRegion.ENGLAND_AND_WALES, 5).minusDays(1));
    assertThat(page(get(admin)).text())
        .contains("Shires County Day")
        .contains("its own bank holiday file");

    mvc.perform(
            post(admin + "/bank-holidays/shipped")
                .param("version", String.valueOf(rules.rule(area.id()).version()))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(dueOnForANewMeeting()).isEqualTo(due(BankHolidayRegion.ENGLAND_AND_WALES, 5));
  }
}
