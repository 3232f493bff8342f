package org.entente.partnership;

/**
 * How a member organisation regards the partnership (Sullivan). Labels and definitions are in
 * messages/partnership.properties.
 */
public enum PartnerStance {
  ENTHUSIAST,
  ACTIVIST,
  PRAGMATIST,
  OPPONENT
}
