package org.entente.assessment;

import java.time.LocalDate;

/** Answers were sent to a round that is closed; nothing was saved. */
public class RoundClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final LocalDate closedOn;

  public RoundClosedException(LocalDate closedOn) {
    super("the health check closed on " + closedOn);
    this.closedOn = closedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }
}
