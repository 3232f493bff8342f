package org.entente.notifications.domain;

import java.time.LocalDate;
import java.util.List;
import org.entente.directory.AreaRef;

/**
 * Finds the reminders of some kinds that are due in an area on a day, whether or not they were sent
 * already; the desk skips those sent and those their recipients turned off.
 */
interface ReminderSource {

  List<Reminder> due(AreaRef area, LocalDate today);

  /**
   * The source as one run uses it, for every area in turn: a source that finds reminders across the
   * installation in one go looks them up here, once a run, rather than once an area.
   */
  default ReminderSource forRun(LocalDate today) {
    return this;
  }
}
