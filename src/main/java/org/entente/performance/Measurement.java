package org.entente.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The value of one period of an indicator, as last entered. */
public record Measurement(
    LocalDate periodEnd, BigDecimal value, int version, String enteredBy, Instant enteredAt) {}
