package org.entente.risk;

import java.time.LocalDate;
import java.util.List;

/** A risk as its pages and the API show it. */
public record RiskView(
    long id,
    long areaId,
    Long partnershipId,
    String partnershipName,
    Long themeId,
    String themeName,
    int version,
    String title,
    String description,
    String cause,
    String effect,
    String objective,
    RiskKind kind,
    long ownerId,
    String ownerName,
    RiskScore inherent,
    RiskScore residual,
    List<String> controls,
    List<Share> sharing,
    String sharingArrangement,
    List<Long> actionIds,
    LocalDate reviewOn,
    LocalDate lastReviewedOn,
    RiskStatus status) {

  /** An organisation that shares the risk. */
  public record Share(long organisationId, String organisationName) {}

  public RiskBand inherentBand() {
    return inherent.band(RiskBanding.DEFAULT);
  }

  public RiskBand residualBand() {
    return residual.band(RiskBanding.DEFAULT);
  }

  public boolean open() {
    return status == RiskStatus.OPEN;
  }

  /** An open risk whose review date has passed. */
  public boolean reviewOverdue(LocalDate today) {
    return open() && reviewOn.isBefore(today);
  }

  /** Whether the risk sits on a theme's own register rather than a partnership's. */
  public boolean themeRisk() {
    return partnershipId == null;
  }
}
