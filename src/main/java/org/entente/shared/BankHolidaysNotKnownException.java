package org.entente.shared;

import java.time.LocalDate;

/**
 * A date outside the years whose bank holidays are known for a region: counting working days there
 * would silently treat any bank holiday as an ordinary day.
 */
public class BankHolidaysNotKnownException extends RuntimeException {

  private final BankHolidayRegion region;
  private final LocalDate date;
  private final int firstYear;
  private final int lastYear;

  BankHolidaysNotKnownException(
      BankHolidayRegion region, LocalDate date, int firstYear, int lastYear) {
    super(
        "Bank holidays in "
            + region.code()
            + " are known for "
            + firstYear
            + " to "
            + lastYear
            + ", not for "
            + date
            + "; an area administrator can load a newer bank holiday file");
    this.region = region;
    this.date = date;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  public BankHolidayRegion region() {
    return region;
  }

  public LocalDate date() {
    return date;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }
}
