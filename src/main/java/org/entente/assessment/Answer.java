package org.entente.assessment;

/**
 * One respondent's answer to one item: a point on the scale, as the respondent chose it (before any
 * reversal), or "don't know". An item left out of a {@link Response} was not answered.
 */
public record Answer(int value, boolean dontKnow) {

  private static final Answer DONT_KNOW = new Answer(0, true);

  public static Answer of(int value) {
    return new Answer(value, false);
  }

  public static Answer unknown() {
    return DONT_KNOW;
  }
}
