package org.entente.partnership;

/**
 * Kinds of collaborative gain, benefit no partner could have achieved alone. Labels and definitions
 * are in messages/partnership.properties.
 */
public enum BenefitKind {
  COMPLIANCE_REPUTATION,
  ACCESS_TAKE_UP,
  RATIONALISATION,
  TRANSPARENCY_ACCOUNTABILITY,
  CUSTOMER_EXPERIENCE,
  BETTER_OUTCOMES
}
