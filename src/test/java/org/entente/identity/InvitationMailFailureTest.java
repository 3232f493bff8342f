package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.identity.InvitationTest.unique;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.entente.IntegrationTest;
import org.entente.identity.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** When the mail server is down, the administrator is told and can resend the invitation later. */
@IntegrationTest
class InvitationMailFailureTest {

  @LocalServerPort int port;

  @Test
  void aFailedInvitationEmailCanBeResent() throws Exception {
    String who = unique("unlucky");
    Browser admin = new Browser(port);
    admin.signIn("admin", "demo");

    // no mail server is listening yet
    Page afterInvite =
        admin.submit(
            admin.get("/areas/demo/admin/users/invite"),
            "Send invitation",
            Map.of(
                "displayName",
                "Una Lucky",
                "email",
                who + "@example.org",
                "username",
                who,
                "role",
                "MEMBER"));
    assertThat(afterInvite.h1()).isEqualTo("Una Lucky");
    assertThat(afterInvite.errorSummary())
        .contains("The invitation email to Una Lucky", "could not be sent", "Resend invitation");
    assertThat(afterInvite.html().select(".govuk-summary-list").text()).contains("Not set yet");

    GreenMail mail = new GreenMail(ServerSetupTest.SMTP);
    mail.start();
    try {
      Page resent = admin.submit(afterInvite, "Resend invitation", Map.of());
      assertThat(resent.successBanner())
          .contains("A new invitation has been sent to Una Lucky at " + who + "@example.org");
      assertThat(mail.getReceivedMessagesForDomain(who + "@example.org")).hasSize(1);
      assertThat((String) mail.getReceivedMessagesForDomain(who + "@example.org")[0].getContent())
          .contains("/password/");
    } finally {
      mail.stop();
    }
  }
}
