package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseConfigurationTests {

  private final Path data = Path.of("").toAbsolutePath().resolve("data/postgres");

  @Test
  void recognisesAServerLeftRunningOnTheSameDataDirectory() {
    assertThat(
            EmbeddedDatabaseConfiguration.servesDirectory(
                "/tmp/embedded-pg/PG-1/bin/postgres -D data/postgres -p 34097 -F", data))
        .isTrue();
    assertThat(
            EmbeddedDatabaseConfiguration.servesDirectory(
                "/tmp/embedded-pg/PG-1/bin/postgres -D " + data + " -p 34097", data))
        .isTrue();
  }

  @Test
  void leavesOtherProcessesAlone() {
    assertThat(
            EmbeddedDatabaseConfiguration.servesDirectory(
                "/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main", data))
        .isFalse();
    assertThat(EmbeddedDatabaseConfiguration.servesDirectory("vim -D data/postgres", data))
        .isFalse();
  }
}
