package org.entente.shared;

/**
 * A bank holiday file that cannot be read; the message names the line at fault where there is one.
 */
public class BankHolidayFileException extends RuntimeException {

  BankHolidayFileException(String message) {
    super(message);
  }

  static BankHolidayFileException atLine(long line, String problem) {
    return new BankHolidayFileException("Bank holiday file, line " + line + ": " + problem);
  }
}
