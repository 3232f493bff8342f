package org.entente.assessment;

/**
 * How an instrument turns a mean into a band and a spread into a disagreement flag.
 *
 * <p>With {@link Basis#SCALE} the thresholds are points on the instrument's scale: a mean below
 * {@code redBelow} is red, below {@code amberBelow} amber, otherwise green; a spread (standard
 * deviation) above {@code disagreementAbove} flags disagreement. With {@link Basis#SHARE} every
 * threshold is a share (0 to 1) of the scale's range: the mean is read as {@code (mean - min) /
 * (max - min)} and the spread as {@code spread / (max - min)}, so one rule fits a 4-point and a
 * 5-point scale alike.
 */
public record Banding(Basis basis, double redBelow, double amberBelow, double disagreementAbove) {

  /** Whether thresholds are points on the scale or shares of its range. */
  public enum Basis {
    SCALE,
    SHARE
  }

  /** The default for a 1 to 5 scale: below 2.5 red, below 3.5 amber, spread above 1.0 disputed. */
  public static final Banding DEFAULT = new Banding(Basis.SCALE, 2.5, 3.5, 1.0);

  /**
   * The same reading as {@link #DEFAULT} expressed as shares of the range, for scales of any
   * length: 2.5 of 1..5 is 0.375 of the way up, 3.5 is 0.625 and a spread of 1.0 is 0.25.
   */
  public static final Banding DEFAULT_SHARE = new Banding(Basis.SHARE, 0.375, 0.625, 0.25);

  public Banding {
    if (basis == null) {
      throw new IllegalArgumentException("banding needs a basis");
    }
    if (amberBelow < redBelow) {
      throw new IllegalArgumentException("the amber threshold cannot be below the red one");
    }
  }

  /** The band of a mean on the given scale. */
  public Band band(double mean, Scale scale) {
    double reading =
        basis == Basis.SCALE ? mean : (mean - scale.min()) / (scale.max() - scale.min());
    if (reading < redBelow) {
      return Band.RED;
    }
    return reading < amberBelow ? Band.AMBER : Band.GREEN;
  }

  /** Whether a spread on the given scale is wide enough to flag disagreement. */
  public boolean disputed(double spread, Scale scale) {
    double reading = basis == Basis.SCALE ? spread : spread / (scale.max() - scale.min());
    return reading > disagreementAbove;
  }
}
