package org.entente.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Risk registers as their users see them: forms, validation, heat maps, access and history. */
@IntegrationTest
class RiskPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired People people;
  @Autowired Risks risks;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  AreaRef demo;
  long owner;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
    owner = people.all(demo.id()).get(0).id();
  }

  long partnership(String name) {
    return register.create(
        demo.id(), TestPartnerships.minimal(name + " " + System.nanoTime(), "Works", false), null);
  }

  long csp() {
    return jdbc.sql(
            "select id from partnership where name = 'Safer Shires Community Safety Partnership'")
        .query(Long.class)
        .single();
  }

  Document html(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  MockHttpServletRequestBuilder riskForm(String path, String user) {
    LocalDate review = LondonTime.today().plusMonths(3);
    return post(path)
        .with(users.as(user))
        .with(csrf())
        .param("title", "Outreach funding ends")
        .param("description", "The youth outreach grant is not renewed.")
        .param("cause", "Home Office grant ends in March")
        .param("effect", "Outreach workers leave")
        .param("objective", "Fewer young people drawn into violence")
        .param("kind", "PARTNERSHIP")
        .param("ownerId", String.valueOf(owner))
        .param("inherentLikelihood", "4")
        .param("inherentImpact", "5")
        .param("residualLikelihood", "3")
        .param("residualImpact", "4")
        .param("controls", "Bid to the violence reduction unit\nPartners' reserves")
        .param("reviewOn.day", String.valueOf(review.getDayOfMonth()))
        .param("reviewOn.month", String.valueOf(review.getMonthValue()))
        .param("reviewOn.year", String.valueOf(review.getYear()));
  }

  RiskDetails details(int l, int i, LocalDate reviewOn) {
    return new RiskDetails(
        "Risk " + l + "x" + i,
        "Something",
        null,
        null,
        null,
        RiskKind.OUTCOMES,
        owner,
        new RiskScore(5, 5),
        new RiskScore(l, i),
        List.of(),
        Set.of(),
        null,
        reviewOn,
        RiskStatus.OPEN);
  }

  @Test
  void anOfficerAddsARiskAndSeesItOnTheRegisterAndItsPage() throws Exception {
    long pid = csp();
    String base = "/areas/demo/partnerships/" + pid + "/risks";
    Document form = html(get(base + "/new").with(users.as("officer")));
    assertThat(form.title()).isEqualTo("Add a risk - Entente");
    String location =
        mvc.perform(riskForm(base, "officer"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Document page = html(get(location).with(users.as("member")));
    assertThat(page.select("h1").text()).isEqualTo("Outreach funding ends");
    assertThat(page.select("#inherent").text()).isEqualTo("Red 20 (4 × 5)");
    assertThat(page.select("#residual").text()).isEqualTo("Amber 12 (3 × 4)");
    assertThat(page.select("#residual .govuk-tag--orange")).hasSize(1);
    assertThat(page.text()).contains("Bid to the violence reduction unit", "Partners' reserves");
    assertThat(page.select("#history").next().text())
        .contains("Risk added", "Outreach funding ends");
    // a member reads but does not change
    assertThat(page.select("a[href$=/edit]")).isEmpty();

    Document register = html(get(base).with(users.as("member")));
    assertThat(register.title()).startsWith("Risks: Safer Shires");
    assertThat(register.select("#register").text()).contains("Outreach funding ends");
    assertThat(register.select("nav.moj-sub-navigation a[aria-current=page]").text())
        .isEqualTo("Risks");
  }

  @Test
  void theHeatMapAndItsTableCountOpenRisksByResidualScore() throws Exception {
    long pid = partnership("Heat Map Check");
    LocalDate later = LondonTime.today().plusMonths(1);
    risks.record(demo.id(), pid, null, details(3, 4, later));
    risks.record(demo.id(), pid, null, details(3, 4, later));
    risks.record(demo.id(), pid, null, details(5, 5, later));
    long closed = risks.record(demo.id(), pid, null, details(1, 1, later));
    RiskView c = risks.risk(demo.id(), closed).orElseThrow();
    RiskDetails d = details(1, 1, later);
    risks.update(
        demo.id(),
        closed,
        c.version(),
        new RiskDetails(
            d.title(),
            d.description(),
            null,
            null,
            null,
            d.kind(),
            owner,
            d.inherent(),
            d.residual(),
            List.of(),
            Set.of(),
            null,
            later,
            RiskStatus.CLOSED));

    Document page =
        html(get("/areas/demo/partnerships/" + pid + "/risks").with(users.as("member")));
    assertThat(page.select("svg#heat-map[role=img] title").text())
        .isEqualTo("Heat map of open risks");
    assertThat(
            page.select("svg#heat-map rect[data-likelihood=3][data-impact=4]").attr("data-count"))
        .isEqualTo("2");
    assertThat(page.select("svg#heat-map rect[data-likelihood=5][data-impact=5]").attr("fill"))
        .isEqualTo("#aa2a16");
    assertThat(
            page.select("svg#heat-map rect[data-likelihood=1][data-impact=1]").attr("data-count"))
        .isEqualTo("0");
    assertThat(cell(page, 3, 4)).isEqualTo("2");
    assertThat(cell(page, 5, 5)).isEqualTo("1");
    assertThat(cell(page, 1, 1)).isEqualTo("0");
    assertThat(page.select("svg#heat-map text").eachText()).contains("2", "1");

    // the area's heat map, filtered to this partnership, gives the same counts
    Document area = html(get("/areas/demo/risks?partnership=" + pid).with(users.as("member")));
    assertThat(area.title()).isEqualTo("Risks - Entente");
    assertThat(cell(area, 3, 4)).isEqualTo("2");
    assertThat(area.select("#result-count").text()).isEqualTo("3 results");
    assertThat(area.select("#risk-list tbody tr").first().text()).contains("Risk 5x5", "Red 25");
    Document red =
        html(get("/areas/demo/risks?partnership=" + pid + "&band=RED").with(users.as("member")));
    assertThat(red.select("#result-count").text()).isEqualTo("1 result");
    Document closedOnes =
        html(
            get("/areas/demo/risks?partnership=" + pid + "&status=CLOSED")
                .with(users.as("member")));
    assertThat(closedOnes.select("#risk-list").text()).contains("Risk 1x1");
  }

  String cell(Document page, int likelihood, int impact) {
    return page.select(
            "#heat-map-table td[data-likelihood=" + likelihood + "][data-impact=" + impact + "]")
        .text();
  }

  @Test
  void overdueReviewsAndTopRisksShowOnTheAreaPage() throws Exception {
    long pid = partnership("Overdue Check");
    long late = risks.record(demo.id(), pid, null, details(2, 2, LondonTime.today().minusDays(3)));
    Document area = html(get("/areas/demo/risks").with(users.as("member")));
    assertThat(area.select("#overdue-table a[href$=/risks/" + late + "]")).hasSize(1);
    assertThat(area.select("#top-risks")).hasSize(1);
    Document page = html(get("/areas/demo/risks/" + late).with(users.as("member")));
    assertThat(page.text()).contains("Review overdue");
  }

  @Test
  void badScoresAndResidualAboveInherentAreRefused() throws Exception {
    long pid = partnership("Validation Check");
    String base = "/areas/demo/partnerships/" + pid + "/risks";
    Document page =
        html(
            riskForm(base, "admin")
                .param("inherentLikelihood", "7")
                .param("residualImpact", "5")
                .param("inherentImpact", "4"));
    // the later parameter values are ignored by the binder only if first; check the summary
    assertThat(page.select(".govuk-error-summary").text()).contains("There is a problem");
    Document outside =
        html(
            post(base)
                .with(users.as("admin"))
                .with(csrf())
                .param("title", "")
                .param("kind", "OUTCOMES")
                .param("ownerId", String.valueOf(owner))
                .param("inherentLikelihood", "0")
                .param("inherentImpact", "6")
                .param("residualLikelihood", "x")
                .param("residualImpact", "2"));
    assertThat(outside.select(".govuk-error-summary a").eachText())
        .contains(
            "Enter the risk",
            "Enter a description of the risk",
            "Select an inherent likelihood from 1 to 5",
            "Select an inherent impact from 1 to 5",
            "Select a residual likelihood from 1 to 5",
            "Enter the date of the next review as a real date");
    assertThat(outside.select("#inherentLikelihood-error").text()).contains("1 to 5");
    Document above =
        html(
            post(base)
                .with(users.as("admin"))
                .with(csrf())
                .param("title", "Too high")
                .param("description", "Residual above inherent")
                .param("kind", "OUTCOMES")
                .param("ownerId", String.valueOf(owner))
                .param("inherentLikelihood", "2")
                .param("inherentImpact", "3")
                .param("residualLikelihood", "3")
                .param("residualImpact", "4")
                .param("reviewOn.day", "1")
                .param("reviewOn.month", "1")
                .param("reviewOn.year", "2030"));
    assertThat(above.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Residual likelihood must not be above the inherent likelihood of 2",
            "Residual impact must not be above the inherent impact of 3");
    assertThat(above.select("#title").val()).isEqualTo("Too high");
    assertThat(risks.ofPartnership(demo.id(), pid)).isEmpty();
  }

  @Test
  void aStaleEditIsNotSavedAndSaysWhy() throws Exception {
    long pid = partnership("Stale Check");
    long id = risks.record(demo.id(), pid, null, details(2, 2, LondonTime.today().plusDays(30)));
    int version = risks.risk(demo.id(), id).orElseThrow().version();
    Document form = html(get("/areas/demo/risks/" + id + "/edit").with(users.as("admin")));
    assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(version));
    // someone else reviews it first
    risks.review(
        demo.id(),
        id,
        version,
        new RiskReview(new RiskScore(1, 2), "Better", LondonTime.today().plusDays(60)),
        LondonTime.today());
    Document stale =
        html(
            riskForm("/areas/demo/risks/" + id + "/edit", "admin")
                .param("status", "OPEN")
                .param("version", String.valueOf(version)));
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Someone else changed this risk while you were working on it");
    assertThat(risks.risk(demo.id(), id).orElseThrow().title()).isEqualTo("Risk 2x2");
    assertThat(stale.select("select#residualLikelihood option[selected]").val()).isEqualTo("1");
  }

  @Test
  void aReviewRecordsNewScoresTheNoteAndTheNextDate() throws Exception {
    long pid = partnership("Review Check");
    long id = risks.record(demo.id(), pid, null, details(4, 4, LondonTime.today().minusDays(1)));
    RiskView r = risks.risk(demo.id(), id).orElseThrow();
    LocalDate next = LondonTime.today().plusMonths(2);
    Document bad =
        html(
            post("/areas/demo/risks/" + id + "/review")
                .with(users.as("admin"))
                .with(csrf())
                .param("residualLikelihood", "6")
                .param("residualImpact", "4")
                .param("note", "")
                .param("version", String.valueOf(r.version())));
    assertThat(bad.select(".govuk-error-summary a").eachText())
        .contains(
            "Select a residual likelihood from 1 to 5",
            "Enter what the review found",
            "Enter the date of the next review as a real date");
    mvc.perform(
            post("/areas/demo/risks/" + id + "/review")
                .with(users.as("admin"))
                .with(csrf())
                .param("residualLikelihood", "2")
                .param("residualImpact", "3")
                .param("note", "Controls are holding")
                .param("nextReviewOn.day", String.valueOf(next.getDayOfMonth()))
                .param("nextReviewOn.month", String.valueOf(next.getMonthValue()))
                .param("nextReviewOn.year", String.valueOf(next.getYear()))
                .param("version", String.valueOf(r.version())))
        .andExpect(status().is3xxRedirection());
    Document page = html(get("/areas/demo/risks/" + id).with(users.as("member")));
    assertThat(page.select("#residual").text()).isEqualTo("Green 6 (2 × 3)");
    assertThat(page.text()).doesNotContain("Review overdue");
    String history = page.select("#history").next().text();
    assertThat(history)
        .contains("Risk reviewed", "Controls are holding", "4 × 4 = 16", "2 × 3 = 6");
  }

  @Test
  void aMitigatingActionIsRaisedAsATrackedActionOfThePartnership() throws Exception {
    long pid = partnership("Mitigation Check");
    long id = risks.record(demo.id(), pid, null, details(3, 3, LondonTime.today().plusDays(9)));
    LocalDate due = LondonTime.today().plusDays(20);
    mvc.perform(
            post("/areas/demo/risks/" + id + "/actions")
                .with(users.as("admin"))
                .with(csrf())
                .param("description", "Agree bridging funding")
                .param("ownerId", String.valueOf(owner))
                .param("dueOn.day", String.valueOf(due.getDayOfMonth()))
                .param("dueOn.month", String.valueOf(due.getMonthValue()))
                .param("dueOn.year", String.valueOf(due.getYear())))
        .andExpect(status().is3xxRedirection());
    Document page = html(get("/areas/demo/risks/" + id).with(users.as("member")));
    assertThat(page.select("#mitigations-table").text()).contains("Agree bridging funding", "Open");
    assertThat(
            jdbc.sql("select count(*) from action where partnership_id = ? and description = ?")
                .params(pid, "Agree bridging funding")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void onlyOfficersAndAdministratorsWriteAndOnlyAdministratorsWriteThemeRegisters()
      throws Exception {
    long pid = partnership("Access Check");
    String base = "/areas/demo/partnerships/" + pid + "/risks";
    mvc.perform(get(base + "/new").with(users.as("member"))).andExpect(status().isForbidden());
    mvc.perform(riskForm(base, "member")).andExpect(status().isForbidden());
    // the officer is not this partnership's officer
    mvc.perform(riskForm(base, "officer")).andExpect(status().isForbidden());
    mvc.perform(riskForm(base, "scrutiny")).andExpect(status().isForbidden());
    mvc.perform(get(base).with(users.as("scrutiny"))).andExpect(status().isOk());

    long theme = areas.themes(demo.id()).get(0).id();
    String themePath = "/areas/demo/risks/themes/" + theme;
    mvc.perform(get(themePath).with(users.as("member"))).andExpect(status().isOk());
    mvc.perform(get(themePath + "/new").with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(riskForm(themePath, "officer")).andExpect(status().isForbidden());
    String location =
        mvc.perform(riskForm(themePath, "admin"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Document page = html(get(location).with(users.as("member")));
    assertThat(page.select("h1").text()).isEqualTo("Outreach funding ends");
    Document register = html(get(themePath).with(users.as("member")));
    assertThat(register.select("#register a[href=" + location + "]")).hasSize(1);
    mvc.perform(get(location + "/edit").with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/areas/demo/risks").with(users.as("member"))).andExpect(status().isOk());
  }

  @Test
  void everyFormOfARiskOpensWithItsTitle() throws Exception {
    long pid = partnership("Forms Check");
    long id = risks.record(demo.id(), pid, null, details(2, 3, LondonTime.today().plusDays(30)));
    assertThat(html(get("/areas/demo/risks/" + id + "/edit").with(users.as("admin"))).title())
        .isEqualTo("Change the risk Risk 2x3 - Entente");
    Document review = html(get("/areas/demo/risks/" + id + "/review").with(users.as("admin")));
    assertThat(review.title()).isEqualTo("Review the risk Risk 2x3 - Entente");
    assertThat(review.select("select#residualLikelihood option[selected]").val()).isEqualTo("2");
    assertThat(
            html(get("/areas/demo/risks/" + id + "/actions/new").with(users.as("admin"))).title())
        .isEqualTo("Add a mitigating action: Risk 2x3 - Entente");
    mvc.perform(get("/areas/demo/risks/" + id + "/review").with(users.as("member")))
        .andExpect(status().isForbidden());

    long theme = areas.themes(demo.id()).get(0).id();
    long themeRisk =
        risks.record(demo.id(), null, theme, details(1, 1, LondonTime.today().plusDays(30)));
    Document edit = html(get("/areas/demo/risks/" + themeRisk + "/edit").with(users.as("admin")));
    assertThat(edit.select(".govuk-caption-l").text()).startsWith("Risks of the theme");
    assertThat(edit.select("input[name=status]")).hasSize(2);
    mvc.perform(get("/areas/demo/risks/" + themeRisk + "/actions/new").with(users.as("admin")))
        .andExpect(status().isNotFound());
    assertThat(html(get("/areas/demo/risks/" + themeRisk).with(users.as("member"))).text())
        .contains("A theme's risks are mitigated through the actions of its partnerships.");
  }
}
