package org.entente.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverlapTests {

  private static Overlap.Member member(long id, String organisations, String outcomes) {
    return new Overlap.Member(id, "P" + id, ids(organisations), ids(outcomes));
  }

  private static Set<Long> ids(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return java.util.Arrays.stream(list.split(" "))
        .map(Long::valueOf)
        .collect(java.util.stream.Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} and {1} sharing outcomes {2} / {3}: overlap {4}")
  @CsvSource({
    // organisations of each, outcomes of each, overlapping?, likeness
    "'1 2 3 4', '1 2 3 5', '10', '10 11', true, 0.6",
    "'1 2 3 4', '1 2 3 4', '10', '10', true, 1.0",
    "'1 2 3 4', '1 2 5 6', '10', '10', false, 0.333",
    "'1 2 3 4', '1 2 3 4', '10', '11', false, 1.0",
    "'1 2', '3 4', '10', '10', false, 0",
    "'1 2 3', '1 2 3 4 5 6', '10', '10', true, 0.5",
    "'', '1', '10', '10', false, 0",
  })
  void pairsShareMostMembersAndAnOutcome(
      String orgsA, String orgsB, String outA, String outB, boolean overlapping, double likeness) {
    List<Overlap.Pair> pairs =
        Overlap.find(
            List.of(member(1, orgsA, outA), member(2, orgsB, outB)), Overlap.DEFAULT_LIKENESS);
    assertThat(pairs).hasSize(overlapping ? 1 : 0);
    if (overlapping) {
      assertThat(pairs.get(0).likeness())
          .isCloseTo(likeness, org.assertj.core.data.Offset.offset(0.001));
      assertThat(pairs.get(0).sharedOutcomes()).isNotEmpty();
    }
  }

  @Test
  void theMostAlikePairsComeFirst() {
    List<Overlap.Pair> pairs =
        Overlap.find(
            List.of(
                member(1, "1 2 3 4", "10"),
                member(2, "1 2 3 5", "10"),
                member(3, "1 2 3 4", "10"),
                member(4, "7 8", "10")),
            0.5);
    assertThat(pairs)
        .extracting(p -> p.first().partnershipId() + "-" + p.second().partnershipId())
        .containsExactly("1-3", "1-2", "2-3");
  }

  @Test
  void likenessMustBeAShare() {
    assertThatThrownBy(() -> Overlap.find(List.of(), 0))
        .hasMessage("The likeness must be above 0 and at most 1.");
    assertThatThrownBy(() -> Overlap.find(List.of(), 1.5))
        .hasMessage("The likeness must be above 0 and at most 1.");
  }
}
