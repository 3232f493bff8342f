package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entente.shared.LondonTime;

/** One meeting with its agenda, attendance and decisions, names already resolved. */
public record MeetingView(
    long id,
    long areaId,
    long partnershipId,
    long bodyId,
    String bodyName,
    int version,
    Instant startsAt,
    String place,
    MeetingStatus status,
    String cancelledReason,
    int clearDays,
    LocalDate papersDueOn,
    Long seriesId,
    Integer seriesPosition,
    int seriesSize,
    List<AgendaItemView> agenda,
    List<AttendanceView> attendance,
    List<DecisionView> decisions) {

  public record AgendaItemView(long id, int position, String title, String presenter) {}

  public record AttendanceView(
      long seatId,
      AttendanceStatus status,
      Long substitutePersonId,
      String substituteName,
      Integer substituteTier) {}

  public record DecisionView(
      long id,
      int position,
      Long agendaItemId,
      String agendaItemTitle,
      String text,
      DecisionLayer layer,
      Agreement agreement,
      String dissent) {}

  /** The day of the meeting in London. */
  public LocalDate date() {
    return startsAt.atZone(LondonTime.ZONE).toLocalDate();
  }

  /** Whether the meeting was scheduled as one of a repeating series. */
  public boolean inSeries() {
    return seriesId != null;
  }

  public boolean cancelled() {
    return status == MeetingStatus.CANCELLED;
  }

  /** Papers published on this day would be late: after the due date set when it was scheduled. */
  public boolean papersLate(LocalDate publishedOn) {
    return publishedOn.isAfter(papersDueOn);
  }

  public DecisionMix decisionMix() {
    return DecisionMix.of(decisions.stream().map(DecisionView::agreement).toList());
  }
}
