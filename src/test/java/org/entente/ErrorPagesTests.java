package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.entente.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages say what happened in plain words and leak nothing about the system. */
@IntegrationTest
class ErrorPagesTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  @Test
  void notFoundAndForbiddenPagesAreFriendlyAndLeakNothing() throws Exception {
    signIn("member", "demo");
    HttpResponse<String> missing = get("/areas/demo/partnerships/987654321");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found").contains("govuk-header");
    assertNoInternals(missing.body());

    HttpResponse<String> forbidden = get("/areas/demo/admin/users");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("You do not have access to this page");
    assertNoInternals(forbidden.body());

    HttpResponse<String> badId = get("/areas/demo/partnerships/not-a-number");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertNoInternals(badId.body());
  }

  @Test
  void repeatedWrongPasswordsLockTheAccount() throws Exception {
    long id =
        accounts.create(
            null, "lockcheck", "lockcheck@example.org", "Lock Check", "the right password");
    assertThat(id).isPositive();
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("lockcheck", "a wrong password " + i).headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }
    HttpResponse<String> locked = signIn("lockcheck", "the right password");
    assertThat(locked.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(get("/login?error").body()).contains("locked");
  }

  private HttpResponse<String> signIn(String username, String password) throws Exception {
    String login = get("/login").body();
    String csrf = login.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username="
                        + username
                        + "&password="
                        + password.replace(" ", "+")
                        + "&_csrf="
                        + csrf))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What a person reads on the page (not the markup, whose random tokens could hold anything). */
  private static void assertNoInternals(String html) {
    String text = org.jsoup.Jsoup.parse(html).text();
    for (String leak : List.of("Exception", "at org.", "springframework", "SQL", "stack trace")) {
      assertThat(text).doesNotContainIgnoringCase(leak);
    }
  }
}
