package org.entente.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A paper of a meeting: what it is, where its bytes are kept and when it was published. */
@Table("paper")
class Paper {

  @Id Long id;
  long areaId;
  long meetingId;
  Long agendaItemId;
  String title;
  String fileName;
  String contentType;
  long sizeBytes;
  PaperStorage storage;
  String storageKey;
  LocalDate publishedOn;
  Instant attachedAt;
  String attachedBy;
  boolean exempt;
  String exemptReason;
  @Version Integer version;

  static Paper attach(
      long areaId,
      long meetingId,
      Long agendaItemId,
      String title,
      String fileName,
      PaperFormat format,
      long size,
      PaperStorage storage,
      boolean exempt,
      String exemptReason,
      LocalDate publishedOn,
      Instant now,
      String by) {
    Paper p = new Paper();
    p.areaId = areaId;
    p.meetingId = meetingId;
    p.agendaItemId = agendaItemId;
    p.title = title.trim();
    p.fileName = fileName;
    p.contentType = format.contentType();
    p.sizeBytes = size;
    p.storage = storage;
    p.storageKey = UUID.randomUUID().toString();
    p.publishedOn = publishedOn;
    p.attachedAt = now;
    p.attachedBy = by;
    p.setExemption(exempt, exemptReason);
    return p;
  }

  void setExemption(boolean exempt, String reason) {
    if (exempt && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("an exempt paper needs a reason");
    }
    this.exempt = exempt;
    this.exemptReason = exempt ? reason.trim() : null;
  }
}
