package org.entente.performance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value for one period of one indicator, as a batch of measurements carries it. */
public record MeasurementEntry(long indicatorId, LocalDate periodEnd, BigDecimal value) {}
