package org.entente.partnership;

/**
 * How formal the arrangement is (Improvement Service). Labels and definitions are in
 * messages/partnership.properties.
 */
public enum Formality {
  INFORMAL_COLLABORATION,
  STRATEGIC,
  STATUTORY_STRATEGIC,
  SERVICE_DELIVERY
}
