package org.entente.partnership;

/**
 * What the partnership produces (Matrix typology). Labels and definitions are in
 * messages/partnership.properties.
 */
public enum TypologyFunction {
  STRATEGIC,
  COMMISSIONING,
  DELIVERY
}
