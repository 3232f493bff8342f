package org.entente.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The three boxes of a GOV.UK date input, as typed; {@link #toDate()} reads them as a date. */
public record DateInput(String day, String month, String year) {

  public static DateInput of(LocalDate date) {
    return date == null
        ? new DateInput("", "", "")
        : new DateInput(
            String.valueOf(date.getDayOfMonth()),
            String.valueOf(date.getMonthValue()),
            String.valueOf(date.getYear()));
  }

  public boolean isBlank() {
    return blank(day) && blank(month) && blank(year);
  }

  /** The date, or {@code null} when the boxes are empty or do not make a real date. */
  public LocalDate toDate() {
    if (isBlank()) {
      return null;
    }
    try {
      int y = Integer.parseInt(year.trim());
      if (y < 1900 || y > 2200) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
    } catch (NumberFormatException | DateTimeException | NullPointerException e) {
      return null;
    }
  }

  /** True when something was typed but it is not a real date. */
  public boolean isInvalid() {
    return !isBlank() && toDate() == null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
