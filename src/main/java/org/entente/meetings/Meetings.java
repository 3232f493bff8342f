package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The meetings of each partnership's bodies: schedule, agenda, attendance and decisions. */
public interface Meetings {

  /** What a user enters to schedule a meeting; the time is the wall-clock time in London. */
  record Schedule(long bodyId, LocalDateTime startsAt, String place) {}

  /** How one seat was filled; the substitute and their tier only when a substitute was sent. */
  record SeatAttendance(
      long seatId, AttendanceStatus status, Long substitutePersonId, Integer substituteTier) {}

  record DecisionDetails(
      Long agendaItemId, String text, DecisionLayer layer, Agreement agreement, String dissent) {}

  /**
   * A scheduled meeting whose papers fall due in a given period, for reminders: "papers are due in
   * two working days" before the date, "papers are late" after it.
   *
   * @param papersPublished how many papers are attached to it so far
   */
  record PapersDue(
      long meetingId,
      long areaId,
      long partnershipId,
      long bodyId,
      Instant startsAt,
      LocalDate papersDueOn,
      int papersPublished) {

    public boolean anyPublished() {
      return papersPublished > 0;
    }
  }

  /** A partnership's meetings, latest first, with how their papers stand today. */
  List<MeetingSummary> meetingsOf(long areaId, long partnershipId);

  Optional<MeetingView> meeting(long areaId, long meetingId);

  /**
   * Schedules a meeting of one of the partnership's bodies and sets when its papers are due.
   *
   * @throws IllegalArgumentException if the body is not one of the partnership's
   * @throws org.entente.shared.BankHolidaysNotKnownException if the deadline cannot be worked out
   */
  long schedule(long areaId, long partnershipId, Schedule schedule);

  void cancel(long areaId, long meetingId, int version, String reason);

  void addAgendaItem(long areaId, long meetingId, int version, String title, String presenter);

  /** Replaces the attendance recorded for the meeting; seats not listed are not recorded. */
  void recordAttendance(long areaId, long meetingId, int version, List<SeatAttendance> seats);

  void recordDecision(long areaId, long meetingId, int version, DecisionDetails decision);

  /**
   * Scheduled (not cancelled) meetings of every area whose papers are due between {@code from} and
   * {@code to}, both included, ordered by due date and start; with how many papers each has. Made
   * for a job that reminds officers before the due date and warns them after it, across the
   * installation, in one query.
   */
  List<PapersDue> papersDueBetween(LocalDate from, LocalDate to);
}
