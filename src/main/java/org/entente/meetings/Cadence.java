package org.entente.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a repeating meeting recurs. Monthly and quarterly meetings keep the weekday of the
 * month of the first one (the second Tuesday, say); a first meeting in the last days of its month,
 * past the fourth such weekday, repeats on the last such weekday of each month.
 */
public enum Cadence {
  WEEKLY(1, 0),
  FORTNIGHTLY(2, 0),
  FOUR_WEEKLY(4, 0),
  MONTHLY(0, 1),
  QUARTERLY(0, 3);

  private final int weeks;
  private final int months;

  Cadence(int weeks, int months) {
    this.weeks = weeks;
    this.months = months;
  }

  /** The day of the meeting {@code index} steps after the first (index 0 is the first). */
  public LocalDate occurrence(LocalDate first, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index cannot be negative: " + index);
    }
    if (weeks > 0) {
      return first.plusWeeks((long) weeks * index);
    }
    DayOfWeek weekday = first.getDayOfWeek();
    int ordinal = (first.getDayOfMonth() - 1) / 7 + 1;
    LocalDate month = first.withDayOfMonth(1).plusMonths((long) months * index);
    return ordinal > 4
        ? month.with(TemporalAdjusters.lastInMonth(weekday))
        : month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }
}
