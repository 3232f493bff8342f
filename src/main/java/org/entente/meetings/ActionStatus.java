package org.entente.meetings;

import java.time.LocalDate;

public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  DROPPED;

  /** Open and in-progress actions are still owed; done and dropped ones are settled. */
  public boolean outstanding() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /** An outstanding action whose due date has passed; one due today is not yet overdue. */
  public boolean overdue(LocalDate dueOn, LocalDate today) {
    return outstanding() && dueOn.isBefore(today);
  }
}
