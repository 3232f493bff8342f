package org.entente.meetings;

public enum MeetingStatus {
  SCHEDULED,
  CANCELLED
}
