package org.entente.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as a calendar feed shows it. The version rises with every change, so calendars can tell
 * a newer copy of the event from an older one.
 */
public record CalendarEntry(
    long id,
    long partnershipId,
    long bodyId,
    String bodyName,
    Instant startsAt,
    String place,
    MeetingStatus status,
    String cancelledReason,
    int version,
    Instant updatedAt,
    List<String> agenda) {}
