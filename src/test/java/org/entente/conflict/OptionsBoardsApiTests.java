package org.entente.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import org.entente.IntegrationTest;
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
import tools.jackson.databind.node.ObjectNode;

/** Options boards through the JSON API: the dilemmas endpoint and saved boards per partnership. */
@IntegrationTest
class OptionsBoardsApiTests {

  static final String DILEMMAS = "/api/v1/conflict/dilemmas";

  static final String TWO =
      """
      {"characters": [{"name": "A", "options": [{"name": "a", "reversibility": "both"}]},
                      {"name": "B", "options": [{"name": "b", "reversibility": "both"}]}],
       "positions": {"A": "%s", "B": "%s"}, "statedIntentions": "%s",
       "preferences": {"A": {"statements": ["%s"]}, "B": {"statements": ["%s"]}},
       "doubts": [%s]}
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

  MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, String body)
      throws Exception {
    return call(request.contentType(MediaType.APPLICATION_JSON).content(body), token);
  }

  JsonNode read(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString());
  }

  List<String> fieldsInError(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    List<String> fields = new ArrayList<>();
    read(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  List<String> dilemmas(JsonNode result) {
    List<String> out = new ArrayList<>();
    result
        .get("dilemmas")
        .forEach(
            d ->
                out.add(
                    d.get("character").asString()
                        + " "
                        + d.get("type").asString()
                        + " "
                        + (d.get("towards").isNull() ? "-" : d.get("towards").asString())));
    return out;
  }

  JsonNode dilemmas(String a, String b, String t, String prefA, String prefB, String doubts)
      throws Exception {
    MockHttpServletResponse r =
        send(post(DILEMMAS), "member", TWO.formatted(a, b, t, prefA, prefB, doubts));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    return read(r);
  }

  @Test
  void anySignedInUserSeesTheDilemmasOfABoardAndNothingIsSaved() throws Exception {
    long before = jdbc.sql("select count(*) from conflict_board").query(Long.class).single();
    JsonNode persuasion = dilemmas("-Y", "NN", "NN", "N-", "-N", "");
    assertThat(persuasion.get("mode").asString()).isEqualTo("crisis");
    assertThat(dilemmas(persuasion)).contains("A persuasion B");
    assertThat(persuasion.get("dilemmas").get(0).get("explanation").asString())
        .contains("does not prefer");

    assertThat(dilemmas(dilemmas("NY", "YN", "NN", "Y-", "--", "")))
        .contains("A rejection B", "A threat -", "A positioning B");
    assertThat(dilemmas(dilemmas("NY", "YN", "NN", "N-", "--", "")))
        .doesNotContain("A rejection B", "A threat -", "A positioning B");

    JsonNode agreed = dilemmas("YY", "YY", "NN", "Y-", "-Y", "{\"by\": \"A\", \"about\": \"B\"}");
    assertThat(agreed.get("mode").asString()).isEqualTo("commitment");
    assertThat(dilemmas(agreed)).containsExactly("A trust B");
    assertThat(dilemmas(dilemmas("YY", "YY", "NN", "N-", "-N", "")))
        .containsExactly("A cooperation -", "A trust B", "B cooperation -", "B trust A");
    assertThat(jdbc.sql("select count(*) from conflict_board").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void theDocumentedExampleIsWhatTheServiceAnswers() throws Exception {
    JsonNode docs = read(call(get("/v3/api-docs"), null));
    JsonNode operation = docs.get("paths").get(DILEMMAS).get("post");
    JsonNode request =
        operation
            .get("requestBody")
            .get("content")
            .get("application/json")
            .get("examples")
            .get("youthOutreach")
            .get("value");
    JsonNode documented =
        operation
            .get("responses")
            .get("200")
            .get("content")
            .get("*/*")
            .get("examples")
            .get("youthOutreach")
            .get("value");
    MockHttpServletResponse r = send(post(DILEMMAS), "scrutiny", json.writeValueAsString(request));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(read(r)).isEqualTo(documented);
    assertThat(dilemmas(documented)).contains("County Council persuasion Police");
  }

  @Test
  void badModelsAreRefusedNamingTheFieldAtFault() throws Exception {
    String unknown =
        TWO.formatted("Y-", "-Y", "NN", "Y-", "-Y", "")
            .replace("\"B\": {\"statements\"", "\"Fire\": {\"statements\"");
    assertThat(fieldsInError(send(post(DILEMMAS), "member", unknown)))
        .containsExactly("preferences.Fire", "preferences.B");
    assertThat(
            fieldsInError(
                send(post(DILEMMAS), "member", TWO.formatted("Y", "-Y", "NN", "Y-", "-Y", ""))))
        .containsExactly("positions.A");
    assertThat(
            fieldsInError(
                send(
                    post(DILEMMAS),
                    "member",
                    TWO.formatted("Y-", "-Y", "NN", "Y-", "-Y", "")
                        .replaceFirst("\"both\"", "\"sometimes\""))))
        .containsExactly("characters[0].options[0].reversibility");
    MockHttpServletResponse lonely =
        send(
            post(DILEMMAS),
            "member",
            "{\"characters\": [{\"name\": \"A\", \"options\": [{\"name\": \"a\"}]}],"
                + " \"positions\": {\"A\": \"Y\"}, \"statedIntentions\": \"N\","
                + " \"preferences\": {\"A\": {\"statements\": [\"Y\"]}}}");
    assertThat(fieldsInError(lonely)).containsExactly("characters");
    assertThat(read(lonely).get("errors").get(0).get("message").asString())
        .isEqualTo("An options board needs at least two characters.");
    assertThat(send(post(DILEMMAS), "member", "{\"characters\": 3}").getStatus()).isEqualTo(400);
  }

  @Test
  void signingInIsNeeded() throws Exception {
    assertThat(
            send(post(DILEMMAS), null, TWO.formatted("YY", "YY", "NN", "Y-", "-Y", "")).getStatus())
        .isEqualTo(401);
    assertThat(call(get("/api/v1/areas/demo/partnerships/1/conflict/boards"), null).getStatus())
        .isEqualTo(401);
  }

  @Test
  void boardsAreSavedReadChangedAndDeletedWithTheirVersions() throws Exception {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Test boards API " + System.nanoTime(), "Checks", false),
            null);
    String boards = "/api/v1/areas/demo/partnerships/" + pid + "/conflict/boards";
    ObjectNode body = json.createObjectNode();
    body.put("title", "Who funds the post");
    body.put("description", "Youth outreach");
    body.set("model", json.readTree(TWO.formatted("-Y", "NN", "NN", "N-", "-N", "")));

    assertThat(send(post(boards), "member", json.writeValueAsString(body)).getStatus())
        .isEqualTo(403);
    MockHttpServletResponse created = send(post(boards), "admin", json.writeValueAsString(body));
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    JsonNode board = read(created);
    long id = board.get("id").asLong();
    assertThat(created.getHeader("Location")).endsWith(boards + "/" + id);
    assertThat(board.get("result").get("mode").asString()).isEqualTo("crisis");
    assertThat(dilemmas(board.get("result"))).contains("A persuasion B");
    assertThat(board.get("model")).isEqualTo(body.get("model"));

    JsonNode list = read(call(get(boards), "member"));
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("title").asString()).isEqualTo("Who funds the post");
    MockHttpServletResponse file = call(get(boards + "/" + id + "/model"), "scrutiny");
    assertThat(file.getHeader("Content-Disposition")).contains("attachment");
    assertThat(read(file)).isEqualTo(body.get("model"));

    int version = board.get("version").asInt();
    body.put("title", "Who funds the outreach post");
    body.set("model", json.readTree(TWO.formatted("YY", "YY", "NN", "Y-", "-Y", "")));
    body.put("version", version);
    MockHttpServletResponse changed =
        send(put(boards + "/" + id), "admin", json.writeValueAsString(body));
    assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
    assertThat(read(changed).get("version").asInt()).isEqualTo(version + 1);
    assertThat(read(changed).get("result").get("mode").asString()).isEqualTo("commitment");

    MockHttpServletResponse stale =
        send(put(boards + "/" + id), "admin", json.writeValueAsString(body));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(
            call(delete(boards + "/" + id).param("version", String.valueOf(version)), "admin")
                .getStatus())
        .isEqualTo(409);
    assertThat(
            call(delete(boards + "/" + id).param("version", String.valueOf(version + 1)), "member")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            call(delete(boards + "/" + id).param("version", String.valueOf(version + 1)), "admin")
                .getStatus())
        .isEqualTo(204);
    assertThat(call(get(boards + "/" + id), "admin").getStatus()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select string_agg(action, ',' order by id) from audit_entry"
                        + " where subject_type = 'options board' and subject_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("created,updated,deleted");
  }

  @Test
  void anUnfinishedBoardIsSavedButABadOneIsNot() throws Exception {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Test boards API bad " + System.nanoTime(), "Checks", false),
            null);
    String boards = "/api/v1/areas/demo/partnerships/" + pid + "/conflict/boards";
    MockHttpServletResponse unfinished =
        send(
            post(boards),
            "admin",
            "{\"title\": \"Draft\", \"model\": {\"characters\": [{\"name\": \"Council\", \"options\": []}],"
                + " \"statedIntentions\": \"\"}}");
    assertThat(unfinished.getStatus()).as(unfinished.getContentAsString()).isEqualTo(201);
    assertThat(read(unfinished).get("result").isNull()).isTrue();

    assertThat(
            fieldsInError(
                send(
                    post(boards),
                    "admin",
                    "{\"title\": \" \", \"model\": {\"characters\": [{\"name\": \"Council\", \"options\": [{\"name\": \"Fund\"}]}],"
                        + " \"positions\": {\"Council\": \"YN\"}, \"statedIntentions\": \"N\"}}")))
        .containsExactly("title", "model.positions.Council");
    long id = read(unfinished).get("id").asLong();
    assertThat(
            fieldsInError(
                send(
                    put(boards + "/" + id),
                    "admin",
                    "{\"title\": \"Draft\", \"model\": {\"doubts\": [{\"by\": \"Council\", \"about\": \"Police\"}]}}")))
        .contains("version", "model.doubts[0].by");
    assertThat(read(call(get(boards), "admin"))).hasSize(1);
  }
}
