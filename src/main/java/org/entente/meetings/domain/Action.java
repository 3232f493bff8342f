package org.entente.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.entente.meetings.ActionStatus;
import org.entente.meetings.Actions;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Something a partnership agreed someone would do, by a date, with notes on how it is going. */
@Table("action")
class Action {

  @Id Long id;
  long areaId;
  long partnershipId;
  Long meetingId;
  String description;
  long ownerPersonId;
  LocalDate dueOn;
  ActionStatus status;
  @Version Integer version;
  Instant createdAt;

  @MappedCollection(idColumn = "action_id")
  Set<Note> notes = new HashSet<>();

  static Action raise(
      long areaId, long partnershipId, Long meetingId, Actions.ActionDetails d, Instant now) {
    Action a = new Action();
    a.areaId = areaId;
    a.partnershipId = partnershipId;
    a.meetingId = meetingId;
    a.description = d.description().trim();
    a.ownerPersonId = d.ownerId();
    a.dueOn = d.dueOn();
    a.status = ActionStatus.OPEN;
    a.createdAt = now;
    return a;
  }

  void progress(ActionStatus newStatus, String note, String by, LocalDate today) {
    status = newStatus;
    if (note != null && !note.isBlank()) {
      Note n = new Note();
      n.notedOn = today;
      n.text = note.trim();
      n.notedBy = by;
      notes.add(n);
    }
  }

  @Table("action_note")
  static class Note {
    @Id Long id;
    LocalDate notedOn;
    String text;
    String notedBy;
  }
}
