package org.entente.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.entente.meetings.MinutesStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The minutes of one meeting: a draft, approved at a later meeting of the body, then published. */
@Table("minutes")
class MeetingMinutes {

  @Id Long id;
  long areaId;
  long meetingId;
  String text;
  MinutesStatus status;
  Long approvedAtMeetingId;
  LocalDate publishedOn;
  String draftedBy;
  @Version Integer version;
  Instant createdAt;

  static MeetingMinutes draft(long areaId, long meetingId, String text, String by, Instant now) {
    MeetingMinutes m = new MeetingMinutes();
    m.areaId = areaId;
    m.meetingId = meetingId;
    m.status = MinutesStatus.DRAFT;
    m.createdAt = now;
    m.revise(text, by);
    return m;
  }

  void revise(String text, String by) {
    requireStatus(MinutesStatus.DRAFT);
    this.text = text.strip();
    this.draftedBy = by;
  }

  void approve(long atMeetingId) {
    requireStatus(MinutesStatus.DRAFT);
    status = MinutesStatus.APPROVED;
    approvedAtMeetingId = atMeetingId;
  }

  void publish(LocalDate today) {
    requireStatus(MinutesStatus.APPROVED);
    status = MinutesStatus.PUBLISHED;
    publishedOn = today;
  }

  private void requireStatus(MinutesStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("minutes of meeting " + meetingId + " are " + status);
    }
  }
}
