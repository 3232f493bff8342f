package org.entente.partnership;

/**
 * Where a partnership stands in the register. Labels and definitions are in
 * messages/partnership.properties.
 */
public enum PartnershipStatus {
  PROPOSED,
  ACTIVE,
  UNDER_REVIEW,
  CLOSED
}
