package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.identity.Browser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An installation outside demo mode starts with no accounts; the ENTENTE_BOOTSTRAP_* settings
 * create its first administrator and area. Runs on its own fresh embedded database, whatever
 * database the other integration tests use, because it needs one without accounts.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "entente.demo.load=false",
      "entente.embedded-db.temporary=true",
      "entente.bootstrap.area-slug=north-shire",
      "entente.bootstrap.area-name=North Shire",
      "entente.bootstrap.admin-username=chief",
      "entente.bootstrap.admin-email=chief@example.org",
      "entente.bootstrap.admin-password=first administrator password",
      "entente.bootstrap.admin-name=Chris Chief"
    })
@ActiveProfiles("test")
@DirtiesContext
class FirstAdministratorTest {

  @LocalServerPort int port;
  @Autowired FirstAdministrator firstAdministrator;
  @Autowired JdbcClient jdbc;

  @Test
  void theFirstAdministratorSignsInAndAdministersTheNewArea() {
    Browser chief = new Browser(port);
    Page home = chief.signIn("chief", "first administrator password");
    assertThat(home.path()).isEqualTo("/areas/north-shire");
    assertThat(home.text()).contains("North Shire");

    Page users = chief.get("/areas/north-shire/admin/users");
    assertThat(users.status()).isEqualTo(200);
    assertThat(users.html().select("tbody").text())
        .contains("Chris Chief", "chief@example.org", "Administrator", "Active", "Set");

    Page audit = chief.get("/areas/north-shire/admin/audit");
    assertThat(audit.html().select("tbody").text())
        .contains("system", "Created", "North Shire", "Role granted", "Administrator")
        .doesNotContain("first administrator password");
  }

  @Test
  void laterStartsLeaveTheAccountsAlone() throws Exception {
    firstAdministrator.run(null);
    assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from area").query(Long.class).single()).isEqualTo(1);
  }
}
