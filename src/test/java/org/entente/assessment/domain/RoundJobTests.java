package org.entente.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.entente.IntegrationTest;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.RoundFixtures;
import org.entente.assessment.RoundFixtures.Fixture;
import org.entente.assessment.RoundState;
import org.entente.assessment.Rounds;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scheduled job closes rounds past their date and reminds once, three days before. */
@IntegrationTest
class RoundJobTests {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Rounds rounds;
  @Autowired RoundBook book;
  @Autowired InstrumentLibrary library;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  Fixture f;
  RoundJob job;

  @BeforeEach
  void setUp() {
    f = RoundFixtures.partnership(areas, register, structure, people, organisations);
    job =
        new RoundJob(
            book,
            new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                    .withJdbcTemplate(new JdbcTemplate(dataSource))
                    .usingDbTime()
                    .build()),
            Clock.system(LondonTime.ZONE));
  }

  long round(LocalDate closesOn) {
    InstrumentText i = library.latest("audit-commission-governance").orElseThrow();
    return rounds.startNow(
        f.area().id(),
        f.pid(),
        new Rounds.Draft(i.key(), i.version(), List.of(f.body()), null, closesOn, true, 3),
        "test");
  }

  @Test
  void oneAutomaticReminderGoesThreeDaysBeforeClosingToThoseNotFinished() throws Exception {
    LocalDate today = LondonTime.today();
    long id = round(today.plusDays(3));
    // invited a fortnight ago
    jdbc.sql(
            "update health_check_respondent set invited_at = now() - interval '14 days'"
                + " where round_id = ?")
        .param(id)
        .update();
    String token = RoundFixtures.token(mail, f.emails().get(0));
    rounds.answer(
        token,
        rounds.questionnaire(token).orElseThrow().version(),
        java.util.Map.of(
            library
                .latest("audit-commission-governance")
                .orElseThrow()
                .dimensions()
                .get(0)
                .items()
                .get(0)
                .key(),
            org.entente.assessment.Answer.of(3)),
        true);

    job.run(today);
    job.run(today);
    job.run(today.plusDays(1));

    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(0))).hasSize(1);
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(1))).hasSize(2);
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(2))).hasSize(2);
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(1)).get(1).getSubject())
        .startsWith("Reminder: health check of");
    assertThat(
            jdbc.sql(
                    "select count(*) from health_check_reminder m join health_check_respondent x"
                        + " on x.id = m.respondent_id where x.round_id = ? and m.automatic")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void roundsCloseOnceTheirClosingDateHasPassed() throws Exception {
    LocalDate today = LondonTime.today();
    long due = round(today.plusDays(1));
    long notYet = round(today.plusDays(2));

    job.run(today.plusDays(1));
    assertThat(rounds.round(f.area().id(), due).orElseThrow().state()).isEqualTo(RoundState.OPEN);

    job.run(today.plusDays(2));
    assertThat(rounds.round(f.area().id(), due).orElseThrow().state()).isEqualTo(RoundState.CLOSED);
    assertThat(rounds.round(f.area().id(), notYet).orElseThrow().state())
        .isEqualTo(RoundState.OPEN);
  }
}
