package org.entente.meetings;

/** Minutes are drafted, approved at the body's next meeting, then published. */
public enum MinutesStatus {
  DRAFT,
  APPROVED,
  PUBLISHED
}
