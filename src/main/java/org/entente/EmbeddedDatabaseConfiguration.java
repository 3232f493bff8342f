package org.entente;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Starts an embedded PostgreSQL when no database server is configured, so that a pilot needs
 * nothing installed. With {@code spring.datasource.url} set this configuration stays out of the
 * way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  /** Where the embedded server keeps its data; {@code temporary} gives each start a fresh one. */
  @ConfigurationProperties("entente.embedded-db")
  record EmbeddedDatabaseProperties(Path dataDir, boolean temporary) {
    EmbeddedDatabaseProperties {
      dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
    }
  }

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    Path dataDir =
        properties.temporary() ? Files.createTempDirectory("entente-pg") : properties.dataDir();
    Files.createDirectories(dataDir);
    stopOrphanedServer(dataDir.toAbsolutePath());
    boolean fresh = isEmpty(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(properties.temporary())
            .setRegisterShutdownHook(false)
            .start();
    log.info(
        "Using embedded PostgreSQL on port {} with data in {}{}",
        postgres.getPort(),
        dataDir.toAbsolutePath(),
        fresh ? " (new)" : "");
    return postgres;
  }

  @Bean
  @DependsOn("embeddedPostgres")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(10);
    dataSource.setPoolName("entente-embedded");
    return dataSource;
  }

  static boolean servesDirectory(String commandLine, Path dataDir) {
    String[] words = commandLine.trim().split("\\s+");
    if (!Path.of(words[0]).getFileName().toString().equals("postgres")) {
      return false;
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i].equals("-D") && cwd.resolve(words[i + 1]).normalize().equals(dataDir)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * After the JVM is killed the embedded server keeps running and the next start fails on its
   * postmaster.pid; stop that server if it serves this same data directory.
   */
  private static void stopOrphanedServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid;
    try (Stream<String> lines = Files.lines(pidFile)) {
      pid = Long.parseLong(lines.findFirst().orElse("0").trim());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    // the server was started with "-D <data directory>", relative to where Entente was started
    boolean ours =
        process
            .flatMap(p -> p.info().commandLine())
            .map(cmd -> servesDirectory(cmd, dataDir))
            .orElse(false);
    if (ours) {
      log.warn("Stopping an embedded PostgreSQL (pid {}) left running by an earlier start", pid);
      process.get().destroy();
      try {
        process.get().onExit().get();
      } catch (Exception e) {
        Thread.currentThread().interrupt();
      }
    }
    if (process.isEmpty() || ours) {
      Files.deleteIfExists(pidFile);
    }
  }
}
