package org.entente.risk;

/**
 * Where the bands start: a score of {@code redFrom} or more is red, {@code amberFrom} or more is
 * amber, and anything lower green. The default is 15 and 8.
 */
public record RiskBanding(int redFrom, int amberFrom) {

  public static final RiskBanding DEFAULT = new RiskBanding(15, 8);

  public RiskBanding {
    if (amberFrom < 2 || redFrom <= amberFrom || redFrom > 25) {
      throw new IllegalArgumentException(
          "Bands need 2 <= amber start < red start <= 25, not amber "
              + amberFrom
              + " and red "
              + redFrom
              + ".");
    }
  }

  public RiskBand band(int score) {
    return score >= redFrom ? RiskBand.RED : score >= amberFrom ? RiskBand.AMBER : RiskBand.GREEN;
  }
}
