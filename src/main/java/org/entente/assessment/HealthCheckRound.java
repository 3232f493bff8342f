package org.entente.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A round of a health check: the instrument it runs (by key and version, read from the {@link
 * InstrumentLibrary}), the partnership it is for, whether it is anonymous and the least group size
 * results may show, where it is and its dates. {@code closesOn} is the last day for answers; it is
 * {@code null} only while a draft has none yet.
 */
public record HealthCheckRound(
    long id,
    long areaId,
    long partnershipId,
    String instrumentKey,
    int instrumentVersion,
    RoundState state,
    boolean anonymous,
    int minimumGroupSize,
    LocalDate closesOn,
    Instant createdAt,
    Instant openedAt,
    Instant closedAt,
    List<Long> bodyIds,
    String extraEmails,
    int version) {

  public HealthCheckRound {
    bodyIds = bodyIds == null ? List.of() : List.copyOf(bodyIds);
  }

  /** Whether answers are taken on this day: the round is open and its closing date not past. */
  public boolean acceptsAnswers(LocalDate today) {
    return state == RoundState.OPEN && closesOn != null && !closesOn.isBefore(today);
  }

  /** The day the round stopped taking answers, for a closed round. */
  public LocalDate closedOn() {
    return closedAt == null
        ? closesOn
        : closedAt.atZone(org.entente.shared.LondonTime.ZONE).toLocalDate();
  }

  public ScoringOptions scoringOptions() {
    return anonymous ? new ScoringOptions(true, minimumGroupSize, 5) : ScoringOptions.open();
  }
}
