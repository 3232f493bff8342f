package org.entente.assessment;

/** How far a round has got: respondents invited, those who answered anything, those finished. */
public record RoundCounts(long invited, long started, long finished) {

  /** Finished as a whole percentage of those invited. */
  public int percentFinished() {
    return invited == 0 ? 0 : (int) Math.round(100.0 * finished / invited);
  }

  public long notFinished() {
    return invited - finished;
  }
}
