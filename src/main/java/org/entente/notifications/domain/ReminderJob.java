package org.entente.notifications.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders on a schedule, under a ShedLock lock held in the database, so that however
 * many nodes run Entente only one of them sends at a time. (The ledger would stop duplicates even
 * without it; the lock saves the other nodes the work.)
 */
class ReminderJob {

  static final String LOCK = "entente-reminders";

  private final ReminderDesk desk;
  private final LockingTaskExecutor locks;
  private final Clock clock;
  private final Duration lockAtMostFor;
  private final Duration lockAtLeastFor;

  /**
   * @param clock tells the day, in the zone of the clock, for which reminders are due
   * @param lockAtMostFor how long a node that died mid-run keeps the others out
   * @param lockAtLeastFor how long the lock is kept after a quick run, so that a node whose clock
   *     is a little behind does not start the same scheduled run again
   */
  ReminderJob(
      ReminderDesk desk,
      LockProvider lockProvider,
      Clock clock,
      Duration lockAtMostFor,
      Duration lockAtLeastFor) {
    this.desk = desk;
    this.locks = new DefaultLockingTaskExecutor(lockProvider);
    this.clock = clock;
    this.lockAtMostFor = lockAtMostFor;
    this.lockAtLeastFor = lockAtLeastFor;
  }

  @Scheduled(
      cron = "${entente.notifications.cron:0 */15 * * * *}",
      zone = "${entente.notifications.zone:Europe/London}")
  void run() {
    locks.executeWithLock(
        (Runnable) () -> desk.sendDue(LocalDate.now(clock)),
        new LockConfiguration(Instant.now(), LOCK, lockAtMostFor, lockAtLeastFor));
  }
}
