package org.entente.conflict;

/** How much a tension gets in the way of the partnership's work. */
public enum TensionSeverity {
  LOW,
  MEDIUM,
  HIGH
}
