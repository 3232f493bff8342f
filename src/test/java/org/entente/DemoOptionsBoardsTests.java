package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.conflict.exchange.DramaDilemma;
import org.entente.conflict.exchange.DramaExchange;
import org.entente.conflict.exchange.DramaResult;
import org.junit.jupiter.api.Test;

/** The demo's options boards, checked with the engine alone. */
class DemoOptionsBoardsTests {

  @Test
  void theDisputeIsACrisisInWhichNobodyPersuadesThePolice() {
    DramaResult result = DramaExchange.analyse(DemoOptionsBoards.dispute());
    assertThat(result.mode()).isEqualTo("crisis");
    assertThat(result.dilemmas())
        .filteredOn(d -> d.type().equals("persuasion"))
        .extracting(d -> d.character() + " towards " + d.towards())
        .containsExactly("County Council towards Police", "Voluntary sector towards Police");
    assertThat(result.dilemmas())
        .extracting(DramaDilemma::type)
        .contains("rejection", "threat")
        .doesNotContain("cooperation", "trust");
  }

  @Test
  void theAgreementLeavesOnlyTheCouncilsDoubtAboutThePolice() {
    DramaResult result = DramaExchange.analyse(DemoOptionsBoards.agreement());
    assertThat(result.mode()).isEqualTo("commitment");
    assertThat(result.dilemmas())
        .extracting(d -> d.character() + " " + d.type() + " " + d.towards())
        .containsExactly("County Council trust Police");
  }
}
