package org.entente.conflict;

import java.time.Instant;

/** One line of a tension list. */
public record TensionSummary(
    long id,
    long partnershipId,
    String partnershipName,
    String title,
    TensionSource source,
    TensionSeverity severity,
    TensionStage stage,
    Instant raisedAt) {}
