package org.entente.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One partnership with everything its page shows, references already resolved to names. */
public record PartnershipView(
    long id,
    long areaId,
    int version,
    PartnershipDetails details,
    String accountableBodyName,
    String leadOfficerName,
    List<Named> portfolioHolders,
    Named parent,
    List<Named> children,
    String themeName,
    List<Partner> partners,
    List<Cost> costs,
    List<Benefit> benefits,
    List<StageChange> stageHistory,
    LocalDate closedOn,
    String closureReason) {

  public record Named(long id, String name) {}

  public record Partner(long organisationId, String organisationName, PartnerStance stance) {}

  public record Cost(
      long id,
      long organisationId,
      String organisationName,
      int financialYear,
      CostKind kind,
      BigDecimal amount,
      String note) {}

  public record Benefit(long id, BenefitKind kind, String description, String evidence) {}

  public record StageChange(
      LifecycleStage stage, LocalDate changedOn, String reason, String recordedBy) {}

  public String name() {
    return details.name();
  }

  public PartnershipStatus status() {
    return details.status();
  }

  public boolean closed() {
    return details.status() == PartnershipStatus.CLOSED;
  }
}
