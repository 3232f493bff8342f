package org.entente.partnership;

/**
 * The form a contribution to a partnership's costs takes. Labels and definitions are in
 * messages/partnership.properties.
 */
public enum CostKind {
  CASH,
  STAFF_TIME,
  IN_KIND
}
