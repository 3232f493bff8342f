package org.entente.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partnership's risks through the JSON API, with the demo tokens. */
@IntegrationTest
class RisksApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired People people;

  AreaRef demo;
  long owner;
  String base;

  @BeforeEach
  void setUp() {
    demo = areas.require("demo");
    owner = people.all(demo.id()).get(0).id();
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Risk API Check " + System.nanoTime(), "Checks", false),
            null);
    base = "/api/v1/areas/demo/partnerships/" + pid + "/risks";
  }

  MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token)
      throws Exception {
    return mvc.perform(request.header("Authorization", "Bearer demo-" + token))
        .andReturn()
        .getResponse();
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

  String body(int il, int ii, int rl, int ri, Integer version) {
    return """
        {"title": "Police withdraw from outreach", "description": "Officers are pulled back",
         "kind": "PARTNERSHIP", "ownerId": %d, "inherentLikelihood": %d, "inherentImpact": %d,
         "residualLikelihood": %d, "residualImpact": %d, "controls": ["Quarterly review"],
         "reviewOn": "2031-01-15"%s}
        """
        .formatted(owner, il, ii, rl, ri, version == null ? "" : ", \"version\": " + version);
  }

  @Test
  void risksAreRecordedReadAndChangedWithVersions() throws Exception {
    MockHttpServletResponse created = send(post(base), "admin", body(4, 5, 3, 4, null));
    assertThat(created.getStatus()).isEqualTo(201);
    JsonNode risk = read(created);
    String location = created.getHeader("Location");
    assertThat(location).endsWith(base + "/" + risk.get("id").asLong());
    assertThat(risk.get("inherent").get("score").asInt()).isEqualTo(20);
    assertThat(risk.get("inherent").get("band").asString()).isEqualTo("RED");
    assertThat(risk.get("residual").get("band").asString()).isEqualTo("AMBER");

    JsonNode list = read(call(get(base), "member"));
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("title").asString()).isEqualTo("Police withdraw from outreach");

    String one = base + "/" + risk.get("id").asLong();
    int version = read(call(get(one), "scrutiny")).get("version").asInt();
    MockHttpServletResponse changed = send(put(one), "admin", body(4, 5, 2, 2, version));
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(read(changed).get("residual").get("band").asString()).isEqualTo("GREEN");
    assertThat(read(changed).get("version").asInt()).isGreaterThan(version);

    MockHttpServletResponse stale = send(put(one), "admin", body(4, 5, 1, 1, version));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(fieldsInError(send(put(one), "admin", body(4, 5, 1, 1, null))))
        .containsExactly("version");
  }

  @Test
  void badScoresAreProblems() throws Exception {
    assertThat(fieldsInError(send(post(base), "admin", body(6, 0, 1, 1, null))))
        .containsExactlyInAnyOrder("inherentLikelihood", "inherentImpact");
    MockHttpServletResponse above = send(post(base), "admin", body(2, 2, 3, 2, null));
    assertThat(fieldsInError(above)).containsExactly("residualLikelihood");
    assertThat(read(above).get("errors").get(0).get("message").asString())
        .isEqualTo("Residual likelihood must not be above the inherent likelihood of 2");
    assertThat(read(call(get(base), "member"))).isEmpty();
  }

  @Test
  void onlyWritersChangeTheRegister() throws Exception {
    assertThat(send(post(base), "member", body(3, 3, 2, 2, null)).getStatus()).isEqualTo(403);
    assertThat(send(post(base), "officer", body(3, 3, 2, 2, null)).getStatus()).isEqualTo(403);
    assertThat(call(get(base + "/999999"), "member").getStatus()).isEqualTo(404);
  }

  @Test
  void theOpenApiDescriptionDocumentsTheRisks() throws Exception {
    JsonNode paths =
        json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
            .get("paths");
    String risks = "/api/v1/areas/{area}/partnerships/{pid}/risks";
    assertThat(paths.has(risks)).isTrue();
    assertThat(paths.get(risks).has("get")).isTrue();
    assertThat(paths.get(risks).has("post")).isTrue();
    assertThat(paths.get(risks + "/{riskId}").has("put")).isTrue();
    assertThat(paths.get(risks + "/{riskId}").get("put").get("responses").has("409")).isTrue();
  }
}
