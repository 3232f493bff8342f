package org.entente.conflict;

/** The three families of barriers that breed tension between partners. */
public enum BarrierFamily {
  STRUCTURES,
  PROCESSES,
  CULTURES
}
