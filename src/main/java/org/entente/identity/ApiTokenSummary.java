package org.entente.identity;

import java.time.Instant;

/** A personal API token as its owner sees it; the token itself is shown once, at creation. */
public record ApiTokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt) {}
