package org.entente.identity;

/** A user account as lists and forms show it. */
public record UserSummary(
    long id,
    String username,
    String email,
    String displayName,
    boolean active,
    boolean hasPassword) {}
