package org.entente.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.meetings.Agreement;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.DecisionLayer;
import org.entente.meetings.MeetingStatus;
import org.entente.meetings.Meetings;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting of a body with its agenda, who attended each seat and the decisions taken. */
@Table("meeting")
class Meeting {

  @Id Long id;
  long areaId;
  long partnershipId;
  long bodyId;
  Instant startsAt;
  String place;
  MeetingStatus status;
  int clearDays;
  LocalDate papersDueOn;
  String cancelledReason;
  Long seriesId;
  Integer seriesPosition;
  @Version Integer version;
  Instant createdAt;
  Instant updatedAt;

  @MappedCollection(idColumn = "meeting_id")
  Set<AgendaItem> agenda = new HashSet<>();

  @MappedCollection(idColumn = "meeting_id")
  Set<Attendance> attendance = new HashSet<>();

  @MappedCollection(idColumn = "meeting_id")
  Set<Decision> decisions = new HashSet<>();

  static Meeting schedule(
      long areaId,
      long partnershipId,
      long bodyId,
      Instant startsAt,
      String place,
      int clearDays,
      LocalDate papersDueOn,
      Instant now) {
    Meeting m = new Meeting();
    m.areaId = areaId;
    m.partnershipId = partnershipId;
    m.bodyId = bodyId;
    m.startsAt = startsAt;
    m.place = place.trim();
    m.status = MeetingStatus.SCHEDULED;
    m.clearDays = clearDays;
    m.papersDueOn = papersDueOn;
    m.createdAt = now;
    m.updatedAt = now;
    return m;
  }

  /** Makes this new meeting the given occurrence (counting from 1) of a series. */
  Meeting inSeries(long seriesId, int position) {
    this.seriesId = seriesId;
    this.seriesPosition = position;
    return this;
  }

  void move(Instant startsAt, String place, LocalDate papersDueOn) {
    requireScheduled();
    this.startsAt = startsAt;
    this.place = place.trim();
    this.papersDueOn = papersDueOn;
  }

  void cancel(String reason) {
    requireScheduled();
    status = MeetingStatus.CANCELLED;
    cancelledReason = blankToNull(reason);
  }

  void addAgendaItem(String title, String presenter) {
    requireScheduled();
    AgendaItem item = new AgendaItem();
    item.position = agenda.stream().mapToInt(i -> i.position).max().orElse(0) + 1;
    item.title = title.trim();
    item.presenter = blankToNull(presenter);
    agenda.add(item);
  }

  void recordAttendance(List<Meetings.SeatAttendance> seats) {
    requireScheduled();
    attendance.clear();
    for (Meetings.SeatAttendance s : seats) {
      Attendance a = new Attendance();
      a.seatId = s.seatId();
      a.status = s.status();
      boolean substitute = s.status() == AttendanceStatus.SUBSTITUTE;
      a.substitutePersonId = substitute ? s.substitutePersonId() : null;
      a.substituteTier = substitute ? s.substituteTier() : null;
      attendance.add(a);
    }
  }

  void recordDecision(Meetings.DecisionDetails d) {
    requireScheduled();
    if (d.agendaItemId() != null && agendaItem(d.agendaItemId()).isEmpty()) {
      throw new IllegalArgumentException("not an item of this meeting's agenda");
    }
    Decision decision = new Decision();
    decision.position = decisions.stream().mapToInt(x -> x.position).max().orElse(0) + 1;
    decision.agendaItemId = d.agendaItemId();
    decision.text = d.text().trim();
    decision.layer = d.layer();
    decision.agreement = d.agreement();
    decision.dissent = blankToNull(d.dissent());
    decisions.add(decision);
  }

  Optional<AgendaItem> agendaItem(long itemId) {
    return agenda.stream().filter(i -> i.id != null && i.id == itemId).findFirst();
  }

  List<AgendaItem> orderedAgenda() {
    return agenda.stream().sorted(Comparator.comparingInt(i -> i.position)).toList();
  }

  List<Decision> orderedDecisions() {
    return decisions.stream().sorted(Comparator.comparingInt(d -> d.position)).toList();
  }

  private void requireScheduled() {
    if (status != MeetingStatus.SCHEDULED) {
      throw new IllegalStateException("meeting " + id + " is " + status);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Table("agenda_item")
  static class AgendaItem {
    @Id Long id;
    int position;
    String title;
    String presenter;
  }

  @Table("attendance")
  static class Attendance {
    @Id Long id;
    long seatId;
    AttendanceStatus status;
    Long substitutePersonId;
    Integer substituteTier;
  }

  @Table("decision")
  static class Decision {
    @Id Long id;
    int position;
    Long agendaItemId;
    String text;
    DecisionLayer layer;
    Agreement agreement;
    String dissent;
  }
}
