package org.entente.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The area's open tensions, and force-field analyses with their versions. */
@IntegrationTest
class AreaTensionsAndForceFieldPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Tensions tensions;
  @Autowired ForceFields forceFields;
  @Autowired AuditTrail audit;

  DemoUsers users;
  AreaRef demo;
  long pid;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
    pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Force Check " + System.nanoTime(), "Weighs", false),
            null);
  }

  Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  String cell(Document d, String source, int column) {
    return d.select("#tension-matrix tbody tr:has(th:containsOwn(" + source + ")) td")
        .get(column)
        .text();
  }

  long raise(String title, TensionSource source) {
    return tensions.raise(
        demo.id(),
        pid,
        new Tensions.TensionDetails(
            title, null, List.of(), List.of(), source, TensionSeverity.MEDIUM, null),
        "Test");
  }

  @Test
  void theAreaViewCountsOpenTensionsBySourceAndStageAndListsThem() throws Exception {
    Document before = page(get("/areas/demo/conflict/tensions").with(users.as("admin")));
    long raisedBefore =
        before.select("#tension-matrix").isEmpty()
            ? 0
            : Long.parseLong(cell(before, "Uneven commitment", 0));
    String title = "Nobody comes to the sub-group " + System.nanoTime();
    raise(title, TensionSource.UNEVEN_COMMITMENT);
    long resolved = raise("Settled long ago " + System.nanoTime(), TensionSource.UNEVEN_COMMITMENT);
    tensions.move(
        demo.id(),
        resolved,
        tensions.tension(demo.id(), resolved).orElseThrow().version(),
        TensionStage.RESOLVED,
        null,
        "Test");

    Document after = page(get("/areas/demo/conflict/tensions").with(users.as("member")));
    assertThat(after.title()).isEqualTo("Open tensions across the area - Entente");
    assertThat(after.select("#tension-matrix thead th").eachText())
        .containsExactly(
            "Source",
            "Raised",
            "Worked on within the partnership",
            "External facilitator or mediator",
            "Recurring",
            "Total");
    assertThat(Long.parseLong(cell(after, "Uneven commitment", 0))).isEqualTo(raisedBefore + 1);
    assertThat(after.select("svg#tension-chart title").text()).isEqualTo("Open tensions by source");
    assertThat(after.select("svg#tension-chart rect")).isNotEmpty();

    Document filtered =
        page(
            get("/areas/demo/conflict/tensions?partnership=" + pid + "&source=UNEVEN_COMMITMENT")
                .with(users.as("member")));
    assertThat(filtered.select("#tensions tbody a").eachText()).containsExactly(title);
    assertThat(filtered.select("#result-count").text()).isEqualTo("1 result");
    Document wrongSource =
        page(
            get("/areas/demo/conflict/tensions?partnership=" + pid + "&source=PHILOSOPHY")
                .with(users.as("member")));
    assertThat(wrongSource.select("#result-count").text()).isEqualTo("0 results");

    Document home = page(get("/areas/demo").with(users.as("member")));
    assertThat(home.select("a[href=/areas/demo/conflict/tensions]").text())
        .isEqualTo("See open tensions across the area");
  }

  String base() {
    return "/areas/demo/partnerships/" + pid + "/conflict/force-fields";
  }

  @Test
  void anAnalysisIsDrawnSavedAsVersionsAndCompared() throws Exception {
    assertThat(page(get(base() + "/new").with(users.as("admin"))).select("h1").text())
        .isEqualTo("Start a force-field analysis");
    String location =
        mvc.perform(
                post(base())
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("desiredChange", "Merge the two groups")
                    .param("driving[0].description", "Same members sit on both")
                    .param("driving[0].strength", "4")
                    .param("driving[1].description", "Saves officer time")
                    .param("driving[1].strength", "3")
                    .param("resisting[0].description", "Loss of identity")
                    .param("resisting[0].strength", "2")
                    .param("resisting[0].notes", "The voluntary sector worries most"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Document v1 = page(get(location).with(users.as("member")));
    assertThat(v1.select("#version-shown").text()).contains("Version 1 of 1");
    assertThat(v1.select("svg#force-field-picture title").text()).contains("Merge the two groups");
    assertThat(v1.select("svg .force-arrow--driving")).hasSize(2);
    assertThat(v1.select("svg .force-arrow--resisting")).hasSize(1);
    assertThat(v1.select("#forces tbody tr")).hasSize(3);
    assertThat(v1.select("#totals").text()).contains("Driving total 7", "Resisting total 2");

    Document edit = page(get(location + "/edit").with(users.as("admin")));
    assertThat(edit.select("input[name=driving[0].description]").val())
        .isEqualTo("Same members sit on both");
    String version = edit.select("input[name=version]").val();
    mvc.perform(
            post(location)
                .with(users.as("admin"))
                .with(csrf())
                .param("version", version)
                .param("desiredChange", "Merge the two groups")
                .param("driving[0].description", "Same members sit on both")
                .param("driving[0].strength", "5")
                .param("resisting[0].description", "Loss of identity")
                .param("resisting[0].strength", "1")
                .param("resisting[1].description", "Different funding rules")
                .param("resisting[1].strength", "3"))
        .andExpect(status().is3xxRedirection());

    Document v2 = page(get(location).with(users.as("member")));
    assertThat(v2.select("#version-shown").text()).contains("Version 2 of 2");
    assertThat(v2.select("#versions tbody tr")).hasSize(2);
    Document old = page(get(location + "?version=1").with(users.as("member")));
    assertThat(old.select("#totals").text()).contains("Driving total 7");

    Document compare = page(get(location + "/compare?from=1&to=2").with(users.as("member")));
    assertThat(compare.select("h1").text()).isEqualTo("Compare versions 1 and 2");
    assertThat(compare.select("#earlier .total-driving").text()).isEqualTo("7");
    assertThat(compare.select("#later .total-driving").text()).isEqualTo("5");
    assertThat(compare.select("#later .total-resisting").text()).isEqualTo("4");
    assertThat(compare.select("#changes tbody tr").eachText())
        .containsExactlyInAnyOrder(
            "Strengthened Driving Same members sit on both 4 5",
            "Weakened Resisting Loss of identity 2 1",
            "Added Resisting Different funding rules 3",
            "Removed Driving Saves officer time 3");

    Document stale =
        page(
            post(location)
                .with(users.as("admin"))
                .with(csrf())
                .param("version", version)
                .param("desiredChange", "Overwrite"));
    assertThat(stale.select(".govuk-error-summary").text())
        .contains("Someone else changed this record");
    assertThat(forceFields.analysis(demo.id(), id, null).orElseThrow().latest()).isEqualTo(2);
    assertThat(audit.historyOf("force-field", id).stream().map(AuditRecord::action).toList())
        .contains("created", "version-saved");

    Document list = page(get(base()).with(users.as("member")));
    assertThat(list.select("#force-fields tbody tr").text())
        .contains("Merge the two groups", "5", "4", "2");
  }

  @Test
  void aForceNeedsADescriptionAndAStrengthFromOneToFive() throws Exception {
    Document errors =
        page(
            post(base())
                .with(users.as("admin"))
                .with(csrf())
                .param("desiredChange", "")
                .param("driving[0].description", "Keen chairs")
                .param("driving[0].strength", "6")
                .param("resisting[0].strength", "2"));
    assertThat(errors.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter the desired change",
            "Enter a strength from 1 to 5",
            "Enter what the force is, or leave its strength and notes empty");
    assertThat(errors.select("#driving\\[0\\]-strength-error").text())
        .contains("Enter a strength from 1 to 5");
    assertThat(forceFields.ofPartnership(demo.id(), pid)).isEmpty();
  }

  @Test
  void membersReadAnalysesButCannotWriteThem() throws Exception {
    long id =
        forceFields.start(
            demo.id(),
            pid,
            new ForceFields.AnalysisDetails(
                "Share a venue",
                null,
                List.of(new ForceFields.ForceDetails(ForceDirection.DRIVING, "Cheaper", 3, null))),
            "Test");
    String at = base() + "/" + id;
    for (String reader : new String[] {"member", "scrutiny", "officer"}) {
      mvc.perform(get(at).with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(at + "/compare").with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(base() + "/new").with(users.as(reader))).andExpect(status().isForbidden());
      mvc.perform(get(at + "/edit").with(users.as(reader))).andExpect(status().isForbidden());
      mvc.perform(
              post(at)
                  .with(users.as(reader))
                  .with(csrf())
                  .param("version", "0")
                  .param("desiredChange", "Sneaky"))
          .andExpect(status().isForbidden());
    }
    assertThat(forceFields.analysis(demo.id(), id, null).orElseThrow().latest()).isEqualTo(1);
  }
}
