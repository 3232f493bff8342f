package org.entente.meetings;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.shared.BankHolidayRegion;
import org.entente.shared.BankHolidays;
import org.entente.shared.WorkingDays;

/**
 * When a meeting's papers must be published: a number of clear working days before it, the day of
 * publication and the day of the meeting not counting, nor weekends and bank holidays.
 */
public record PapersDeadline(WorkingDays workingDays, int clearDays) {

  /** As for council meetings. */
  public static final int DEFAULT_CLEAR_DAYS = 5;

  public PapersDeadline {
    Objects.requireNonNull(workingDays);
    if (clearDays < 0) {
      throw new IllegalArgumentException("clear days cannot be negative: " + clearDays);
    }
  }

  /** The default rule: five clear working days in England and Wales. */
  public static PapersDeadline standard() {
    return new PapersDeadline(
        BankHolidays.shipped().workingDaysIn(BankHolidayRegion.ENGLAND_AND_WALES),
        DEFAULT_CLEAR_DAYS);
  }

  /** Whether the bank holidays around this meeting date are known, so a deadline can be set. */
  public boolean knows(LocalDate meetingOn) {
    return workingDays.covers(meetingOn) && workingDays.covers(meetingOn.minusMonths(1));
  }

  /** The last day papers can be published and still be on time. */
  public LocalDate dueOn(LocalDate meetingOn) {
    return workingDays.latestPublicationDate(meetingOn, clearDays);
  }

  /** Papers published after the due date leave fewer clear working days than the rule asks. */
  public boolean late(LocalDate publishedOn, LocalDate meetingOn) {
    return publishedOn.isAfter(dueOn(meetingOn));
  }
}
