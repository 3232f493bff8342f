package org.entente;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the tests at the PostgreSQL server named by ENTENTE_TEST_DB_URL (CI sets it to a fresh
 * database on the machine's server), or at a temporary embedded one, and says which it used.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String url = System.getenv("ENTENTE_TEST_DB_URL");
    Map<String, Object> properties = new HashMap<>();
    if (url != null && !url.isBlank()) {
      properties.put("spring.datasource.url", url);
      properties.put(
          "spring.datasource.username",
          System.getenv().getOrDefault("ENTENTE_TEST_DB_USER", "postgres"));
      properties.put(
          "spring.datasource.password",
          System.getenv().getOrDefault("ENTENTE_TEST_DB_PASSWORD", ""));
      System.out.println("[entente tests] database: PostgreSQL server at " + url);
    } else {
      properties.put("entente.embedded-db.temporary", "true");
      System.out.println("[entente tests] database: embedded PostgreSQL in a temporary directory");
    }
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("entente-test-database", properties));
  }
}
