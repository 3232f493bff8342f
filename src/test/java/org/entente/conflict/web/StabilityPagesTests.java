package org.entente.conflict.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.conflict.StabilityModels;
import org.entente.conflict.exchange.ConflictDecisionMakerJson;
import org.entente.conflict.exchange.ConflictModelJson;
import org.entente.conflict.exchange.ConflictPreferenceJson;
import org.entente.conflict.exchange.StabilityExamples;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The stability analysis pages: list, model and analysis, form, upload and download. */
@IntegrationTest
class StabilityPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired StabilityModels models;
  @Autowired JsonMapper json;

  DemoUsers users;
  AreaRef demo;
  long pid;
  String base;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
    pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Stability pages " + System.nanoTime(), "Checks", false),
            null);
    base = "/areas/demo/partnerships/" + pid + "/conflict/stability";
  }

  long save(String model) {
    return models.create(
        demo.id(),
        pid,
        new StabilityModels.Details(
            "Who funds the post",
            "The outreach post",
            json.readValue(model, ConflictModelJson.class)));
  }

  MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String user)
      throws Exception {
    return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn().getResponse();
  }

  Document page(String path, String user) throws Exception {
    MockHttpServletResponse r = call(get(path), user);
    assertThat(r.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString());
  }

  @Test
  void theListShowsSavedModelsAndOffersWritersTheirButtons() throws Exception {
    Document empty = page(base, "admin");
    assertThat(empty.title())
        .isEqualTo("Stability analyses: " + empty.select("h1").text() + " - Entente");
    assertThat(empty.text()).contains("No stability analyses yet.");
    save(StabilityExamples.TWO_PARTIES);
    Document list = page(base, "admin");
    assertThat(list.select("table a").text()).isEqualTo("Who funds the post");
    assertThat(list.text()).contains("1 stability analysis");
    assertThat(list.select("a.govuk-button").eachText())
        .contains("Create a stability analysis", "Upload a model file");
    assertThat(page(base, "member").select("a.govuk-button")).isEmpty();
  }

  @Test
  void theModelPageShowsTheModelItsVerdictsAndTheReasonForEach() throws Exception {
    long id = save(StabilityExamples.TWO_PARTIES);
    Document d = page(base + "/" + id, "member");
    assertThat(d.title()).isEqualTo("Stability analysis: Who funds the post - Entente");
    assertThat(d.text()).contains("Fund the post", "Only from no to yes", "Y- if -N");
    assertThat(d.select("#state-key li").eachText())
        .containsExactly("Council: Fund the post", "Police: Withdraw");
    assertThat(d.select("#equilibria").text()).contains("Nash", "NN", "NY");
    // rows are states, with a header per decision maker over its four concepts
    assertThat(d.select("#verdicts thead th[scope=colgroup]").eachText())
        .containsExactly("Council", "Police");
    assertThat(d.select("#verdicts tbody tr")).hasSize(3);
    assertThat(d.select("#verdicts tbody tr").get(1).select("td").get(0).text())
        .isEqualTo("Unstable");
    assertThat(d.select("#verdicts tbody tr").get(0).text()).contains("Equilibrium: Nash");
    assertThat(d.select("#status-quo-path li").first().text()).isEqualTo("NN");
    assertThat(d.text()).contains("Council + Police");
    assertThat(d.select("a.govuk-button")).isEmpty();

    Document why = page(base + "/" + id + "?state=YN", "member");
    assertThat(why.select("#explanation").text()).isEqualTo("Why each verdict, for state YN");
    assertThat(why.select("#reasons tbody tr").eachText())
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("Council", "Nash", "Unstable")
                    .contains("Council can do better on its own by moving from YN to NN."))
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains("GMR", "Stable")
                    .contains(
                        "Council could move from YN to NN, but is deterred: Police could move to NY"));
  }

  @Test
  void bigModelsArePagedAndCanShowOnlyTheirEquilibria() throws Exception {
    List<String> states = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      states.add("s" + i);
    }
    List<String> rest = new ArrayList<>(states);
    rest.remove("s1");
    // A can leave s0 for s1, which it prefers; nobody can move anywhere else
    ConflictModelJson model =
        new ConflictModelJson(
            List.of(
                new ConflictDecisionMakerJson("A", null), new ConflictDecisionMakerJson("B", null)),
            null,
            states,
            Map.of("A", List.of(List.of("s0", "s1"))),
            Map.of(
                "A", new ConflictPreferenceJson(null, List.of(List.of("s1"), rest)),
                "B", new ConflictPreferenceJson(null, List.of(states))),
            null,
            null);
    long id =
        models.create(demo.id(), pid, new StabilityModels.Details("Many states", null, model));
    Document first = page(base + "/" + id, "member");
    assertThat(first.select("#verdicts tbody tr")).hasSize(50);
    assertThat(first.text()).contains("Showing states 1 to 50 of 120");
    assertThat(first.select(".govuk-pagination")).isNotEmpty();
    Document third = page(base + "/" + id + "?page=3", "member");
    assertThat(third.select("#verdicts tbody tr")).hasSize(20);
    Document only = page(base + "/" + id + "?equilibria=true", "member");
    assertThat(only.text()).contains("Showing states 1 to 50 of 119");
    assertThat(only.select("#verdicts tbody th code").first().text()).isEqualTo("s1");
  }

  @Test
  void theFormBuildsAModelAndPutsErrorsBesideTheirFields() throws Exception {
    Document form = page(base + "/new", "admin");
    assertThat(form.select("input[name='decisionMakers[0].options[0].name']")).hasSize(1);
    MockHttpServletResponse bad =
        call(
            post(base)
                .param("title", "")
                .param("decisionMakers[0].name", "Council")
                .param("decisionMakers[0].options[0].name", "Fund the post")
                .param("decisionMakers[0].options[0].reversibility", "both")
                .param("decisionMakers[0].preferenceKind", "statements")
                .param("decisionMakers[0].preferences", "-N\nN-")
                .param("decisionMakers[1].name", "Police")
                .param("decisionMakers[1].options[1].name", "Withdraw")
                .param("decisionMakers[1].options[1].reversibility", "onlyToYes")
                .param("decisionMakers[1].preferenceKind", "statements")
                .param("decisionMakers[1].preferences", "YN\nYQ"),
            "admin");
    assertThat(bad.getStatus()).isEqualTo(200);
    Document errors = Jsoup.parse(bad.getContentAsString());
    assertThat(errors.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#title", "#decisionMakers[1]-preferences");
    assertThat(errors.getElementById("decisionMakers[1]-preferences-error").text()).contains("YQ");
    assertThat(errors.select("input[name='decisionMakers[1].options[1].name']").val())
        .isEqualTo("Withdraw");

    MockHttpServletResponse saved =
        call(
            post(base)
                .param("title", "Who funds the post")
                .param("decisionMakers[0].name", "Council")
                .param("decisionMakers[0].options[0].name", "Fund the post")
                .param("decisionMakers[0].options[0].reversibility", "both")
                .param("decisionMakers[0].preferenceKind", "statements")
                .param("decisionMakers[0].preferences", "-N\nN-\nY- if -N")
                .param("decisionMakers[1].name", "Police")
                .param("decisionMakers[1].options[0].name", "Withdraw")
                .param("decisionMakers[1].options[0].reversibility", "onlyToYes")
                .param("decisionMakers[1].preferenceKind", "ranking")
                .param("decisionMakers[1].preferences", "YN\nNN, NY")
                .param("infeasible", "YY")
                .param("statusQuo", "NN"),
            "admin");
    assertThat(saved.getStatus()).isEqualTo(302);
    Document d = page(saved.getRedirectedUrl(), "admin");
    assertThat(d.select("#equilibria").text()).contains("NN", "NY");

    long id = Long.parseLong(saved.getRedirectedUrl().replaceAll(".*/", ""));
    Document edit = page(base + "/" + id + "/edit", "admin");
    assertThat(edit.select("textarea[name='decisionMakers[1].preferences']").val())
        .isEqualTo("YN\nNN, NY");
    assertThat(edit.select("input[name=version]").val()).isEqualTo("0");
    MockHttpServletResponse stale =
        call(
            post(base + "/" + id)
                .param("title", "Changed")
                .param("version", "7")
                .param("decisionMakers[0].name", "Council")
                .param("decisionMakers[0].options[0].name", "Fund the post")
                .param("decisionMakers[0].preferences", "-N")
                .param("decisionMakers[1].name", "Police")
                .param("decisionMakers[1].options[0].name", "Withdraw")
                .param("decisionMakers[1].preferences", "-N"),
            "admin");
    assertThat(Jsoup.parse(stale.getContentAsString()).select(".govuk-error-summary").text())
        .contains("Someone else changed this record");
    assertThat(call(get(base + "/new"), "member").getStatus()).isEqualTo(403);

    MockHttpServletResponse more =
        call(
            post(base + "/" + id)
                .param("title", "Changed")
                .param("decisionMakers[0].name", "Council")
                .param("decisionMakers[1].name", "Police")
                .param("more", "more"),
            "admin");
    assertThat(Jsoup.parse(more.getContentAsString()).select("fieldset > legend").eachText())
        .contains("Decision maker 3", "Decision maker 4");
  }

  @Test
  void deletingAsksFirstAndRefusesAStaleVersion() throws Exception {
    long id = save(StabilityExamples.TWO_PARTIES);
    Document confirm = page(base + "/" + id + "/delete", "admin");
    assertThat(confirm.select("h1").text())
        .isEqualTo("Are you sure you want to delete \"Who funds the post\"?");
    MockHttpServletResponse stale =
        call(post(base + "/" + id + "/delete").param("version", "3"), "admin");
    assertThat(Jsoup.parse(stale.getContentAsString()).select(".govuk-error-summary").text())
        .contains("Someone else changed this record");
    MockHttpServletResponse gone =
        call(post(base + "/" + id + "/delete").param("version", "0"), "admin");
    assertThat(gone.getRedirectedUrl()).isEqualTo(base);
    assertThat(call(get(base + "/" + id), "admin").getStatus()).isEqualTo(404);
    assertThat(call(get(base + "/" + id + "/delete"), "member").getStatus()).isEqualTo(403);
  }

  @Test
  void modelsDownloadAndUploadAsJsonFilesAndBadFilesSaveNothing() throws Exception {
    long id = save(StabilityExamples.PRISONERS_DILEMMA);
    MockHttpServletResponse file = call(get(base + "/" + id + "/download"), "member");
    assertThat(file.getHeader("Content-Disposition")).contains("Who-funds-the-post.json");
    String text = file.getContentAsString(StandardCharsets.UTF_8);
    assertThat(json.readTree(text)).isEqualTo(json.readTree(StabilityExamples.PRISONERS_DILEMMA));

    MockHttpServletResponse bad =
        call(
            multipart(base + "/upload")
                .file(
                    new MockMultipartFile(
                        "file",
                        "model.json",
                        "application/json",
                        StabilityExamples.PRISONERS_DILEMMA
                            .replace("[\"DD\", \"DC\"]", "[\"DD\", \"XX\"]")
                            .getBytes()))
                .param("title", "Uploaded"),
            "admin");
    assertThat(bad.getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(bad.getContentAsString()).select(".govuk-error-summary").text())
        .contains("moves.B[3]", "XX");
    assertThat(page(base, "admin").text()).doesNotContain("Uploaded");

    MockHttpServletResponse good =
        call(
            multipart(base + "/upload")
                .file(
                    new MockMultipartFile(
                        "file", "model.json", "application/json", text.getBytes()))
                .param("title", "Uploaded dilemma"),
            "admin");
    assertThat(good.getStatus()).isEqualTo(302);
    Document d = page(good.getRedirectedUrl(), "admin");
    assertThat(d.select("h1").text()).isEqualTo("Uploaded dilemma");
    assertThat(d.select("#equilibria").text()).contains("DD");
  }
}
