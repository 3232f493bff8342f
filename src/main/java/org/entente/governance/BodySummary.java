package org.entente.governance;

import java.time.LocalDate;
import java.util.List;

/** A body in its partnership's structure: size, vacancies and warnings at a glance. */
public record BodySummary(
    long id,
    long partnershipId,
    String name,
    BodyKind kind,
    RoleLayer layer,
    LocalDate endDate,
    int seats,
    int vacant,
    List<Warning> warnings) {}
