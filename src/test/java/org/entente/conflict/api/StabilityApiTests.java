package org.entente.conflict.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import org.entente.IntegrationTest;
import org.entente.conflict.exchange.StabilityExamples;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stability analysis through the JSON API, with the demo tokens. */
@IntegrationTest
class StabilityApiTests {

  static final String ANALYSE = "/api/v1/conflict/stability";

  static final String CHICKEN =
      """
      {
        "decisionMakers": [{"name": "A"}, {"name": "B"}],
        "states": ["CC", "CD", "DC", "DD"],
        "moves": {
          "A": [["CC", "DC"], ["DC", "CC"], ["CD", "DD"], ["DD", "CD"]],
          "B": [["CC", "CD"], ["CD", "CC"], ["DC", "DD"], ["DD", "DC"]]
        },
        "preferences": {
          "A": {"ranking": [["DC"], ["CC"], ["CD"], ["DD"]]},
          "B": {"ranking": [["CD"], ["CC"], ["DC"], ["DD"]]}
        }
      }
      """;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired JdbcClient jdbc;

  AreaRef demo;

  @BeforeEach
  void setUp() {
    demo = areas.require("demo");
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token)
      throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer demo-" + token);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  JsonNode analyse(String model, String token) throws Exception {
    MockHttpServletResponse r =
        call(post(ANALYSE).contentType(MediaType.APPLICATION_JSON).content(model), token);
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return json.readTree(r.getContentAsString());
  }

  List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  @Test
  void theTwoPartyExampleGetsItsKnownVerdicts() throws Exception {
    JsonNode r = analyse(StabilityExamples.TWO_PARTIES, "member");
    assertThat(strings(r.get("states"))).containsExactly("NN", "YN", "NY");
    assertThat(strings(r.at("/stability/nash/Council"))).containsExactly("NN", "NY");
    assertThat(strings(r.at("/stability/nash/Police"))).containsExactly("NN", "YN", "NY");
    assertThat(strings(r.at("/equilibria/nash"))).containsExactly("NN", "NY");
    assertThat(strings(r.at("/equilibria/gmr"))).containsExactly("NN", "YN", "NY");
    assertThat(strings(r.at("/equilibria/seq"))).containsExactly("NN", "NY");
    assertThat(r.get("explanations").size()).isEqualTo(24);
    JsonNode first = r.get("explanations").get(0);
    assertThat(first.get("concept").asString()).isEqualTo("nash");
    assertThat(first.has("decisionMaker") && first.has("state") && first.has("stable")).isTrue();
    assertThat(first.get("reason").asString()).isNotBlank();
    assertThat(r.at("/coalitionEquilibria").has("Council + Police")).isTrue();
    assertThat(strings(r.get("statusQuoPath"))).first().isEqualTo("NN");
  }

  @Test
  void thePrisonersDilemmaInGraphFormHasItsNashEquilibriumAtMutualDefection() throws Exception {
    JsonNode r = analyse(StabilityExamples.PRISONERS_DILEMMA, "officer");
    assertThat(strings(r.at("/equilibria/nash"))).containsExactly("DD");
    // mutual co-operation is held in place by the threat of defection in return
    assertThat(strings(r.at("/equilibria/gmr"))).containsExactly("CC", "DD");
    assertThat(strings(r.at("/equilibria/smr"))).containsExactly("CC", "DD");
    assertThat(strings(r.at("/equilibria/seq"))).containsExactly("CC", "DD");
  }

  @Test
  void chickenHasTwoNashEquilibriaAndMutualSwervingOnlyUnderMetarationality() throws Exception {
    JsonNode r = analyse(CHICKEN, "scrutiny");
    assertThat(strings(r.at("/equilibria/nash"))).containsExactly("CD", "DC");
    assertThat(strings(r.at("/equilibria/gmr"))).containsExactly("CC", "CD", "DC");
    assertThat(strings(r.at("/equilibria/smr"))).containsExactly("CC", "CD", "DC");
    assertThat(strings(r.at("/equilibria/seq"))).containsExactly("CD", "DC");
  }

  @Test
  void theYouthOutreachDisputeHasACoFundedAgreementHeldByATwoPartySanction() throws Exception {
    JsonNode r = analyse(StabilityExamples.YOUTH_OUTREACH, "member");
    assertThat(strings(r.at("/equilibria/seq"))).contains("YYNYN");
    assertThat(strings(r.at("/equilibria/nash"))).doesNotContain("YYNYN");
  }

  @Test
  void badInputGetsAProblemNamingTheField() throws Exception {
    MockHttpServletResponse r =
        call(
            post(ANALYSE)
                .contentType(MediaType.APPLICATION_JSON)
                .content(StabilityExamples.TWO_PARTIES.replace("[\"YY\"]", "[\"YX\"]")),
            "member");
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentType()).contains("application/problem+json");
    JsonNode body = json.readTree(r.getContentAsString());
    assertThat(body.at("/errors/0/field").asString()).isEqualTo("infeasible[0]");
    assertThat(body.get("detail").asString()).contains("YX");

    MockHttpServletResponse notJson =
        call(post(ANALYSE).contentType(MediaType.APPLICATION_JSON).content("{oops"), "member");
    assertThat(notJson.getStatus()).isEqualTo(400);
  }

  @Test
  void anOversizedModelIsRefusedWithTheEnginesMessage() throws Exception {
    StringBuilder options = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      options.append(i == 0 ? "" : ",").append("{\"name\": \"o").append(i).append("\"}");
    }
    String model =
        "{\"decisionMakers\": [{\"name\": \"A\", \"options\": ["
            + options
            + "]}, {\"name\": \"B\", \"options\": ["
            + options
            + "]}], \"preferences\": {}}";
    MockHttpServletResponse r =
        call(post(ANALYSE).contentType(MediaType.APPLICATION_JSON).content(model), "member");
    assertThat(r.getStatus()).isEqualTo(400);
    JsonNode body = json.readTree(r.getContentAsString());
    assertThat(body.get("detail").asString())
        .isEqualTo("The model has 20 options; at most 16 can be analysed.");
    assertThat(body.at("/errors/0/field").asString()).isEqualTo("decisionMakers");
  }

  @Test
  void signingInIsNeeded() throws Exception {
    MockHttpServletResponse r =
        call(
            post(ANALYSE)
                .contentType(MediaType.APPLICATION_JSON)
                .content(StabilityExamples.TWO_PARTIES),
            null);
    assertThat(r.getStatus()).isEqualTo(401);
  }

  @Test
  void savedModelsAreKeptChangedAndDeletedWithVersions() throws Exception {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Test stability API " + System.nanoTime(), "Checks", false),
            null);
    String base = "/api/v1/areas/demo/partnerships/" + pid + "/conflict/stability";
    String body =
        "{\"title\": \"Who funds the post\", \"description\": \"First go\", \"model\": "
            + StabilityExamples.TWO_PARTIES
            + "}";

    MockHttpServletResponse denied =
        call(post(base).contentType(MediaType.APPLICATION_JSON).content(body), "member");
    assertThat(denied.getStatus()).isEqualTo(403);

    MockHttpServletResponse bad =
        call(
            post(base)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"onlyToYes\"", "\"never\"")),
            "admin");
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(json.readTree(bad.getContentAsString()).at("/errors/0/field").asString())
        .isEqualTo("model.decisionMakers[1].options[0].reversibility");
    MockHttpServletResponse untitled =
        call(
            post(base)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Who funds the post", " ")),
            "admin");
    assertThat(untitled.getStatus()).isEqualTo(400);
    assertThat(json.readTree(untitled.getContentAsString()).at("/errors/0/field").asString())
        .isEqualTo("title");
    assertThat(json.readTree(call(get(base), "member").getContentAsString()).get("total").asLong())
        .isZero();

    MockHttpServletResponse created =
        call(post(base).contentType(MediaType.APPLICATION_JSON).content(body), "admin");
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    JsonNode saved = json.readTree(created.getContentAsString());
    long id = saved.get("id").asLong();
    assertThat(created.getHeader("Location")).endsWith("/conflict/stability/" + id);
    assertThat(saved.get("version").asInt()).isZero();
    assertThat(saved.at("/model/statusQuo").asString()).isEqualTo("NN");

    JsonNode list = json.readTree(call(get(base), "member").getContentAsString());
    assertThat(list.at("/items/0/title").asString()).isEqualTo("Who funds the post");
    JsonNode result =
        json.readTree(call(get(base + "/" + id + "/result"), "member").getContentAsString());
    assertThat(strings(result.at("/equilibria/nash"))).containsExactly("NN", "NY");

    String change =
        "{\"title\": \"Who funds the post, revised\", \"version\": 0, \"model\": "
            + StabilityExamples.PRISONERS_DILEMMA
            + "}";
    MockHttpServletResponse changed =
        call(put(base + "/" + id).contentType(MediaType.APPLICATION_JSON).content(change), "admin");
    assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
    assertThat(json.readTree(changed.getContentAsString()).get("version").asInt()).isEqualTo(1);
    assertThat(json.readTree(changed.getContentAsString()).get("description").isNull()).isTrue();

    MockHttpServletResponse stale =
        call(put(base + "/" + id).contentType(MediaType.APPLICATION_JSON).content(change), "admin");
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(call(delete(base + "/" + id).param("version", "0"), "admin").getStatus())
        .isEqualTo(409);
    assertThat(call(delete(base + "/" + id).param("version", "1"), "member").getStatus())
        .isEqualTo(403);
    assertThat(call(delete(base + "/" + id).param("version", "1"), "admin").getStatus())
        .isEqualTo(204);
    assertThat(call(get(base + "/" + id), "member").getStatus()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select action from audit_entry where subject_type = 'stability-model'"
                        + " and subject_id = ? order by id")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("created", "updated", "deleted");
  }

  @Test
  void theOpenApiDescriptionCarriesTheWorkedExamples() throws Exception {
    MockHttpServletResponse r = call(get("/v3/api-docs"), null);
    assertThat(r.getStatus()).isEqualTo(200);
    JsonNode analyse =
        json.readTree(r.getContentAsString()).at("/paths/~1api~1v1~1conflict~1stability/post");
    assertThat(analyse.at("/requestBody/content/application~1json/examples").propertyNames())
        .containsExactly("twoParties", "prisonersDilemma", "youthOutreach");
    assertThat(analyse.get("description").asString()).contains("256 states");
  }
}
