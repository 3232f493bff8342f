package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting in a list, with how many papers it has and how they stand against their due date. */
public record MeetingSummary(
    long id,
    long partnershipId,
    long bodyId,
    String bodyName,
    Instant startsAt,
    String place,
    MeetingStatus status,
    LocalDate papersDueOn,
    int paperCount,
    PapersState papers) {

  /** Papers late or not published by their due date. */
  public boolean papersLate() {
    return papers.flagged();
  }
}
