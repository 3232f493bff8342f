package org.entente.partnership;

/**
 * The ground a partnership covers. Labels and definitions are in messages/partnership.properties.
 */
public enum Geography {
  COUNTY_WIDE,
  DISTRICT,
  NEIGHBOURHOOD,
  CROSS_BORDER
}
