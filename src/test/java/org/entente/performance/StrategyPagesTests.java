package org.entente.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
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
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class StrategyPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Strategy strategy;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  AreaRef demo;
  long themeId;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
    themeId = areas.themes(demo.id()).get(0).id();
  }

  Document page(RequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  long partnership(String name) {
    return register.create(
        demo.id(),
        TestPartnerships.minimal(name + " " + System.nanoTime(), "Purpose", false),
        null);
  }

  long outcome(String title, long lead, List<Long> contributors) {
    return strategy.addOutcome(
        demo.id(), new OutcomeDetails(themeId, title, "Described", lead, contributors));
  }

  static IndicatorDetails details(String name, Frequency frequency, String... targets) {
    List<Trajectory.Point> points = new java.util.ArrayList<>();
    for (int n = 0; n < targets.length; n += 2) {
      points.add(new Trajectory.Point(LocalDate.parse(targets[n]), new BigDecimal(targets[n + 1])));
    }
    return new IndicatorDetails(
        name,
        "People who say they feel safe after dark, of those asked",
        "%",
        Polarity.HIGHER_IS_BETTER,
        frequency,
        "Residents' survey",
        IndicatorKind.LOCAL_AGREEMENT,
        new Trajectory(
            new Trajectory.Point(LocalDate.of(2023, 3, 31), new BigDecimal("60")), points),
        Tolerance.absolute("2"));
  }

  MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, String user) {
    return r.with(users.as(user)).with(csrf());
  }

  @Test
  void theStrategyShowsEachThemeWithItsOutcomesPartnershipsAndIndicatorStatus() throws Exception {
    long lead = partnership("Strategy Lead");
    long helper = partnership("Strategy Helper");
    String title = "Fewer people feel unsafe " + System.nanoTime();
    long o = outcome(title, lead, List.of(helper));
    long i =
        strategy.addIndicator(
            demo.id(), o, details("Feel safe", Frequency.QUARTERLY, "2024-03-31", "70"));
    strategy.record(
        demo.id(), i, LocalDate.of(2024, 3, 31), new BigDecimal("71"), null, "Test", null);

    Document doc = page(get("/areas/demo/performance").with(users.as("member")));
    assertThat(doc.title()).isEqualTo("Community strategy - Entente");
    assertThat(doc.select("h2").eachText()).contains(areas.themes(demo.id()).get(0).name());
    var card = doc.select("a:containsOwn(" + title + ")").first().closest("div");
    assertThat(card.text()).contains("Strategy Lead", "Strategy Helper", "Feel safe", "On track");
    assertThat(card.select(".govuk-tag--green").text()).isEqualTo("On track");
    assertThat(doc.select("a:containsOwn(Add an outcome)")).isEmpty();
    assertThat(
            page(get("/areas/demo/performance").with(users.as("admin")))
                .select("a:containsOwn(Add an outcome)"))
        .hasSize(1);

    Document outcomePage =
        page(get("/areas/demo/performance/outcomes/" + o).with(users.as("admin")));
    assertThat(outcomePage.select("h1").text()).isEqualTo(title);
    assertThat(outcomePage.select(".govuk-summary-list__actions a").eachText())
        .contains("Change Outcome", "Change Lead partnership");

    Document tab =
        page(get("/areas/demo/partnerships/" + helper + "/performance").with(users.as("member")));
    assertThat(tab.select("h3:containsOwn(contributes to) ~ div").text())
        .contains(title, "Feel safe");
    assertThat(tab.text()).contains("It leads no outcomes.");
    Document leadTab =
        page(get("/areas/demo/partnerships/" + lead + "/performance").with(users.as("member")));
    assertThat(leadTab.select("a[aria-current=page]").text()).isEqualTo("Performance");
    assertThat(leadTab.select("h3:containsOwn(it leads) + div").text()).contains(title);
  }

  @Test
  void anAdministratorAddsAndChangesAnOutcomeWithValidationAndStaleEdits() throws Exception {
    long lead = partnership("Outcome Lead");
    long other = partnership("Outcome Other");
    Document errors =
        page(
            as(post("/areas/demo/performance/outcomes"), "admin")
                .param("title", " ")
                .param("contributorIds", String.valueOf(lead))
                .param("leadId", String.valueOf(lead)));
    assertThat(errors.select(".govuk-error-summary a").eachText())
        .contains(
            "Enter the outcome",
            "Choose the theme",
            "The lead partnership cannot also be a contributing partnership");
    assertThat(errors.title()).isEqualTo("Add an outcome - Entente");

    String title = "Older people live independently " + System.nanoTime();
    var result =
        mvc.perform(
                as(post("/areas/demo/performance/outcomes"), "admin")
                    .param("title", title)
                    .param("themeId", String.valueOf(themeId))
                    .param("leadId", String.valueOf(lead))
                    .param("contributorIds", String.valueOf(other)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    OutcomeView saved = strategy.outcome(demo.id(), id).orElseThrow();
    assertThat(saved.details().contributorIds()).containsExactly(other);

    Document form = page(get(location + "/edit").with(users.as("admin")));
    assertThat(form.select("input[name=title]").val()).isEqualTo(title);
    assertThat(form.select("input[name=contributorIds][checked]").val())
        .isEqualTo(String.valueOf(other));

    mvc.perform(
            as(post(location), "admin")
                .param("title", title + " (changed)")
                .param("themeId", String.valueOf(themeId))
                .param("leadId", String.valueOf(lead))
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    assertThat(strategy.outcome(demo.id(), id).orElseThrow().details().contributorIds()).isEmpty();
    Document stale =
        page(
            as(post(location), "admin")
                .param("title", "Lost edit")
                .param("themeId", String.valueOf(themeId))
                .param("leadId", String.valueOf(lead))
                .param("version", "0"));
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Someone else changed this record");
    assertThat(stale.select("input[name=title]").val()).isEqualTo(title + " (changed)");
    assertThat(strategy.outcome(demo.id(), id).orElseThrow().title())
        .isEqualTo(title + " (changed)");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where subject_type = 'outcome' and subject_id = :id")
                .param("id", id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void officersChangeOnlyOutcomesTheirPartnershipsLeadAndMembersChangeNone() throws Exception {
    long safer =
        jdbc.sql(
                "select id from partnership where name = 'Safer Shires Community Safety Partnership'")
            .query(Long.class)
            .single();
    long other = partnership("Not The Officers");
    long theirs = outcome("Officer's outcome " + System.nanoTime(), safer, List.of());
    long notTheirs = outcome("Someone else's outcome " + System.nanoTime(), other, List.of());

    mvc.perform(get("/areas/demo/performance/outcomes/new").with(users.as("member")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/areas/demo/performance/outcomes/" + theirs + "/edit").with(users.as("member")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/areas/demo/performance/outcomes/" + notTheirs + "/edit")
                .with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/areas/demo/performance/outcomes/" + theirs + "/edit").with(users.as("officer")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/areas/demo/performance/outcomes/" + notTheirs + "/indicators/new")
                .with(users.as("officer")))
        .andExpect(status().isForbidden());

    Document form = page(get("/areas/demo/performance/outcomes/new").with(users.as("officer")));
    assertThat(form.select("select[name=leadId] option").eachText())
        .contains("Safer Shires Community Safety Partnership")
        .noneMatch(t -> t.startsWith("Not The Officers"));
    Document refused =
        page(
            as(post("/areas/demo/performance/outcomes"), "officer")
                .param("title", "Not allowed")
                .param("themeId", String.valueOf(themeId))
                .param("leadId", String.valueOf(other)));
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("Choose the lead partnership");
  }

  @Test
  void anIndicatorIsDefinedWithATrajectoryAndValidated() throws Exception {
    long lead = partnership("Indicator Lead");
    long o = outcome("Indicators outcome " + System.nanoTime(), lead, List.of());
    String base = "/areas/demo/performance/outcomes/" + o + "/indicators";

    Document blank = page(get(base + "/new").with(users.as("admin")));
    assertThat(blank.title()).isEqualTo("Add an indicator - Entente");
    assertThat(blank.select("fieldset legend:containsOwn(Target 1)")).hasSize(1);

    Document added =
        page(
            as(post(base), "admin")
                .param("name", "Adults active")
                .param("targets[0].on.day", "31")
                .param("targets[0].on.month", "3")
                .param("targets[0].on.year", "2024")
                .param("targets[0].value", "55")
                .param("addTarget", "1"));
    assertThat(added.select("fieldset legend:containsOwn(Target 2)")).hasSize(1);
    assertThat(added.select("input[name=targets[0].value]").val()).isEqualTo("55");
    assertThat(added.select(".govuk-error-summary")).isEmpty();
    Document removed =
        page(
            as(post(base), "admin")
                .param("targets[0].value", "55")
                .param("targets[1].value", "66")
                .param("removeTarget", "0"));
    assertThat(removed.select("input[name=targets[0].value]").val()).isEqualTo("66");
    assertThat(removed.select("fieldset legend:containsOwn(Target 2)")).isEmpty();

    Document errors =
        page(
            as(post(base), "admin")
                .param("name", "Adults active")
                .param("baselineValue", "lots")
                .param("baselineOn.day", "31")
                .param("baselineOn.month", "3")
                .param("baselineOn.year", "2023")
                .param("targets[0].on.day", "1")
                .param("targets[0].on.month", "1")
                .param("targets[0].on.year", "2023")
                .param("targets[0].value", "50")
                .param("targets[1].on.day", "31")
                .param("targets[1].on.month", "3")
                .param("targets[1].on.year", "2025")
                .param("targets[1].value", "x")
                .param("targets[2].on.day", "31")
                .param("targets[2].on.month", "3")
                .param("targets[2].on.year", "2025")
                .param("targets[2].value", "70")
                .param("toleranceKind", "PERCENT")
                .param("toleranceAmount", "-1"));
    assertThat(errors.select(".govuk-error-summary a").eachText())
        .contains(
            "Enter the definition",
            "Choose which way is better",
            "Enter the baseline value as a number",
            "The date of target 1 must be after the baseline date",
            "Enter the value of target 2 as a number",
            "Target 3 falls on the same day as another target",
            "Enter the tolerance as a number of 0 or more");
    assertThat(strategy.indicators(demo.id(), List.of(o))).isEmpty();

    var result =
        mvc.perform(
                as(post(base), "admin")
                    .param("name", "Adults active")
                    .param("definition", "Adults doing 150 minutes of activity a week")
                    .param("unit", "%")
                    .param("polarity", "HIGHER_IS_BETTER")
                    .param("frequency", "QUARTERLY")
                    .param("source", "Active Lives survey")
                    .param("kind", "NATIONAL")
                    .param("baselineValue", "50")
                    .param("baselineOn.day", "31")
                    .param("baselineOn.month", "3")
                    .param("baselineOn.year", "2023")
                    .param("targets[0].on.day", "31")
                    .param("targets[0].on.month", "3")
                    .param("targets[0].on.year", "2025")
                    .param("targets[0].value", "60")
                    .param("toleranceKind", "PERCENT")
                    .param("toleranceAmount", "5"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    Document record = page(get(location).with(users.as("admin")));
    assertThat(record.title()).isEqualTo("Adults active - Entente");
    assertThat(record.select("#definition").text())
        .contains(
            "Higher is better", "Quarterly", "National", "5% of the target", "31 March 2025: 60 %");
    assertThat(record.select("#definition a").eachAttr("href"))
        .anyMatch(h -> h.endsWith("/edit#targets"));
    assertThat(record.select("#latest").text()).contains("No measurements yet.");
    assertThat(record.select("#status-table tbody tr").first().select("td .govuk-tag").text())
        .isEqualTo("No data");

    Document edit = page(get(location + "/edit").with(users.as("admin")));
    assertThat(edit.select("input[name=targets[0].value]").val()).isEqualTo("60");
    assertThat(page(get(location).with(users.as("member"))).select("#definition a")).isEmpty();
    mvc.perform(get(location + "/edit").with(users.as("member"))).andExpect(status().isForbidden());
  }

  @Test
  void measurementsAreEnteredRevisedWithHistoryAndGuardedAgainstStaleRevisions() throws Exception {
    long lead = partnership("Measurement Lead");
    long o = outcome("Measured outcome " + System.nanoTime(), lead, List.of());
    long i =
        strategy.addIndicator(
            demo.id(),
            o,
            details("Feel safe", Frequency.QUARTERLY, "2024-03-31", "70", "2025-03-31", "80"));
    String path = "/areas/demo/performance/indicators/" + i;

    Document form = page(get(path + "/measurements/new").with(users.as("admin")));
    assertThat(form.select("select[name=period] option").eachText())
        .contains("Quarter to March 2024");
    LocalDate future = Frequency.QUARTERLY.next(Frequency.QUARTERLY.periodEnd(LondonTime.today()));
    Document bad =
        page(
            as(post(path + "/measurements"), "admin")
                .param("period", future.toString())
                .param("value", "ten"));
    assertThat(bad.select(".govuk-error-summary a").eachText())
        .containsExactly("The period cannot be in the future", "Enter the value as a number");

    mvc.perform(
            as(post(path + "/measurements"), "admin")
                .param("period", "2024-03-31")
                .param("value", "66"))
        .andExpect(status().is3xxRedirection());
    Document record = page(get(path).with(users.as("admin")));
    var row = record.select("#status-table th:containsOwn(Quarter to March 2024)").first().parent();
    assertThat(row.select("td").eachText()).contains("66", "70", "Off track", "↑ Improving");
    assertThat(record.select("#indicator-chart title").text()).contains("Feel safe");
    assertThat(record.select("#indicator-chart path[fill=#d4351c]")).hasSize(1);

    // entering a value for a period that has one asks before revising
    Document confirm =
        page(
            as(post(path + "/measurements"), "admin")
                .param("period", "2024-03-31")
                .param("value", "69"));
    assertThat(confirm.select(".govuk-error-summary").text())
        .contains("Quarter to March 2024 already has a value of 66");
    assertThat(confirm.select("input[name=version]").val()).isEqualTo("0");
    assertThat(strategy.measurement(i, LocalDate.of(2024, 3, 31)).orElseThrow().value())
        .isEqualByComparingTo("66");

    // two people open the revision form; the first saves, the second is told
    Document opened =
        page(get(path + "/measurements/new?period=2024-03-31").with(users.as("admin")));
    assertThat(opened.select("#current-value").text()).contains("66 %");
    mvc.perform(
            as(post(path + "/measurements"), "admin")
                .param("period", "2024-03-31")
                .param("value", "69")
                .param("note", "Late survey returns")
                .param("version", "0")
                .param("versionOf", "2024-03-31"))
        .andExpect(status().is3xxRedirection());
    Document stale =
        page(
            as(post(path + "/measurements"), "admin")
                .param("period", "2024-03-31")
                .param("value", "75")
                .param("version", "0")
                .param("versionOf", "2024-03-31"));
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Someone else changed this value", "it is now 69");
    assertThat(strategy.measurement(i, LocalDate.of(2024, 3, 31)).orElseThrow().value())
        .isEqualByComparingTo("69");

    Document after = page(get(path).with(users.as("member")));
    var revision = after.select("#revisions-table tbody tr").first();
    assertThat(revision.text())
        .contains("Quarter to March 2024", "66 to 69", "Alex Admin", "Late survey returns");
    var revisedRow =
        after.select("#status-table th:containsOwn(Quarter to March 2024)").first().parent();
    assertThat(revisedRow.select("td").eachText()).contains("69", "Within tolerance");
    mvc.perform(get(path + "/measurements/new").with(users.as("member")))
        .andExpect(status().isForbidden());
  }

  @Test
  void aBatchOfMeasurementsIsWrittenInOneGoAndKeepsRevisions() {
    long lead = partnership("Batch Lead");
    long o = outcome("Batch outcome " + System.nanoTime(), lead, List.of());
    long i =
        strategy.addIndicator(
            demo.id(), o, details("Batch", Frequency.MONTHLY, "2024-03-31", "70"));
    strategy.record(
        demo.id(), i, LocalDate.of(2023, 4, 30), new BigDecimal("61"), null, "Ann", null);
    int written =
        strategy.recordAll(
            demo.id(),
            List.of(
                new MeasurementEntry(i, LocalDate.of(2023, 4, 30), new BigDecimal("62")),
                new MeasurementEntry(i, LocalDate.of(2023, 5, 31), new BigDecimal("63")),
                new MeasurementEntry(i, LocalDate.of(2023, 6, 30), new BigDecimal("64"))),
            "Importer",
            "From the survey file");
    assertThat(written).isEqualTo(3);
    assertThat(strategy.measurements(i, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
        .hasSize(3);
    assertThat(strategy.revisions(i))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.oldValue()).isEqualByComparingTo("61");
              assertThat(r.newValue()).isEqualByComparingTo("62");
              assertThat(r.note()).isEqualTo("From the survey file");
            });
    // the same batch again changes nothing
    assertThat(
            strategy.recordAll(
                demo.id(),
                List.of(new MeasurementEntry(i, LocalDate.of(2023, 5, 31), new BigDecimal("63.0"))),
                "Importer",
                null))
        .isZero();
    IndicatorSummary summary = strategy.indicators(demo.id(), List.of(o)).get(0);
    assertThat(summary.latest().end()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(summary.latest().sincePrevious()).isEqualTo(Direction.IMPROVING);
  }

  @Test
  void outcomesLedByARestrictedPartnershipAreHiddenFromThoseWhoCannotSeeIt() throws Exception {
    long hidden =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Restricted Lead " + System.nanoTime(), "Purpose", true),
            null);
    long open = partnership("Open Contributor");
    String title = "Restricted outcome " + System.nanoTime();
    long o = outcome(title, hidden, List.of(open));
    long i = strategy.addIndicator(demo.id(), o, details("Hidden", Frequency.ANNUAL));

    assertThat(page(get("/areas/demo/performance").with(users.as("member"))).text())
        .doesNotContain(title);
    assertThat(page(get("/areas/demo/performance").with(users.as("admin"))).text()).contains(title);
    mvc.perform(get("/areas/demo/performance/outcomes/" + o).with(users.as("member")))
        .andExpect(status().isNotFound());
    assertThat(
            page(get("/areas/demo/partnerships/" + open + "/performance").with(users.as("member")))
                .text())
        .doesNotContain(title);
    mvc.perform(get("/areas/demo/performance/indicators/" + i).with(users.as("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/areas/demo/performance/indicators/" + i).with(users.as("member")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/areas/demo/performance/indicators/999999999").with(users.as("admin")))
        .andExpect(status().isNotFound());
  }
}
