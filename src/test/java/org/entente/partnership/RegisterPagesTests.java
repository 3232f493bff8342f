package org.entente.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.audit.AuditTrail;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class RegisterPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired AuditTrail audit;

  private static final Viewer ALL = new Viewer(true, Set.of());

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  @Test
  void registerListsFiltersSortsAndPages() throws Exception {
    Document all = page(get("/areas/demo/partnerships?size=100").with(users.as("member")));
    int total = all.select("tbody tr").size();
    assertThat(total).isGreaterThanOrEqualTo(20);

    Document statutory =
        page(
            get("/areas/demo/partnerships?formality=STATUTORY_STRATEGIC&size=100")
                .with(users.as("member")));
    assertThat(statutory.select("tbody tr"))
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(row.select("td").get(1).text())
                    .isEqualTo("Statutory strategic partnership"));
    assertThat(statutory.select("tbody tr").size()).isLessThan(total);

    Document search = page(get("/areas/demo/partnerships?q=drug alcohol").with(users.as("member")));
    assertThat(search.select("tbody tr a").eachText())
        .contains("Shires Drug and Alcohol Partnership");

    Document paged =
        page(get("/areas/demo/partnerships?size=5&page=2&sort=name").with(users.as("member")));
    assertThat(paged.select("tbody tr")).hasSize(5);
    assertThat(paged.select(".govuk-pagination__item--current").text()).isEqualTo("2");
    assertThat(paged.select("#result-count").text()).contains("Showing 6 to 10");

    // Other tests add partnerships as they run, so sort a set that fits on one page.
    List<String> ascending =
        names(
            page(
                get("/areas/demo/partnerships?q=Shires&size=100&sort=name&order=asc")
                    .with(users.as("member"))));
    List<String> descending =
        names(
            page(
                get("/areas/demo/partnerships?q=Shires&size=100&sort=name&order=desc")
                    .with(users.as("member"))));
    List<String> reversed = new java.util.ArrayList<>(ascending);
    java.util.Collections.reverse(reversed);
    assertThat(ascending).hasSizeGreaterThan(5);
    assertThat(descending).isEqualTo(reversed);
    assertThat(
            page(get("/areas/demo/partnerships?sort=name&order=desc").with(users.as("member")))
                .select("th[aria-sort=descending]")
                .text())
        .contains("Name");
  }

  @Test
  void adminCreatesWithAnErrorThenCorrectsIt() throws Exception {
    Document withErrors =
        page(
            post("/areas/demo/partnerships")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "")
                .param("purpose", "Tackle loneliness among older people")
                .param("lifecycleStage", "FORMING")
                .param("status", "ACTIVE")
                .param("startDate.day", "31")
                .param("startDate.month", "2")
                .param("startDate.year", "2027"));
    assertThat(withErrors.select(".govuk-error-summary a").eachText())
        .contains(
            "Enter the partnership's name",
            "Select the formality",
            "Enter a real date, for example 27 3 2027");
    assertThat(withErrors.select(".govuk-error-summary a[href=#name]")).hasSize(1);
    assertThat(withErrors.select("#name").attr("aria-describedby")).contains("name-error");

    MvcResult created =
        mvc.perform(
                post("/areas/demo/partnerships")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("name", "Loneliness Task and Finish Group")
                    .param("purpose", "Tackle loneliness among older people")
                    .param("formality", "INFORMAL_COLLABORATION")
                    .param("typologyFunction", "DELIVERY")
                    .param("collaborationLevel", "COOPERATION")
                    .param("lifecycleStage", "FORMING")
                    .param("significant", "false")
                    .param("status", "ACTIVE")
                    .param("geography", "COUNTY_WIDE")
                    .param("startDate.day", "1")
                    .param("startDate.month", "4")
                    .param("startDate.year", "2026"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/areas/demo/partnerships/");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    Document shown = page(get(location).with(users.as("member")));
    assertThat(shown.select("h1").text()).isEqualTo("Loneliness Task and Finish Group");
    assertThat(shown.select("#history").text()).contains("Created", "Forming");
    assertThat(audit.historyOf("partnership", id))
        .extracting(r -> r.action())
        .containsExactly("created");
  }

  @Test
  void aStaleEditSaysSoAndSavesNothing() throws Exception {
    long id = newPartnership("Stale Edit Check Group");
    int version = register.find(demo.id(), id, ALL).orElseThrow().version();
    // someone else saves first
    mvc.perform(edit(id, version, "Changed by the first editor").with(users.as("admin")))
        .andExpect(status().is3xxRedirection());

    Document stale =
        page(edit(id, version, "Changed by the second editor").with(users.as("admin")));
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Someone else changed this record while you were editing it");
    assertThat(stale.select("#purpose").text()).isEqualTo("Changed by the first editor");
    assertThat(register.find(demo.id(), id, ALL).orElseThrow().details().purpose())
        .isEqualTo("Changed by the first editor");
  }

  @Test
  void changingTheStageNeedsAReasonAndEntersTheHistory() throws Exception {
    long id = newPartnership("Stage Change Check Group");
    int version = register.find(demo.id(), id, ALL).orElseThrow().version();
    Document noReason =
        page(edit(id, version, "Same purpose", "FRUSTRATION").with(users.as("admin")));
    assertThat(noReason.select(".govuk-error-summary").text())
        .contains("Enter why the life-cycle stage changed");

    mvc.perform(
            edit(id, version, "Same purpose", "FRUSTRATION")
                .param("stageReason", "Partners disagree over the pooled budget")
                .with(users.as("admin")))
        .andExpect(status().is3xxRedirection());
    Document shown = page(get("/areas/demo/partnerships/" + id).with(users.as("admin")));
    assertThat(shown.select("#history table").text())
        .contains("Frustration", "Partners disagree over the pooled budget");
    assertThat(shown.select("#history .moj-timeline").text())
        .contains("Updated", "Life-cycle stage: from Forming to Frustration");
  }

  @Test
  void closingNeedsAReasonAndKeepsTheRecord() throws Exception {
    long id = newPartnership("Closing Check Group");
    int version = register.find(demo.id(), id, ALL).orElseThrow().version();
    Document noReason =
        page(
            post("/areas/demo/partnerships/" + id + "/close")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("closedOn.day", "1")
                .param("closedOn.month", "10")
                .param("closedOn.year", "2026"));
    assertThat(noReason.select(".govuk-error-summary").text())
        .contains("Enter why the partnership is closing");

    mvc.perform(
            post("/areas/demo/partnerships/" + id + "/close")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("reason", "Merged into the community safety partnership")
                .param("closedOn.day", "1")
                .param("closedOn.month", "10")
                .param("closedOn.year", "2026"))
        .andExpect(status().is3xxRedirection());
    Document closed = page(get("/areas/demo/partnerships/" + id).with(users.as("member")));
    assertThat(closed.select(".govuk-inset-text").text())
        .contains("closed on 1 October 2026", "Merged into the community safety partnership");
    mvc.perform(get("/areas/demo/partnerships/" + id + "/edit").with(users.as("admin")))
        .andExpect(status().isForbidden());
  }

  @Test
  void costsShowTotalsByYearAndOrganisation() throws Exception {
    long id = newPartnership("Cost Check Group");
    long county = organisationId("County Council");
    int version = register.find(demo.id(), id, ALL).orElseThrow().version();
    Document bad =
        page(
            post("/areas/demo/partnerships/" + id + "/costs")
                .with(users.as("admin"))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("organisationId", String.valueOf(county))
                .param("financialYear", "2025")
                .param("kind", "CASH")
                .param("amount", "twelve pounds"));
    assertThat(bad.select(".govuk-error-summary").text()).contains("Enter an amount in pounds");
    for (String amount : List.of("1,000.50", "2500")) {
      version = register.find(demo.id(), id, ALL).orElseThrow().version();
      mvc.perform(
              post("/areas/demo/partnerships/" + id + "/costs")
                  .with(users.as("admin"))
                  .with(csrf())
                  .param("version", String.valueOf(version))
                  .param("organisationId", String.valueOf(county))
                  .param("financialYear", "2025")
                  .param("kind", "CASH")
                  .param("amount", amount))
          .andExpect(status().is3xxRedirection());
    }
    Document shown = page(get("/areas/demo/partnerships/" + id).with(users.as("member")));
    assertThat(shown.select("#costs").text())
        .contains("2025/26", "£3,500.50", "Total of all costs");
  }

  private long newPartnership(String name) {
    return register.create(demo.id(), TestPartnerships.minimal(name, "Same purpose", false), null);
  }

  private long organisationId(String nameContains) {
    return organisations.all(demo.id()).stream()
        .filter(o -> o.name().contains(nameContains))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Autowired org.entente.directory.Organisations organisations;

  private MockHttpServletRequestBuilder edit(long id, int version, String purpose) {
    return edit(id, version, purpose, "FORMING");
  }

  private MockHttpServletRequestBuilder edit(long id, int version, String purpose, String stage) {
    return post("/areas/demo/partnerships/" + id + "/edit")
        .with(csrf())
        .param("version", String.valueOf(version))
        .param("name", register.find(demo.id(), id, ALL).orElseThrow().name())
        .param("purpose", purpose)
        .param("formality", "INFORMAL_COLLABORATION")
        .param("typologyFunction", "DELIVERY")
        .param("collaborationLevel", "COOPERATION")
        .param("lifecycleStage", stage)
        .param("significant", "false")
        .param("status", "ACTIVE")
        .param("geography", "COUNTY_WIDE");
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private static List<String> names(Document d) {
    return d.select("tbody tr td:first-child > a").eachText();
  }
}
