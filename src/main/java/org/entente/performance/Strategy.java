package org.entente.performance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The community strategy of an area: outcomes under its themes, the indicators that measure them
 * and their measurements. Every write is audited; a stale {@code version} fails with {@link
 * org.entente.shared.StaleEditException} and saves nothing.
 */
public interface Strategy {

  List<OutcomeView> outcomes(long areaId);

  Optional<OutcomeView> outcome(long areaId, long id);

  long addOutcome(long areaId, OutcomeDetails details);

  void updateOutcome(long areaId, long id, int version, OutcomeDetails details);

  /** The indicators of these outcomes with their latest status, by name. */
  List<IndicatorSummary> indicators(long areaId, Collection<Long> outcomeIds);

  Optional<IndicatorView> indicator(long areaId, long id);

  long addIndicator(long areaId, long outcomeId, IndicatorDetails details);

  void updateIndicator(long areaId, long id, int version, IndicatorDetails details);

  /** The indicator's measurements for the periods ending from {@code from} to {@code to}. */
  Map<LocalDate, Measurement> measurements(long indicatorId, LocalDate from, LocalDate to);

  Optional<Measurement> measurement(long indicatorId, LocalDate periodEnd);

  /** Every revision of the indicator's values, newest first. */
  List<Revision> revisions(long indicatorId);

  /**
   * Enters the value of a period. When the period has a value already, this is a revision and
   * {@code version} must be the version of that value; when it has none, {@code version} must be
   * null. Anything else means someone else saved first.
   */
  void record(
      long areaId,
      long indicatorId,
      LocalDate periodEnd,
      java.math.BigDecimal value,
      Integer version,
      String who,
      String note);

  /**
   * Writes a batch of values in one transaction: new periods are added, changed ones are revised
   * with their history kept, unchanged ones are left alone. Returns how many values were added or
   * revised.
   */
  int recordAll(long areaId, List<MeasurementEntry> entries, String who, String note);
}
