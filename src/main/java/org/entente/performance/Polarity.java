package org.entente.performance;

/** Which way an indicator should move. */
public enum Polarity {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER;

  /** Positive when {@code a} is better than {@code b}, negative when worse, zero when equal. */
  int compare(java.math.BigDecimal a, java.math.BigDecimal b) {
    int c = a.compareTo(b);
    return this == HIGHER_IS_BETTER ? c : -c;
  }
}
