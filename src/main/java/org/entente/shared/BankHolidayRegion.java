package org.entente.shared;

import java.util.Arrays;
import java.util.Optional;

/** The three parts of the UK that keep their own bank holidays; each area belongs to one. */
public enum BankHolidayRegion {
  ENGLAND_AND_WALES("england-and-wales"),
  SCOTLAND("scotland"),
  NORTHERN_IRELAND("northern-ireland");

  private final String code;

  BankHolidayRegion(String code) {
    this.code = code;
  }

  /** The name GOV.UK gives the division in its bank holiday data, as the data file uses it. */
  public String code() {
    return code;
  }

  public static Optional<BankHolidayRegion> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
