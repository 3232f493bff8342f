package org.entente.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a meeting repeats: a cadence and either how many meetings there are in all (the first
 * included) or the last day one may fall on.
 */
public record Repetition(Cadence cadence, Integer count, LocalDate until) {

  /** No series is longer, so a slip of the keyboard cannot fill the calendar for years. */
  public static final int MAX_OCCURRENCES = 24;

  /** Why a repetition cannot be scheduled from a first date. */
  public enum Problem {
    NO_CADENCE,
    NO_LIMIT,
    BOTH_LIMITS,
    TOO_FEW,
    TOO_MANY,
    UNTIL_NOT_AFTER_START
  }

  /** What is wrong with repeating from this first meeting, if anything. */
  public Optional<Problem> problem(LocalDate first) {
    Objects.requireNonNull(first);
    if (cadence == null) {
      return Optional.of(Problem.NO_CADENCE);
    }
    if (count == null && until == null) {
      return Optional.of(Problem.NO_LIMIT);
    }
    if (count != null && until != null) {
      return Optional.of(Problem.BOTH_LIMITS);
    }
    if (count != null) {
      if (count < 2) {
        return Optional.of(Problem.TOO_FEW);
      }
      return count > MAX_OCCURRENCES ? Optional.of(Problem.TOO_MANY) : Optional.empty();
    }
    if (!until.isAfter(first)) {
      return Optional.of(Problem.UNTIL_NOT_AFTER_START);
    }
    if (cadence.occurrence(first, 1).isAfter(until)) {
      return Optional.of(Problem.TOO_FEW);
    }
    return cadence.occurrence(first, MAX_OCCURRENCES).isAfter(until)
        ? Optional.empty()
        : Optional.of(Problem.TOO_MANY);
  }

  /**
   * The days of every meeting of the series, the first included.
   *
   * @throws IllegalArgumentException if the repetition has a {@link #problem}
   */
  public List<LocalDate> dates(LocalDate first) {
    problem(first)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException("cannot repeat: " + p);
            });
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < MAX_OCCURRENCES; i++) {
      LocalDate day = cadence.occurrence(first, i);
      if ((count != null && i >= count) || (until != null && day.isAfter(until))) {
        break;
      }
      dates.add(day);
    }
    return List.copyOf(dates);
  }
}
