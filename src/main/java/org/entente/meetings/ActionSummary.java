package org.entente.meetings;

import java.time.LocalDate;

/** An action in a list; {@code overdue} as of the day the list was made. */
public record ActionSummary(
    long id,
    long partnershipId,
    String partnershipName,
    Long meetingId,
    String description,
    long ownerId,
    String ownerName,
    LocalDate dueOn,
    ActionStatus status,
    boolean overdue) {}
