package org.entente.governance;

/**
 * An area's guidance for one kind of body: optimum size (either end may be open), the expected
 * interval between meetings in days ({@code null} when it meets as needed), whether every seat
 * needs a designated deputy, and the lowest seniority tier expected of members (1 = chief executive
 * or leader ... 4 = other; {@code null} for any).
 */
public record Guidance(
    BodyKind kind,
    Integer minSize,
    Integer maxSize,
    Integer meetingIntervalDays,
    boolean deputiesRequired,
    Integer lowestTier) {}
