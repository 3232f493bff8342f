package org.entente.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days in one bank holiday region: every day but Saturdays, Sundays and the region's bank
 * holidays. It knows the bank holidays of whole years only, from {@link #firstYear()} to {@link
 * #lastYear()}; any method given a date outside them, or that would have to look at a day outside
 * them, throws {@link BankHolidaysNotKnownException} rather than treat that day as ordinary.
 *
 * <p>Instances come from {@link BankHolidays#workingDaysIn(BankHolidayRegion)}.
 */
public final class WorkingDays {

  private final BankHolidayRegion region;
  private final NavigableMap<LocalDate, String> bankHolidays;
  private final int firstYear;
  private final int lastYear;

  /** The caller has checked that there is at least one holiday in every year it covers. */
  WorkingDays(BankHolidayRegion region, NavigableMap<LocalDate, String> bankHolidays) {
    this.region = Objects.requireNonNull(region);
    this.bankHolidays = Collections.unmodifiableNavigableMap(new TreeMap<>(bankHolidays));
    this.firstYear = this.bankHolidays.firstKey().getYear();
    this.lastYear = this.bankHolidays.lastKey().getYear();
  }

  public BankHolidayRegion region() {
    return region;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  /** The region's bank holidays, by date, with their names. */
  public NavigableMap<LocalDate, String> bankHolidays() {
    return bankHolidays;
  }

  public boolean covers(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }

  /** The name of the bank holiday on this date, if it is one. */
  public Optional<String> bankHolidayOn(LocalDate date) {
    return Optional.ofNullable(bankHolidays.get(known(date)));
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = known(date).getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.containsKey(date);
  }

  /**
   * The clear working days between publication and a meeting: the working days strictly after the
   * day of publication and strictly before the day of the meeting, neither of which counts, as
   * clear days are counted for council meetings. Papers published on the day of the meeting, or
   * after it, leave none, so the answer is 0 rather than an error.
   */
  public int clearWorkingDaysBetween(LocalDate publishedOn, LocalDate meetingOn) {
    known(publishedOn);
    known(meetingOn);
    int clear = 0;
    for (LocalDate day = publishedOn.plusDays(1); day.isBefore(meetingOn); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        clear++;
      }
    }
    return clear;
  }

  /**
   * The last date on which papers can be published and still leave {@code clearDays} clear working
   * days before the meeting. It is the day before the {@code clearDays}-th working day before the
   * meeting, so it may be a weekend or a bank holiday: papers for a Monday meeting needing five
   * clear days can go out as late as the Sunday eight days before. With no clear days required it
   * is the day of the meeting itself.
   *
   * @throws IllegalArgumentException if {@code clearDays} is negative
   */
  public LocalDate latestPublicationDate(LocalDate meetingOn, int clearDays) {
    if (clearDays < 0) {
      throw new IllegalArgumentException("clear days cannot be negative: " + clearDays);
    }
    if (clearDays == 0) {
      return known(meetingOn);
    }
    return addWorkingDays(meetingOn, -clearDays).minusDays(1);
  }

  /**
   * The working day that is {@code days} working days after {@code date}, or before it when {@code
   * days} is negative; {@code date} itself need not be a working day and never counts. Adding 0
   * gives {@code date} back unchanged.
   */
  public LocalDate addWorkingDays(LocalDate date, int days) {
    LocalDate day = known(date);
    int step = days < 0 ? -1 : 1;
    for (int left = Math.abs(days); left > 0; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  private LocalDate known(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!covers(date)) {
      throw new BankHolidaysNotKnownException(region, date, firstYear, lastYear);
    }
    return date;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingDays that
        && region == that.region
        && bankHolidays.equals(that.bankHolidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, bankHolidays);
  }

  @Override
  public String toString() {
    return "WorkingDays[" + region.code() + ", " + firstYear + "-" + lastYear + "]";
  }
}
