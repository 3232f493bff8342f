package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.shared.BankHolidayRegion.NORTHERN_IRELAND;
import static org.entente.shared.BankHolidayRegion.SCOTLAND;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The bank holiday file shipped with Entente, checked against GOV.UK and the standing rules. */
class ShippedBankHolidaysTests {

  private final BankHolidays shipped = BankHolidays.shipped();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "ENGLAND_AND_WALES;2024;01-01,03-29,04-01,05-06,05-27,08-26,12-25,12-26",
        "ENGLAND_AND_WALES;2025;01-01,04-18,04-21,05-05,05-26,08-25,12-25,12-26",
        "ENGLAND_AND_WALES;2026;01-01,04-03,04-06,05-04,05-25,08-31,12-25,12-28",
        "ENGLAND_AND_WALES;2027;01-01,03-26,03-29,05-03,05-31,08-30,12-27,12-28",
        "ENGLAND_AND_WALES;2028;01-03,04-14,04-17,05-01,05-29,08-28,12-25,12-26",
        "SCOTLAND;2024;01-01,01-02,03-29,05-06,05-27,08-05,12-02,12-25,12-26",
        "SCOTLAND;2025;01-01,01-02,04-18,05-05,05-26,08-04,12-01,12-25,12-26",
        "SCOTLAND;2026;01-01,01-02,04-03,05-04,05-25,06-15,08-03,11-30,12-25,12-28",
        "SCOTLAND;2027;01-01,01-04,03-26,05-03,05-31,08-02,11-30,12-27,12-28",
        "SCOTLAND;2028;01-03,01-04,04-14,05-01,05-29,08-07,11-30,12-25,12-26",
        "NORTHERN_IRELAND;2024;01-01,03-18,03-29,04-01,05-06,05-27,07-12,08-26,12-25,12-26",
        "NORTHERN_IRELAND;2025;01-01,03-17,04-18,04-21,05-05,05-26,07-14,08-25,12-25,12-26",
        "NORTHERN_IRELAND;2026;01-01,03-17,04-03,04-06,05-04,05-25,07-13,08-31,12-25,12-28",
        "NORTHERN_IRELAND;2027;01-01,03-17,03-26,03-29,05-03,05-31,07-12,08-30,12-27,12-28",
        "NORTHERN_IRELAND;2028;01-03,03-17,04-14,04-17,05-01,05-29,07-12,08-28,12-25,12-26"
      })
  void listsTheDatesGovUkPublishes(BankHolidayRegion region, int year, String monthDays) {
    Set<LocalDate> published = new TreeSet<>();
    Arrays.stream(monthDays.split(","))
        .forEach(md -> published.add(LocalDate.parse(year + "-" + md)));

    assertThat(holidaysIn(region, year)).isEqualTo(published);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "SCOTLAND;2024-01-02;2nd January",
        "SCOTLAND;2024-08-05;Summer bank holiday",
        "SCOTLAND;2024-12-02;St Andrew's Day (substitute day)",
        "SCOTLAND;2027-01-04;2nd January (substitute day)",
        "SCOTLAND;2028-01-03;New Year's Day (substitute day)",
        "SCOTLAND;2028-01-04;2nd January (substitute day)",
        "SCOTLAND;2026-06-15;World Cup bank holiday",
        "NORTHERN_IRELAND;2024-03-18;St Patrick's Day (substitute day)",
        "NORTHERN_IRELAND;2024-07-12;Battle of the Boyne (Orangemen's Day)",
        "NORTHERN_IRELAND;2025-07-14;Battle of the Boyne (Orangemen's Day) (substitute day)",
        "ENGLAND_AND_WALES;2026-12-28;Boxing Day (substitute day)",
        "ENGLAND_AND_WALES;2027-12-27;Christmas Day (substitute day)",
        "ENGLAND_AND_WALES;2027-12-28;Boxing Day (substitute day)"
      })
  void namesEachHoliday(BankHolidayRegion region, LocalDate date, String name) {
    assertThat(shipped.workingDaysIn(region).bankHolidayOn(date)).contains(name);
  }

  @ParameterizedTest(name = "{0} {1} is an ordinary weekday")
  @CsvSource({
    "ENGLAND_AND_WALES, 2024-01-02",
    "ENGLAND_AND_WALES, 2024-08-05",
    "ENGLAND_AND_WALES, 2024-12-02",
    "ENGLAND_AND_WALES, 2026-06-15",
    "SCOTLAND, 2024-04-01",
    "SCOTLAND, 2024-08-26",
    "NORTHERN_IRELAND, 2024-01-02",
    "NORTHERN_IRELAND, 2025-07-11"
  })
  void leavesOtherRegionsHolidaysOut(BankHolidayRegion region, LocalDate date) {
    assertThat(shipped.workingDaysIn(region).bankHolidayOn(date)).isEmpty();
    assertThat(shipped.workingDaysIn(region).isWorkingDay(date)).isTrue();
  }

  static Stream<Arguments> regionsAndYears() {
    return Arrays.stream(BankHolidayRegion.values())
        .flatMap(
            r -> Stream.iterate(2024, y -> y <= 2030, y -> y + 1).map(y -> Arguments.of(r, y)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("regionsAndYears")
  void followsTheStandingPatternApartFromOneOffHolidays(BankHolidayRegion region, int year) {
    Set<LocalDate> expected = StandingPattern.of(region, year);
    ONE_OFF_HOLIDAYS.getOrDefault(region, Set.of()).stream()
        .filter(d -> d.getYear() == year)
        .forEach(expected::add);

    assertThat(holidaysIn(region, year)).isEqualTo(expected);
  }

  @Test
  void coversTwentyTwentyFourToTwentyThirtyInEveryRegion() {
    for (BankHolidayRegion region : BankHolidayRegion.values()) {
      WorkingDays days = shipped.workingDaysIn(region);
      assertThat(days.firstYear()).as(region.code()).isEqualTo(2024);
      assertThat(days.lastYear()).as(region.code()).isEqualTo(2030);
      assertThat(days.bankHolidays().keySet())
          .as("bank holidays never fall at a weekend; their substitutes do not")
          .allMatch(d -> d.getDayOfWeek().getValue() <= 5);
    }
  }

  @Test
  void namesItsSource() throws IOException {
    String header;
    try (InputStream file = BankHolidays.class.getResourceAsStream(BankHolidays.SHIPPED_FILE)) {
      header = new String(file.readAllBytes(), StandardCharsets.UTF_8).split("\nregion,")[0];
    }
    assertThat(header)
        .contains("GOV.UK", "https://www.gov.uk/bank-holidays")
        .contains("Banking and", "Financial Dealings Act 1971", "royal proclamations")
        .contains("2024 to 2028");
  }

  private Set<LocalDate> holidaysIn(BankHolidayRegion region, int year) {
    return new TreeSet<>(
        shipped
            .workingDaysIn(region)
            .bankHolidays()
            .subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
            .keySet());
  }

  /** Holidays proclaimed once, outside the standing pattern, as GOV.UK lists them. */
  private static final Map<BankHolidayRegion, Set<LocalDate>> ONE_OFF_HOLIDAYS =
      Map.of(SCOTLAND, Set.of(LocalDate.of(2026, 6, 15)));

  /**
   * The standing pattern of UK bank holidays, worked out here independently of the shipped file: a
   * fixed-date holiday falling at a weekend moves to the next weekday that is not already a
   * holiday.
   */
  private static final class StandingPattern {

    static Set<LocalDate> of(BankHolidayRegion region, int year) {
      Set<LocalDate> days = new TreeSet<>();
      LocalDate easter = easterSunday(year);
      days.add(easter.minusDays(2));
      if (region != SCOTLAND) {
        days.add(easter.plusDays(1));
      }
      days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      LocalDate august = LocalDate.of(year, 8, 1);
      days.add(
          region == SCOTLAND
              ? august.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
              : august.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      fixed(days, LocalDate.of(year, 1, 1), region == SCOTLAND ? LocalDate.of(year, 1, 2) : null);
      if (region == SCOTLAND) {
        fixed(days, LocalDate.of(year, 11, 30), null);
      }
      if (region == NORTHERN_IRELAND) {
        fixed(days, LocalDate.of(year, 3, 17), null);
        fixed(days, LocalDate.of(year, 7, 12), null);
      }
      fixed(days, LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
      return days;
    }

    /**
     * One holiday, or a pair on consecutive days; those at a weekend take the next free weekday.
     */
    private static void fixed(Set<LocalDate> days, LocalDate first, LocalDate second) {
      Stream<LocalDate> pair = second == null ? Stream.of(first) : Stream.of(first, second);
      Set<LocalDate> atWeekend = new TreeSet<>();
      pair.forEach(d -> (weekend(d) ? atWeekend : days).add(d));
      for (LocalDate d : atWeekend) {
        LocalDate substitute = d;
        while (weekend(substitute) || days.contains(substitute)) {
          substitute = substitute.plusDays(1);
        }
        days.add(substitute);
      }
    }

    private static boolean weekend(LocalDate d) {
      return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Easter Sunday in the Gregorian calendar, by Gauss's method with its two exceptions. */
    private static LocalDate easterSunday(int year) {
      int a = year % 19;
      int b = year % 4;
      int c = year % 7;
      int k = year / 100;
      int p = (13 + 8 * k) / 25;
      int q = k / 4;
      int m = (15 - p + k - q) % 30;
      int n = (4 + k - q) % 7;
      int d = (19 * a + m) % 30;
      int e = (2 * b + 4 * c + 6 * d + n) % 7;
      if (d == 29 && e == 6) {
        return LocalDate.of(year, 4, 19);
      }
      if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
        return LocalDate.of(year, 4, 18);
      }
      return LocalDate.of(year, 3, 22).plusDays(d + e);
    }
  }
}
