package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting in a list. */
public record MeetingSummary(
    long id,
    long partnershipId,
    long bodyId,
    String bodyName,
    Instant startsAt,
    String place,
    MeetingStatus status,
    LocalDate papersDueOn) {}
