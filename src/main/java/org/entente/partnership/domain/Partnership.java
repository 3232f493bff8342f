package org.entente.partnership.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.entente.partnership.BenefitKind;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.CostKind;
import org.entente.partnership.Formality;
import org.entente.partnership.Geography;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnerStance;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.TypologyFunction;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The partnership aggregate: the record and everything that is only ever changed with it. */
@Table("partnership")
record Partnership(
    @Id Long id,
    long areaId,
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
    Long parentId,
    Long themeId,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate reviewDate,
    String justification,
    String terminationArrangements,
    boolean restricted,
    LocalDate closedOn,
    String closureReason,
    @Version Integer version,
    Instant createdAt,
    Instant updatedAt,
    @MappedCollection(idColumn = "partnership_id") Set<PortfolioHolder> portfolioHolders,
    @MappedCollection(idColumn = "partnership_id") Set<Partner> partners,
    @MappedCollection(idColumn = "partnership_id") Set<Cost> costs,
    @MappedCollection(idColumn = "partnership_id") Set<Benefit> benefits,
    @MappedCollection(idColumn = "partnership_id") Set<StageChange> stageChanges) {

  @Table("partnership_portfolio_holder")
  record PortfolioHolder(long personId) {}

  @Table("partnership_partner")
  record Partner(long organisationId, PartnerStance stance) {}

  @Table("partnership_cost")
  record Cost(
      @Id Long id,
      long organisationId,
      int financialYear,
      CostKind kind,
      BigDecimal amount,
      String note) {}

  @Table("partnership_benefit")
  record Benefit(@Id Long id, BenefitKind kind, String description, String evidence) {}

  @Table("partnership_stage_change")
  record StageChange(
      @Id Long id,
      LifecycleStage stage,
      LocalDate changedOn,
      String reason,
      String recordedBy,
      Instant recordedAt) {}
}
