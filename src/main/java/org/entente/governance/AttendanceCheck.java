package org.entente.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.entente.governance.MeetingRecord.Attendance;
import org.entente.governance.MeetingRecord.Turnout;

/**
 * The warnings of DOMAIN.md section 3 that come from how a body meets, as a pure function: not met
 * within the expected interval, and falling attendance or rising substitution over the last four
 * meetings.
 */
public final class AttendanceCheck {

  /**
   * How far a share must move between the first and the last of the four meetings, never turning
   * back on the way, before it counts as a trend rather than the ordinary ups and downs of diaries.
   */
  static final double TREND = 0.15;

  private AttendanceCheck() {}

  /**
   * @param since the day the body was set up; a body that never met is judged from then
   * @param attendance how it has met, or {@code null} if it never has
   */
  public static List<Warning> warnings(
      Guidance guidance, LocalDate since, Attendance attendance, LocalDate today) {
    List<Warning> warnings = new ArrayList<>();
    Integer interval = guidance.meetingIntervalDays();
    if (interval != null) {
      if (attendance == null) {
        if (since.plusDays(interval).isBefore(today)) {
          warnings.add(Warning.of(Warning.Kind.NEVER_MET, since, interval));
        }
      } else if (attendance.lastMet().plusDays(interval).isBefore(today)) {
        warnings.add(Warning.of(Warning.Kind.NOT_MET, attendance.lastMet(), interval));
      }
    }
    if (attendance != null && attendance.recent().size() == MeetingRecord.TREND_MEETINGS) {
      List<Turnout> recent = attendance.recent();
      if (trend(recent, t -> -t.attended())) {
        warnings.add(
            Warning.of(
                Warning.Kind.FALLING_ATTENDANCE,
                percent(recent.get(0).attended()),
                percent(recent.get(recent.size() - 1).attended())));
      }
      if (trend(recent, Turnout::substituted)) {
        warnings.add(
            Warning.of(
                Warning.Kind.RISING_SUBSTITUTION,
                percent(recent.get(0).substituted()),
                percent(recent.get(recent.size() - 1).substituted())));
      }
    }
    return warnings;
  }

  /** Whether the value never falls from one meeting to the next and rises by the trend overall. */
  private static boolean trend(List<Turnout> meetings, ToDoubleFunction<Turnout> value) {
    for (int i = 1; i < meetings.size(); i++) {
      if (value.applyAsDouble(meetings.get(i)) < value.applyAsDouble(meetings.get(i - 1))) {
        return false;
      }
    }
    double rise =
        value.applyAsDouble(meetings.get(meetings.size() - 1))
            - value.applyAsDouble(meetings.get(0));
    return rise >= TREND - 1e-9;
  }

  private static long percent(double share) {
    return Math.round(share * 100);
  }
}
