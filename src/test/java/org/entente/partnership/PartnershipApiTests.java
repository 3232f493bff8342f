package org.entente.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The register as JSON, over real HTTP with personal tokens. */
@IntegrationTest
class PartnershipApiTests {

  @LocalServerPort int port;
  @Autowired JsonMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void listsPartnershipsPagedWithAToken() throws Exception {
    HttpResponse<String> response =
        get("/api/v1/areas/demo/partnerships?size=5&page=2&sort=name", "demo-member");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("items")).hasSize(5);
    assertThat(body.get("page").asInt()).isEqualTo(2);
    assertThat(body.get("total").asInt()).isGreaterThanOrEqualTo(25);
    assertThat(body.get("items").get(0).has("formality")).isTrue();
  }

  @Test
  void showsOnePartnershipWithItsCostsAndHistory() throws Exception {
    JsonNode page =
        json.readTree(
            get("/api/v1/areas/demo/partnerships?q=Safer%20Shires%20Community", "demo-admin")
                .body());
    long id = page.get("items").get(0).get("id").asLong();
    HttpResponse<String> response = get("/api/v1/areas/demo/partnerships/" + id, "demo-admin");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode p = json.readTree(response.body());
    assertThat(p.get("details").get("name").asText())
        .isEqualTo("Safer Shires Community Safety Partnership");
    assertThat(p.get("costs")).isNotEmpty();
    assertThat(p.get("stageHistory")).isNotEmpty();
  }

  @Test
  void errorsAreProblemJson() throws Exception {
    HttpResponse<String> missing = get("/api/v1/areas/demo/partnerships/999999999", "demo-admin");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(json.readTree(missing.body()).get("title").asText()).isEqualTo("Not found");

    HttpResponse<String> badToken = get("/api/v1/areas/demo/partnerships", "not-a-token");
    assertThat(badToken.statusCode()).isEqualTo(401);
    assertThat(badToken.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");

    HttpResponse<String> badFilter =
        get("/api/v1/areas/demo/partnerships?formality=NONSENSE", "demo-admin");
    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badFilter.body()).get("detail").asText()).contains("formality");
  }

  @Test
  void theApiIsDescribedByOpenApi() throws Exception {
    HttpResponse<String> docs = get("/v3/api-docs", null);
    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode paths = json.readTree(docs.body()).get("paths");
    assertThat(paths.has("/api/v1/areas/{area}/partnerships")).isTrue();
    assertThat(paths.has("/api/v1/areas/{area}/partnerships/{id}")).isTrue();
    assertThat(get("/api", null).statusCode()).isIn(200, 302);
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
