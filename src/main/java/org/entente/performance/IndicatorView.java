package org.entente.performance;

/** An indicator as it is now. */
public record IndicatorView(
    long id, long areaId, long outcomeId, IndicatorDetails details, int version) {

  public String name() {
    return details.name();
  }

  public IndicatorStatus.Rules rules() {
    return details.rules();
  }
}
