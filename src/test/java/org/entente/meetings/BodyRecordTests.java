package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.meetings.BodyRecord.Mark.ABSENT;
import static org.entente.meetings.BodyRecord.Mark.APOLOGIES;
import static org.entente.meetings.BodyRecord.Mark.NOT_A_SEAT;
import static org.entente.meetings.BodyRecord.Mark.NOT_RECORDED;
import static org.entente.meetings.BodyRecord.Mark.PRESENT;
import static org.entente.meetings.BodyRecord.Mark.SUBSTITUTE;

import java.time.LocalDate;
import java.util.List;
import org.entente.meetings.BodyRecord.Attended;
import org.entente.meetings.BodyRecord.Cell;
import org.entente.meetings.BodyRecord.MeetingDate;
import org.entente.meetings.BodyRecord.Seat;
import org.entente.meetings.BodyRecord.SeatLine;
import org.entente.meetings.BodyRecord.SubstituteShare;
import org.junit.jupiter.api.Test;

/** The grid of seats by meetings and the share of substitutes by tier drawn from it. */
class BodyRecordTests {

  static final LocalDate FROM = LocalDate.of(2025, 12, 1);
  static final MeetingDate JAN = new MeetingDate(1, LocalDate.of(2026, 1, 15));
  static final MeetingDate MAR = new MeetingDate(2, LocalDate.of(2026, 3, 12));
  static final MeetingDate MAY = new MeetingDate(3, LocalDate.of(2026, 5, 14));
  static final List<MeetingDate> MEETINGS = List.of(JAN, MAR, MAY);
  static final DecisionMix NO_DECISIONS = new DecisionMix(0, 0, 0);

  static Seat seat(long id, String title, LocalDate firstFilled, LocalDate abolished) {
    return new Seat(id, title, "Northshire Police", "PUBLIC", firstFilled, abolished);
  }

  static Attended came(MeetingDate m, long seat, AttendanceStatus status) {
    return new Attended(m.meetingId(), seat, status, null);
  }

  static Attended substitute(MeetingDate m, long seat, int tier) {
    return new Attended(m.meetingId(), seat, AttendanceStatus.SUBSTITUTE, tier);
  }

  static List<BodyRecord.Mark> marks(SeatLine line) {
    return line.cells().stream().map(Cell::mark).toList();
  }

  @Test
  void eachSeatHasACellForEachMeetingInMeetingOrder() {
    BodyRecord record =
        BodyRecord.assemble(
            7,
            FROM,
            MEETINGS,
            List.of(seat(10, "Police", null, null), seat(11, "Fire", null, null)),
            List.of(
                came(JAN, 10, AttendanceStatus.PRESENT),
                came(MAR, 10, AttendanceStatus.APOLOGIES),
                substitute(MAY, 10, 3),
                came(JAN, 11, AttendanceStatus.ABSENT)),
            NO_DECISIONS);

    assertThat(record.seats()).extracting(SeatLine::title).containsExactly("Police", "Fire");
    assertThat(marks(record.seats().get(0))).containsExactly(PRESENT, APOLOGIES, SUBSTITUTE);
    assertThat(record.seats().get(0).cells().get(2).substituteTier()).isEqualTo(3);
    assertThat(record.seats().get(0).cells().get(0).substituteTier()).isNull();
    assertThat(marks(record.seats().get(1))).containsExactly(ABSENT, NOT_RECORDED, NOT_RECORDED);
    assertThat(record.attendanceRecorded()).isTrue();
  }

  @Test
  void meetingsWithoutAttendanceRecordedShowEverySeatAsNotRecorded() {
    BodyRecord record =
        BodyRecord.assemble(
            7,
            FROM,
            MEETINGS,
            List.of(seat(10, "Police", null, null), seat(11, "Fire", null, null)),
            List.of(),
            NO_DECISIONS);

    assertThat(record.seats())
        .allSatisfy(
            s -> assertThat(marks(s)).containsExactly(NOT_RECORDED, NOT_RECORDED, NOT_RECORDED));
    assertThat(record.attendanceRecorded()).isFalse();
    assertThat(record.substituteShares())
        .allSatisfy(
            s -> {
              assertThat(s.seats()).isEqualTo(2);
              assertThat(s.substitutes()).isZero();
              assertThat(s.percent()).isZero();
            });
  }

  @Test
  void aSeatAddedMidPeriodCountsFromItsFirstMemberAndAnAbolishedOneUntilItsLastDay() {
    BodyRecord record =
        BodyRecord.assemble(
            7,
            FROM,
            MEETINGS,
            List.of(
                // first filled the day of the March meeting: counts from then
                seat(10, "Health", MAR.date(), null),
                // abolished on the day of the May meeting: no longer a seat at it
                seat(11, "Probation", LocalDate.of(2020, 1, 1), MAY.date()),
                // abolished before the period: no line at all
                seat(12, "Connexions", null, LocalDate.of(2025, 6, 1))),
            List.of(came(MAR, 10, AttendanceStatus.PRESENT)),
            NO_DECISIONS);

    assertThat(record.seats()).extracting(SeatLine::seatId).containsExactly(10L, 11L);
    assertThat(marks(record.seats().get(0))).containsExactly(NOT_A_SEAT, PRESENT, NOT_RECORDED);
    assertThat(marks(record.seats().get(1)))
        .containsExactly(NOT_RECORDED, NOT_RECORDED, NOT_A_SEAT);
    assertThat(record.substituteShares())
        .extracting(SubstituteShare::seats)
        .containsExactly(1, 2, 1);
  }

  @Test
  void recordedAttendanceShowsEvenWhereTheSeatWouldNotOtherwiseCount() {
    BodyRecord record =
        BodyRecord.assemble(
            7,
            FROM,
            MEETINGS,
            List.of(seat(10, "Health", MAY.date(), null)),
            List.of(substitute(JAN, 10, 2)),
            NO_DECISIONS);

    assertThat(marks(record.seats().get(0))).containsExactly(SUBSTITUTE, NOT_A_SEAT, NOT_RECORDED);
  }

  @Test
  void theShareOfSubstitutesIsSplitByTierOverTheSeatsThatCounted() {
    List<Seat> seats =
        List.of(
            seat(10, "Police", null, null),
            seat(11, "Fire", null, null),
            seat(12, "Health", null, null),
            seat(13, "Council", null, null));
    BodyRecord record =
        BodyRecord.assemble(
            7,
            FROM,
            MEETINGS,
            seats,
            List.of(
                substitute(JAN, 10, 1),
                substitute(JAN, 11, 4),
                substitute(JAN, 12, 4),
                came(JAN, 13, AttendanceStatus.PRESENT),
                substitute(MAR, 10, 2),
                came(MAR, 11, AttendanceStatus.PRESENT)),
            NO_DECISIONS);

    SubstituteShare jan = record.substituteShares().get(0);
    assertThat(jan.meeting()).isEqualTo(JAN);
    assertThat(jan.seats()).isEqualTo(4);
    assertThat(jan.byTier()).containsExactly(1, 0, 0, 2);
    assertThat(jan.substitutes()).isEqualTo(3);
    assertThat(jan.percent()).isEqualTo(75);
    assertThat(jan.percent(4)).isEqualTo(50);
    assertThat(jan.share(1)).isEqualTo(0.25);

    SubstituteShare mar = record.substituteShares().get(1);
    assertThat(mar.byTier()).containsExactly(0, 1, 0, 0);
    assertThat(mar.percent()).isEqualTo(25);
    assertThat(record.substituteShares().get(2).substitutes()).isZero();
  }

  @Test
  void aPeriodWithoutMeetingsHasNoSeatLinesAndNoShares() {
    BodyRecord record =
        BodyRecord.assemble(
            7, FROM, List.of(), List.of(seat(10, "Police", null, null)), List.of(), NO_DECISIONS);

    assertThat(record.noMeetings()).isTrue();
    assertThat(record.seats()).isEmpty();
    assertThat(record.substituteShares()).isEmpty();
  }
}
