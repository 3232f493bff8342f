package org.entente.governance;

import java.util.List;

/**
 * Something about a body's composition that guidance says matters. Pages word it from the messages
 * {@code warning.<KIND>} (what) and {@code warning.<KIND>.why} (why it matters), with {@code args}
 * filled in.
 */
public record Warning(Kind kind, List<Object> args) {

  public Warning {
    args = List.copyOf(args);
  }

  public static Warning of(Kind kind, Object... args) {
    return new Warning(kind, List.of(args));
  }

  /**
   * What can be wrong: the first kinds come from composition ({@link CompositionCheck}), the last
   * from how the body meets ({@link AttendanceCheck}). Each knows where it is put right.
   */
  public enum Kind {
    TOO_LARGE(Remedy.SEATS),
    TOO_SMALL(Remedy.SEATS),
    VACANT_SEAT(Remedy.SEATS),
    NO_DEPUTY(Remedy.SEATS),
    BELOW_EXPECTED_TIER(Remedy.SEATS),
    NO_VOLUNTARY_SEAT(Remedy.SEATS),
    NO_ELECTED_SEAT(Remedy.SEATS),
    PAST_END_DATE(Remedy.DETAILS),
    NO_END_DATE(Remedy.DETAILS),
    NEVER_MET(Remedy.SCHEDULE),
    NOT_MET(Remedy.SCHEDULE),
    FALLING_ATTENDANCE(Remedy.ATTENDANCE),
    RISING_SUBSTITUTION(Remedy.ATTENDANCE);

    private final Remedy remedy;

    Kind(Remedy remedy) {
      this.remedy = remedy;
    }

    public Remedy remedy() {
      return remedy;
    }
  }

  /**
   * Where a warning is put right: the seats and who fills them, the body's details (its end date),
   * its meeting schedule, or a conversation with partners about their attendance.
   */
  public enum Remedy {
    SEATS,
    DETAILS,
    SCHEDULE,
    ATTENDANCE
  }
}
