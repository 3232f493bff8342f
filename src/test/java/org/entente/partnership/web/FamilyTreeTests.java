package org.entente.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.Formality;
import org.entente.partnership.Geography;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.TypologyFunction;
import org.junit.jupiter.api.Test;

class FamilyTreeTests {

  @Test
  void strategicPartnershipLeadsWithChildrenBelowAndDistrictsBeside() {
    FamilyTree tree =
        FamilyTree.of(
            List.of(
                p(4, "Delivery group", 2L, Geography.COUNTY_WIDE, TypologyFunction.DELIVERY),
                p(3, "Northvale Partnership", null, Geography.DISTRICT, TypologyFunction.STRATEGIC),
                p(2, "Safer Shires", 1L, Geography.COUNTY_WIDE, TypologyFunction.STRATEGIC),
                p(1, "Shires Strategic", null, Geography.COUNTY_WIDE, TypologyFunction.STRATEGIC),
                p(
                    5,
                    "Orphan whose parent is hidden",
                    99L,
                    Geography.DISTRICT,
                    TypologyFunction.DELIVERY)));

    assertThat(tree.nodes())
        .extracting(n -> n.partnership().name() + "@" + n.depth())
        .containsExactly(
            "Shires Strategic@0",
            "Safer Shires@1",
            "Delivery group@2",
            "Northvale Partnership@0",
            "Orphan whose parent is hidden@0");
    assertThat(tree.roots()).hasSize(3);
    assertThat(tree.childrenOf(0)).extracting(n -> n.partnership().id()).containsExactly(2L);
    FamilyTree.Node delivery = tree.nodes().get(2);
    assertThat(delivery.parentRow()).isEqualTo(1);
    assertThat(delivery.x()).isGreaterThan(tree.nodes().get(1).x());
  }

  @Test
  void emptyAreaHasAnEmptyTree() {
    assertThat(FamilyTree.of(List.of()).nodes()).isEmpty();
  }

  private static PartnershipSummary p(
      long id, String name, Long parent, Geography geography, TypologyFunction function) {
    return new PartnershipSummary(
        id,
        1,
        name,
        null,
        Formality.STRATEGIC,
        CollaborationLevel.COORDINATION,
        function,
        LifecycleStage.FUNCTIONING,
        false,
        PartnershipStatus.ACTIVE,
        geography,
        null,
        null,
        null,
        null,
        parent,
        null,
        false);
  }
}
