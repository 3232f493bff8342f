package org.entente.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.notifications.domain.ReminderFixtures.subject;
import static org.entente.notifications.domain.ReminderFixtures.to;
import static org.entente.notifications.domain.ReminderFixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.entente.IntegrationTest;
import org.entente.notifications.domain.ReminderFixtures.Partnership;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes run the reminder job at the same moment against one database, each with its own lock
 * provider: every reminder is sent once. Without the lock, the record of what was sent alone still
 * keeps two runs from sending anything twice.
 */
@IntegrationTest
class TwoSchedulersTest {

  @RegisterExtension static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  static final int OWNERS = 12;

  @Autowired ApplicationContext context;
  @Autowired ReminderDesk desk;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void twoNodesWithTheirOwnLocksSendEachReminderOnce() throws Exception {
    LocalDate today = LocalDate.of(2029, 9, 4);
    List<String> owners = ownersWithActionsDue(today.plusDays(3));
    Instant start = Instant.now();
    Clock clock =
        Clock.fixed(today.atTime(9, 0).atZone(LondonTime.ZONE).toInstant(), LondonTime.ZONE);
    ReminderJob nodeA =
        new ReminderJob(
            desk,
            NotificationsConfiguration.lockProvider(dataSource),
            clock,
            Duration.ofMinutes(5),
            Duration.ZERO);
    ReminderJob nodeB =
        new ReminderJob(
            desk,
            NotificationsConfiguration.lockProvider(dataSource),
            clock,
            Duration.ofMinutes(5),
            Duration.ZERO);

    together(
        () -> {
          nodeA.run();
          return null;
        },
        () -> {
          nodeB.run();
          return null;
        });

    assertSentOnce(owners, "Action due on Friday 7 September 2029", start);
    assertThat(
            jdbc.sql("select count(*) from shedlock where name = :name")
                .param("name", ReminderJob.LOCK)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // and again, for good measure: nothing new is due
    nodeA.run();
    nodeB.run();
    assertSentOnce(owners, "Action due on Friday 7 September 2029", start);
  }

  @Test
  void withoutTheLockTwoRunsAtOnceStillSendEachReminderOnce() throws Exception {
    LocalDate today = LocalDate.of(2029, 10, 2);
    List<String> owners = ownersWithActionsDue(today.minusDays(1));
    Instant start = Instant.now();

    List<ReminderDesk.Outcome> outcomes =
        together(() -> desk.sendDue(today), () -> desk.sendDue(today));

    assertSentOnce(owners, "Action overdue since Monday 1 October 2029", start);
    assertThat(outcomes.stream().mapToInt(ReminderDesk.Outcome::sent).sum())
        .isEqualTo(mail.getReceivedMessages().length);
  }

  private List<String> ownersWithActionsDue(LocalDate dueOn) {
    ReminderFixtures f = ReminderFixtures.of(context);
    Partnership p = f.partnership();
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < OWNERS; i++) {
      String email = unique("owner" + i) + "@example.org";
      f.action(p, "Task " + i, f.person("Owner " + i, email), dueOn);
      owners.add(email);
    }
    f.officer(p, unique("officer"), unique("officer") + "@example.org", "Digest Officer");
    return owners;
  }

  /** Every owner got exactly one email, and nothing at all went twice. */
  private void assertSentOnce(List<String> owners, String subjectStart, Instant since)
      throws Exception {
    for (String owner : owners) {
      assertThat(to(mail, owner))
          .extracting(ReminderFixtures::subject)
          .singleElement()
          .asString()
          .startsWith(subjectStart);
    }
    MimeMessage[] all = mail.getReceivedMessages();
    long recorded =
        jdbc.sql("select count(*) from reminder_sent where sent_at >= :since")
            .param("since", Timestamp.from(since))
            .query(Long.class)
            .single();
    assertThat(all).hasSize((int) recorded);
    List<String> distinct = new ArrayList<>();
    for (MimeMessage m : all) {
      distinct.add(Arrays.toString(m.getRecipients(Message.RecipientType.TO)) + " " + subject(m));
    }
    assertThat(distinct).doesNotHaveDuplicates();
  }

  @SafeVarargs
  private static <T> List<T> together(Callable<T>... tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
    try {
      CountDownLatch ready = new CountDownLatch(tasks.length);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
