package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The minutes of a meeting. Once approved (at {@code approvedAtMeetingId}, a later meeting of the
 * same body) they can no longer be changed.
 */
public record MinutesView(
    long meetingId,
    int version,
    String text,
    MinutesStatus status,
    Long approvedAtMeetingId,
    Instant approvedAtStartsAt,
    LocalDate publishedOn,
    String draftedBy) {

  public boolean editable() {
    return status == MinutesStatus.DRAFT;
  }
}
