package org.entente.conflict;

/** Where a tension comes from, in the words of partnership guidance. */
public enum TensionSource {
  UNCLEAR_ROLES,
  PHILOSOPHY,
  PRIORITIES,
  POWER_IMBALANCE,
  COMMUNICATION,
  UNEVEN_COMMITMENT
}
