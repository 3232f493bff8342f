package org.entente.assessment;

/** Where a health-check round is: being set up, open for answers, or closed for good. */
public enum RoundState {
  DRAFT,
  OPEN,
  CLOSED
}
