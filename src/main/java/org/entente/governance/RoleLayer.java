package org.entente.governance;

/** The layer of a partnership's structure a body works at. */
public enum RoleLayer {
  ENGAGEMENT,
  STRATEGIC,
  EXECUTIVE,
  DELIVERY_OVERSIGHT,
  OPERATIONAL,
  LOCALITY
}
