package org.entente.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bodies, seats and memberships through the JSON API, with the demo area's tokens. */
@IntegrationTest
class BodiesApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  AreaRef demo;

  @BeforeEach
  void setUp() {
    demo = areas.require("demo");
  }

  record Fixture(long pid, long bodyId, long seatId, long membership) {
    String bodies() {
      return "/api/v1/areas/demo/partnerships/" + pid + "/bodies";
    }

    String body() {
      return bodies() + "/" + bodyId;
    }

    String seat() {
      return body() + "/seats/" + seatId;
    }
  }

  /** A partnership of nobody's, with a board, one seat and its member. */
  Fixture fixture(boolean restricted) {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Test API bodies " + System.nanoTime(), "Checks", restricted),
            null);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    long seat =
        structure.addSeat(
            demo.id(),
            body,
            0,
            new Structure.SeatDetails("Voluntary sector", null, "VOLUNTARY", SeatRole.CHAIR, true));
    structure.appoint(
        demo.id(),
        body,
        1,
        seat,
        new Structure.Appointment(
            person(0), Capacity.MEMBER, 2, "VOLUNTARY", false, LocalDate.of(2025, 4, 1)),
        null);
    long membership = structure.body(demo.id(), body).orElseThrow().seats().get(0).member().id();
    return new Fixture(pid, body, seat, membership);
  }

  long person(int index) {
    return people.all(demo.id()).get(index).id();
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

  int version(Fixture f) {
    return structure.body(demo.id(), f.bodyId()).orElseThrow().version();
  }

  List<String> fieldsInError(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    List<String> fields = new ArrayList<>();
    read(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  @Test
  void everyRoleReadsBodiesSeatsAndMemberships() throws Exception {
    Fixture f = fixture(false);
    String personName = people.find(demo.id(), person(0)).orElseThrow().name();
    for (String reader : new String[] {"member", "scrutiny", "officer", "admin"}) {
      MockHttpServletResponse list = call(get(f.bodies()), reader);
      assertThat(list.getStatus()).isEqualTo(200);
      assertThat(read(list).get(0).get("name").asString()).isEqualTo("Board");

      JsonNode body = read(call(get(f.body()), reader));
      assertThat(body.get("kind").asString()).isEqualTo("BOARD");
      assertThat(body.get("version").asInt()).isEqualTo(2);
      assertThat(body.get("seats").get(0).get("member").get("personName").asString())
          .isEqualTo(personName);

      assertThat(read(call(get(f.body() + "/seats"), reader)).get(0).get("title").asString())
          .isEqualTo("Voluntary sector");
      assertThat(read(call(get(f.seat()), reader)).get("role").asString()).isEqualTo("CHAIR");
      assertThat(read(call(get(f.seat() + "/memberships"), reader))).hasSize(1);
      JsonNode membership = read(call(get(f.seat() + "/memberships/" + f.membership()), reader));
      assertThat(membership.get("from").asString()).isEqualTo("2025-04-01");
      assertThat(membership.get("tier").asInt()).isEqualTo(2);
    }
  }

  @Test
  void aRestrictedPartnershipsBodiesDoNotExistForAMember() throws Exception {
    Fixture f = fixture(true);
    for (String path : new String[] {f.bodies(), f.body(), f.seat(), f.seat() + "/memberships"}) {
      MockHttpServletResponse response = call(get(path), "member");
      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(call(get(path), "scrutiny").getStatus()).isEqualTo(200);
    }
    assertThat(
            send(post(f.bodies()), "member", "{\"name\":\"Hidden\",\"kind\":\"BOARD\"}")
                .getStatus())
        .isEqualTo(404);
    assertThat(structure.bodiesOf(demo.id(), f.pid())).hasSize(1);
  }

  @Test
  void membersAndOfficersOfOtherPartnershipsMayNotChangeBodies() throws Exception {
    Fixture f = fixture(false);
    int version = version(f);
    for (String writer : new String[] {"member", "scrutiny", "officer"}) {
      MockHttpServletResponse create =
          send(post(f.bodies()), writer, "{\"name\":\"Sneaky group\",\"kind\":\"BOARD\"}");
      assertThat(create.getStatus()).isEqualTo(403);
      assertThat(create.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(
              send(
                      put(f.body()),
                      writer,
                      "{\"name\":\"Renamed\",\"kind\":\"BOARD\",\"version\":" + version + "}")
                  .getStatus())
          .isEqualTo(403);
      assertThat(
              send(
                      post(f.body() + "/seats"),
                      writer,
                      "{\"title\":\"Extra\",\"sector\":\"PUBLIC\",\"role\":\"MEMBER\",\"version\":"
                          + version
                          + "}")
                  .getStatus())
          .isEqualTo(403);
      assertThat(
              send(
                      post(f.seat() + "/end"),
                      writer,
                      "{\"lastDay\":\"2026-01-31\",\"version\":" + version + "}")
                  .getStatus())
          .isEqualTo(403);
      // even a request that is wrong in itself is refused for the role first
      assertThat(send(post(f.bodies()), writer, "{}").getStatus()).isEqualTo(403);
    }
    BodyView body = structure.body(demo.id(), f.bodyId()).orElseThrow();
    assertThat(body.name()).isEqualTo("Board");
    assertThat(body.version()).isEqualTo(version);
    assertThat(body.seats()).hasSize(1);
    assertThat(body.seats().get(0).member()).isNotNull();
    assertThat(structure.bodiesOf(demo.id(), f.pid())).hasSize(1);
  }

  @Test
  void anAdministratorBuildsABodySeatBySeat() throws Exception {
    Fixture f = fixture(false);

    MockHttpServletResponse created =
        send(
            post(f.bodies()),
            "admin",
            "{\"name\":\"Task group\",\"kind\":\"DELIVERY_GROUP\",\"endDate\":\"2025-03-31\"}");
    assertThat(created.getStatus()).isEqualTo(201);
    String location = created.getHeader("Location");
    long bodyId = read(created).get("id").asLong();
    assertThat(location).endsWith(f.bodies() + "/" + bodyId);
    assertThat(read(created).get("layer").asString()).isEqualTo("OPERATIONAL");
    assertThat(read(call(get(location), "member")).get("warnings").toString())
        .contains("PAST_END_DATE");

    MockHttpServletResponse renewed =
        send(
            put(location),
            "admin",
            "{\"name\":\"Task group\",\"kind\":\"DELIVERY_GROUP\",\"endDate\":\"2027-03-31\","
                + "\"version\":0}");
    assertThat(renewed.getStatus()).isEqualTo(200);
    assertThat(read(renewed).get("version").asInt()).isEqualTo(1);
    assertThat(read(renewed).get("endDate").asString()).isEqualTo("2027-03-31");
    assertThat(read(renewed).get("warnings").toString()).doesNotContain("PAST_END_DATE");

    MockHttpServletResponse seat =
        send(
            post(location + "/seats"),
            "admin",
            "{\"title\":\"Police\",\"sector\":\"PUBLIC\",\"role\":\"MEMBER\",\"version\":1}");
    assertThat(seat.getStatus()).isEqualTo(201);
    String seatLocation = seat.getHeader("Location");
    JsonNode seatRead = read(call(get(seatLocation), "member"));
    assertThat(seatRead.get("title").asString()).isEqualTo("Police");
    assertThat(seatRead.get("voting").asBoolean()).isTrue();
    long seatId = seatRead.get("id").asLong();

    MockHttpServletResponse appointed =
        send(
            post(seatLocation + "/appoint"),
            "admin",
            "{\"personId\":"
                + person(1)
                + ",\"tier\":2,\"sector\":\"PUBLIC\",\"from\":\"2026-01-05\",\"version\":2}");
    assertThat(appointed.getStatus()).isEqualTo(201);
    String membershipLocation = appointed.getHeader("Location");
    assertThat(membershipLocation).contains("/seats/" + seatId + "/memberships/");
    assertThat(read(call(get(membershipLocation), "member")).get("personId").asLong())
        .isEqualTo(person(1));

    MockHttpServletResponse replaced =
        send(
            post(seatLocation + "/appoint"),
            "admin",
            "{\"personId\":"
                + person(2)
                + ",\"tier\":1,\"sector\":\"PUBLIC\",\"from\":\"2026-06-01\","
                + "\"reason\":\"Moved to another force\",\"version\":3}");
    assertThat(replaced.getStatus()).isEqualTo(201);
    JsonNode history = read(call(get(seatLocation + "/memberships"), "member"));
    assertThat(history).hasSize(2);
    assertThat(history.toString()).contains("Moved to another force", "2026-05-31");
    assertThat(read(call(get(seatLocation), "member")).get("member").get("personId").asLong())
        .isEqualTo(person(2));

    MockHttpServletResponse ended =
        send(
            post(seatLocation + "/end"),
            "admin",
            "{\"capacity\":\"MEMBER\",\"lastDay\":\"2026-09-30\",\"reason\":\"Retired\","
                + "\"version\":4}");
    assertThat(ended.getStatus()).isEqualTo(200);
    assertThat(read(call(get(seatLocation), "member")).get("member").isNull()).isTrue();

    MockHttpServletResponse abolished =
        send(post(seatLocation + "/abolish"), "admin", "{\"from\":\"2026-10-01\",\"version\":5}");
    assertThat(abolished.getStatus()).isEqualTo(200);
    assertThat(read(abolished).get("version").asInt()).isEqualTo(6);
    assertThat(read(call(get(seatLocation), "member")).get("abolishedOn").asString())
        .isEqualTo("2026-10-01");
  }

  @Test
  void theOfficerOfAPartnershipAddsItsBodies() throws Exception {
    long pid =
        jdbc.sql("select id from partnership where area_id = :a and name = :n")
            .param("a", demo.id())
            .param("n", "Domestic Abuse Delivery Group")
            .query(Long.class)
            .single();
    String name = "Refuge commissioning group " + System.nanoTime();
    MockHttpServletResponse created =
        send(
            post("/api/v1/areas/demo/partnerships/" + pid + "/bodies"),
            "officer",
            "{\"name\":\"" + name + "\",\"kind\":\"DELIVERY_GROUP\",\"endDate\":\"2027-12-31\"}");
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(structure.bodiesOf(demo.id(), pid)).anyMatch(b -> b.name().equals(name));
  }

  @Test
  void badInputNamesTheFieldsAndSavesNothing() throws Exception {
    Fixture f = fixture(false);
    int version = version(f);

    MockHttpServletResponse empty = send(post(f.bodies()), "admin", "{}");
    assertThat(fieldsInError(empty)).contains("name", "kind");
    assertThat(read(empty).get("errors").toString()).contains("Enter the name of the body");

    assertThat(fieldsInError(send(post(f.bodies()), "admin", "{\"name\":\"X\",\"kind\":\"BIG\"}")))
        .containsExactly("kind");
    assertThat(
            fieldsInError(
                send(post(f.bodies()), "admin", "{\"name\":\"Board\",\"kind\":\"BOARD\"}")))
        .containsExactly("name");
    assertThat(
            fieldsInError(
                send(
                    post(f.bodies()),
                    "admin",
                    "{\"name\":\"" + "x".repeat(201) + "\",\"kind\":\"BOARD\"}")))
        .containsExactly("name");
    assertThat(
            fieldsInError(send(put(f.body()), "admin", "{\"name\":\"Board\",\"kind\":\"BOARD\"}")))
        .containsExactly("version");

    assertThat(
            fieldsInError(
                send(
                    post(f.body() + "/seats"),
                    "admin",
                    "{\"title\":\" \",\"role\":\"MEMBER\",\"version\":" + version + "}")))
        .contains("title", "organisationId");

    MockHttpServletResponse appoint =
        send(
            post(f.seat() + "/appoint"),
            "admin",
            "{\"personId\":"
                + person(1)
                + ",\"tier\":7,\"from\":\"2026-02-30\",\"version\":"
                + version
                + "}");
    assertThat(fieldsInError(appoint)).containsExactly("from");
    appoint =
        send(
            post(f.seat() + "/appoint"),
            "admin",
            "{\"personId\":" + person(1) + ",\"tier\":7,\"version\":" + version + "}");
    assertThat(fieldsInError(appoint)).contains("tier", "sector", "from");
    assertThat(read(appoint).get("errors").toString()).contains("Select the seniority tier");
    appoint =
        send(
            post(f.seat() + "/appoint"),
            "admin",
            "{\"personId\":"
                + person(1)
                + ",\"tier\":2,\"sector\":\"PUBLIC\",\"from\":\"2025-01-01\",\"version\":"
                + version
                + "}");
    assertThat(fieldsInError(appoint)).containsExactly("from");
    appoint =
        send(
            post(f.seat() + "/appoint"),
            "admin",
            "{\"personId\":999999999,\"tier\":2,\"sector\":\"PUBLIC\",\"from\":\"2026-01-01\","
                + "\"version\":"
                + version
                + "}");
    assertThat(fieldsInError(appoint)).containsExactly("personId");
    assertThat(
            fieldsInError(
                send(
                    post(f.seat() + "/end"),
                    "admin",
                    "{\"capacity\":\"DEPUTY\",\"lastDay\":\"2026-01-31\",\"version\":"
                        + version
                        + "}")))
        .containsExactly("capacity");
    MockHttpServletResponse notJson = send(post(f.bodies()), "admin", "not json");
    assertThat(notJson.getStatus()).isEqualTo(400);
    assertThat(notJson.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);

    BodyView body = structure.body(demo.id(), f.bodyId()).orElseThrow();
    assertThat(body.version()).isEqualTo(version);
    assertThat(body.seats()).hasSize(1);
    assertThat(body.seats().get(0).history()).hasSize(1);
    assertThat(structure.bodiesOf(demo.id(), f.pid())).hasSize(1);
  }

  @Test
  void aStaleVersionIsAConflictAndSavesNothing() throws Exception {
    Fixture f = fixture(false);
    int stale = version(f) - 1;
    MockHttpServletResponse update =
        send(
            put(f.body()),
            "admin",
            "{\"name\":\"Renamed\",\"kind\":\"BOARD\",\"version\":" + stale + "}");
    assertThat(update.getStatus()).isEqualTo(409);
    assertThat(update.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(read(update).get("title").asString()).isEqualTo("Changed by someone else");
    assertThat(
            send(
                    post(f.body() + "/seats"),
                    "admin",
                    "{\"title\":\"Extra\",\"sector\":\"PUBLIC\",\"role\":\"MEMBER\",\"version\":"
                        + stale
                        + "}")
                .getStatus())
        .isEqualTo(409);
    assertThat(
            send(
                    post(f.seat() + "/appoint"),
                    "admin",
                    "{\"personId\":"
                        + person(1)
                        + ",\"tier\":2,\"sector\":\"PUBLIC\",\"from\":\"2026-06-01\",\"version\":"
                        + stale
                        + "}")
                .getStatus())
        .isEqualTo(409);
    assertThat(
            send(
                    post(f.seat() + "/abolish"),
                    "admin",
                    "{\"from\":\"2026-06-01\",\"version\":" + stale + "}")
                .getStatus())
        .isEqualTo(409);
    BodyView body = structure.body(demo.id(), f.bodyId()).orElseThrow();
    assertThat(body.name()).isEqualTo("Board");
    assertThat(body.seats()).hasSize(1);
    assertThat(body.seats().get(0).abolishedOn()).isNull();
    assertThat(body.seats().get(0).history()).hasSize(1);
  }

  @Test
  void whatDoesNotExistIsNotFound() throws Exception {
    Fixture f = fixture(false);
    Fixture other = fixture(false);
    for (String path :
        new String[] {
          f.bodies() + "/999999999",
          f.body() + "/seats/999999999",
          f.seat() + "/memberships/999999999",
          // a body of another partnership is not found under this one
          f.bodies() + "/" + other.bodyId(),
          "/api/v1/areas/demo/partnerships/999999999/bodies"
        }) {
      MockHttpServletResponse response = call(get(path), "admin");
      assertThat(response.getStatus()).as(path).isEqualTo(404);
      assertThat(read(response).get("title").asString()).isEqualTo("Not found");
    }
    assertThat(
            send(
                    put(f.bodies() + "/" + other.bodyId()),
                    "admin",
                    "{\"name\":\"Taken over\",\"kind\":\"BOARD\",\"version\":2}")
                .getStatus())
        .isEqualTo(404);
    assertThat(structure.body(demo.id(), other.bodyId()).orElseThrow().name()).isEqualTo("Board");
  }
}
