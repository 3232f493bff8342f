package org.entente.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Conflict tab and the tension log: what readers see and what officers can change. */
@IntegrationTest
class TensionPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Tensions tensions;
  @Autowired People people;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

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
            TestPartnerships.minimal("Tension Check " + System.nanoTime(), "Argues", false),
            null);
  }

  String base() {
    return "/areas/demo/partnerships/" + pid + "/conflict";
  }

  Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  long tension(String title, TensionSource source, TensionSeverity severity) {
    return tensions.raise(
        demo.id(),
        pid,
        new Tensions.TensionDetails(title, null, List.of(), List.of(), source, severity, null),
        "Test");
  }

  int version(long id) {
    return tensions.tension(demo.id(), id).orElseThrow().version();
  }

  @Test
  void theConflictTabExplainsAndCountsOpenTensionsByStage() throws Exception {
    tension("Who chairs the board", TensionSource.UNCLEAR_ROLES, TensionSeverity.LOW);
    long moved = tension("Budget split", TensionSource.PRIORITIES, TensionSeverity.HIGH);
    tensions.move(demo.id(), moved, version(moved), TensionStage.RESOLVED, null, "Test");
    Document landing = page(get(base()).with(users.as("member")));
    assertThat(landing.title()).endsWith(" - Entente");
    assertThat(landing.select(".moj-sub-navigation__link[aria-current=page]").text())
        .isEqualTo("Conflict");
    assertThat(landing.text()).contains("Conflict in a partnership is normal");
    assertThat(landing.select("#open-by-stage tr:contains(Raised) td").text()).isEqualTo("1");
    assertThat(landing.select("#open-by-stage tr:contains(Open tensions) td").text())
        .isEqualTo("1");
    assertThat(landing.select("#conflict-tools a").eachText())
        .containsExactly(
            "Tension log", "Force-field analyses", "Options boards", "Stability analyses");
  }

  @Test
  void anOfficerLogsATensionAndMovesItThroughItsStages() throws Exception {
    Document form = page(get(base() + "/tensions/new").with(users.as("admin")));
    assertThat(form.select("input[name=source]")).hasSize(6);
    long org =
        jdbc.sql("select min(id) from organisation where area_id = ?")
            .param(demo.id())
            .query(Long.class)
            .single();
    String location =
        mvc.perform(
                post(base() + "/tensions")
                    .with(users.as("admin"))
                    .with(csrf())
                    .param("title", "Police feel outvoted")
                    .param("description", "The council brings three members to every vote.")
                    .param("source", "POWER_IMBALANCE")
                    .param("severity", "MEDIUM")
                    .param("organisationIds", String.valueOf(org))
                    .param("barrier", "CULTURES"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Document shown = page(get(location).with(users.as("admin")));
    assertThat(shown.select("h1").text()).isEqualTo("Police feel outvoted");
    assertThat(shown.select("#tension-stage").text()).isEqualTo("Raised");
    assertThat(shown.select("#tension-summary").text())
        .contains("Perceived power imbalance", "Medium", "Cultures");

    mvc.perform(
            post(location + "/stage")
                .with(users.as("admin"))
                .with(csrf())
                .param("stage", "WITHIN_PARTNERSHIP")
                .param("note", "Agreed to talk at the next board")
                .param("version", String.valueOf(version(id))))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location + "/notes")
                .with(users.as("admin"))
                .with(csrf())
                .param("text", "Chair spoke to both sides")
                .param("version", String.valueOf(version(id))))
        .andExpect(status().is3xxRedirection());
    Document after = page(get(location).with(users.as("member")));
    assertThat(after.select("#tension-stage").text()).isEqualTo("Worked on within the partnership");
    assertThat(after.select(".moj-timeline__title").eachText())
        .containsExactly("Note", "Moved from Raised to Worked on within the partnership");
    assertThat(after.select(".moj-timeline").text())
        .contains("Chair spoke to both sides", "Agreed to talk at the next board", "Alex Admin");
    assertThat(after.select("#stage-form")).isEmpty();

    List<String> trail = audit.historyOf("tension", id).stream().map(AuditRecord::action).toList();
    assertThat(trail).contains("raised", "stage-moved", "noted");
  }

  @Test
  void anActionRaisedFromTheTensionIsLinkedAndShowsItsStatus() throws Exception {
    long id = tension("Data sharing stalled", TensionSource.COMMUNICATION, TensionSeverity.LOW);
    long owner = people.all(demo.id()).get(0).id();
    LocalDate due = LocalDate.now().plusDays(30);
    mvc.perform(
            post(base() + "/tensions/" + id + "/actions")
                .with(users.as("admin"))
                .with(csrf())
                .param("description", "Draft a data-sharing protocol")
                .param("ownerId", String.valueOf(owner))
                .param("dueOn.day", String.valueOf(due.getDayOfMonth()))
                .param("dueOn.month", String.valueOf(due.getMonthValue()))
                .param("dueOn.year", String.valueOf(due.getYear()))
                .param("version", String.valueOf(version(id))))
        .andExpect(status().is3xxRedirection());
    Document shown = page(get(base() + "/tensions/" + id).with(users.as("member")));
    assertThat(shown.select("#linked-actions tbody tr").text())
        .contains("Draft a data-sharing protocol", "Open");

    Document missing =
        page(
            post(base() + "/tensions/" + id + "/actions")
                .with(users.as("admin"))
                .with(csrf())
                .param("description", "")
                .param("version", String.valueOf(version(id))));
    assertThat(missing.select(".govuk-error-summary").text())
        .contains(
            "Enter what needs to be done", "Choose who owns the action", "Enter a real due date");
  }

  @Test
  void aTensionNeedsATitleASourceAndASeverity() throws Exception {
    Document errors =
        page(post(base() + "/tensions").with(users.as("admin")).with(csrf()).param("title", " "));
    assertThat(errors.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter a title",
            "Select where the tension comes from",
            "Select how severe the tension is");
    assertThat(errors.select("#title-error").text()).contains("Enter a title");
    assertThat(
            tensions
                .search(
                    demo.id(),
                    List.of(pid),
                    new Tensions.TensionFilter(null, null, null, null, false),
                    org.entente.shared.PageRequest.of(
                        1, 20, null, null, Tensions.SORT_KEYS, "raised"))
                .total())
        .isZero();
  }

  @Test
  void aStaleEditSavesNothingAndSaysSo() throws Exception {
    long id = tension("Chairing rota", TensionSource.UNCLEAR_ROLES, TensionSeverity.LOW);
    int stale = version(id);
    tensions.addNote(demo.id(), id, stale, "Someone got there first", "Test");
    Document edit =
        page(
            post(base() + "/tensions/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .param("title", "Overwritten title")
                .param("source", "PHILOSOPHY")
                .param("severity", "HIGH")
                .param("version", String.valueOf(stale)));
    assertThat(edit.select(".govuk-error-summary").text())
        .contains("Someone else changed this record");
    Document move =
        page(
            post(base() + "/tensions/" + id + "/stage")
                .with(users.as("admin"))
                .with(csrf())
                .param("stage", "RESOLVED")
                .param("version", String.valueOf(stale)));
    assertThat(move.select(".govuk-error-summary").text())
        .contains("Someone else changed this record");
    assertThat(move.select("#stage-form input[name=version]").val())
        .isEqualTo(String.valueOf(version(id)));
    assertThat(move.select("#stage-form input[value=RESOLVED]").hasAttr("checked")).isTrue();
    TensionView now = tensions.tension(demo.id(), id).orElseThrow();
    assertThat(now.title()).isEqualTo("Chairing rota");
    assertThat(now.stage()).isEqualTo(TensionStage.RAISED);
  }

  @Test
  void membersReadButCannotWrite() throws Exception {
    long id = tension("Uneven attendance", TensionSource.UNEVEN_COMMITMENT, TensionSeverity.LOW);
    for (String reader : new String[] {"member", "scrutiny", "officer"}) {
      mvc.perform(get(base() + "/tensions").with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(base() + "/tensions/" + id).with(users.as(reader)))
          .andExpect(status().isOk());
      mvc.perform(get(base() + "/tensions/new").with(users.as(reader)))
          .andExpect(status().isForbidden());
      mvc.perform(get(base() + "/tensions/" + id + "/edit").with(users.as(reader)))
          .andExpect(status().isForbidden());
      mvc.perform(
              post(base() + "/tensions")
                  .with(users.as(reader))
                  .with(csrf())
                  .param("title", "Sneaky")
                  .param("source", "PHILOSOPHY")
                  .param("severity", "LOW"))
          .andExpect(status().isForbidden());
      mvc.perform(
              post(base() + "/tensions/" + id + "/stage")
                  .with(users.as(reader))
                  .with(csrf())
                  .param("stage", "RESOLVED")
                  .param("version", String.valueOf(version(id))))
          .andExpect(status().isForbidden());
      mvc.perform(
              post(base() + "/tensions/" + id + "/notes")
                  .with(users.as(reader))
                  .with(csrf())
                  .param("text", "Sneaky")
                  .param("version", String.valueOf(version(id))))
          .andExpect(status().isForbidden());
    }
    assertThat(tensions.tension(demo.id(), id).orElseThrow().timeline()).isEmpty();
    long safer =
        jdbc.sql("select id from partnership where name = ?")
            .param("Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    mvc.perform(
            get("/areas/demo/partnerships/" + safer + "/conflict/tensions/new")
                .with(users.as("officer")))
        .andExpect(status().isOk());
  }

  @Test
  void theListFiltersSortsAndCounts() throws Exception {
    tension("Alpha roles", TensionSource.UNCLEAR_ROLES, TensionSeverity.HIGH);
    tension("Beta roles", TensionSource.UNCLEAR_ROLES, TensionSeverity.LOW);
    tension("Gamma talk", TensionSource.COMMUNICATION, TensionSeverity.HIGH);
    Document all = page(get(base() + "/tensions").with(users.as("member")));
    assertThat(all.select("#result-count").text()).isEqualTo("3 results");
    Document roles = page(get(base() + "/tensions?source=UNCLEAR_ROLES").with(users.as("member")));
    assertThat(roles.select("#tensions tbody a").eachText())
        .containsExactlyInAnyOrder("Alpha roles", "Beta roles");
    Document high =
        page(get(base() + "/tensions?severity=HIGH&sort=title&order=asc").with(users.as("member")));
    assertThat(high.select("#tensions tbody a").eachText())
        .containsExactly("Alpha roles", "Gamma talk");
    assertThat(high.select("th[aria-sort=ascending]").text()).contains("Tension");
    Document resolved = page(get(base() + "/tensions?stage=RESOLVED").with(users.as("member")));
    assertThat(resolved.select("#result-count").text()).isEqualTo("0 results");
    Document paged = page(get(base() + "/tensions?size=2").with(users.as("member")));
    assertThat(paged.select("#tensions tbody tr")).hasSize(2);
    assertThat(paged.text()).contains("Showing 1 to 2 of 3");
  }
}
