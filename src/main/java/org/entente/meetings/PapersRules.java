package org.entente.meetings;

import java.time.Instant;
import org.entente.shared.BankHolidayRegion;
import org.entente.shared.BankHolidays;

/**
 * Each area's rule for publishing meeting papers: the clear working days they are due before a
 * meeting, and the bank holiday region (and file) that decides which days are working days.
 * Meetings are given their due date by the rule in force when they are scheduled.
 */
public interface PapersRules {

  /** The most clear days an area may ask for. */
  int MAX_CLEAR_DAYS = 20;

  /**
   * An area's rule; {@code bankHolidaysUploadedAt} is {@code null} while the area uses the bank
   * holidays shipped with Entente.
   */
  record Rule(
      BankHolidayRegion region, int clearDays, Instant bankHolidaysUploadedAt, int version) {

    public boolean ownBankHolidays() {
      return bankHolidaysUploadedAt != null;
    }
  }

  Rule rule(long areaId);

  /** The deadline for papers of the area's meetings under its rule. */
  PapersDeadline deadline(long areaId);

  /** The bank holidays the area counts with: its own file, or the shipped one. */
  BankHolidays bankHolidays(long areaId);

  /** The area's bank holiday file as it would be downloaded, in the shipped file's format. */
  String bankHolidaysFile(long areaId);

  /**
   * @throws IllegalArgumentException if clear days are outside 0 to {@link #MAX_CLEAR_DAYS}
   * @throws org.entente.shared.StaleEditException if the rule changed since {@code version}
   */
  void setRule(long areaId, int version, BankHolidayRegion region, int clearDays);

  /**
   * Makes the area count with its own bank holiday file.
   *
   * @throws org.entente.shared.BankHolidayFileException naming the line, if the file is not valid;
   *     nothing is changed
   */
  void uploadBankHolidays(long areaId, int version, String file);

  /** Makes the area count with the bank holidays shipped with Entente again. */
  void useShippedBankHolidays(long areaId, int version);
}
