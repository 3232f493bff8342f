package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.entente.IntegrationTest;
import org.entente.assessment.RoundFixtures.Fixture;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class HealthChecksApiTests {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Rounds rounds;
  @Autowired InstrumentLibrary library;

  Fixture f;
  InstrumentText instrument;

  @BeforeEach
  void setUp() {
    f = RoundFixtures.partnership(areas, register, structure, people, organisations);
    instrument = library.latest("audit-commission-governance").orElseThrow();
  }

  MvcResult call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
    if (user != null) {
      request.header("Authorization", "Bearer demo-" + user);
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request).andReturn();
  }

  JsonNode read(MvcResult r) throws Exception {
    return json.readTree(r.getResponse().getContentAsString());
  }

  String newRound() {
    return """
        {"area": "demo", "partnershipId": %d, "instrument": "%s", "closesOn": "%s",
         "anonymous": true, "bodyIds": [%d], "emails": ["api.%s@example.org"]}
        """
        .formatted(f.pid(), instrument.key(), LondonTime.today().plusDays(10), f.body(), f.tag());
  }

  String item(int n) {
    return instrument.dimensions().stream().flatMap(d -> d.items().stream()).toList().get(n).key();
  }

  @Test
  void officersStartARoundAndRespondentsAnswerWithTheirToken() throws Exception {
    MvcResult created = call(post("/api/v1/health-checks"), "admin", newRound());
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    JsonNode round = read(created);
    assertThat(round.get("state").asString()).isEqualTo("OPEN");
    assertThat(round.get("instrumentVersion").asInt()).isEqualTo(instrument.version());
    long id = round.get("id").asLong();

    String token = RoundFixtures.token(mail, "api." + f.tag() + "@example.org");
    String link = "/api/v1/health-checks/respond/" + token;
    int version = read(call(get(link), null, null)).get("version").asInt();

    String answers =
        """
        {"version": %d, "submit": false, "answers": [{"item": "%s", "value": 4},
         {"item": "%s", "dontKnow": true}]}
        """;
    MvcResult saved = call(put(link), null, answers.formatted(version, item(0), item(1)));
    assertThat(saved.getResponse().getStatus()).isEqualTo(200);
    assertThat(read(saved).get("answered").asInt()).isEqualTo(2);

    MvcResult stale = call(put(link), null, answers.formatted(version, item(0), item(1)));
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);

    int current = read(saved).get("version").asInt();
    MvcResult unknown =
        call(
            put(link),
            null,
            "{\"version\": %d, \"answers\": [{\"item\": \"no-such-item\", \"value\": 3}]}"
                .formatted(current));
    assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
    MvcResult offScale =
        call(
            put(link),
            null,
            "{\"version\": %d, \"answers\": [{\"item\": \"%s\", \"value\": 99}]}"
                .formatted(current, item(0)));
    assertThat(offScale.getResponse().getStatus()).isEqualTo(400);

    MvcResult submitted =
        call(
            put(link),
            null,
            "{\"version\": %d, \"submit\": true, \"answers\": [{\"item\": \"%s\", \"value\": 2}]}"
                .formatted(current, item(0)));
    assertThat(read(submitted).get("finished").asBoolean()).isTrue();

    JsonNode read = read(call(get("/api/v1/health-checks/" + id), "member", null));
    assertThat(read.get("counts").get("invited").asLong()).isEqualTo(4);
    assertThat(read.get("counts").get("finished").asLong()).isEqualTo(1);

    rounds.close(f.area().id(), id, rounds.round(f.area().id(), id).orElseThrow().version(), "t");
    MvcResult gone =
        call(
            put(link),
            null,
            "{\"version\": %d, \"answers\": []}".formatted(read(submitted).get("version").asInt()));
    assertThat(gone.getResponse().getStatus()).isEqualTo(410);
    assertThat(
            call(put("/api/v1/health-checks/respond/" + "B".repeat(43)), null, "{}")
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void membersCannotStartRoundsAndBadRoundsAreRefused() throws Exception {
    assertThat(call(post("/api/v1/health-checks"), "member", newRound()).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(call(post("/api/v1/health-checks"), null, newRound()).getResponse().getStatus())
        .isEqualTo(401);
    MvcResult past =
        call(
            post("/api/v1/health-checks"),
            "admin",
            newRound().replace(LondonTime.today().plusDays(10).toString(), "2020-01-01"));
    assertThat(past.getResponse().getStatus()).isEqualTo(400);
    assertThat(past.getResponse().getContentAsString()).contains("closesOn");
  }
}
