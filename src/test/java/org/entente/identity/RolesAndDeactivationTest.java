package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.identity.InvitationTest.unique;

import java.util.Map;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.Browser.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an administrator does to users' roles and accounts changes what those users can open, at
 * once, and shows in the area's audit trail.
 */
@IntegrationTest
class RolesAndDeactivationTest {

  private static final String PASSWORD = "a long enough password";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Areas areas;

  private AreaRef demo;
  private Browser admin;

  @BeforeEach
  void setUp() {
    demo = areas.require("demo");
    admin = new Browser(port);
    admin.signIn("admin", "demo");
  }

  @Test
  void removingAndGrantingRolesChangesWhatTheUserCanOpen() {
    String who = unique("reader");
    long id = userWith(who, Role.MEMBER);
    accounts.grant(id, demo.id(), Role.SCRUTINY, null);
    Browser user = new Browser(port);
    user.signIn(who, PASSWORD);
    assertThat(user.get("/areas/demo").status()).isEqualTo(200);

    Page page = admin.get("/areas/demo/admin/users/" + id);
    assertThat(page.html().select("table").text()).contains("Member", "Scrutiny");
    page = admin.press(page, "Remove", "Scrutiny");
    assertThat(page.successBanner()).contains("The role Scrutiny has been removed from Reader");
    assertThat(user.get("/areas/demo").status()).isEqualTo(200);

    page = admin.press(page, "Remove", "Member");
    assertThat(page.path()).isEqualTo("/areas/demo/admin/users");
    assertThat(page.successBanner()).contains("now has no role in " + demo.name());
    assertThat(page.html().select("table").text()).doesNotContain(who);
    assertThat(user.get("/areas/demo").status()).isEqualTo(403);
    assertThat(user.get("/areas/demo").h1()).isEqualTo("You do not have access to this page");
    // with no role here, the user is no longer the area's business
    assertThat(admin.get("/areas/demo/admin/users/" + id).status()).isEqualTo(404);

    Page invite = admin.get("/areas/demo/admin/users/invite");
    String partnership =
        invite.html().select("#partnershipId option:contains(Safer Shires)").attr("value");
    Page granted =
        admin.submit(
            invite,
            "Send invitation",
            Map.of(
                "displayName",
                "Reader",
                "email",
                who + "@example.org",
                "username",
                who,
                "role",
                "OFFICER",
                "partnershipId",
                partnership));
    assertThat(granted.successBanner()).contains("has been given the role Officer in this area");
    assertThat(user.get("/areas/demo").status()).isEqualTo(200);

    Page audit = admin.get("/areas/demo/admin/audit?type=user");
    assertThat(audit.h1()).isEqualTo("Audit trail");
    String trail = audit.html().select("tbody tr:contains(Reader " + who + ")").text();
    assertThat(trail)
        .contains(
            "Role granted",
            "Officer of Safer Shires Community Safety Partnership",
            "Role removed",
            "Member",
            "Scrutiny");
    assertThat(audit.html().select("tbody tr:contains(Reader " + who + ")").first().text())
        .as("newest first")
        .contains("Role granted", "admin");
  }

  @Test
  void addingARoleOnTheUserPage() {
    String who = unique("adder");
    long id = userWith(who, Role.MEMBER);
    Page page = admin.get("/areas/demo/admin/users/" + id);

    Page officerWithout = admin.submit(page, "Add role", Map.of("role", "OFFICER"));
    assertThat(officerWithout.errorSummary())
        .contains("Choose the partnership this officer will edit");

    Page again = admin.submit(page, "Add role", Map.of("role", "MEMBER"));
    assertThat(again.errorSummary()).contains("They already have this role");

    Page added = admin.submit(page, "Add role", Map.of("role", "SCRUTINY"));
    assertThat(added.successBanner()).contains("now has the role Scrutiny");
    assertThat(added.html().select("table").text()).contains("Member", "Scrutiny");
  }

  @Test
  void deactivatingEndsTheUsersSessionAndBlocksSignIn() {
    String who = unique("leaver");
    long id = userWith(who, Role.MEMBER);
    Browser user = new Browser(port);
    user.signIn(who, PASSWORD);
    assertThat(user.get("/account").path()).isEqualTo("/account");

    Page userPage = admin.get("/areas/demo/admin/users/" + id);
    Page confirm = admin.click(userPage, "Deactivate account");
    assertThat(confirm.h1()).isEqualTo("Deactivate Leaver " + who + "’s account?");
    Page done = admin.submit(confirm, "Deactivate account", Map.of());
    assertThat(done.successBanner()).contains("has been deactivated and their sessions have ended");
    assertThat(done.html().select(".govuk-summary-list").text()).contains("Deactivated");

    Page afterwards = user.get("/account");
    assertThat(afterwards.path()).isEqualTo("/login");
    Page refused = user.signIn(who, PASSWORD);
    assertThat(refused.path()).isEqualTo("/login");
    assertThat(refused.errorSummary()).contains("Enter a correct username and password");

    Page reactivated =
        admin.submit(
            admin.click(admin.get("/areas/demo/admin/users/" + id), "Reactivate account"),
            "Reactivate account",
            Map.of());
    assertThat(reactivated.successBanner()).contains("has been reactivated");
    assertThat(new Browser(port).signIn(who, PASSWORD).path()).isEqualTo("/areas/demo");

    Page audit = admin.get("/areas/demo/admin/audit?type=user");
    assertThat(audit.html().select("tbody tr:contains(Leaver " + who + ")").text())
        .contains("Account deactivated", "active → to deactivated", "Account reactivated");
  }

  @Test
  void administratorsCannotLockThemselvesOut() {
    Page users = admin.get("/areas/demo/admin/users");
    Page self = admin.click(users, "Alex Admin");

    Page removeOwn = admin.press(self, "Remove", "Administrator");
    assertThat(removeOwn.errorSummary()).contains("You cannot remove your own Administrator role");
    assertThat(admin.get("/areas/demo/admin").status()).isEqualTo(200);

    Page deactivateOwn = admin.click(self, "Deactivate account");
    assertThat(deactivateOwn.errorSummary()).contains("You cannot deactivate your own account");
    assertThat(deactivateOwn.html().select(".govuk-summary-list").text()).contains("Active");
  }

  @Test
  void usersOfAnotherAreaAreNotVisible() {
    AreaRef elsewhere = areas.create(unique("elsewhere"), "Elsewhere");
    String who = unique("outsider");
    long id = accounts.create(elsewhere.id(), who, who + "@example.org", "Outsider", PASSWORD);
    accounts.grant(id, elsewhere.id(), Role.ADMIN, null);

    assertThat(admin.get("/areas/demo/admin/users/" + id).status()).isEqualTo(404);
    assertThat(admin.get("/areas/demo/admin/users/" + id + "/deactivate").status()).isEqualTo(404);
    assertThat(admin.get("/areas/" + elsewhere.slug() + "/admin/users").status()).isEqualTo(403);
  }

  @Test
  void onlyAdministratorsOpenAdminPages() {
    for (String username : new String[] {"member", "officer", "scrutiny"}) {
      Browser user = new Browser(port);
      user.signIn(username, "demo");
      for (String path :
          new String[] {
            "/areas/demo/admin",
            "/areas/demo/admin/users",
            "/areas/demo/admin/users/invite",
            "/areas/demo/admin/audit"
          }) {
        assertThat(user.get(path).status()).as(username + " opening " + path).isEqualTo(403);
      }
    }
    assertThat(admin.get("/areas/demo/admin").h1()).isEqualTo("Admin");
  }

  private long userWith(String username, Role role) {
    String name = Character.toUpperCase(username.charAt(0)) + username.substring(1, 6);
    long id =
        accounts.create(
            demo.id(), username, username + "@example.org", name + " " + username, PASSWORD);
    accounts.grant(id, demo.id(), role, null);
    return id;
  }
}
