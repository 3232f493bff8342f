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

  /** The warnings composition alone can raise; attendance warnings come with meetings. */
  public enum Kind {
    TOO_LARGE,
    TOO_SMALL,
    VACANT_SEAT,
    NO_DEPUTY,
    BELOW_EXPECTED_TIER,
    NO_VOLUNTARY_SEAT,
    NO_ELECTED_SEAT,
    PAST_END_DATE,
    NO_END_DATE
  }
}
