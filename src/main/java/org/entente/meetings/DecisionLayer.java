package org.entente.meetings;

/** The layer of the partnership a decision was taken at. */
public enum DecisionLayer {
  STRATEGIC,
  EXECUTIVE,
  OPERATIONAL
}
