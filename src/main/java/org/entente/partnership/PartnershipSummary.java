package org.entente.partnership;

import java.time.LocalDate;

/** A row of the register. */
public record PartnershipSummary(
    long id,
    long areaId,
    String name,
    String shortName,
    Formality formality,
    CollaborationLevel collaborationLevel,
    TypologyFunction typologyFunction,
    LifecycleStage lifecycleStage,
    boolean significant,
    PartnershipStatus status,
    Geography geography,
    Long accountableBodyId,
    String accountableBodyName,
    Long themeId,
    String themeName,
    Long parentId,
    LocalDate reviewDate,
    boolean restricted) {}
