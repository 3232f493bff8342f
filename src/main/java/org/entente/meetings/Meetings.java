package org.entente.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

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

  /** How the meetings already begun can be sorted: by when they were. */
  Set<String> PAST_SORT_KEYS = Set.of("startsAt");

  /** A partnership's meetings from {@code from} on, cancelled ones included, earliest first. */
  List<MeetingSummary> upcoming(long areaId, long partnershipId, Instant from);

  /**
   * A page of a partnership's meetings (of one of its bodies, when {@code bodyId} is set) that
   * began before {@code before}, sorted by when they were.
   */
  Page<MeetingSummary> past(
      long areaId, long partnershipId, Long bodyId, Instant before, PageRequest page);

  Optional<MeetingView> meeting(long areaId, long meetingId);

  /**
   * Meetings of the given partnerships that are still scheduled (not cancelled) and start from
   * {@code from} up to but not including {@code to}, earliest first.
   */
  List<MeetingSummary> scheduledBetween(
      long areaId, Collection<Long> partnershipIds, Instant from, Instant to);

  /**
   * Schedules a meeting of one of the partnership's bodies and sets when its papers are due.
   *
   * @throws IllegalArgumentException if the body is not one of the partnership's
   * @throws org.entente.shared.BankHolidaysNotKnownException if the deadline cannot be worked out
   */
  long schedule(long areaId, long partnershipId, Schedule schedule);

  /**
   * Schedules a repeating meeting: every occurrence becomes a meeting of its own, at the same time
   * and place, with its own papers deadline, all or none. Returns their ids, first first.
   *
   * @throws IllegalArgumentException if the body is not one of the partnership's or the repetition
   *     has a {@link Repetition#problem}
   * @throws org.entente.shared.BankHolidaysNotKnownException if a deadline cannot be worked out
   */
  List<Long> scheduleSeries(long areaId, long partnershipId, Schedule first, Repetition repetition);

  /**
   * Moves a scheduled meeting to another day, time or place; its papers deadline follows.
   *
   * @throws org.entente.shared.StaleEditException if the meeting changed since {@code version}
   */
  void move(long areaId, long meetingId, int version, LocalDateTime startsAt, String place);

  void cancel(long areaId, long meetingId, int version, String reason);

  void addAgendaItem(long areaId, long meetingId, int version, String title, String presenter);

  /** Replaces the attendance recorded for the meeting; seats not listed are not recorded. */
  void recordAttendance(long areaId, long meetingId, int version, List<SeatAttendance> seats);

  void recordDecision(long areaId, long meetingId, int version, DecisionDetails decision);

  /**
   * How a body has worked since a day: attendance per seat at each meeting held since then (not
   * cancelled ones, nor ones still to come), substitutes and the mix of its decisions.
   *
   * @param from the first day (in London) of the period, or {@code null} for all the body's
   *     meetings
   * @throws org.entente.shared.NotFoundException if the body is not one of the area's
   */
  BodyRecord record(long areaId, long bodyId, LocalDate from);

  /**
   * The meetings of the given partnerships (or of one body of them, when {@code bodyId} is set)
   * that start at or after {@code from}, cancelled ones included, earliest first.
   */
  List<CalendarEntry> calendar(
      long areaId, Collection<Long> partnershipIds, Long bodyId, Instant from);

  /**
   * Scheduled (not cancelled) meetings of every area whose papers are due between {@code from} and
   * {@code to}, both included, ordered by due date and start; with how many papers each has. Made
   * for a job that reminds officers before the due date and warns them after it, across the
   * installation, in one query.
   */
  List<PapersDue> papersDueBetween(LocalDate from, LocalDate to);
}
