package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;

/** How a meeting's papers stand against their due date. */
public enum PapersState {
  /** None attached and the due date has not passed (or the meeting is cancelled or over). */
  NONE,
  /** Attached, all by the due date. */
  ON_TIME,
  /** At least one paper was published after the due date. */
  LATE,
  /** The due date has passed, the meeting is still to come and nothing is attached. */
  NOT_PUBLISHED;

  /**
   * How a meeting's papers stand.
   *
   * @param papers how many papers it has
   * @param late how many of them were published after the due date
   */
  public static PapersState of(
      MeetingStatus status,
      Instant startsAt,
      LocalDate papersDueOn,
      int papers,
      int late,
      LocalDate today,
      Instant now) {
    if (late > 0) {
      return LATE;
    }
    if (papers > 0) {
      return ON_TIME;
    }
    boolean toCome = status == MeetingStatus.SCHEDULED && startsAt.isAfter(now);
    return toCome && today.isAfter(papersDueOn) ? NOT_PUBLISHED : NONE;
  }

  /** Late or missing: what lists and the meeting page flag. */
  public boolean flagged() {
    return this == LATE || this == NOT_PUBLISHED;
  }
}
