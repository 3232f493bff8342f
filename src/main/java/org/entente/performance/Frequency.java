package org.entente.performance;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an indicator is measured. Each period is named by its last day: months end on their
 * last day, quarters on the last day of June, September, December and March, and years are
 * financial years ending on 31 March, as councils and their partners report them.
 */
public enum Frequency {
  MONTHLY(1),
  QUARTERLY(3),
  ANNUAL(12);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /** The last day of the period that holds {@code day}. */
  public LocalDate periodEnd(LocalDate day) {
    LocalDate end = day.with(TemporalAdjusters.lastDayOfMonth());
    // Financial periods end in March, June, September or December (quarters) or March (years).
    while (!endsPeriod(end.getMonth())) {
      end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    }
    return end;
  }

  /** The last day of the period before the one ending on {@code periodEnd}. */
  public LocalDate previous(LocalDate periodEnd) {
    return periodEnd.minusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
  }

  /** The last day of the period after the one ending on {@code periodEnd}. */
  public LocalDate next(LocalDate periodEnd) {
    return periodEnd.plusMonths(months).with(TemporalAdjusters.lastDayOfMonth());
  }

  private boolean endsPeriod(Month month) {
    return switch (this) {
      case MONTHLY -> true;
      case QUARTERLY -> month.getValue() % 3 == 0;
      case ANNUAL -> month == Month.MARCH;
    };
  }
}
