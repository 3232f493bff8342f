package org.entente.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.entente.shared.LondonTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder job and the lock it runs under; {@code entente.notifications.enabled=false} stops
 * it.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

  /** Locks in the shedlock table, timed by the database's clock so nodes' clocks do not matter. */
  static LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }

  @Bean
  @ConditionalOnProperty(
      name = "entente.notifications.enabled",
      havingValue = "true",
      matchIfMissing = true)
  ReminderJob reminderJob(
      ReminderDesk desk,
      DataSource dataSource,
      ObjectProvider<Clock> clock,
      @Value("${entente.notifications.lock-at-most-for:PT30M}") Duration lockAtMostFor,
      @Value("${entente.notifications.lock-at-least-for:PT1M}") Duration lockAtLeastFor) {
    return new ReminderJob(
        desk,
        lockProvider(dataSource),
        clock.getIfAvailable(() -> Clock.system(LondonTime.ZONE)),
        lockAtMostFor,
        lockAtLeastFor);
  }
}
