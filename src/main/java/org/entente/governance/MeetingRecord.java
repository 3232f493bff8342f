package org.entente.governance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How bodies have met, as the meetings module records it. Governance reads it to warn about bodies
 * that no longer meet or whose members stop coming; the meetings module provides it.
 */
public interface MeetingRecord {

  /** The most meetings a trend is read from: "the last four meetings". */
  int TREND_MEETINGS = 4;

  /**
   * For each of the given bodies that held a meeting before {@code today} began: when it last met,
   * and its latest meetings with attendance recorded, oldest first, at most {@link
   * #TREND_MEETINGS}. Cancelled meetings do not count. Bodies that never met are left out.
   */
  Map<Long, Attendance> attendance(Collection<Long> bodyIds, LocalDate today);

  record Attendance(LocalDate lastMet, List<Turnout> recent) {

    public Attendance {
      recent = List.copyOf(recent);
    }
  }

  /**
   * One meeting's turnout: of the seats recorded, how many were filled by their member and how many
   * by a substitute.
   */
  record Turnout(LocalDate date, int recorded, int present, int substitutes) {

    /** The share of recorded seats that someone filled, member or substitute. */
    public double attended() {
      return recorded == 0 ? 0 : (double) (present + substitutes) / recorded;
    }

    /** The share of recorded seats filled by a substitute. */
    public double substituted() {
      return recorded == 0 ? 0 : (double) substitutes / recorded;
    }
  }
}
