package org.entente.assessment;

import java.time.LocalDate;

/** A round in a list of rounds, with how far it has got. */
public record RoundSummary(
    long id,
    long partnershipId,
    String partnershipName,
    String instrumentKey,
    int instrumentVersion,
    String instrumentTitle,
    RoundState state,
    LocalDate closesOn,
    RoundCounts counts) {}
