package org.entente.performance;

/** Direction of travel of an indicator between two values. */
public enum Direction {
  IMPROVING,
  NO_CHANGE,
  WORSENING,
  /** One of the two values is missing. */
  UNKNOWN;

  /** From {@code before} to {@code after}, read by the polarity; unknown if either is null. */
  public static Direction between(
      java.math.BigDecimal before, java.math.BigDecimal after, Polarity polarity) {
    if (before == null || after == null) {
      return UNKNOWN;
    }
    int c = polarity.compare(after, before);
    return c > 0 ? IMPROVING : c < 0 ? WORSENING : NO_CHANGE;
  }
}
