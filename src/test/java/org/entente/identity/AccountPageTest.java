package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.identity.InvitationTest.unique;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.entente.IntegrationTest;
import org.entente.directory.Areas;
import org.entente.identity.Browser.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A user's own account page: their roles, personal API tokens and password. */
@IntegrationTest
class AccountPageTest {

  private static final String PASSWORD = "first password 123";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Areas areas;
  @Autowired JdbcClient jdbc;

  private String username;
  private Browser user;

  @BeforeEach
  void signIn() {
    username = unique("scripter");
    long areaId = areas.require("demo").id();
    long id =
        accounts.create(areaId, username, username + "@example.org", "Sam Scripter", PASSWORD);
    accounts.grant(id, areaId, Role.MEMBER, null);
    user = new Browser(port);
    user.signIn(username, PASSWORD);
  }

  @Test
  void showsWhoTheUserIsAndTheirRoles() {
    Page account = user.get("/account");
    assertThat(account.h1()).isEqualTo("Your account");
    assertThat(account.html().select(".govuk-summary-list").text())
        .contains("Sam Scripter", username, username + "@example.org");
    assertThat(account.html().select("table").first().text())
        .contains(areas.require("demo").name(), "Member");
    assertThat(account.text()).contains("You have no API tokens.");
  }

  @Test
  void aTokenIsShownOnceWorksForTheApiAndStopsWorkingWhenRevoked() throws Exception {
    Page account = user.get("/account");
    Page unnamed = user.submit(account, "Create token", Map.of("name", " "));
    assertThat(unnamed.errorSummary()).contains("Enter a name for the token");

    Page created = user.submit(unnamed, "Create token", Map.of("name", "Nightly import"));
    assertThat(created.h1()).isEqualTo("Your new API token");
    assertThat(created.text()).contains("You will not be able to see it again");
    String token = created.html().select("input#token").val();
    assertThat(token).startsWith("ent_").hasSizeGreaterThan(40);

    assertThat(user.get("/account/tokens/created").path())
        .as("the token is shown only once")
        .isEqualTo("/account");
    assertThat(user.get("/account").html().select("#tokens ~ table").text())
        .contains("Nightly import", "Never")
        .doesNotContain(token);

    String storedHash =
        jdbc.sql(
                "select token_hash from api_token where name = 'Nightly import' and user_id ="
                    + " (select id from user_account where username = :u)")
            .param("u", username)
            .query(String.class)
            .single();
    assertThat(storedHash).isNotEqualTo(token).isEqualTo(sha256(token));

    assertThat(api("/api/v1/no-such-thing", token)).as("known token").isEqualTo(404);
    assertThat(api("/api/v1/no-such-thing", null)).as("no token").isEqualTo(401);
    assertThat(user.get("/account").html().select("#tokens ~ table").text())
        .doesNotContain("Never");

    Page revoked = user.press(user.get("/account"), "Revoke", "Nightly import");
    assertThat(revoked.successBanner()).contains("The token Nightly import has been revoked");
    assertThat(revoked.text()).contains("You have no API tokens.");
    assertThat(api("/api/v1/no-such-thing", token)).as("revoked token").isEqualTo(401);
  }

  @Test
  void changingThePasswordChecksTheCurrentOneAndTheNewOne() {
    Page form = user.click(user.get("/account"), "Change your password");
    assertThat(form.h1()).isEqualTo("Change your password");

    Page wrongCurrent =
        user.submit(
            form,
            "Change password",
            Map.of(
                "currentPassword", "not my password",
                "newPassword", "short",
                "confirmation", "different"));
    assertThat(wrongCurrent.errorSummary())
        .contains(
            "Your current password is not correct", "Password must be at least 10 characters");

    Page mismatch =
        user.submit(
            form,
            "Change password",
            Map.of(
                "currentPassword", PASSWORD,
                "newPassword", "second password 456",
                "confirmation", "second password 789"));
    assertThat(mismatch.errorSummary()).contains("The passwords do not match");

    Page changed =
        user.submit(
            form,
            "Change password",
            Map.of(
                "currentPassword", PASSWORD,
                "newPassword", "second password 456",
                "confirmation", "second password 456"));
    assertThat(changed.path()).isEqualTo("/account");
    assertThat(changed.successBanner()).contains("Your password has been changed");

    assertThat(new Browser(port).signIn(username, PASSWORD).path()).isEqualTo("/login");
    assertThat(new Browser(port).signIn(username, "second password 456").path())
        .isEqualTo("/areas/demo");
  }

  private int api(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
