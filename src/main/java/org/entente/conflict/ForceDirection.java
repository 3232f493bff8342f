package org.entente.conflict;

/** A force either drives the desired change or resists it. */
public enum ForceDirection {
  DRIVING,
  RESISTING
}
