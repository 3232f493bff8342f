package org.entente.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one body has worked over a period: who filled each seat at each of its meetings, how many
 * seats sent substitutes and how senior they were, and how its decisions were reached.
 *
 * @param from the first day of the period, or {@code null} for the body's whole life
 * @param meetings the meetings held in the period (not cancelled ones), oldest first
 * @param seats one line per seat that counted at any of those meetings, cells in meeting order
 */
public record BodyRecord(
    long bodyId,
    LocalDate from,
    List<MeetingDate> meetings,
    List<SeatLine> seats,
    DecisionMix decisions) {

  public BodyRecord {
    meetings = List.copyOf(meetings);
    seats = List.copyOf(seats);
  }

  /** A meeting in the record. */
  public record MeetingDate(long meetingId, LocalDate date) {}

  /** How a seat stood at one meeting. */
  public enum Mark {
    PRESENT,
    SUBSTITUTE,
    APOLOGIES,
    ABSENT,
    /** The seat counted, but no attendance was recorded for it. */
    NOT_RECORDED,
    /** The seat had not been filled yet, or had been abolished, by the day of the meeting. */
    NOT_A_SEAT;

    static Mark of(AttendanceStatus status) {
      return valueOf(status.name());
    }
  }

  /** One seat at one meeting; the tier only for a substitute. */
  public record Cell(Mark mark, Integer substituteTier) {}

  /** A seat's row in the record: what it is, and one cell per meeting. */
  public record SeatLine(
      long seatId, String title, String organisationName, String sector, List<Cell> cells) {}

  /**
   * A seat of the body as the record needs it. It counts at a meeting from the day its first member
   * or deputy took it (always, when it has never been filled) until the day it was abolished.
   */
  public record Seat(
      long seatId,
      String title,
      String organisationName,
      String sector,
      LocalDate firstFilledOn,
      LocalDate abolishedOn) {

    boolean countsOn(LocalDate day) {
      return (firstFilledOn == null || !firstFilledOn.isAfter(day))
          && (abolishedOn == null || abolishedOn.isAfter(day));
    }
  }

  /** The attendance recorded for one seat at one meeting. */
  public record Attended(
      long meetingId, long seatId, AttendanceStatus status, Integer substituteTier) {}

  /**
   * At one meeting: how many seats counted and how many of them were filled by a substitute of each
   * seniority tier (1 to 4).
   */
  public record SubstituteShare(MeetingDate meeting, int seats, List<Integer> byTier) {

    public SubstituteShare {
      byTier = List.copyOf(byTier);
    }

    public int substitutes() {
      return byTier.stream().mapToInt(Integer::intValue).sum();
    }

    /** Substitutes of this tier (1 to 4). */
    public int count(int tier) {
      return byTier.get(tier - 1);
    }

    /** Whole percent of the seats filled by a substitute, rounded half up; 0 with no seats. */
    public int percent() {
      return percentOf(substitutes());
    }

    /** Whole percent of the seats filled by a substitute of this tier. */
    public int percent(int tier) {
      return percentOf(count(tier));
    }

    /** The exact share, 0 to 1, of the seats filled by a substitute of this tier. */
    public double share(int tier) {
      return seats == 0 ? 0 : (double) count(tier) / seats;
    }

    private int percentOf(int n) {
      return seats == 0 ? 0 : (int) Math.round(100.0 * n / seats);
    }
  }

  public static final int TIERS = 4;

  /**
   * Lays the attendance out as a grid of seats by meetings. A seat gets a line when it counted at
   * one of the meetings or has attendance recorded at one; recorded attendance always shows, even
   * where the seat would not otherwise count, since someone saw it filled.
   */
  public static BodyRecord assemble(
      long bodyId,
      LocalDate from,
      List<MeetingDate> meetings,
      List<Seat> seats,
      List<Attended> attendance,
      DecisionMix decisions) {
    Map<Long, Map<Long, Attended>> bySeat = new HashMap<>();
    for (Attended a : attendance) {
      bySeat.computeIfAbsent(a.seatId(), k -> new HashMap<>()).put(a.meetingId(), a);
    }
    List<SeatLine> lines = new ArrayList<>();
    for (Seat seat : seats) {
      Map<Long, Attended> recorded = bySeat.getOrDefault(seat.seatId(), Collections.emptyMap());
      List<Cell> cells = new ArrayList<>();
      boolean counted = false;
      for (MeetingDate m : meetings) {
        Attended a = recorded.get(m.meetingId());
        Cell cell;
        if (a != null) {
          cell =
              new Cell(
                  Mark.of(a.status()),
                  a.status() == AttendanceStatus.SUBSTITUTE ? a.substituteTier() : null);
        } else if (seat.countsOn(m.date())) {
          cell = new Cell(Mark.NOT_RECORDED, null);
        } else {
          cell = new Cell(Mark.NOT_A_SEAT, null);
        }
        counted |= cell.mark() != Mark.NOT_A_SEAT;
        cells.add(cell);
      }
      if (counted) {
        lines.add(
            new SeatLine(
                seat.seatId(), seat.title(), seat.organisationName(), seat.sector(), cells));
      }
    }
    return new BodyRecord(bodyId, from, meetings, lines, decisions);
  }

  public boolean noMeetings() {
    return meetings.isEmpty();
  }

  /** Whether any attendance at all was recorded at the meetings of the period. */
  public boolean attendanceRecorded() {
    return seats.stream()
        .flatMap(s -> s.cells().stream())
        .anyMatch(c -> c.mark() != Mark.NOT_RECORDED && c.mark() != Mark.NOT_A_SEAT);
  }

  /** Per meeting, in meeting order, the seats that counted and the substitutes by tier. */
  public List<SubstituteShare> substituteShares() {
    List<SubstituteShare> shares = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      int counted = 0;
      int[] byTier = new int[TIERS];
      for (SeatLine line : seats) {
        Cell c = line.cells().get(i);
        if (c.mark() == Mark.NOT_A_SEAT) {
          continue;
        }
        counted++;
        if (c.mark() == Mark.SUBSTITUTE
            && c.substituteTier() != null
            && c.substituteTier() >= 1
            && c.substituteTier() <= TIERS) {
          byTier[c.substituteTier() - 1]++;
        }
      }
      shares.add(
          new SubstituteShare(meetings.get(i), counted, Arrays.stream(byTier).boxed().toList()));
    }
    return shares;
  }
}
