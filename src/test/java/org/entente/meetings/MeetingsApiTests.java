package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
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

/** Meetings, attendance, decisions and actions through the JSON API, with the demo tokens. */
@IntegrationTest
class MeetingsApiTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired Actions actions;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  AreaRef demo;

  @BeforeEach
  void setUp() {
    demo = areas.require("demo");
  }

  record Fixture(long pid, long bodyId, long seatId, long meetingId, long actionId) {
    String partnership() {
      return "/api/v1/areas/demo/partnerships/" + pid;
    }

    String meetings() {
      return partnership() + "/meetings";
    }

    String meeting() {
      return meetings() + "/" + meetingId;
    }

    String action() {
      return partnership() + "/actions/" + actionId;
    }
  }

  /** A partnership of nobody's, with a board of one seat, a meeting and an action. */
  Fixture fixture(boolean restricted) {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal(
                "Test API meetings " + System.nanoTime(), "Checks", restricted),
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
            new Structure.SeatDetails(
                "Voluntary sector", null, "VOLUNTARY", SeatRole.MEMBER, true));
    long meeting =
        meetings.schedule(
            demo.id(),
            pid,
            new Meetings.Schedule(body, LocalDateTime.of(2026, 6, 18, 14, 0), "County Hall"));
    long action =
        actions.raise(
            demo.id(),
            pid,
            meeting,
            new Actions.ActionDetails(
                "Map refuge places " + pid, person(0), LocalDate.of(2026, 7, 1)));
    return new Fixture(pid, body, seat, meeting, action);
  }

  long person(int index) {
    return people.all(demo.id()).get(index).id();
  }

  MeetingView meeting(Fixture f) {
    return meetings.meeting(demo.id(), f.meetingId()).orElseThrow();
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

  @Test
  void everyRoleReadsMeetingsAndActions() throws Exception {
    Fixture f = fixture(false);
    meetings.addAgendaItem(demo.id(), f.meetingId(), 0, "Refuge capacity", "Chair");
    MeetingView m = meeting(f);
    long item = m.agenda().get(0).id();
    meetings.recordDecision(
        demo.id(),
        f.meetingId(),
        1,
        new Meetings.DecisionDetails(
            item,
            "Commission ten more places",
            DecisionLayer.STRATEGIC,
            Agreement.AGREED_BY_ALL,
            null));
    meetings.recordAttendance(
        demo.id(),
        f.meetingId(),
        2,
        List.of(new Meetings.SeatAttendance(f.seatId(), AttendanceStatus.APOLOGIES, null, null)));
    long decision = meeting(f).decisions().get(0).id();
    actions.progress(demo.id(), f.actionId(), 0, ActionStatus.IN_PROGRESS, "Survey sent", "Test");

    for (String reader : new String[] {"member", "scrutiny", "officer", "admin"}) {
      assertThat(read(call(get(f.meetings()), reader)).get(0).get("place").asString())
          .isEqualTo("County Hall");
      JsonNode meeting = read(call(get(f.meeting()), reader));
      assertThat(meeting.get("bodyName").asString()).isEqualTo("Board");
      assertThat(meeting.get("status").asString()).isEqualTo("SCHEDULED");
      assertThat(meeting.get("papersDueOn").asString()).isEqualTo("2026-06-10");
      assertThat(meeting.get("version").asInt()).isEqualTo(3);
      assertThat(read(call(get(f.meeting() + "/agenda"), reader)).get(0).get("title").asString())
          .isEqualTo("Refuge capacity");
      assertThat(
              read(call(get(f.meeting() + "/agenda/" + item), reader)).get("presenter").asString())
          .isEqualTo("Chair");
      assertThat(
              read(call(get(f.meeting() + "/attendance"), reader)).get(0).get("status").asString())
          .isEqualTo("APOLOGIES");
      assertThat(read(call(get(f.meeting() + "/decisions"), reader))).hasSize(1);
      assertThat(
              read(call(get(f.meeting() + "/decisions/" + decision), reader))
                  .get("agreement")
                  .asString())
          .isEqualTo("AGREED_BY_ALL");

      JsonNode action = read(call(get(f.action()), reader));
      assertThat(action.get("status").asString()).isEqualTo("IN_PROGRESS");
      assertThat(action.get("meetingId").asLong()).isEqualTo(f.meetingId());
      assertThat(read(call(get(f.action() + "/progress"), reader)).get(0).get("text").asString())
          .isEqualTo("Survey sent");
      JsonNode page = read(call(get(f.partnership() + "/actions?show=ALL"), reader));
      assertThat(page.get("total").asInt()).isEqualTo(1);
      assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(f.actionId());
      JsonNode area =
          read(call(get("/api/v1/areas/demo/actions?show=ALL&partnership=" + f.pid()), reader));
      assertThat(area.get("items").get(0).get("description").asString())
          .startsWith("Map refuge places");
      assertThat(area.has("totalPages")).isTrue();
    }
    JsonNode paged = read(call(get("/api/v1/areas/demo/actions?show=ALL&size=1&page=2"), "admin"));
    assertThat(paged.get("page").asInt()).isEqualTo(2);
    assertThat(paged.get("size").asInt()).isEqualTo(1);
    assertThat(paged.get("items")).hasSize(1);
  }

  @Test
  void aRestrictedPartnershipsMeetingsAndActionsDoNotExistForAMember() throws Exception {
    Fixture f = fixture(true);
    for (String path :
        new String[] {
          f.meetings(),
          f.meeting(),
          f.meeting() + "/attendance",
          f.action(),
          f.partnership() + "/actions"
        }) {
      assertThat(call(get(path), "member").getStatus()).as(path).isEqualTo(404);
      assertThat(call(get(path), "scrutiny").getStatus()).as(path).isEqualTo(200);
    }
    assertThat(
            call(get("/api/v1/areas/demo/actions?show=ALL&size=100"), "member")
                .getContentAsString())
        .doesNotContain("Map refuge places " + f.pid());
    assertThat(
            call(get("/api/v1/areas/demo/actions?show=ALL&partnership=" + f.pid()), "member")
                .getStatus())
        .isEqualTo(404);
    assertThat(
            send(post(f.meeting() + "/agenda"), "member", "{\"title\":\"Hidden\",\"version\":0}")
                .getStatus())
        .isEqualTo(404);
    assertThat(meeting(f).agenda()).isEmpty();
  }

  @Test
  void membersAndOfficersOfOtherPartnershipsMayNotChangeMeetingsOrActions() throws Exception {
    Fixture f = fixture(false);
    for (String writer : new String[] {"member", "scrutiny", "officer"}) {
      MockHttpServletResponse schedule =
          send(
              post(f.meetings()),
              writer,
              "{\"bodyId\":"
                  + f.bodyId()
                  + ",\"startsAt\":\"2026-07-01T10:00\",\"place\":\"Online\"}");
      assertThat(schedule.getStatus()).isEqualTo(403);
      assertThat(schedule.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      assertThat(
              send(post(f.meeting() + "/agenda"), writer, "{\"title\":\"Sneaky\",\"version\":0}")
                  .getStatus())
          .isEqualTo(403);
      assertThat(
              send(
                      put(f.meeting() + "/attendance"),
                      writer,
                      "{\"seats\":[{\"seatId\":"
                          + f.seatId()
                          + ",\"status\":\"PRESENT\"}],\"version\":0}")
                  .getStatus())
          .isEqualTo(403);
      assertThat(
              send(
                      post(f.meeting() + "/decisions"),
                      writer,
                      "{\"text\":\"Sneaky\",\"layer\":\"STRATEGIC\",\"agreement\":\"AGREED_BY_ALL\","
                          + "\"version\":0}")
                  .getStatus())
          .isEqualTo(403);
      assertThat(send(post(f.meeting() + "/cancel"), writer, "{\"version\":0}").getStatus())
          .isEqualTo(403);
      assertThat(
              send(
                      post(f.partnership() + "/actions"),
                      writer,
                      "{\"description\":\"Sneaky\",\"ownerId\":"
                          + person(0)
                          + ",\"dueOn\":\"2026-08-01\"}")
                  .getStatus())
          .isEqualTo(403);
      assertThat(
              send(post(f.action() + "/progress"), writer, "{\"status\":\"DONE\",\"version\":0}")
                  .getStatus())
          .isEqualTo(403);
    }
    MeetingView m = meeting(f);
    assertThat(m.version()).isZero();
    assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(m.agenda()).isEmpty();
    assertThat(m.attendance()).isEmpty();
    assertThat(m.decisions()).isEmpty();
    assertThat(meetings.meetingsOf(demo.id(), f.pid())).hasSize(1);
    assertThat(actions.action(demo.id(), f.actionId()).orElseThrow().status())
        .isEqualTo(ActionStatus.OPEN);
    assertThat(actions.ofMeeting(demo.id(), f.meetingId(), LocalDate.of(2026, 6, 18))).hasSize(1);
  }

  @Test
  void anAdministratorRunsAMeetingFromScheduleToActions() throws Exception {
    Fixture f = fixture(false);
    MockHttpServletResponse scheduled =
        send(
            post(f.meetings()),
            "admin",
            "{\"bodyId\":"
                + f.bodyId()
                + ",\"startsAt\":\"2026-12-29T10:00\",\"place\":\"Committee Room 2\"}");
    assertThat(scheduled.getStatus()).isEqualTo(201);
    String meeting = scheduled.getHeader("Location");
    JsonNode created = read(scheduled);
    assertThat(meeting).endsWith(f.meetings() + "/" + created.get("id").asLong());
    // five clear working days before 29 December, Christmas and Boxing Day (moved) not counting
    assertThat(created.get("papersDueOn").asString()).isEqualTo("2026-12-17");
    assertThat(created.get("startsAt").asString()).isEqualTo("2026-12-29T10:00:00Z");

    MockHttpServletResponse item =
        send(
            post(meeting + "/agenda"),
            "admin",
            "{\"title\":\"Winter pressures\",\"presenter\":\"Director\",\"version\":0}");
    assertThat(item.getStatus()).isEqualTo(201);
    JsonNode itemRead = read(call(get(item.getHeader("Location")), "member"));
    assertThat(itemRead.get("title").asString()).isEqualTo("Winter pressures");
    assertThat(itemRead.get("position").asInt()).isEqualTo(1);
    assertThat(read(item).get("version").asInt()).isEqualTo(1);

    long substitute = person(3);
    MockHttpServletResponse attendance =
        send(
            put(meeting + "/attendance"),
            "admin",
            "{\"seats\":[{\"seatId\":"
                + f.seatId()
                + ",\"status\":\"SUBSTITUTE\",\"substitutePersonId\":"
                + substitute
                + ",\"substituteTier\":3}],\"version\":1}");
    assertThat(attendance.getStatus()).isEqualTo(200);
    JsonNode recorded = read(attendance).get("attendance").get(0);
    assertThat(recorded.get("substituteName").asString())
        .isEqualTo(people.find(demo.id(), substitute).orElseThrow().name());
    assertThat(recorded.get("substituteTier").asInt()).isEqualTo(3);

    MockHttpServletResponse decision =
        send(
            post(meeting + "/decisions"),
            "admin",
            "{\"agendaItemId\":"
                + itemRead.get("id").asLong()
                + ",\"text\":\"Open a winter hub\",\"layer\":\"EXECUTIVE\","
                + "\"agreement\":\"CONTESTED\",\"dissent\":\"Police: cost\",\"version\":2}");
    assertThat(decision.getStatus()).isEqualTo(201);
    JsonNode decisionRead = read(call(get(decision.getHeader("Location")), "member"));
    assertThat(decisionRead.get("agendaItemTitle").asString()).isEqualTo("Winter pressures");
    assertThat(decisionRead.get("dissent").asString()).isEqualTo("Police: cost");

    long meetingId = created.get("id").asLong();
    MockHttpServletResponse raised =
        send(
            post(f.partnership() + "/actions"),
            "admin",
            "{\"description\":\"Find a venue for the hub\",\"ownerId\":"
                + person(1)
                + ",\"dueOn\":\"2027-01-15\",\"meetingId\":"
                + meetingId
                + "}");
    assertThat(raised.getStatus()).isEqualTo(201);
    String action = raised.getHeader("Location");
    assertThat(read(call(get(action), "member")).get("status").asString()).isEqualTo("OPEN");

    MockHttpServletResponse progressed =
        send(
            post(action + "/progress"),
            "admin",
            "{\"status\":\"DONE\",\"note\":\"Library booked\",\"version\":0}");
    assertThat(progressed.getStatus()).isEqualTo(200);
    assertThat(read(progressed).get("status").asString()).isEqualTo("DONE");
    assertThat(read(progressed).get("notes").get(0).get("by").asString()).isNotBlank();

    MockHttpServletResponse cancelled =
        send(post(meeting + "/cancel"), "admin", "{\"reason\":\"Snow\",\"version\":3}");
    assertThat(cancelled.getStatus()).isEqualTo(200);
    assertThat(read(cancelled).get("status").asString()).isEqualTo("CANCELLED");
    assertThat(read(cancelled).get("cancelledReason").asString()).isEqualTo("Snow");

    MockHttpServletResponse afterCancel =
        send(post(meeting + "/agenda"), "admin", "{\"title\":\"Too late\",\"version\":4}");
    assertThat(afterCancel.getStatus()).isEqualTo(409);
    assertThat(afterCancel.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(read(afterCancel).get("detail").asString()).contains("cancelled");
    assertThat(meetings.meeting(demo.id(), meetingId).orElseThrow().agenda()).hasSize(1);
  }

  @Test
  void theOfficerOfAPartnershipSchedulesItsMeetings() throws Exception {
    long pid =
        jdbc.sql("select id from partnership where area_id = :a and name = :n")
            .param("a", demo.id())
            .param("n", "Domestic Abuse Delivery Group")
            .query(Long.class)
            .single();
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Outreach group " + System.nanoTime(),
                BodyKind.DELIVERY_GROUP,
                null,
                null,
                LocalDate.of(2027, 12, 31),
                false,
                false));
    MockHttpServletResponse scheduled =
        send(
            post("/api/v1/areas/demo/partnerships/" + pid + "/meetings"),
            "officer",
            "{\"bodyId\":" + body + ",\"startsAt\":\"2026-09-10T09:30\",\"place\":\"Online\"}");
    assertThat(scheduled.getStatus()).isEqualTo(201);
    assertThat(meetings.meetingsOf(demo.id(), pid)).anyMatch(m -> m.bodyId() == body);
  }

  @Test
  void badInputNamesTheFieldsAndSavesNothing() throws Exception {
    Fixture f = fixture(false);
    Fixture other = fixture(false);

    assertThat(fieldsInError(send(post(f.meetings()), "admin", "{}")))
        .contains("bodyId", "startsAt", "place");
    assertThat(
            fieldsInError(
                send(
                    post(f.meetings()),
                    "admin",
                    "{\"bodyId\":"
                        + other.bodyId()
                        + ",\"startsAt\":\"2031-07-01T10:00\",\"place\":\""
                        + "x".repeat(301)
                        + "\"}")))
        .containsExactlyInAnyOrder("bodyId", "startsAt", "place");
    MockHttpServletResponse longPlace =
        send(
            post(f.meetings()),
            "admin",
            "{\"bodyId\":"
                + f.bodyId()
                + ",\"startsAt\":\"2026-07-01T10:00\",\"place\":\""
                + "x".repeat(301)
                + "\"}");
    assertThat(read(longPlace).get("errors").toString()).contains("at most 300 characters");
    assertThat(
            fieldsInError(
                send(
                    post(f.meetings()),
                    "admin",
                    "{\"bodyId\":"
                        + f.bodyId()
                        + ",\"startsAt\":\"tomorrow\",\"place\":\"Online\"}")))
        .containsExactly("startsAt");

    assertThat(fieldsInError(send(post(f.meeting() + "/agenda"), "admin", "{\"title\":\"\"}")))
        .containsExactlyInAnyOrder("title", "version");
    MockHttpServletResponse contested =
        send(
            post(f.meeting() + "/decisions"),
            "admin",
            "{\"text\":\"Close the hub\",\"layer\":\"STRATEGIC\",\"agreement\":\"CONTESTED\","
                + "\"version\":0}");
    assertThat(fieldsInError(contested)).containsExactly("dissent");
    assertThat(
            fieldsInError(
                send(
                    post(f.meeting() + "/decisions"),
                    "admin",
                    "{\"agendaItemId\":999999999,\"text\":\"X\",\"layer\":\"STRATEGIC\","
                        + "\"agreement\":\"AGREED_BY_ALL\",\"version\":0}")))
        .containsExactly("agendaItemId");
    assertThat(
            fieldsInError(
                send(
                    put(f.meeting() + "/attendance"),
                    "admin",
                    "{\"seats\":[{\"seatId\":"
                        + f.seatId()
                        + ",\"status\":\"SUBSTITUTE\"},{\"seatId\":"
                        + other.seatId()
                        + ",\"status\":\"PRESENT\"}],\"version\":0}")))
        .containsExactlyInAnyOrder(
            "seats[0].substitutePersonId", "seats[0].substituteTier", "seats[1].seatId");
    assertThat(
            fieldsInError(
                send(
                    put(f.meeting() + "/attendance"),
                    "admin",
                    "{\"seats\":[{\"seatId\":"
                        + f.seatId()
                        + ",\"status\":\"LATE\"}],\"version\":0}")))
        .containsExactly("seats[0].status");
    assertThat(
            fieldsInError(
                send(
                    put(f.meeting() + "/attendance"),
                    "admin",
                    "{\"seats\":[{\"seatId\":" + f.seatId() + "}],\"version\":0}")))
        .containsExactly("seats[0].status");

    assertThat(
            fieldsInError(
                send(
                    post(f.partnership() + "/actions"),
                    "admin",
                    "{\"description\":\" \",\"ownerId\":999999999,\"meetingId\":"
                        + other.meetingId()
                        + "}")))
        .containsExactlyInAnyOrder("description", "ownerId", "dueOn", "meetingId");
    assertThat(
            fieldsInError(
                send(
                    post(f.action() + "/progress"),
                    "admin",
                    "{\"status\":\"OPEN\",\"version\":0}")))
        .containsExactly("note");
    assertThat(
            fieldsInError(
                send(post(f.action() + "/progress"), "admin", "{\"note\":\"Done\",\"version\":0}")))
        .containsExactly("status");

    MeetingView m = meeting(f);
    assertThat(m.version()).isZero();
    assertThat(m.agenda()).isEmpty();
    assertThat(m.attendance()).isEmpty();
    assertThat(m.decisions()).isEmpty();
    assertThat(meetings.meetingsOf(demo.id(), f.pid())).hasSize(1);
    assertThat(actions.action(demo.id(), f.actionId()).orElseThrow().version()).isZero();
    assertThat(actions.ofMeeting(demo.id(), f.meetingId(), LocalDate.of(2026, 6, 18))).hasSize(1);
  }

  @Test
  void aStaleVersionIsAConflictAndSavesNothing() throws Exception {
    Fixture f = fixture(false);
    meetings.addAgendaItem(demo.id(), f.meetingId(), 0, "First item", null);
    actions.progress(demo.id(), f.actionId(), 0, ActionStatus.IN_PROGRESS, null, "Test");

    MockHttpServletResponse agenda =
        send(post(f.meeting() + "/agenda"), "admin", "{\"title\":\"Second item\",\"version\":0}");
    assertThat(agenda.getStatus()).isEqualTo(409);
    assertThat(agenda.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(read(agenda).get("title").asString()).isEqualTo("Changed by someone else");
    assertThat(
            send(
                    post(f.meeting() + "/decisions"),
                    "admin",
                    "{\"text\":\"X\",\"layer\":\"STRATEGIC\",\"agreement\":\"AGREED_BY_ALL\","
                        + "\"version\":0}")
                .getStatus())
        .isEqualTo(409);
    assertThat(send(post(f.meeting() + "/cancel"), "admin", "{\"version\":0}").getStatus())
        .isEqualTo(409);
    assertThat(
            send(post(f.action() + "/progress"), "admin", "{\"status\":\"DONE\",\"version\":0}")
                .getStatus())
        .isEqualTo(409);

    MeetingView m = meeting(f);
    assertThat(m.agenda()).hasSize(1);
    assertThat(m.decisions()).isEmpty();
    assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(actions.action(demo.id(), f.actionId()).orElseThrow().status())
        .isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void whatDoesNotExistIsNotFound() throws Exception {
    Fixture f = fixture(false);
    Fixture other = fixture(false);
    for (String path :
        new String[] {
          f.meetings() + "/999999999",
          f.meeting() + "/agenda/999999999",
          f.meeting() + "/decisions/999999999",
          f.partnership() + "/actions/999999999",
          // another partnership's meeting and action are not found under this one
          f.meetings() + "/" + other.meetingId(),
          f.partnership() + "/actions/" + other.actionId(),
          "/api/v1/areas/demo/partnerships/999999999/meetings",
          "/api/v1/areas/demo/actions?partnership=999999999"
        }) {
      MockHttpServletResponse response = call(get(path), "admin");
      assertThat(response.getStatus()).as(path).isEqualTo(404);
      assertThat(read(response).get("title").asString()).isEqualTo("Not found");
    }
    assertThat(
            send(
                    post(f.meetings() + "/" + other.meetingId() + "/cancel"),
                    "admin",
                    "{\"version\":0}")
                .getStatus())
        .isEqualTo(404);
    assertThat(meeting(other).status()).isEqualTo(MeetingStatus.SCHEDULED);
  }

  @Test
  void theOpenApiDescriptionDocumentsEveryOperation() throws Exception {
    JsonNode docs =
        json.readTree(
            mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    JsonNode paths = docs.get("paths");
    String partnership = "/api/v1/areas/{area}/partnerships/{pid}";
    for (String path :
        new String[] {
          partnership + "/bodies",
          partnership + "/bodies/{bodyId}",
          partnership + "/bodies/{bodyId}/seats",
          partnership + "/bodies/{bodyId}/seats/{seatId}",
          partnership + "/bodies/{bodyId}/seats/{seatId}/memberships",
          partnership + "/bodies/{bodyId}/seats/{seatId}/appoint",
          partnership + "/bodies/{bodyId}/seats/{seatId}/end",
          partnership + "/bodies/{bodyId}/seats/{seatId}/abolish",
          partnership + "/meetings",
          partnership + "/meetings/{meetingId}",
          partnership + "/meetings/{meetingId}/agenda",
          partnership + "/meetings/{meetingId}/attendance",
          partnership + "/meetings/{meetingId}/decisions",
          partnership + "/meetings/{meetingId}/cancel",
          partnership + "/actions",
          partnership + "/actions/{actionId}",
          partnership + "/actions/{actionId}/progress",
          "/api/v1/areas/{area}/actions"
        }) {
      assertThat(paths.has(path)).as(path).isTrue();
      paths
          .get(path)
          .properties()
          .forEach(
              operation -> {
                JsonNode o = operation.getValue();
                assertThat(o.get("summary")).as(path + " " + operation.getKey()).isNotNull();
                assertThat(o.get("tags")).as(path + " " + operation.getKey()).isNotEmpty();
                o.get("parameters")
                    .forEach(
                        p ->
                            assertThat(p.get("description"))
                                .as(path + " " + operation.getKey() + " " + p.get("name"))
                                .isNotNull());
              });
    }
    assertThat(paths.get(partnership + "/meetings").has("post")).isTrue();
    JsonNode responses =
        paths.get(partnership + "/meetings/{meetingId}/agenda").get("post").get("responses");
    assertThat(responses.has("201")).isTrue();
    for (String status : new String[] {"400", "403", "404", "409"}) {
      assertThat(responses.get(status).get("content").has("application/problem+json"))
          .as(status)
          .isTrue();
    }
    assertThat(paths.get(partnership + "/meetings/{meetingId}/attendance").has("put")).isTrue();
    assertThat(paths.get(partnership + "/bodies/{bodyId}").has("put")).isTrue();
    assertThat(
            docs.get("paths")
                .get("/api/v1/areas/{area}/actions")
                .get("get")
                .get("parameters")
                .toString())
        .contains("show", "partnership", "page");
  }
}
