package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.IntegrationTest;
import org.entente.directory.Areas;
import org.entente.identity.Browser.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator invites someone, who follows the emailed link, sets a password and signs in. */
@IntegrationTest
class InvitationTest {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  private static final Pattern LINK = Pattern.compile("http://localhost(/password/[A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired Areas areas;

  private Browser admin;

  @BeforeEach
  void signInAdmin() {
    admin = new Browser(port);
    admin.signIn("admin", "demo");
  }

  @Test
  void invitedUserSetsPasswordWithTheEmailedLinkAndSignsIn() throws Exception {
    String who = unique("priya");
    Page users = admin.get("/areas/demo/admin/users");
    assertThat(users.h1()).isEqualTo("Users and roles");
    Page form = admin.click(users, "Invite a user");

    Page done =
        admin.submit(
            form,
            "Send invitation",
            Map.of(
                "displayName",
                "Priya " + who,
                "email",
                who + "@example.org",
                "username",
                who,
                "role",
                "MEMBER"));

    assertThat(done.path()).isEqualTo("/areas/demo/admin/users");
    assertThat(done.successBanner())
        .contains("An invitation has been sent to Priya " + who + " at " + who + "@example.org");
    assertThat(done.html().select("tr:contains(" + who + ")").text())
        .contains("Member", "Active", "Not set yet");

    MimeMessage email = emailTo(who + "@example.org");
    assertThat(email.getSubject())
        .isEqualTo("You have been invited to " + demoName() + " on Entente");
    String body = (String) email.getContent();
    assertThat(body)
        .contains("Dear Priya " + who, "Alex Admin has invited you", "username is: " + who);
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("a password link in: " + body).isTrue();

    Browser invitee = new Browser(port);
    Page tooEarly = invitee.signIn(who, "anything at all");
    assertThat(tooEarly.path()).isEqualTo("/login");
    assertThat(tooEarly.errorSummary()).contains("Enter a correct username and password");

    Page setPassword = invitee.get(link.group(1));
    assertThat(setPassword.h1()).isEqualTo("Set your password");

    Page tooShort =
        invitee.submit(
            setPassword, "Set password", Map.of("password", "short", "confirmation", "short"));
    assertThat(tooShort.errorSummary()).contains("Password must be at least 10 characters");

    Page mismatch =
        invitee.submit(
            tooShort,
            "Set password",
            Map.of("password", "correct horse battery", "confirmation", "correct horse"));
    assertThat(mismatch.errorSummary()).contains("The passwords do not match");

    Page signInPage =
        invitee.submit(
            mismatch,
            "Set password",
            Map.of("password", "correct horse battery", "confirmation", "correct horse battery"));
    assertThat(signInPage.path()).isEqualTo("/login");
    assertThat(signInPage.successBanner()).contains("Your password has been set");

    Page home = invitee.signIn(who, "correct horse battery");
    assertThat(home.path()).isEqualTo("/areas/demo");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.text()).contains(demoName());

    Page usedAgain = new Browser(port).get(link.group(1));
    assertThat(usedAgain.status()).isEqualTo(404);
    assertThat(usedAgain.h1()).isEqualTo("This link does not work");

    Page userList = admin.get("/areas/demo/admin/users?page=1");
    Page user = admin.click(userList, "Priya " + who);
    assertThat(user.html().select(".govuk-summary-list").text()).contains("Password Set");
  }

  @Test
  void inviteFormExplainsEveryProblem() {
    Page form = admin.get("/areas/demo/admin/users/invite");
    Page empty = admin.submit(form, "Send invitation", Map.of());
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.errorSummary())
        .contains(
            "Enter their full name",
            "Enter a username",
            "Enter their email address",
            "Choose a role");

    Page wrong =
        admin.submit(
            empty,
            "Send invitation",
            Map.of(
                "displayName", "Someone",
                "email", "not-an-email",
                "username", "has spaces",
                "role", "OFFICER"));
    assertThat(wrong.errorSummary())
        .contains(
            "Enter an email address in the correct format",
            "Username must be 3 to 60 letters",
            "Choose the partnership this officer will edit");
    assertThat(wrong.html().select("#displayName").val()).isEqualTo("Someone");

    Page taken =
        admin.submit(
            wrong,
            "Send invitation",
            Map.of(
                "displayName", "Someone",
                "email", unique("someone") + "@example.org",
                "username", "member",
                "role", "MEMBER"));
    assertThat(taken.errorSummary()).contains("That username is already taken");
  }

  @Test
  void invitingAnExistingAccountByEmailGivesThemTheRole() throws Exception {
    String who = unique("officer");
    Page form = admin.get("/areas/demo/admin/users/invite");
    admin.submit(
        form,
        "Send invitation",
        Map.of(
            "displayName",
            "Omar " + who,
            "email",
            who + "@example.org",
            "username",
            who,
            "role",
            "MEMBER"));
    String partnership =
        form.html().select("#partnershipId option:contains(Safer Shires)").attr("value");

    Page again =
        admin.submit(
            form,
            "Send invitation",
            Map.of(
                "displayName",
                "Whatever",
                "email",
                who.toUpperCase() + "@EXAMPLE.ORG",
                "username",
                who,
                "role",
                "OFFICER",
                "partnershipId",
                partnership));

    assertThat(again.successBanner())
        .contains("Omar " + who + " already had an account, and has been given the role Officer");
    assertThat(again.html().select("tr:contains(" + who + ")").text())
        .contains("Member", "Officer", "Safer Shires");
    // still no password, so the second invitation came with a fresh link
    assertThat(mail.getReceivedMessagesForDomain(who + "@example.org")).hasSize(2);

    Page sameRole =
        admin.submit(
            form,
            "Send invitation",
            Map.of(
                "displayName",
                "Whatever",
                "email",
                who + "@example.org",
                "username",
                who,
                "role",
                "MEMBER"));
    assertThat(sameRole.errorSummary()).contains("already has this role in this area");
  }

  @Test
  void aBrokenLinkSaysSo() {
    Page page = new Browser(port).get("/password/not-a-real-token");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.h1()).isEqualTo("This link does not work");
  }

  private String demoName() {
    return areas.require("demo").name();
  }

  private static MimeMessage emailTo(String address) {
    return Arrays.stream(mail.getReceivedMessagesForDomain(address))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no email to " + address));
  }

  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36);
  }
}
