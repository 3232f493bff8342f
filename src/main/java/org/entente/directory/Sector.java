package org.entente.directory;

/** The sector an organisation belongs to. */
public enum Sector {
  PUBLIC,
  PRIVATE,
  VOLUNTARY,
  ELECTED
}
