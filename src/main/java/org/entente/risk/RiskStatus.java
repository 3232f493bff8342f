package org.entente.risk;

/** Whether a risk is still being managed. */
public enum RiskStatus {
  OPEN,
  CLOSED
}
