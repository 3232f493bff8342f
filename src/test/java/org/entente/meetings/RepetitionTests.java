package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RepetitionTests {

  static Stream<Arguments> series() {
    return Stream.of(
        Arguments.of(
            "every week",
            Cadence.WEEKLY,
            "2027-01-05",
            3,
            null,
            days("2027-01-05", "2027-01-12", "2027-01-19")),
        Arguments.of(
            "every 2 weeks across the new year",
            Cadence.FORTNIGHTLY,
            "2026-12-22",
            3,
            null,
            days("2026-12-22", "2027-01-05", "2027-01-19")),
        Arguments.of(
            "every 4 weeks",
            Cadence.FOUR_WEEKLY,
            "2027-01-05",
            2,
            null,
            days("2027-01-05", "2027-02-02")),
        Arguments.of(
            "every month on the second Tuesday",
            Cadence.MONTHLY,
            "2027-01-12",
            4,
            null,
            days("2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13")),
        Arguments.of(
            "a fifth Friday repeats on the last Friday, short February included",
            Cadence.MONTHLY,
            "2027-01-29",
            4,
            null,
            days("2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30")),
        Arguments.of(
            "the 31st, a Sunday, repeats on the last Sunday of shorter months",
            Cadence.MONTHLY,
            "2027-01-31",
            3,
            null,
            days("2027-01-31", "2027-02-28", "2027-03-28")),
        Arguments.of(
            "the last Tuesday reaches 29 February in a leap year",
            Cadence.MONTHLY,
            "2027-11-30",
            4,
            null,
            days("2027-11-30", "2027-12-28", "2028-01-25", "2028-02-29")),
        Arguments.of(
            "every quarter on the first Monday",
            Cadence.QUARTERLY,
            "2027-01-04",
            4,
            null,
            days("2027-01-04", "2027-04-05", "2027-07-05", "2027-10-04")),
        Arguments.of(
            "until a day that is itself a meeting day includes it",
            Cadence.WEEKLY,
            "2027-01-05",
            null,
            "2027-01-26",
            days("2027-01-05", "2027-01-12", "2027-01-19", "2027-01-26")),
        Arguments.of(
            "until the day before a meeting day stops short of it",
            Cadence.WEEKLY,
            "2027-01-05",
            null,
            "2027-01-25",
            days("2027-01-05", "2027-01-12", "2027-01-19")),
        Arguments.of(
            "until in the middle of a quarter",
            Cadence.QUARTERLY,
            "2027-01-04",
            null,
            "2027-09-30",
            days("2027-01-04", "2027-04-05", "2027-07-05")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("series")
  void expandsASeriesIntoItsMeetingDays(
      String name,
      Cadence cadence,
      String first,
      Integer count,
      String until,
      List<LocalDate> expected) {
    Repetition r = new Repetition(cadence, count, until == null ? null : LocalDate.parse(until));
    assertThat(r.problem(LocalDate.parse(first))).isEmpty();
    assertThat(r.dates(LocalDate.parse(first))).containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of(Cadence.WEEKLY, 24, null, null),
        Arguments.of(Cadence.WEEKLY, 25, null, Repetition.Problem.TOO_MANY),
        Arguments.of(Cadence.WEEKLY, null, "2027-06-15", null),
        Arguments.of(Cadence.WEEKLY, null, "2027-06-22", Repetition.Problem.TOO_MANY),
        Arguments.of(Cadence.MONTHLY, null, "2030-01-01", Repetition.Problem.TOO_MANY),
        Arguments.of(Cadence.WEEKLY, 1, null, Repetition.Problem.TOO_FEW),
        Arguments.of(Cadence.WEEKLY, 0, null, Repetition.Problem.TOO_FEW),
        Arguments.of(Cadence.WEEKLY, null, "2027-01-11", Repetition.Problem.TOO_FEW),
        Arguments.of(Cadence.WEEKLY, null, "2027-01-05", Repetition.Problem.UNTIL_NOT_AFTER_START),
        Arguments.of(Cadence.WEEKLY, null, "2026-12-01", Repetition.Problem.UNTIL_NOT_AFTER_START),
        Arguments.of(Cadence.WEEKLY, 3, "2027-02-01", Repetition.Problem.BOTH_LIMITS),
        Arguments.of(Cadence.WEEKLY, null, null, Repetition.Problem.NO_LIMIT),
        Arguments.of(null, 3, null, Repetition.Problem.NO_CADENCE));
  }

  @ParameterizedTest(name = "{0}, count {1}, until {2}: {3}")
  @MethodSource("limits")
  void refusesWhatCannotBeScheduled(
      Cadence cadence, Integer count, String until, Repetition.Problem expected) {
    LocalDate first = LocalDate.parse("2027-01-05");
    Repetition r = new Repetition(cadence, count, until == null ? null : LocalDate.parse(until));
    assertThat(r.problem(first)).isEqualTo(Optional.ofNullable(expected));
    if (expected == null) {
      assertThat(r.dates(first)).hasSizeLessThanOrEqualTo(Repetition.MAX_OCCURRENCES);
      assertThat(r.dates(first)).hasSizeGreaterThanOrEqualTo(2);
    } else {
      assertThatThrownBy(() -> r.dates(first)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static List<LocalDate> days(String... days) {
    return Arrays.stream(days).map(LocalDate::parse).toList();
  }
}
