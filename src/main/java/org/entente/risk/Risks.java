package org.entente.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The risk registers of an area's partnerships and strategy themes. */
public interface Risks {

  Optional<RiskView> risk(long areaId, long riskId);

  /** Every risk of the area, open and closed: theme risks and those of the given partnerships. */
  List<RiskView> ofArea(long areaId, Collection<Long> partnershipIds);

  List<RiskView> ofPartnership(long areaId, long partnershipId);

  /** A theme's own register (not its partnerships' risks). */
  List<RiskView> ofTheme(long areaId, long themeId);

  /**
   * Records a new risk on a partnership's register or, with no partnership, on a theme's.
   *
   * @throws IllegalArgumentException if the owner is not one of the area's people, or the
   *     organisations sharing it are not the area's
   */
  long record(long areaId, Long partnershipId, Long themeId, RiskDetails details);

  /** Changes a risk; a stale version fails with {@code StaleEditException}. */
  void update(long areaId, long riskId, int version, RiskDetails details);

  /** Reviews a risk; a stale version fails with {@code StaleEditException}. */
  void review(long areaId, long riskId, int version, RiskReview review, LocalDate today);

  /** Links a tracked action of the risk's partnership as a mitigating action. */
  void linkAction(long areaId, long riskId, long actionId);

  /** Open risks of the area whose review is due on or before {@code to}, earliest first. */
  List<RiskView> reviewsDueBy(long areaId, LocalDate to);
}
