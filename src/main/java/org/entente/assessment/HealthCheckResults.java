package org.entente.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The results of health-check rounds, the action plans drawn from them, and comparisons. */
public interface HealthCheckResults {

  /**
   * A round scored: its instrument as people read it, its results, the previous closed round of the
   * same instrument with the change since, and the closed rounds of that instrument for the
   * partnership up to and including this one (oldest first) for a trend.
   */
  record RoundResults(
      HealthCheckRound round,
      InstrumentText instrument,
      Results results,
      Optional<HealthCheckRound> previous,
      Optional<Change> change,
      List<PastRound> history) {

    public RoundResults {
      history = List.copyOf(history);
    }
  }

  /** A round of the trend: when it closed and its results. */
  record PastRound(long roundId, LocalDate closedOn, Results results) {}

  /** An action the officer confirmed for the plan, and the dimension it answers. */
  record PlannedAction(String dimension, String description, long ownerId, LocalDate dueOn) {}

  /** An action a round produced. */
  record ProducedAction(long actionId, String dimension) {}

  /** One partnership's latest closed round of an instrument. */
  record Latest(long partnershipId, String partnershipName, long roundId, Results results) {}

  /** The round scored, if it is one of the area's; a draft has none. */
  Optional<RoundResults> results(long areaId, long roundId);

  /**
   * Raises every planned action for the round's partnership and records that the round produced
   * them: all or nothing.
   *
   * @throws IllegalArgumentException if an owner is not one of the area's people
   */
  List<Long> adoptPlan(long areaId, long roundId, List<PlannedAction> plan, String by);

  /** The actions a round produced, in the order they were raised. */
  List<ProducedAction> produced(long areaId, long roundId);

  /**
   * For each of the given partnerships that has one, its latest closed round of the instrument,
   * scored, by partnership name.
   */
  List<Latest> latestClosed(long areaId, Collection<Long> partnershipIds, String instrumentKey);
}
