package org.entente.performance;

/** What a person enters for an indicator: what it measures, how it is read and its trajectory. */
public record IndicatorDetails(
    String name,
    String definition,
    String unit,
    Polarity polarity,
    Frequency frequency,
    String source,
    IndicatorKind kind,
    Trajectory trajectory,
    Tolerance tolerance) {

  /** The indicator as the status rules see it. */
  public IndicatorStatus.Rules rules() {
    return new IndicatorStatus.Rules(polarity, frequency, trajectory, tolerance);
  }
}
