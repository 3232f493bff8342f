package org.entente.performance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A value that replaced an earlier one for the same period: who, when, from what to what, why. */
public record Revision(
    LocalDate periodEnd,
    BigDecimal oldValue,
    BigDecimal newValue,
    String revisedBy,
    Instant revisedAt,
    String note) {}
