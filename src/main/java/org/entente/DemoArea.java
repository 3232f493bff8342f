package org.entente;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo area: a fictional county with its partners, partnerships and one account per role.
 * It loads into an empty embedded database, or into any database when {@code
 * entente.demo.load=true} (ENTENTE_DEMO_LOAD=true); never into an external database by accident.
 */
@Component
@Order(10)
class DemoArea implements ApplicationRunner {

  static final String SLUG = "demo";
  static final String PASSWORD = "demo";

  /** The demo accounts, each with the password "demo" and the API token "demo-&lt;account&gt;". */
  enum Account {
    ADMIN("admin", "Alex Admin", Role.ADMIN),
    OFFICER("officer", "Olivia Officer", Role.OFFICER),
    MEMBER("member", "Morgan Member", Role.MEMBER),
    SCRUTINY("scrutiny", "Sam Scrutiny", Role.SCRUTINY);

    final String username;
    final String displayName;
    final Role role;

    Account(String username, String displayName, Role role) {
      this.username = username;
      this.displayName = displayName;
      this.role = role;
    }
  }

  /** Partnerships the demo officer is assigned to. */
  static final List<String> OFFICER_PARTNERSHIPS =
      List.of("Safer Shires Community Safety Partnership", "Domestic Abuse Delivery Group");

  private static final Logger log = LoggerFactory.getLogger(DemoArea.class);

  private final String load;
  private final boolean embedded;
  private final Areas areas;
  private final Accounts accounts;
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DemoOptionsBoards optionsBoards;

  DemoArea(
      @Value("${entente.demo.load:auto}") String load,
      ObjectProvider<EmbeddedPostgres> embedded,
      Areas areas,
      Accounts accounts,
      DataSource dataSource,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      DemoOptionsBoards optionsBoards) {
    this.load = load;
    this.embedded = embedded.getIfAvailable() != null;
    this.areas = areas;
    this.accounts = accounts;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.optionsBoards = optionsBoards;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!wanted(load, embedded, areas.isEmpty(), areas.findBySlug(SLUG).isPresent())) {
      return;
    }
    Resource[] scripts =
        new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.sql");
    Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
    transaction.executeWithoutResult(
        status -> {
          new ResourceDatabasePopulator(false, false, "UTF-8", scripts).execute(dataSource);
          AreaRef area = areas.require(SLUG);
          new DemoMeetings(dataSource, area.id(), LondonTime.today()).load();
          new DemoStability(dataSource, area.id()).load();
          optionsBoards.load(area);
          new DemoPerformance(dataSource, area.id(), LondonTime.today()).load();
          new DemoRisks(dataSource, area.id(), LondonTime.today()).load();
          for (Account account : Account.values()) {
            long userId =
                accounts.create(
                    area.id(),
                    account.username,
                    account.username + "@demo.entente.invalid",
                    account.displayName,
                    PASSWORD);
            accounts.addToken(userId, "Demo token", "demo-" + account.username);
            if (account.role == Role.OFFICER) {
              for (String name : OFFICER_PARTNERSHIPS) {
                accounts.grant(userId, area.id(), Role.OFFICER, partnershipId(area, name));
              }
            } else {
              accounts.grant(userId, area.id(), account.role, null);
            }
          }
        });
    log.info("Loaded the demo area '{}' from {} scripts", SLUG, scripts.length);
  }

  /**
   * Whether to load the demo: when asked for and not there yet, or by default only into a brand-new
   * embedded database, so that it never lands in a real one by accident.
   */
  static boolean wanted(String load, boolean embedded, boolean noAreas, boolean demoExists) {
    return switch (load) {
      case "true" -> !demoExists;
      case "auto" -> embedded && noAreas;
      default -> false;
    };
  }

  private long partnershipId(AreaRef area, String name) {
    return jdbc.sql("select id from partnership where area_id = :area and name = :name")
        .param("area", area.id())
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
