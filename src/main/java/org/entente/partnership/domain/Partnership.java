package org.entente.partnership.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.partnership.BenefitKind;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.CostKind;
import org.entente.partnership.Formality;
import org.entente.partnership.Geography;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnerStance;
import org.entente.partnership.PartnershipDetails;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.TypologyFunction;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The partnership aggregate: the record and everything that is only ever changed with it. The
 * register loads it, changes it through the methods below and saves it whole.
 */
@Table("partnership")
class Partnership {

  @Id Long id;
  long areaId;
  String name;
  String shortName;
  String purpose;
  Formality formality;
  CollaborationLevel collaborationLevel;
  TypologyFunction typologyFunction;
  LifecycleStage lifecycleStage;
  boolean significant;
  String statutoryBasis;
  PartnershipStatus status;
  Geography geography;
  String geographyDetail;
  Long accountableBodyId;
  Long leadOfficerId;
  Long parentId;
  Long themeId;
  LocalDate startDate;
  LocalDate endDate;
  LocalDate reviewDate;
  String justification;
  String terminationArrangements;
  boolean restricted;
  LocalDate closedOn;
  String closureReason;
  @Version Integer version;
  Instant createdAt;
  Instant updatedAt;

  @MappedCollection(idColumn = "partnership_id")
  Set<PortfolioHolder> portfolioHolders = new HashSet<>();

  @MappedCollection(idColumn = "partnership_id")
  Set<Partner> partners = new HashSet<>();

  @MappedCollection(idColumn = "partnership_id")
  Set<Cost> costs = new HashSet<>();

  @MappedCollection(idColumn = "partnership_id")
  Set<Benefit> benefits = new HashSet<>();

  @MappedCollection(idColumn = "partnership_id")
  Set<StageChange> stageChanges = new HashSet<>();

  static Partnership create(long areaId, PartnershipDetails details, Instant now) {
    Partnership p = new Partnership();
    p.areaId = areaId;
    p.createdAt = now;
    p.apply(details);
    return p;
  }

  /** Takes every field of the edit form; blank text is kept as no value. */
  void apply(PartnershipDetails d) {
    name = d.name().trim();
    shortName = trimmed(d.shortName());
    purpose = d.purpose().trim();
    formality = d.formality();
    collaborationLevel = d.collaborationLevel();
    typologyFunction = d.typologyFunction();
    lifecycleStage = d.lifecycleStage();
    significant = d.significant();
    statutoryBasis = trimmed(d.statutoryBasis());
    status = d.status() == null ? PartnershipStatus.ACTIVE : d.status();
    geography = d.geography();
    geographyDetail = trimmed(d.geographyDetail());
    accountableBodyId = d.accountableBodyId();
    leadOfficerId = d.leadOfficerId();
    parentId = d.parentId();
    themeId = d.themeId();
    startDate = d.startDate();
    endDate = d.endDate();
    reviewDate = d.reviewDate();
    justification = trimmed(d.justification());
    terminationArrangements = trimmed(d.terminationArrangements());
    restricted = d.restricted();
    portfolioHolders =
        d.portfolioHolderIds().stream().map(PortfolioHolder::new).collect(Collectors.toSet());
  }

  void recordStage(LifecycleStage stage, LocalDate on, String reason, String by, Instant at) {
    stageChanges.add(new StageChange(null, stage, on, reason.trim(), by, at));
  }

  void close(LocalDate on, String reason) {
    status = PartnershipStatus.CLOSED;
    closedOn = on;
    endDate = on;
    closureReason = reason.trim();
  }

  boolean closed() {
    return status == PartnershipStatus.CLOSED;
  }

  static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

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
