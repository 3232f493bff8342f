package org.entente.partnership;

/**
 * Level of collaboration (Matrix typology, after Griffith). Labels and definitions are in
 * messages/partnership.properties.
 */
public enum CollaborationLevel {
  COOPERATION,
  COORDINATION,
  INTEGRATION
}
