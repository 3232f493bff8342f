package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Papers due five clear working days before a meeting in England and Wales, and late after. */
class PapersDeadlineTests {

  private final PapersDeadline standard = PapersDeadline.standard();

  @Test
  void papersForAThursdayMeetingAreDueOnTheWednesdayOfTheWeekBefore() {
    assertThat(standard.clearDays()).isEqualTo(5);
    assertThat(standard.dueOn(LocalDate.of(2025, 3, 20))).isEqualTo(LocalDate.of(2025, 3, 12));
  }

  @Test
  void bankHolidaysDoNotCountSoEasterPullsTheDeadlineEarlier() {
    // Good Friday 18 April and Easter Monday 21 April 2025 are not working days
    assertThat(standard.dueOn(LocalDate.of(2025, 4, 25))).isEqualTo(LocalDate.of(2025, 4, 15));
  }

  @Test
  void papersOnTheDueDateAreOnTimeAndADayLaterAreLate() {
    LocalDate meeting = LocalDate.of(2025, 3, 20);
    assertThat(standard.late(LocalDate.of(2025, 3, 12), meeting)).isFalse();
    assertThat(standard.late(LocalDate.of(2025, 3, 10), meeting)).isFalse();
    assertThat(standard.late(LocalDate.of(2025, 3, 13), meeting)).isTrue();
    assertThat(standard.late(LocalDate.of(2025, 3, 20), meeting)).isTrue();
  }

  @Test
  void aRuleOfNoClearDaysAllowsPapersOnTheDay() {
    PapersDeadline none = new PapersDeadline(standard.workingDays(), 0);
    assertThat(none.dueOn(LocalDate.of(2025, 3, 20))).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(none.late(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 20))).isFalse();
    assertThatThrownBy(() -> new PapersDeadline(standard.workingDays(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsOnlyDatesWhoseBankHolidaysAreShipped() {
    assertThat(standard.knows(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(standard.knows(LocalDate.of(2024, 1, 10))).isFalse();
    assertThat(standard.knows(LocalDate.of(2031, 6, 1))).isFalse();
  }

  @Test
  void aMeetingFlagsPapersPublishedAfterItsDueDate() {
    MeetingView meeting =
        new MeetingView(
            1,
            1,
            1,
            1,
            "Board",
            0,
            Instant.parse("2025-03-20T14:00:00Z"),
            "County Hall",
            MeetingStatus.SCHEDULED,
            null,
            5,
            LocalDate.of(2025, 3, 12),
            null,
            null,
            1,
            List.of(),
            List.of(),
            List.of());
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(meeting.papersLate(LocalDate.of(2025, 3, 12))).isFalse();
    assertThat(meeting.papersLate(LocalDate.of(2025, 3, 13))).isTrue();
  }
}
