package org.entente.performance;

/**
 * Red, amber, green or grey: an indicator's status for a period, and a scorecard perspective's
 * colour. Grey means there is nothing to judge by.
 */
public enum Rag {
  RED,
  AMBER,
  GREEN,
  GREY
}
