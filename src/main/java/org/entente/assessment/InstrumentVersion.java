package org.entente.assessment;

import java.time.Instant;

/**
 * One published version of an instrument and where it came from: shipped with Entente, or uploaded
 * by an administrator ({@code uploadedBy}, {@code uploadedAt}).
 */
public record InstrumentVersion(
    String key,
    int version,
    String title,
    boolean shipped,
    String uploadedBy,
    Instant uploadedAt) {}
