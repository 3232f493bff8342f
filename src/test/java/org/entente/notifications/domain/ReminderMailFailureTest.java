package org.entente.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.notifications.domain.ReminderFixtures.to;
import static org.entente.notifications.domain.ReminderFixtures.unique;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import org.entente.IntegrationTest;
import org.entente.notifications.domain.ReminderFixtures.Partnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reminder the mail server could not take is sent by a later run, once. */
@IntegrationTest
class ReminderMailFailureTest {

  @Autowired ApplicationContext context;
  @Autowired ReminderDesk desk;
  @Autowired JdbcClient jdbc;

  @Test
  void aReminderNotSentWhileTheMailServerIsDownIsSentOnceItIsBack() throws Exception {
    ReminderFixtures f = ReminderFixtures.of(context);
    LocalDate today = LocalDate.of(2029, 6, 5);
    Partnership p = f.partnership();
    String dee = unique("dee") + "@example.org";
    long action =
        f.action(
            p, "Renew the data sharing agreement", f.person("Dee Owner", dee), today.plusDays(2));

    // no mail server is listening yet
    ReminderDesk.Outcome down = desk.sendDue(today);
    assertThat(down.failed()).isPositive();
    assertThat(down.sent()).isZero();
    assertThat(recorded(action)).as("nothing recorded as sent").isZero();

    GreenMail mail = new GreenMail(ServerSetupTest.SMTP);
    mail.start();
    try {
      ReminderDesk.Outcome up = desk.sendDue(today.plusDays(1));
      assertThat(up.failed()).isZero();
      assertThat(to(mail, dee))
          .extracting(ReminderFixtures::subject)
          .containsExactly("Action due on Thursday 7 June 2029: Renew the data sharing agreement");
      assertThat(recorded(action)).isEqualTo(1);

      desk.sendDue(today.plusDays(1));
      desk.sendDue(today.plusDays(2));
      assertThat(to(mail, dee)).hasSize(1);
    } finally {
      mail.stop();
    }
  }

  private long recorded(long action) {
    return jdbc.sql(
            "select count(*) from reminder_sent where kind = 'ACTION_DUE_SOON' and subject_id = :id")
        .param("id", action)
        .query(Long.class)
        .single();
  }
}
