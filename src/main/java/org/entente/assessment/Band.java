package org.entente.assessment;

/** The red/amber/green reading of a mean score. */
public enum Band {
  RED,
  AMBER,
  GREEN
}
