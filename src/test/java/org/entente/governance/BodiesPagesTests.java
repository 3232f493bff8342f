package org.entente.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.audit.AuditTrail;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BodiesPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired AuditTrail audit;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  long partnership(boolean restricted) {
    return register.create(
        demo.id(),
        TestPartnerships.minimal("Bodies Check " + System.nanoTime(), "Bodies", restricted),
        null);
  }

  @Test
  void onlyEditorsChangeBodiesAndEveryoneInTheAreaReadsThem() throws Exception {
    long pid = partnership(false);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    String base = "/areas/demo/partnerships/" + pid + "/bodies";
    for (String reader : new String[] {"member", "scrutiny", "officer"}) {
      mvc.perform(get(base).with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(base + "/" + body).with(users.as(reader))).andExpect(status().isOk());
      mvc.perform(get(base + "/new").with(users.as(reader))).andExpect(status().isForbidden());
      mvc.perform(
              post(base)
                  .with(users.as(reader))
                  .with(csrf())
                  .param("name", "Sneaky group")
                  .param("kind", "DELIVERY_GROUP"))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get(base + "/new").with(users.as("admin"))).andExpect(status().isOk());
  }

  @Test
  void theApiListsBodiesAndShowsOneWithItsSeats() throws Exception {
    long pid = partnership(false);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, true, false));
    String base = "/api/v1/areas/demo/partnerships/" + pid + "/bodies";
    mvc.perform(get(base).header("Authorization", "Bearer demo-member"))
        .andExpect(status().isOk())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString())
                    .contains("\"name\":\"Board\"", "NO_VOLUNTARY_SEAT", "TOO_SMALL"));
    mvc.perform(get(base + "/" + body).header("Authorization", "Bearer demo-member"))
        .andExpect(status().isOk());
    mvc.perform(get(base + "/" + body)).andExpect(status().isUnauthorized());
    long restricted = partnership(true);
    mvc.perform(
            get("/api/v1/areas/demo/partnerships/" + restricted + "/bodies")
                .header("Authorization", "Bearer demo-member"))
        .andExpect(status().isNotFound());
  }

  @Test
  void renewingAGroupPastItsEndDateClearsTheWarningAndAStaleFormSavesNothing() throws Exception {
    long pid = partnership(false);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Task group",
                BodyKind.DELIVERY_GROUP,
                null,
                null,
                LocalDate.of(2025, 3, 31),
                false,
                false));
    String page = "/areas/demo/partnerships/" + pid + "/bodies/" + body;
    assertThat(
            mvc.perform(get(page).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("The group passed its end date on 31 March 2025", "Renew it or set its end date");
    int version = structure.body(demo.id(), body).orElseThrow().version();
    mvc.perform(renew(page, version, "2027")).andExpect(status().is3xxRedirection());
    assertThat(structure.body(demo.id(), body).orElseThrow().warnings())
        .extracting(Warning::kind)
        .doesNotContain(Warning.Kind.PAST_END_DATE);

    String stale =
        mvc.perform(renew(page, version, "2028")).andReturn().getResponse().getContentAsString();
    assertThat(stale).contains("Someone else changed this record");
    assertThat(structure.body(demo.id(), body).orElseThrow().endDate())
        .isEqualTo(LocalDate.of(2027, 3, 31));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder renew(
      String page, int version, String year) {
    return post(page + "/edit")
        .with(users.as("admin"))
        .with(csrf())
        .param("version", String.valueOf(version))
        .param("name", "Task group")
        .param("kind", "DELIVERY_GROUP")
        .param("endDate.day", "31")
        .param("endDate.month", "3")
        .param("endDate.year", year);
  }

  @Test
  void aBodyIsFoundOnlyUnderItsOwnPartnership() throws Exception {
    long one = partnership(false);
    long other = partnership(false);
    long body =
        structure.createBody(
            demo.id(),
            one,
            new Structure.BodyDetails(
                "Group", BodyKind.THEMATIC_GROUP, null, null, null, false, false));
    mvc.perform(
            get("/areas/demo/partnerships/" + other + "/bodies/" + body).with(users.as("admin")))
        .andExpect(status().isNotFound());
  }

  @Test
  void restrictedPartnershipsHideTheirBodiesFromMembers() throws Exception {
    long pid = partnership(true);
    mvc.perform(get("/areas/demo/partnerships/" + pid + "/bodies").with(users.as("member")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/areas/demo/partnerships/" + pid + "/bodies").with(users.as("scrutiny")))
        .andExpect(status().isOk());
  }

  @Test
  void replacingAMemberKeepsTheHistoryAndIsAudited() {
    long pid = partnership(false);
    long bodyId =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    int version = structure.body(demo.id(), bodyId).orElseThrow().version();
    long seatId =
        structure.addSeat(
            demo.id(),
            bodyId,
            version,
            new Structure.SeatDetails("Police", null, "PUBLIC", SeatRole.MEMBER, true));
    long first = people.all(demo.id()).get(0).id();
    long second = people.all(demo.id()).get(1).id();
    appoint(bodyId, seatId, first, LocalDate.of(2024, 1, 1), null);
    appoint(bodyId, seatId, second, LocalDate.of(2025, 6, 1), "Moved to a new post");

    BodyView.SeatView seat = structure.body(demo.id(), bodyId).orElseThrow().seats().get(0);
    assertThat(seat.member().personId()).isEqualTo(second);
    assertThat(seat.history())
        .extracting(BodyView.MembershipView::personId, BodyView.MembershipView::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second, null),
            org.assertj.core.groups.Tuple.tuple(first, LocalDate.of(2025, 5, 31)));
    assertThat(seat.history().get(1).endReason()).isEqualTo("Moved to a new post");
    assertThat(audit.historyOf("body", bodyId))
        .extracting(r -> r.action())
        .containsExactly("appointed", "appointed", "seat-added", "created");
  }

  private void appoint(long bodyId, long seatId, long personId, LocalDate from, String reason) {
    int version = structure.body(demo.id(), bodyId).orElseThrow().version();
    structure.appoint(
        demo.id(),
        bodyId,
        version,
        seatId,
        new Structure.Appointment(personId, Capacity.MEMBER, 2, "PUBLIC", false, from),
        reason);
  }
}
