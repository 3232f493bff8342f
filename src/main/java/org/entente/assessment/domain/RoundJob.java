package org.entente.assessment.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes rounds whose closing date has passed and sends the one automatic reminder three days
 * before a round closes, on a schedule and under a ShedLock lock so that one node does it at a
 * time. The reminder rows would stop a second reminder even without the lock.
 */
class RoundJob {

  static final String LOCK = "entente-health-checks";

  /** The automatic reminder goes this many days before the closing date. */
  static final int REMIND_DAYS_BEFORE = 3;

  private static final Logger log = LoggerFactory.getLogger(RoundJob.class);

  private final RoundBook rounds;
  private final LockingTaskExecutor locks;
  private final Clock clock;

  RoundJob(RoundBook rounds, LockProvider lockProvider, Clock clock) {
    this.rounds = rounds;
    this.locks = new DefaultLockingTaskExecutor(lockProvider);
    this.clock = clock;
  }

  @Scheduled(
      cron = "${entente.health-checks.cron:0 5/15 * * * *}",
      zone = "${entente.notifications.zone:Europe/London}")
  void scheduled() {
    locks.executeWithLock(
        (Runnable) () -> run(LocalDate.now(clock)),
        new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ofMinutes(1)));
  }

  /** What one run did. */
  record Outcome(int closed, int reminded, int failed) {}

  Outcome run(LocalDate today) {
    int closed = rounds.closeDue(today);
    int reminded = 0;
    int failed = 0;
    for (RoundBook.Due due : rounds.dueReminders(today, REMIND_DAYS_BEFORE)) {
      try {
        if (rounds.remindOnce(due)) {
          reminded++;
        }
      } catch (MailException e) {
        failed++;
        log.warn(
            "Health check reminder to respondent #{} not sent, to be tried on the next run: {}",
            due.respondentId(),
            e.getMessage());
      }
    }
    if (closed + reminded + failed > 0) {
      log.info(
          "Health checks on {}: {} rounds closed, {} reminders sent, {} not sent",
          today,
          closed,
          reminded,
          failed);
    }
    return new Outcome(closed, reminded, failed);
  }
}
