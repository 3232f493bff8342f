package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.partnership.PartnershipFilter;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.partnership.Viewer;
import org.entente.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** Each role, and the anonymous public, gets exactly the pages and API calls it should. */
@IntegrationTest
@AutoConfigureMockMvc
class AccessTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  long id(String name) {
    return register
        .search(
            demo.id(),
            new PartnershipFilter(name, null, null, null, null, null, null, null, null),
            new Viewer(true, Set.of()),
            new PageRequest(1, 50, "name", false))
        .items()
        .stream()
        .filter(p -> p.name().equals(name))
        .map(PartnershipSummary::id)
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} GET {1} -> {2}")
  @CsvSource({
    "admin,    /areas/demo,                         200",
    "officer,  /areas/demo,                         200",
    "member,   /areas/demo,                         200",
    "scrutiny, /areas/demo,                         200",
    "member,   /areas/demo/partnerships,            200",
    "member,   /areas/demo/partnerships/typology-grid, 200",
    "member,   /areas/demo/partnerships/family-tree, 200",
    "admin,    /areas/demo/partnerships/new,        200",
    "officer,  /areas/demo/partnerships/new,        403",
    "member,   /areas/demo/partnerships/new,        403",
    "scrutiny, /areas/demo/partnerships/new,        403",
    "member,   /areas/demo/admin,                   403",
    "officer,  /areas/demo/admin,                   403",
    "scrutiny, /areas/demo/admin,                   403",
    "member,   /areas/nowhere/partnerships,         404",
  })
  void pagesByRole(String user, String path, int expected) throws Exception {
    mvc.perform(get(path).with(users.as(user))).andExpect(status().is(expected));
  }

  @ParameterizedTest(name = "{0} edit {1} -> {2}")
  @CsvSource({
    "admin,    Safer Shires Community Safety Partnership, 200",
    "officer,  Safer Shires Community Safety Partnership, 200",
    "officer,  Shires Strategic Partnership,              403",
    "member,   Safer Shires Community Safety Partnership, 403",
    "scrutiny, Safer Shires Community Safety Partnership, 403",
  })
  void editingByRole(String user, String partnership, int expected) throws Exception {
    mvc.perform(get("/areas/demo/partnerships/" + id(partnership) + "/edit").with(users.as(user)))
        .andExpect(status().is(expected));
  }

  @Test
  void anonymousPublicIsSentToSignInAndGetsNothingFromTheApi() throws Exception {
    for (String path : List.of("/", "/areas/demo", "/areas/demo/partnerships", "/account")) {
      mvc.perform(get(path)).andExpect(status().is3xxRedirection());
    }
    mvc.perform(get("/login")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/areas/demo/partnerships"))
        .andExpect(status().isUnauthorized())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentType())
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
  }

  @Test
  void restrictedPartnershipsAreHiddenFromMembersButNotFromScrutiny() throws Exception {
    long restricted = newPartnership(demo, "Restricted Access Check Group", true);
    String path = "/areas/demo/partnerships/" + restricted;
    mvc.perform(get(path).with(users.as("member"))).andExpect(status().isNotFound());
    mvc.perform(get(path).with(users.as("scrutiny"))).andExpect(status().isOk());
    mvc.perform(get(path).with(users.as("admin"))).andExpect(status().isOk());
    mvc.perform(api("/api/v1/areas/demo/partnerships/" + restricted, "demo-member"))
        .andExpect(status().isNotFound());
    mvc.perform(api("/api/v1/areas/demo/partnerships/" + restricted, "demo-scrutiny"))
        .andExpect(status().isOk());
  }

  @Test
  void nothingOfOneAreaIsVisibleFromAnother() throws Exception {
    AreaRef other =
        areas
            .findBySlug("isolation-check")
            .orElseGet(() -> areas.create("isolation-check", "Isolation Check"));
    long theirs = newPartnership(other, "Neighbouring County Partnership", false);
    long outsider =
        accounts
            .findByUsernameOrEmail("outsider")
            .map(u -> u.id())
            .orElseGet(
                () -> {
                  long id =
                      accounts.create(
                          other.id(),
                          "outsider",
                          "outsider@example.org",
                          "Out Sider",
                          "a long enough password");
                  accounts.grant(id, other.id(), Role.ADMIN, null);
                  return id;
                });
    assertThat(outsider).isPositive();

    // a demo administrator cannot open the other area, nor reach its partnership through their own
    mvc.perform(get("/areas/isolation-check/partnerships").with(users.as("admin")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/areas/demo/partnerships/" + theirs).with(users.as("admin")))
        .andExpect(status().isNotFound());
    mvc.perform(api("/api/v1/areas/demo/partnerships/" + theirs, "demo-admin"))
        .andExpect(status().isNotFound());
    mvc.perform(api("/api/v1/areas/isolation-check/partnerships", "demo-admin"))
        .andExpect(status().isForbidden());
    // and the other area's administrator sees nothing of the demo area
    mvc.perform(get("/areas/demo").with(users.as("outsider"))).andExpect(status().isForbidden());
    mvc.perform(get("/areas/isolation-check/partnerships/" + theirs).with(users.as("outsider")))
        .andExpect(status().isOk());
  }

  private long newPartnership(AreaRef area, String name, boolean restricted) {
    return register
        .search(
            area.id(),
            new PartnershipFilter(name, null, null, null, null, null, null, null, null),
            new Viewer(true, Set.of()),
            new PageRequest(1, 5, "name", false))
        .items()
        .stream()
        .filter(p -> p.name().equals(name))
        .map(PartnershipSummary::id)
        .findFirst()
        .orElseGet(
            () ->
                register.create(
                    area.id(),
                    TestPartnerships.minimal(name, "Checks who can see what", restricted),
                    null));
  }

  private static MockHttpServletRequestBuilder api(String path, String token) {
    return get(path).header("Authorization", "Bearer " + token);
  }
}
