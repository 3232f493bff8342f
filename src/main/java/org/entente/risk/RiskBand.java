package org.entente.risk;

/** A risk score's band. */
public enum RiskBand {
  RED,
  AMBER,
  GREEN
}
