package org.entente.partnership.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.partnership.PartnershipView;

/** Costs with their totals by year, by organisation and overall. */
record CostTable(
    List<PartnershipView.Cost> lines,
    Map<Integer, BigDecimal> byYear,
    Map<String, BigDecimal> byOrganisation,
    BigDecimal total) {

  /** A financial year as people write it: 2025 is "2025/26". */
  public String year(int startYear) {
    return String.format("%d/%02d", startYear, (startYear + 1) % 100);
  }

  static CostTable of(List<PartnershipView.Cost> costs) {
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    Map<String, BigDecimal> byOrganisation = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (PartnershipView.Cost c : costs) {
      byYear.merge(c.financialYear(), c.amount(), BigDecimal::add);
      byOrganisation.merge(c.organisationName(), c.amount(), BigDecimal::add);
      total = total.add(c.amount());
    }
    return new CostTable(costs, byYear, byOrganisation, total);
  }
}
