package org.entente.performance;

/**
 * An indicator in a list, with the status of its latest period that has a value, or null when it
 * has none yet.
 */
public record IndicatorSummary(
    long id,
    long outcomeId,
    String name,
    String unit,
    Frequency frequency,
    IndicatorStatus.Period latest) {}
