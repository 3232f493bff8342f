package org.entente.meetings;

/** How a seat was filled at a meeting. */
public enum AttendanceStatus {
  PRESENT,
  SUBSTITUTE,
  APOLOGIES,
  ABSENT
}
