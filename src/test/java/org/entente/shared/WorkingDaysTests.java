package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.shared.BankHolidayRegion.ENGLAND_AND_WALES;
import static org.entente.shared.BankHolidayRegion.SCOTLAND;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Clear working days before a meeting, with the shipped bank holidays. */
class WorkingDaysTests {

  private static WorkingDays in(BankHolidayRegion region) {
    return BankHolidays.shipped().workingDaysIn(region);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ENGLAND_AND_WALES, 2025-03-14, true, a Friday",
    "ENGLAND_AND_WALES, 2025-03-15, false, a Saturday",
    "ENGLAND_AND_WALES, 2025-03-16, false, a Sunday",
    "ENGLAND_AND_WALES, 2025-04-21, false, Easter Monday",
    "SCOTLAND, 2025-04-21, true, Easter Monday is not a bank holiday in Scotland",
    "SCOTLAND, 2025-08-04, false, the first Monday in August",
    "ENGLAND_AND_WALES, 2025-08-04, true, the first Monday in August",
    "NORTHERN_IRELAND, 2025-07-14, false, the Battle of the Boyne substitute day",
    "ENGLAND_AND_WALES, 2026-12-28, false, the Boxing Day substitute day"
  })
  void tellsAWorkingDay(BankHolidayRegion region, LocalDate date, boolean working, String what) {
    assertThat(in(region).isWorkingDay(date)).as(what).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} published {1}, meeting {2}: {3} clear days ({4})")
  @CsvSource({
    "ENGLAND_AND_WALES, 2025-03-07, 2025-03-17, 5, Friday to the Monday week after",
    "ENGLAND_AND_WALES, 2025-03-10, 2025-03-17, 4, Monday to Monday: neither end counts",
    "ENGLAND_AND_WALES, 2025-03-14, 2025-03-17, 0, Friday to Monday: only a weekend between",
    "ENGLAND_AND_WALES, 2025-03-11, 2025-03-13, 1, one day between",
    "ENGLAND_AND_WALES, 2025-03-12, 2025-03-13, 0, the day before",
    "ENGLAND_AND_WALES, 2025-03-13, 2025-03-13, 0, the same day",
    "ENGLAND_AND_WALES, 2025-03-20, 2025-03-13, 0, published after the meeting",
    "ENGLAND_AND_WALES, 2025-04-16, 2025-04-23, 2, Good Friday and Easter Monday between",
    "SCOTLAND, 2025-04-16, 2025-04-23, 3, Good Friday only",
    "ENGLAND_AND_WALES, 2025-05-02, 2025-05-09, 3, the early May bank holiday between",
    "ENGLAND_AND_WALES, 2025-12-22, 2026-01-05, 6, Christmas and New Year",
    "SCOTLAND, 2025-12-22, 2026-01-05, 5, Christmas and New Year with 2 January",
    "ENGLAND_AND_WALES, 2027-12-23, 2027-12-29, 1, Christmas and Boxing Day substitutes",
    "ENGLAND_AND_WALES, 2025-08-01, 2025-08-08, 4, the first week of August",
    "SCOTLAND, 2025-08-01, 2025-08-08, 3, the first week of August",
    "NORTHERN_IRELAND, 2025-07-11, 2025-07-16, 1, the Battle of the Boyne substitute day",
    "ENGLAND_AND_WALES, 2025-07-11, 2025-07-16, 2, no Boyne holiday",
    "ENGLAND_AND_WALES, 2024-01-01, 2030-12-31, 1770, the whole of the data"
  })
  void countsClearWorkingDays(
      BankHolidayRegion region, LocalDate published, LocalDate meeting, int clear, String what) {
    assertThat(in(region).clearWorkingDaysBetween(published, meeting)).as(what).isEqualTo(clear);
  }

  @ParameterizedTest(name = "{0} meeting {1} with {2} clear days: publish by {3} ({4})")
  @CsvSource({
    "ENGLAND_AND_WALES, 2025-03-17, 5, 2025-03-09, a Monday meeting: the Sunday eight days before",
    "ENGLAND_AND_WALES, 2025-03-21, 5, 2025-03-13, a Friday meeting: the Thursday before",
    "ENGLAND_AND_WALES, 2025-03-21, 1, 2025-03-19, one clear day",
    "ENGLAND_AND_WALES, 2025-03-21, 0, 2025-03-21, no clear days: the day of the meeting",
    "ENGLAND_AND_WALES, 2025-04-24, 5, 2025-04-14, over Easter",
    "SCOTLAND, 2025-04-24, 5, 2025-04-15, over Easter without Easter Monday",
    "ENGLAND_AND_WALES, 2026-01-07, 5, 2025-12-29, over New Year",
    "SCOTLAND, 2026-01-07, 5, 2025-12-28, over New Year and 2 January"
  })
  void givesTheLatestPublicationDate(
      BankHolidayRegion region, LocalDate meeting, int clearDays, LocalDate latest, String what) {
    WorkingDays days = in(region);

    assertThat(days.latestPublicationDate(meeting, clearDays)).as(what).isEqualTo(latest);
    assertThat(days.clearWorkingDaysBetween(latest, meeting)).isEqualTo(clearDays);
  }

  static Stream<Arguments> meetingsAndClearDays() {
    return Stream.of(BankHolidayRegion.values())
        .flatMap(r -> Stream.of(1, 5, 10).map(n -> Arguments.of(r, n)));
  }

  @ParameterizedTest(name = "{0}, {1} clear days, for every meeting day of 2025 to 2029")
  @MethodSource("meetingsAndClearDays")
  void latestPublicationDateIsTheLastThatLeavesEnoughClearDays(
      BankHolidayRegion region, int clearDays) {
    WorkingDays days = in(region);
    for (LocalDate meeting = LocalDate.of(2025, 1, 1);
        meeting.getYear() < 2030;
        meeting = meeting.plusDays(1)) {
      LocalDate latest = days.latestPublicationDate(meeting, clearDays);
      assertThat(days.clearWorkingDaysBetween(latest, meeting)).isEqualTo(clearDays);
      assertThat(days.clearWorkingDaysBetween(latest.plusDays(1), meeting))
          .as("published a day later, for a meeting on %s", meeting)
          .isLessThan(clearDays);
    }
  }

  @ParameterizedTest(name = "{0} {1} plus {2} working days is {3} ({4})")
  @CsvSource({
    "ENGLAND_AND_WALES, 2025-03-14, 1, 2025-03-17, Friday to Monday",
    "ENGLAND_AND_WALES, 2025-03-15, 1, 2025-03-17, Saturday to Monday",
    "ENGLAND_AND_WALES, 2025-03-15, 0, 2025-03-15, adding nothing",
    "ENGLAND_AND_WALES, 2025-03-17, -1, 2025-03-14, Monday back to Friday",
    "ENGLAND_AND_WALES, 2025-03-16, -1, 2025-03-14, Sunday back to Friday",
    "ENGLAND_AND_WALES, 2025-04-17, 1, 2025-04-22, over Easter",
    "SCOTLAND, 2025-04-17, 1, 2025-04-21, over Easter in Scotland",
    "ENGLAND_AND_WALES, 2025-04-22, -1, 2025-04-17, back over Easter",
    "ENGLAND_AND_WALES, 2025-12-24, 4, 2026-01-02, over Christmas and New Year",
    "SCOTLAND, 2025-12-24, 4, 2026-01-05, over Christmas and New Year in Scotland",
    "ENGLAND_AND_WALES, 2025-03-03, 10, 2025-03-17, two weeks"
  })
  void addsWorkingDays(
      BankHolidayRegion region, LocalDate from, int add, LocalDate to, String what) {
    assertThat(in(region).addWorkingDays(from, add)).as(what).isEqualTo(to);
  }

  @Test
  void refusesNegativeClearDays() {
    assertThatThrownBy(
            () -> in(ENGLAND_AND_WALES).latestPublicationDate(LocalDate.of(2025, 3, 17), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clear days cannot be negative: -1");
  }

  static Stream<Arguments> outsideTheData() {
    return Stream.of(
        Arguments.of(
            "a date after the data",
            LocalDate.of(2031, 1, 6),
            (Consumer<WorkingDays>) d -> d.isWorkingDay(LocalDate.of(2031, 1, 6))),
        Arguments.of(
            "a date before the data",
            LocalDate.of(2023, 12, 29),
            (Consumer<WorkingDays>) d -> d.bankHolidayOn(LocalDate.of(2023, 12, 29))),
        Arguments.of(
            "a meeting after the data",
            LocalDate.of(2031, 1, 10),
            (Consumer<WorkingDays>)
                d ->
                    d.clearWorkingDaysBetween(
                        LocalDate.of(2030, 12, 20), LocalDate.of(2031, 1, 10))),
        Arguments.of(
            "a publication date before the data",
            LocalDate.of(2023, 12, 20),
            (Consumer<WorkingDays>)
                d ->
                    d.clearWorkingDaysBetween(
                        LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 8))),
        Arguments.of(
            "a deadline that runs back before the data",
            LocalDate.of(2023, 12, 31),
            (Consumer<WorkingDays>) d -> d.latestPublicationDate(LocalDate.of(2024, 1, 5), 5)),
        Arguments.of(
            "working days that run on after the data",
            LocalDate.of(2031, 1, 1),
            (Consumer<WorkingDays>) d -> d.addWorkingDays(LocalDate.of(2030, 12, 30), 5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outsideTheData")
  void saysWhenADateIsOutsideTheData(String what, LocalDate date, Consumer<WorkingDays> call) {
    assertThatThrownBy(() -> call.accept(in(ENGLAND_AND_WALES)))
        .isInstanceOfSatisfying(
            BankHolidaysNotKnownException.class,
            e -> {
              assertThat(e.date()).isEqualTo(date);
              assertThat(e.region()).isEqualTo(ENGLAND_AND_WALES);
            })
        .hasMessage(
            "Bank holidays in england-and-wales are known for 2024 to 2030, not for "
                + date
                + "; an area administrator can load a newer bank holiday file");
  }

  @Test
  void knowsTheFirstAndLastDaysOfTheData() {
    WorkingDays scotland = in(SCOTLAND);

    assertThat(scotland.isWorkingDay(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(scotland.covers(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(scotland.covers(LocalDate.of(2031, 1, 1))).isFalse();
  }
}
