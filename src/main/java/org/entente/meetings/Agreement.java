package org.entente.meetings;

/**
 * How a decision was reached, with the share of decisions a healthy partnership usually reaches
 * that way: most agreed by all, some resolved after debate, few contested.
 */
public enum Agreement {
  AGREED_BY_ALL(85),
  DEBATED_AND_RESOLVED(10),
  CONTESTED(5);

  private final int guidePercent;

  Agreement(int guidePercent) {
    this.guidePercent = guidePercent;
  }

  /** The rule-of-thumb share, in percent, of decisions reached this way. */
  public int guidePercent() {
    return guidePercent;
  }
}
