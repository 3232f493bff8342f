package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.meetings.Agreement.AGREED_BY_ALL;
import static org.entente.meetings.Agreement.CONTESTED;
import static org.entente.meetings.Agreement.DEBATED_AND_RESOLVED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares of agreed, debated and contested decisions against the 85 / 10 / 5 rule of thumb. */
class DecisionMixTests {

  private static List<Agreement> decisions(int agreed, int debated, int contested) {
    List<Agreement> all = new ArrayList<>();
    all.addAll(Collections.nCopies(agreed, AGREED_BY_ALL));
    all.addAll(Collections.nCopies(debated, DEBATED_AND_RESOLVED));
    all.addAll(Collections.nCopies(contested, CONTESTED));
    return all;
  }

  @Test
  void aMixExactlyOnTheRuleOfThumbRaisesNothing() {
    DecisionMix mix = DecisionMix.of(decisions(17, 2, 1));
    assertThat(mix.total()).isEqualTo(20);
    assertThat(mix.shares()).extracting(DecisionMix.Share::percent).containsExactly(85, 10, 5);
    assertThat(mix.shares()).noneMatch(DecisionMix.Share::aboveGuide);
    assertThat(mix.contestedAboveGuide()).isFalse();
    assertThat(mix.agreedBelowGuide()).isFalse();
  }

  @Test
  void moreContestedAndFewerAgreedDecisionsAreFlagged() {
    DecisionMix mix = DecisionMix.of(decisions(16, 2, 2));
    assertThat(mix.percent(CONTESTED)).isEqualTo(10);
    assertThat(mix.contestedAboveGuide()).isTrue();
    assertThat(mix.agreedBelowGuide()).isTrue();
    assertThat(mix.shares().get(2).aboveGuide()).isTrue();
  }

  @Test
  void everythingAgreedByAllIsHealthy() {
    DecisionMix mix = DecisionMix.of(decisions(4, 0, 0));
    assertThat(mix.percent(AGREED_BY_ALL)).isEqualTo(100);
    assertThat(mix.contestedAboveGuide()).isFalse();
    assertThat(mix.agreedBelowGuide()).isFalse();
  }

  @Test
  void noDecisionsMeansNoSharesAndNoFlags() {
    DecisionMix mix = DecisionMix.of(List.of());
    assertThat(mix.total()).isZero();
    assertThat(mix.shares()).extracting(DecisionMix.Share::percent).containsExactly(0, 0, 0);
    assertThat(mix.contestedAboveGuide()).isFalse();
    assertThat(mix.agreedBelowGuide()).isFalse();
  }

  @Test
  void sharesAreRoundedToWholePercent() {
    DecisionMix mix = DecisionMix.of(decisions(2, 0, 1));
    assertThat(mix.percent(AGREED_BY_ALL)).isEqualTo(67);
    assertThat(mix.percent(CONTESTED)).isEqualTo(33);
  }

  @Test
  void theRuleOfThumbAllowsABandForEachWayOfReachingDecisions() {
    assertThat(DecisionMix.band(AGREED_BY_ALL)).isEqualTo(new DecisionMix.Band(85, 100));
    assertThat(DecisionMix.band(DEBATED_AND_RESOLVED)).isEqualTo(new DecisionMix.Band(0, 15));
    assertThat(DecisionMix.band(CONTESTED)).isEqualTo(new DecisionMix.Band(0, 5));
    assertThat(DecisionMix.band(CONTESTED).contains(5)).isTrue();
    assertThat(DecisionMix.band(CONTESTED).contains(6)).isFalse();
  }

  @Test
  void aMixIsWithinTheRuleOfThumbOnlyWithEnoughAgreedAndFewContested() {
    assertThat(DecisionMix.of(decisions(17, 2, 1)).withinGuide()).isTrue();
    assertThat(DecisionMix.of(decisions(9, 1, 0)).withinGuide()).isTrue();
    // 80% agreed: too few, although nothing was contested
    assertThat(DecisionMix.of(decisions(8, 2, 0)).withinGuide()).isFalse();
    // 90% agreed, but 10% contested
    assertThat(DecisionMix.of(decisions(9, 0, 1)).withinGuide()).isFalse();
    assertThat(DecisionMix.of(List.of()).withinGuide()).isFalse();
    // 80% agreed and so 20% debated: both outside their bands; none contested is within
    assertThat(DecisionMix.of(decisions(8, 2, 0)).shares())
        .extracting(s -> s.band().contains(s.percent()))
        .containsExactly(false, false, true);
  }
}
