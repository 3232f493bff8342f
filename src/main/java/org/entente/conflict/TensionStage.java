package org.entente.conflict;

/**
 * How far a tension has got: raised, worked on within the partnership, taken to an external
 * facilitator or mediator, resolved, or come back.
 */
public enum TensionStage {
  RAISED,
  WITHIN_PARTNERSHIP,
  EXTERNAL_HELP,
  RESOLVED,
  RECURRING;

  /** Every stage but resolved still needs attention; a recurring tension is open again. */
  public boolean open() {
    return this != RESOLVED;
  }
}
