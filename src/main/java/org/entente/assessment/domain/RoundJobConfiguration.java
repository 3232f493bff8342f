package org.entente.assessment.domain;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.entente.shared.LondonTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job that closes rounds and reminds respondents; {@code entente.health-checks.enabled=false}
 * stops it.
 */
@Configuration(proxyBeanMethods = false)
class RoundJobConfiguration {

  @Bean
  @ConditionalOnProperty(
      name = "entente.health-checks.enabled",
      havingValue = "true",
      matchIfMissing = true)
  RoundJob roundJob(RoundBook rounds, DataSource dataSource, ObjectProvider<Clock> clock) {
    return new RoundJob(
        rounds,
        new JdbcTemplateLockProvider(
            JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build()),
        clock.getIfAvailable(() -> Clock.system(LondonTime.ZONE)));
  }
}
