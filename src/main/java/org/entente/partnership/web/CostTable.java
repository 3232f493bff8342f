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
