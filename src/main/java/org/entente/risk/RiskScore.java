package org.entente.risk;

/**
 * A risk's likelihood and impact, each 1 to 5, and its score, their product (1 to 25). The same
 * shape serves the inherent score (before controls) and the residual one (after them).
 */
public record RiskScore(int likelihood, int impact) {

  public RiskScore {
    if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
      throw new IllegalArgumentException("Likelihood and impact must each be between 1 and 5.");
    }
  }

  public int score() {
    return likelihood * impact;
  }

  public RiskBand band(RiskBanding banding) {
    return banding.band(score());
  }
}
