package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InstrumentsApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  private MvcResult call(String path, String user) throws Exception {
    var request = get(path);
    if (user != null) {
      request.header("Authorization", "Bearer demo-" + user);
    }
    return mvc.perform(request).andReturn();
  }

  @Test
  void anySignedInUserCanListTheLibraryAndReadAnInstrument() throws Exception {
    JsonNode list =
        json.readTree(
            call("/api/v1/health-checks/instruments", "member").getResponse().getContentAsString());
    assertThat(list.size()).isGreaterThanOrEqualTo(19);
    JsonNode audit = null;
    for (JsonNode entry : list) {
      if (entry.get("key").asString().equals("audit-commission-governance")) {
        audit = entry;
      }
    }
    assertThat(audit).isNotNull();
    assertThat(audit.get("source").asString()).contains("Governing partnerships");
    assertThat(audit.get("dimensions").asInt()).isEqualTo(8);
    assertThat(audit.get("versions").get(0).asInt()).isEqualTo(audit.get("version").asInt());

    JsonNode one =
        json.readTree(
            call("/api/v1/health-checks/instruments/partnership-audit?version=1", "scrutiny")
                .getResponse()
                .getContentAsString());
    assertThat(one.get("version").asInt()).isEqualTo(1);
    assertThat(one.get("dimensions").size()).isEqualTo(9);
    assertThat(one.get("dimensions").get(0).get("items").size()).isPositive();
    assertThat(one.get("scoring").get("scale").get("max").asInt()).isEqualTo(4);
  }

  @Test
  void unknownInstrumentsAndVersionsAreNotFoundAndStrangersAreRefused() throws Exception {
    assertThat(
            call("/api/v1/health-checks/instruments/no-such-thing", "member")
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            call("/api/v1/health-checks/instruments/partnership-audit?version=999", "member")
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(call("/api/v1/health-checks/instruments", null).getResponse().getStatus())
        .isEqualTo(401);
  }
}
