package org.entente.performance;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How far an actual may fall short of its target and still be amber rather than red: an amount in
 * the indicator's unit, or a percentage of the target.
 */
public record Tolerance(Kind kind, BigDecimal amount) {

  public enum Kind {
    ABSOLUTE,
    PERCENT
  }

  /** No tolerance: anything short of the target is red. */
  public static final Tolerance NONE = new Tolerance(Kind.ABSOLUTE, BigDecimal.ZERO);

  public Tolerance {
    if (kind == null || amount == null) {
      throw new IllegalArgumentException("A tolerance needs a kind and an amount.");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("A tolerance cannot be negative.");
    }
  }

  public static Tolerance absolute(String amount) {
    return new Tolerance(Kind.ABSOLUTE, new BigDecimal(amount));
  }

  public static Tolerance percent(String amount) {
    return new Tolerance(Kind.PERCENT, new BigDecimal(amount));
  }

  /** The shortfall allowed against {@code target}. */
  BigDecimal allowance(BigDecimal target) {
    return kind == Kind.ABSOLUTE
        ? amount
        : target.abs().multiply(amount, MathContext.DECIMAL64).movePointLeft(2);
  }
}
