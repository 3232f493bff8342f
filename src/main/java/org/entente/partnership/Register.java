package org.entente.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/** The partnership register of an area. */
public interface Register {

  Set<String> SORT_KEYS =
      Set.of("name", "formality", "function", "level", "stage", "status", "reviewDate", "body");

  Page<PartnershipSummary> search(
      long areaId, PartnershipFilter filter, Viewer viewer, PageRequest page);

  /** Every partnership of the area the viewer may see, for pictures of the whole area. */
  List<PartnershipSummary> all(long areaId, Viewer viewer);

  Optional<PartnershipView> find(long areaId, long id, Viewer viewer);

  /** Names of partnerships of the area by id, for other modules' pages. */
  Map<Long, String> names(long areaId, Collection<Long> ids);

  long create(long areaId, PartnershipDetails details, String stageReason);

  /**
   * Saves an edit. A changed life-cycle stage needs a reason; a stale {@code version} fails with
   * {@link org.entente.shared.StaleEditException} and saves nothing.
   */
  void update(long areaId, long id, int version, PartnershipDetails details, String stageReason);

  /** Closes a partnership; it stays in the register with its reason. */
  void close(long areaId, long id, int version, LocalDate closedOn, String reason);

  void addCost(
      long areaId,
      long id,
      int version,
      long organisationId,
      int financialYear,
      CostKind kind,
      BigDecimal amount,
      String note);

  void removeCost(long areaId, long id, int version, long costId);

  void addBenefit(
      long areaId, long id, int version, BenefitKind kind, String description, String evidence);

  void removeBenefit(long areaId, long id, int version, long benefitId);

  void setPartner(long areaId, long id, int version, long organisationId, PartnerStance stance);

  void removePartner(long areaId, long id, int version, long organisationId);
}
