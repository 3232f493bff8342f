package org.entente.risk;

/** Whether a risk threatens the partnership itself or what it is trying to achieve. */
public enum RiskKind {
  /** A partner withdrawing, funding ending, reputational damage: a risk to the partnership. */
  PARTNERSHIP,
  /** A risk to the outcomes the partnership works for. */
  OUTCOMES
}
