package org.entente.risk;

import java.time.LocalDate;

/** A review of a risk: its residual scores now, what the reviewer noted, and the next review. */
public record RiskReview(RiskScore residual, String note, LocalDate nextReviewOn) {}
