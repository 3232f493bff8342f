package org.entente.partnership;

import java.time.LocalDate;
import java.util.List;

/** Everything a user enters about a partnership on its create and edit forms. */
public record PartnershipDetails(
    String name,
    String shortName,
    String purpose,
    Formality formality,
    CollaborationLevel collaborationLevel,
    TypologyFunction typologyFunction,
    LifecycleStage lifecycleStage,
    boolean significant,
    String statutoryBasis,
    PartnershipStatus status,
    Geography geography,
    String geographyDetail,
    Long accountableBodyId,
    Long leadOfficerId,
    List<Long> portfolioHolderIds,
    Long parentId,
    Long themeId,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate reviewDate,
    String justification,
    String terminationArrangements,
    boolean restricted) {

  public PartnershipDetails {
    portfolioHolderIds = portfolioHolderIds == null ? List.of() : List.copyOf(portfolioHolderIds);
  }
}
