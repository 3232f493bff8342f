package org.entente.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.governance.MeetingRecord.Attendance;
import org.entente.governance.MeetingRecord.Turnout;
import org.entente.governance.Warning.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceCheckTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** Thematic groups are expected to meet every 92 days. */
  static final Guidance GROUP = BodyKind.THEMATIC_GROUP.defaults();

  static final LocalDate LONG_AGO = LocalDate.of(2023, 1, 1);

  /**
   * Four meetings of a ten-seat body, a month apart and the last one a week ago, with the given
   * seats filled by members and by substitutes at each.
   */
  static Attendance meetings(int[] present, int[] substitutes) {
    List<Turnout> recent = new ArrayList<>();
    for (int i = 0; i < present.length; i++) {
      LocalDate date = TODAY.minusWeeks(1).minusMonths(present.length - 1 - i);
      recent.add(new Turnout(date, 10, present[i], substitutes[i]));
    }
    return new Attendance(recent.get(recent.size() - 1).date(), recent);
  }

  static List<Kind> kinds(Attendance attendance) {
    return AttendanceCheck.warnings(GROUP, LONG_AGO, attendance, TODAY).stream()
        .map(Warning::kind)
        .toList();
  }

  @Test
  void aBodyThatMeetsAndIsAttendedRaisesNothing() {
    assertThat(kinds(meetings(new int[] {9, 8, 9, 9}, new int[] {1, 1, 0, 1}))).isEmpty();
  }

  @Nested
  class Meeting {
    @Test
    void notMetWithinTheIntervalSaysWhenItLastMet() {
      LocalDate last = TODAY.minusDays(93);
      Attendance attendance = new Attendance(last, List.of(new Turnout(last, 10, 10, 0)));
      assertThat(AttendanceCheck.warnings(GROUP, LONG_AGO, attendance, TODAY))
          .containsExactly(Warning.of(Kind.NOT_MET, last, 92));
    }

    @Test
    void meetingOnTheLastDayOfTheIntervalIsInTime() {
      LocalDate last = TODAY.minusDays(92);
      Attendance attendance = new Attendance(last, List.of());
      assertThat(AttendanceCheck.warnings(GROUP, LONG_AGO, attendance, TODAY)).isEmpty();
    }

    @Test
    void neverMetSinceItWasSetUpLongerAgoThanTheInterval() {
      LocalDate since = TODAY.minusDays(100);
      assertThat(AttendanceCheck.warnings(GROUP, since, null, TODAY))
          .containsExactly(Warning.of(Kind.NEVER_MET, since, 92));
    }

    @Test
    void aNewBodyHasTimeForItsFirstMeeting() {
      assertThat(AttendanceCheck.warnings(GROUP, TODAY.minusDays(30), null, TODAY)).isEmpty();
    }

    @Test
    void bodiesThatMeetAsNeededAreNeverLate() {
      Guidance asNeeded = new Guidance(BodyKind.AREA_FORUM, null, null, null, false, null);
      assertThat(AttendanceCheck.warnings(asNeeded, LONG_AGO, null, TODAY)).isEmpty();
    }
  }

  @Nested
  class Trends {
    @Test
    void fallingAttendanceNamesFirstAndLastShares() {
      Attendance falling = meetings(new int[] {9, 8, 7, 6}, new int[] {1, 1, 1, 1});
      assertThat(AttendanceCheck.warnings(GROUP, LONG_AGO, falling, TODAY))
          .containsExactly(Warning.of(Kind.FALLING_ATTENDANCE, 100L, 70L));
    }

    @Test
    void aDipThatRecoversIsNotAFall() {
      assertThat(kinds(meetings(new int[] {9, 5, 9, 6}, new int[] {1, 1, 1, 1})))
          .doesNotContain(Kind.FALLING_ATTENDANCE);
    }

    @Test
    void risingSubstitutionEvenWhenEverySeatIsFilled() {
      Attendance rising = meetings(new int[] {9, 8, 7, 6}, new int[] {1, 2, 3, 4});
      assertThat(AttendanceCheck.warnings(GROUP, LONG_AGO, rising, TODAY))
          .containsExactly(Warning.of(Kind.RISING_SUBSTITUTION, 10L, 40L));
    }

    @Test
    void steadySubstitutionIsNotRising() {
      assertThat(kinds(meetings(new int[] {7, 7, 7, 7}, new int[] {3, 3, 3, 3}))).isEmpty();
    }

    @ParameterizedTest(name = "substitutes per ten seats {0} at the last four meetings: warned {1}")
    @CsvSource({
      "'1,1,1,2', false", // a small rise is ordinary
      "'1,1,1,3', true", // 20 points, never falling
      "'1,2,3,2', false", // turned back on the way
      "'2,2,2,3.5', true" // exactly 15 points
    })
    void substitutionTrendNeedsFifteenPointsWithoutTurningBack(String shares, boolean warned) {
      String[] parts = shares.split(",");
      List<Turnout> recent = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        int subs = (int) Math.round(Double.parseDouble(parts[i]) * 2);
        recent.add(new Turnout(TODAY.minusWeeks(4 - i), 20, 20 - subs, subs));
      }
      Attendance attendance = new Attendance(TODAY.minusWeeks(1), recent);
      assertThat(kinds(attendance).contains(Kind.RISING_SUBSTITUTION)).isEqualTo(warned);
    }

    @Test
    void fewerThanFourMeetingsShowNoTrend() {
      Attendance three = meetings(new int[] {9, 6, 3}, new int[] {0, 2, 4});
      assertThat(kinds(three)).isEmpty();
    }
  }
}
