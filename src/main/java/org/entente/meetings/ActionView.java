package org.entente.meetings;

import java.time.LocalDate;
import java.util.List;

/** One action with its progress notes, newest first. */
public record ActionView(
    long id,
    long areaId,
    long partnershipId,
    Long meetingId,
    int version,
    String description,
    long ownerId,
    String ownerName,
    LocalDate dueOn,
    ActionStatus status,
    List<Note> notes) {

  public record Note(LocalDate notedOn, String text, String by) {}

  public boolean overdue(LocalDate today) {
    return status.overdue(dueOn, today);
  }
}
