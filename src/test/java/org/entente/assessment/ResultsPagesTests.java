package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.assessment.ResultsFixture.Fixture;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The results of a round as officers, members and scrutiny see them. */
@IntegrationTest
class ResultsPagesTests {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Rounds rounds;
  @Autowired InstrumentLibrary library;
  @Autowired HealthCheckResults results;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  ResultsFixture fixtures;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    fixtures =
        new ResultsFixture(areas, register, structure, people, organisations, rounds, library);
  }

  MvcResult send(MockHttpServletRequestBuilder request, String user) throws Exception {
    if (user != null) {
      request.with(users.as(user));
    }
    return mvc.perform(request.with(csrf())).andReturn();
  }

  Document page(String url, String user) throws Exception {
    MvcResult r = send(get(url), user);
    assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
    return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  static String row(Element table, String header) {
    return table.select("tbody tr").stream()
        .filter(tr -> tr.selectFirst("th").text().startsWith(header))
        .findFirst()
        .map(Element::text)
        .orElseThrow(() -> new AssertionError("no row " + header + " in " + table.text()));
  }

  @Test
  void closedResultsShowWherePartnersDisagreeKeepSmallGroupsHiddenAndTheChange() throws Exception {
    Fixture f = fixtures.partnership();
    fixtures.closedRound(mail, f, true, 0);
    long id = fixtures.closedRound(mail, f, true, 1);

    Document d = page(f.results(id), "member");
    assertThat(d.title()).isEqualTo("Results: Partnership audit: \"are we ready?\" - Entente");
    assertThat(d.select("#respondents").text()).isEqualTo("9 answered of 9 invited");
    assertThat(d.text()).contains("any group or score with fewer than 3 respondents is hidden");

    // trust is where police and the voluntary sector disagree; agreed priorities everyone rates low
    Element disputed = d.selectFirst("#disputed-table");
    assertThat(disputed.text()).contains("I. Trust", "Disagree");
    assertThat(disputed.text()).doesNotContain("B. Agreed priorities");
    Element dims = d.selectFirst("#dimensions-table");
    assertThat(row(dims, "I. Trust")).contains("2.3", "Amber", "Disagree");
    assertThat(row(dims, "B. Agreed priorities")).contains("1.0", "0.0", "Red");
    assertThat(row(dims, "C. New service options")).contains("Up from 3.0 to 4.0");
    assertThat(row(dims, "B. Agreed priorities")).contains("Same as before (1.0)");

    Element sectors = d.selectFirst("#sectors-table");
    assertThat(row(sectors, "Voluntary")).contains("1.0 (Red)");
    assertThat(row(sectors, "Public sector")).contains("4.0 (Green)");
    assertThat(row(sectors, "Private sector")).contains("Hidden: fewer than 3 respondents");
    assertThat(row(sectors, "Elected members")).contains("Hidden: fewer than 3 respondents");
    Element orgs = d.selectFirst("#organisations-table");
    assertThat(row(orgs, "Business Forum " + f.tag()))
        .isEqualTo("Business Forum " + f.tag() + " Hidden: fewer than 3 respondents");

    // the three pictures, each with a title and a table of the same figures
    assertThat(d.select("svg[role=img] > title").eachText())
        .containsExactly(
            "Mean score of each dimension",
            "Item means by group of respondents",
            "Change over time");
    assertThat(d.select("#trend-table thead th")).hasSize(3);
    // the heat map shows the hidden groups as hidden, never their figures
    assertThat(d.select("svg").get(1).text()).contains("H");
    assertThat(d.text()).contains("Where partners disagree", "Reading these results");
  }

  @Test
  void anOpenRoundShowsTheCountUntilAnOfficerChoosesToPreview() throws Exception {
    Fixture f = fixtures.partnership();
    long id = fixtures.open(f, true);
    fixtures.answerAll(mail, f, 0);

    Document member = page(f.results(id), "member");
    assertThat(member.select("#live-count").text())
        .isEqualTo("9 of 9 respondents have finished (9 have started).");
    assertThat(member.text()).contains("Results appear when the round closes.");
    assertThat(member.select("#dimensions-table")).isEmpty();
    assertThat(member.select("#preview")).isEmpty();
    assertThat(page(f.results(id) + "?preview=true", "member").select("#dimensions-table"))
        .isEmpty();

    Document admin = page(f.results(id), "admin");
    assertThat(admin.select("#preview").attr("href")).endsWith("?preview=true");
    Document preview = page(f.results(id) + "?preview=true", "admin");
    assertThat(preview.select(".govuk-warning-text").text()).contains("A preview");
    assertThat(preview.select("#dimensions-table")).hasSize(1);
    assertThat(preview.select("#draft-plan")).isEmpty();
    assertThat(send(get(f.results(id) + ".csv"), "admin").getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void resultsDownloadAsCsvAndAsASpreadsheet() throws Exception {
    Fixture f = fixtures.partnership();
    long id = fixtures.closedRound(mail, f, true, 0);

    MvcResult csv = send(get(f.results(id) + ".csv"), "member");
    assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)))
            .getRecords();
    CSVRecord trust =
        rows.stream()
            .filter(
                r ->
                    r.get("breakdown").equals("all")
                        && r.get("level").equals("dimension")
                        && r.get("dimension").equals("i-trust"))
            .findFirst()
            .orElseThrow();
    assertThat(trust.get("text")).isEqualTo("I. Trust");
    assertThat(trust.get("band")).isEqualTo("amber");
    assertThat(trust.get("disagreement")).isEqualTo("yes");
    assertThat(trust.get("count_1")).isEqualTo("12"); // three voluntary members on four items
    assertThat(trust.get("count_4")).isEqualTo("12");
    assertThat(
            rows.stream()
                .filter(r -> r.get("level").equals("item") && r.get("breakdown").equals("all")))
        .hasSize(library.latest(ResultsFixture.INSTRUMENT).orElseThrow().itemCount());
    List<CSVRecord> business =
        rows.stream().filter(r -> r.get("group").equals("Business Forum " + f.tag())).toList();
    assertThat(business).hasSize(1);
    assertThat(business.get(0).get("hidden")).isEqualTo("yes");
    assertThat(business.get(0).get("mean")).isEmpty();

    MvcResult xlsx = send(get(f.results(id) + ".xlsx"), "member");
    assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
    Path file = Files.createTempFile("results", ".xlsx");
    try {
      Files.write(file, xlsx.getResponse().getContentAsByteArray());
      try (ZipFile zip = new ZipFile(file.toFile())) {
        String workbook =
            new String(
                zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(workbook).contains("\"Dimensions\"", "\"Items\"", "\"Groups\"");
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void anActionPlanIsProposedCheckedAndCreatedAllOrNothing() throws Exception {
    Fixture f = fixtures.partnership();
    long id = fixtures.closedRound(mail, f, true, 0);
    String plan = f.results(id) + "/plan";

    assertThat(send(get(plan), "member").getResponse().getStatus()).isEqualTo(403);
    Document form = page(plan, "admin");
    assertThat(form.select("h2.govuk-fieldset__heading").eachText())
        .startsWith("1. B. Agreed priorities")
        .anyMatch(t -> t.endsWith("I. Trust"));
    assertThat(form.text()).contains("Rated red: mean 1.0 of 4", "Partners disagree: spread");
    int proposals = form.select("h2.govuk-fieldset__heading").size();
    String trustText = form.select("textarea").get(1).text();

    long owner = people.all(f.area().id()).get(0).id();
    LocalDate due = LondonTime.today().plusMonths(2);
    // the second action has no owner: nothing is created
    MockHttpServletRequestBuilder bad = post(plan);
    for (int i = 0; i < proposals; i++) {
      bad.param(
              "rows[" + i + "].dimension",
              form.select("input[name=rows[" + i + "].dimension]").val())
          .param("rows[" + i + "].include", i < 2 ? "true" : "false")
          .param("_rows[" + i + "].include", "on")
          .param("rows[" + i + "].description", i == 0 ? "Agree three priorities" : "")
          .param("rows[" + i + "].ownerId", i == 0 ? String.valueOf(owner) : "")
          .param("rows[" + i + "].dueDay", String.valueOf(due.getDayOfMonth()))
          .param("rows[" + i + "].dueMonth", String.valueOf(due.getMonthValue()))
          .param("rows[" + i + "].dueYear", i == 0 ? String.valueOf(due.getYear()) : "20x");
    }
    Document errors =
        Jsoup.parse(send(bad, "admin").getResponse().getContentAsString(StandardCharsets.UTF_8));
    assertThat(errors.select(".govuk-error-summary").text())
        .contains(
            "Enter what should be done for action 2",
            "Choose an owner for action 2",
            "Enter a real due date for action 2");
    assertThat(errors.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#rows[1]-ownerId");
    assertThat(results.produced(f.area().id(), id)).isEmpty();

    MockHttpServletRequestBuilder good = post(plan);
    for (int i = 0; i < proposals; i++) {
      good.param(
              "rows[" + i + "].dimension",
              form.select("input[name=rows[" + i + "].dimension]").val())
          .param("rows[" + i + "].include", i < 2 ? "true" : "false")
          .param("_rows[" + i + "].include", "on")
          .param(
              "rows[" + i + "].description",
              i == 0 ? "Agree three priorities" : "Build trust first")
          .param("rows[" + i + "].ownerId", String.valueOf(owner))
          .param("rows[" + i + "].dueDay", String.valueOf(due.getDayOfMonth()))
          .param("rows[" + i + "].dueMonth", String.valueOf(due.getMonthValue()))
          .param("rows[" + i + "].dueYear", String.valueOf(due.getYear()));
    }
    MvcResult done = send(good, "admin");
    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(f.results(id) + "#actions-heading");
    assertThat(results.produced(f.area().id(), id)).hasSize(2);
    Document after = page(f.results(id), "admin");
    assertThat(after.select("#produced-table").text())
        .contains("Agree three priorities", "Build trust first", "Open");
    assertThat(trustText).isNotBlank();
  }

  @Test
  void aPlanWithAnOwnerFromNowhereCreatesNoActionAtAll() throws Exception {
    Fixture f = fixtures.partnership();
    long id = fixtures.closedRound(mail, f, false, 0);
    long owner = people.all(f.area().id()).get(0).id();
    LocalDate due = LondonTime.today().plusMonths(1);
    List<HealthCheckResults.PlannedAction> plan = new ArrayList<>();
    plan.add(new HealthCheckResults.PlannedAction("i-trust", "First", owner, due));
    plan.add(new HealthCheckResults.PlannedAction("i-trust", "Second", -1, due));
    assertThatThrownBy(() -> results.adoptPlan(f.area().id(), id, plan, "admin"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(results.produced(f.area().id(), id)).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from assessment_round_action where round_id = :r")
                .param("r", id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void partnershipsAreComparedForScrutinyButNotForMembers() throws Exception {
    Fixture f = fixtures.partnership();
    fixtures.closedRound(mail, f, true, 0);
    String url = "/areas/" + f.area().slug() + "/health-checks/compare";

    assertThat(send(get(url), "member").getResponse().getStatus()).isEqualTo(403);
    Document choose = page(url, "scrutiny");
    assertThat(choose.select("select#instrument option").eachText())
        .contains("Partnership audit: \"are we ready?\"");
    Document d = page(url + "?instrument=" + ResultsFixture.INSTRUMENT, "scrutiny");
    Element table = d.selectFirst("#compare-table");
    String line =
        table.select("tbody tr").stream()
            .map(Element::text)
            .filter(t -> t.contains(f.name()))
            .findFirst()
            .orElseThrow();
    assertThat(line).contains("1.0 (spread 0.0, Red)");
    assertThat(d.select("svg[role=img] > title").eachText())
        .containsExactly("Dimension means and spreads by partnership");
    assertThat(d.select("#compare-legend li").eachText()).contains(f.name());
  }

  @Test
  void theApiGivesResultsOnceClosedKeepsAnonymityAndRefusesStrangers() throws Exception {
    Fixture f = fixtures.partnership(true);
    long id = fixtures.closedRound(mail, f, true, 0);
    long open = fixtures.open(f, true);

    MvcResult ok = send(get("/api/v1/health-checks/" + id + "/results"), "scrutiny");
    assertThat(ok.getResponse().getStatus()).isEqualTo(200);
    String json = ok.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"state\":\"CLOSED\"", "\"respondents\":9", "\"key\":\"i-trust\"")
        .contains("\"band\":\"amber\"", "\"disagreement\":true")
        .contains(
            "{\"name\":\"Business Forum " + f.tag() + "\",\"hidden\":true,\"respondents\":null");

    assertThat(
            send(get("/api/v1/health-checks/" + open + "/results"), "scrutiny")
                .getResponse()
                .getStatus())
        .isEqualTo(409);
    assertThat(
            send(get("/api/v1/health-checks/987654321/results"), "scrutiny")
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    // the partnership is restricted: a member may not see it
    assertThat(
            send(get("/api/v1/health-checks/" + id + "/results"), "member")
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    String docs = send(get("/v3/api-docs"), "admin").getResponse().getContentAsString();
    assertThat(docs).contains("/api/v1/health-checks/{id}/results");
  }
}
