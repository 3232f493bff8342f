package org.entente.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StabilityAnalysisTests {

  /** Prisoner's dilemma; each option is "defect". A ranks YN > NN > YY > NY, B symmetrically. */
  static StabilityResult prisonersDilemma() {
    return StabilityAnalysis.analyse(prisonersDilemmaModel());
  }

  static GraphModel prisonersDilemmaModel() {
    return OptionModel.of(
            List.of(DecisionMaker.of("A", "Defect"), DecisionMaker.of("B", "Defect")),
            List.of(),
            Map.of(
                "A",
                Preference.ranking(List.of("YN"), List.of("NN"), List.of("YY"), List.of("NY")),
                "B",
                Preference.ranking(List.of("NY"), List.of("NN"), List.of("YY"), List.of("YN"))))
        .graph();
  }

  /** Chicken; each option is "go straight". A ranks YN > NN > NY > YY, B symmetrically. */
  static StabilityResult chicken() {
    return StabilityAnalysis.analyse(
        OptionModel.of(
                List.of(DecisionMaker.of("A", "Straight"), DecisionMaker.of("B", "Straight")),
                List.of(),
                Map.of(
                    "A",
                    Preference.ranking(List.of("YN"), List.of("NN"), List.of("NY"), List.of("YY")),
                    "B",
                    Preference.ranking(List.of("NY"), List.of("NN"), List.of("YN"), List.of("YY"))))
            .graph());
  }

  @ParameterizedTest
  @CsvSource({
    "NASH, YY",
    "GMR, NN YY",
    "SMR, NN YY",
    "SEQ, NN YY",
  })
  void prisonersDilemmaHasItsTextbookEquilibria(Concept concept, String expected) {
    assertThat(prisonersDilemma().equilibria(concept)).containsExactly(expected.split(" "));
  }

  @ParameterizedTest
  @CsvSource({
    "NASH, YN NY",
    "GMR, NN YN NY",
    "SMR, NN YN NY",
    "SEQ, YN NY",
  })
  void chickenHasItsTextbookEquilibria(Concept concept, String expected) {
    assertThat(chicken().equilibria(concept)).containsExactly(expected.split(" "));
  }

  @Test
  void statesAreNamedInDeclaredOptionOrderFirstOptionFastest() {
    assertThat(prisonersDilemma().states()).containsExactly("NN", "YN", "NY", "YY");
  }

  @Test
  void verdictsGiveTheImprovementOrTheSanction() {
    StabilityResult pd = prisonersDilemma();
    Verdict nash = pd.verdict(Concept.NASH, "A", "NN");
    assertThat(nash.stable()).isFalse();
    assertThat(nash.improvement()).isEqualTo("YN");
    assertThat(nash.reason()).isEqualTo("A can improve by moving from NN to YN.");

    Verdict seq = pd.verdict(Concept.SEQ, "A", "NN");
    assertThat(seq.stable()).isTrue();
    assertThat(seq.sanction()).containsExactly(new Verdict.Step("B", "YY"));
    assertThat(seq.reason()).contains("a move to YN is answered by B moving to YY");

    Verdict chickenSeq = chicken().verdict(Concept.SEQ, "A", "NN");
    assertThat(chickenSeq.stable()).isFalse();
    assertThat(chickenSeq.improvement()).isEqualTo("YN");

    Verdict none = pd.verdict(Concept.GMR, "A", "YY");
    assertThat(none.stable()).isTrue();
    assertThat(none.reason()).isEqualTo("A has no move from YY to a state it prefers.");
  }

  /** SMR differs from GMR when the focal decision maker can escape the sanction. */
  @Test
  void smrNeedsASanctionTheMoverCannotEscape() {
    // A: s0 -> s1 (improvement); B: s1 -> s2 (sanction); A: s2 -> s3 (escape, better than s0).
    GraphModel g =
        GraphModel.of(
            List.of("A", "B"),
            List.of("s0", "s1", "s2", "s3"),
            Map.of(
                "A", List.of(List.of("s0", "s1"), List.of("s2", "s3")),
                "B", List.of(List.of("s1", "s2"))),
            Map.of(
                "A", List.of(List.of("s3"), List.of("s1"), List.of("s0"), List.of("s2")),
                "B", List.of(List.of("s2"), List.of("s0", "s1", "s3"))),
            Limits.DEFAULT);
    StabilityResult r = StabilityAnalysis.analyse(g);
    assertThat(r.isStable(Concept.NASH, "A", "s0")).isFalse();
    assertThat(r.isStable(Concept.GMR, "A", "s0")).isTrue();
    assertThat(r.isStable(Concept.SMR, "A", "s0")).isFalse();
    assertThat(r.isStable(Concept.SEQ, "A", "s0")).isTrue();
  }

  /** SEQ differs from GMR when the sanction is not an improvement for the sanctioner. */
  @Test
  void seqNeedsSanctionsThatImproveForTheirMovers() {
    GraphModel g =
        GraphModel.of(
            List.of("A", "B"),
            List.of("s0", "s1", "s2"),
            Map.of("A", List.of(List.of("s0", "s1")), "B", List.of(List.of("s1", "s2"))),
            Map.of(
                "A", List.of(List.of("s1"), List.of("s0"), List.of("s2")),
                "B", List.of(List.of("s1"), List.of("s0", "s2"))),
            Limits.DEFAULT);
    StabilityResult r = StabilityAnalysis.analyse(g);
    assertThat(r.isStable(Concept.GMR, "A", "s0")).isTrue();
    assertThat(r.isStable(Concept.SMR, "A", "s0")).isTrue();
    assertThat(r.isStable(Concept.SEQ, "A", "s0")).isFalse();
  }

  private static GraphModel threeParty(boolean cCanMove) {
    Map<String, List<List<String>>> moves = new HashMap<>();
    moves.put("A", List.of(List.of("s0", "s1")));
    moves.put("B", List.of(List.of("s1", "s2"), List.of("s3", "s4")));
    moves.put("C", cCanMove ? List.of(List.of("s2", "s3")) : List.of());
    List<List<String>> flat = List.of(List.of("s0", "s1", "s2", "s3", "s4"));
    return GraphModel.of(
        List.of("A", "B", "C"),
        List.of("s0", "s1", "s2", "s3", "s4"),
        moves,
        Map.of(
            "A",
            List.of(List.of("s1"), List.of("s2", "s3"), List.of("s0"), List.of("s4")),
            "B",
            flat,
            "C",
            flat),
        Limits.DEFAULT);
  }

  @Test
  void aSanctionMayNeedOneDecisionMakerToMoveTwiceWithAnotherInBetween() {
    StabilityResult r = StabilityAnalysis.analyse(threeParty(true));
    Verdict v = r.verdict(Concept.GMR, "A", "s0");
    assertThat(v.stable()).isTrue();
    assertThat(v.sanction())
        .containsExactly(
            new Verdict.Step("B", "s2"), new Verdict.Step("C", "s3"), new Verdict.Step("B", "s4"));
    assertThat(r.isStable(Concept.SMR, "A", "s0")).isTrue();
    // Nobody improves by these moves (B and C are indifferent), so SEQ finds no credible sanction.
    assertThat(r.isStable(Concept.SEQ, "A", "s0")).isFalse();
  }

  @Test
  void noDecisionMakerMovesTwiceInARow() {
    // Without C's move in between, B's second move cannot follow its first.
    StabilityResult r = StabilityAnalysis.analyse(threeParty(false));
    assertThat(r.isStable(Concept.GMR, "A", "s0")).isFalse();
    assertThat(r.verdict(Concept.GMR, "A", "s0").improvement()).isEqualTo("s1");
  }

  @Test
  void fourDecisionMakersCanCombineASanction() {
    // A improves s0 -> s1; B, C, D then B again reach s5, which A likes less than s0.
    Map<String, List<List<String>>> moves = new HashMap<>();
    moves.put("A", List.of(List.of("s0", "s1")));
    moves.put("B", List.of(List.of("s1", "s2"), List.of("s4", "s5")));
    moves.put("C", List.of(List.of("s2", "s3")));
    moves.put("D", List.of(List.of("s3", "s4")));
    List<String> all = List.of("s0", "s1", "s2", "s3", "s4", "s5");
    Map<String, List<List<String>>> rankings = new HashMap<>();
    rankings.put("A", List.of(List.of("s1", "s2", "s3", "s4"), List.of("s0"), List.of("s5")));
    // Each sanctioner improves by its own move, so the sanction also counts for SEQ.
    rankings.put("B", List.of(List.of("s5"), List.of("s2", "s3", "s4"), List.of("s0", "s1")));
    rankings.put("C", List.of(List.of("s3", "s4", "s5"), List.of("s0", "s1", "s2")));
    rankings.put("D", List.of(List.of("s4", "s5"), List.of("s0", "s1", "s2", "s3")));
    StabilityResult r =
        StabilityAnalysis.analyse(
            GraphModel.of(List.of("A", "B", "C", "D"), all, moves, rankings, Limits.DEFAULT));
    assertThat(r.isStable(Concept.GMR, "A", "s0")).isTrue();
    assertThat(r.isStable(Concept.SEQ, "A", "s0")).isTrue();
    assertThat(r.verdict(Concept.SEQ, "A", "s0").sanction()).hasSize(4);
  }

  @Test
  void irreversibleOptionsCanOnlyBeChangedOneWay() {
    GraphModel g =
        OptionModel.of(
                List.of(
                    new DecisionMaker("A", List.of(new Option("Fund", Reversibility.ONLY_TO_YES))),
                    new DecisionMaker(
                        "B", List.of(new Option("Withdraw", Reversibility.ONLY_TO_NO)))),
                List.of(),
                Map.of("A", Preference.statements("N-"), "B", Preference.statements("-Y")))
            .graph();
    assertThat(g.movesOf("A", "NN")).containsExactly("YN");
    assertThat(g.movesOf("A", "YN")).isEmpty();
    assertThat(g.movesOf("B", "NY")).containsExactly("NN");
    assertThat(g.movesOf("B", "NN")).isEmpty();
    StabilityResult r = StabilityAnalysis.analyse(g);
    // A prefers not funding but cannot undo it once done.
    assertThat(r.isStable(Concept.NASH, "A", "YN")).isTrue();
  }

  @Test
  void infeasibleStatesAreLeftOutAndCannotBeReached() {
    OptionModel m =
        OptionModel.of(
            List.of(DecisionMaker.of("A", "X", "Y"), DecisionMaker.of("B", "Z")),
            List.of("YY-", "--Y"),
            Map.of("A", Preference.statements("Y--"), "B", Preference.statements("--N")));
    GraphModel g = m.graph();
    assertThat(g.states()).containsExactly("NNN", "YNN", "NYN");
    assertThat(g.movesOf("A", "YNN")).containsExactly("NNN", "NYN");
    assertThat(g.movesOf("B", "NNN")).isEmpty();
  }

  @Test
  void statementsAreReadLexicographicallyWithConditions() {
    // "Y- if -N": met by every state matching Y- or not matching -N.
    Patterns.Scorer s = Patterns.statements(List.of("-N", "Y- if -N"), 2, "A");
    // Bit 0 is the first option.
    long nn = s.score(0b00);
    long yn = s.score(0b01);
    long ny = s.score(0b10);
    long yy = s.score(0b11);
    assertThat(yn).isEqualTo(3); // meets both
    assertThat(nn).isEqualTo(2); // meets only the first
    assertThat(ny).isEqualTo(1); // fails the first, meets the second because -N does not match
    assertThat(yy).isEqualTo(ny); // tied
    // Meeting the higher statement alone outweighs meeting all lower ones.
    assertThat(nn).isGreaterThan(ny);
  }

  @Test
  void tiedStatesAreNotImprovements() {
    StabilityResult r =
        StabilityAnalysis.analyse(
            OptionModel.of(
                    List.of(DecisionMaker.of("A", "X"), DecisionMaker.of("B", "Z")),
                    List.of(),
                    Map.of(
                        "A",
                        Preference.ranking(List.of("NN", "YN"), List.of("NY", "YY")),
                        "B",
                        Preference.statements("--")))
                .graph());
    assertThat(r.stable(Concept.NASH, "A")).containsExactly("NN", "YN", "NY", "YY");
    assertThat(r.equilibria(Concept.NASH)).containsExactly("NN", "YN", "NY", "YY");
  }

  @Test
  void stabilityConceptsNestOnRandomModels() {
    Random random = new Random(20261123L);
    for (int iteration = 0; iteration < 3000; iteration++) {
      int d = 2 + random.nextInt(3);
      int n = 2 + random.nextInt(7);
      List<String> dms = new ArrayList<>();
      for (int i = 0; i < d; i++) {
        dms.add("D" + i);
      }
      List<String> states = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        states.add("s" + s);
      }
      Map<String, List<List<String>>> moves = new LinkedHashMap<>();
      Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
      for (String dm : dms) {
        List<List<String>> m = new ArrayList<>();
        for (int a = 0; a < n; a++) {
          for (int b = 0; b < n; b++) {
            if (a != b && random.nextInt(4) == 0) {
              m.add(List.of(states.get(a), states.get(b)));
            }
          }
        }
        moves.put(dm, m);
        int levels = 1 + random.nextInt(n);
        List<List<String>> groups = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
          groups.add(new ArrayList<>());
        }
        for (String s : states) {
          groups.get(random.nextInt(levels)).add(s);
        }
        rankings.put(dm, groups);
      }
      StabilityResult r =
          StabilityAnalysis.analyse(GraphModel.of(dms, states, moves, rankings, Limits.DEFAULT));
      for (Verdict v : r.verdicts()) {
        assertThat(v.stable())
            .as("explained verdict agrees, iteration %d", iteration)
            .isEqualTo(r.isStable(v.concept(), v.decisionMaker(), v.state()));
      }
      for (String dm : dms) {
        List<String> nash = r.stable(Concept.NASH, dm);
        List<String> gmr = r.stable(Concept.GMR, dm);
        List<String> smr = r.stable(Concept.SMR, dm);
        List<String> seq = r.stable(Concept.SEQ, dm);
        assertThat(smr).as("Nash in SMR, iteration %d", iteration).containsAll(nash);
        assertThat(gmr).as("SMR in GMR, iteration %d", iteration).containsAll(smr);
        assertThat(seq).as("Nash in SEQ, iteration %d", iteration).containsAll(nash);
        assertThat(gmr).as("SEQ in GMR, iteration %d", iteration).containsAll(seq);
      }
    }
  }

  @Test
  void optionFormModelsWithIrreversibleOptionsAndInfeasibleStatesAgreeWithTheirSanctions() {
    Random random = new Random(20261124L);
    Reversibility[] kinds = Reversibility.values();
    for (int iteration = 0; iteration < 400; iteration++) {
      int d = 2 + random.nextInt(3);
      List<DecisionMaker> dms = new ArrayList<>();
      int options = 0;
      for (int i = 0; i < d; i++) {
        List<Option> own = new ArrayList<>();
        for (int o = 0, count = 1 + random.nextInt(2); o < count; o++) {
          own.add(new Option("o" + options++, kinds[random.nextInt(kinds.length)]));
        }
        dms.add(new DecisionMaker("D" + i, own));
      }
      List<String> infeasible = new ArrayList<>();
      for (int p = random.nextInt(3); p > 0; p--) {
        infeasible.add(randomPattern(random, options, 2));
      }
      Map<String, Preference> preferences = new HashMap<>();
      for (DecisionMaker dm : dms) {
        List<String> statements = new ArrayList<>();
        for (int p = 1 + random.nextInt(4); p > 0; p--) {
          statements.add(randomPattern(random, options, 1 + random.nextInt(2)));
        }
        preferences.put(dm.name(), new Preference.Statements(statements));
      }
      OptionModel model;
      try {
        model = OptionModel.of(dms, infeasible, preferences);
      } catch (IllegalArgumentException everyStateInfeasible) {
        continue;
      }
      GraphModel g = model.graph();
      for (int i = 0; i < d; i++) {
        for (int s = 0; s < g.stateCount(); s++) {
          for (int t : g.moves(i, s)) {
            assertThat(g.movesInto(i, t)).as("a move into %s comes from %s", t, s).contains(s);
          }
          for (int from : g.movesInto(i, s)) {
            assertThat(g.moves(i, from)).as("a move from %s reaches %s", from, s).contains(s);
          }
        }
      }
      StabilityResult r = StabilityAnalysis.analyse(g);
      for (Verdict v : r.verdicts()) {
        assertThat(v.stable())
            .as("explained verdict agrees, iteration %d", iteration)
            .isEqualTo(r.isStable(v.concept(), v.decisionMaker(), v.state()));
      }
    }
  }

  private static String randomPattern(Random random, int options, int fixed) {
    char[] p = "-".repeat(options).toCharArray();
    for (int f = 0; f < fixed; f++) {
      p[random.nextInt(options)] = random.nextBoolean() ? 'Y' : 'N';
    }
    return new String(p);
  }

  @Test
  void anAnalysisUnderSomeConceptsAnswersForThoseAlone() {
    GraphModel pd = prisonersDilemmaModel();
    StabilityResult seqOnly = StabilityAnalysis.analyse(pd, java.util.EnumSet.of(Concept.SEQ));
    assertThat(seqOnly.concepts()).containsExactly(Concept.SEQ);
    assertThat(seqOnly.equilibria(Concept.SEQ)).containsExactly("NN", "YY");
    assertThat(seqOnly.verdicts()).allMatch(v -> v.concept() == Concept.SEQ).hasSize(8);
    assertThatThrownBy(() -> seqOnly.equilibria(Concept.NASH))
        .hasMessage("The model was not analysed under NASH.");
  }

  @Test
  void oversizedModelsAreRefusedBeforeAnalysis() {
    List<DecisionMaker> big =
        List.of(
            DecisionMaker.of("A", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
            DecisionMaker.of("B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
    assertThatThrownBy(() -> OptionModel.of(big, List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The model has 21 options; at most 20 can be analysed.");
    assertThatThrownBy(
            () ->
                OptionModel.of(
                    List.of(DecisionMaker.of("A", "1", "2"), DecisionMaker.of("B", "1")),
                    List.of(),
                    Map.of(),
                    new Limits(2, 100)))
        .hasMessage("The model has 3 options; at most 2 can be analysed.");
    List<DecisionMaker> twoWide =
        List.of(
            DecisionMaker.of("A", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
            DecisionMaker.of("B", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
    assertThatThrownBy(() -> OptionModel.of(twoWide, List.of(), Map.of()))
        .hasMessage(
            "The model allows 2,145,386,496 moves between its 1,048,576 states; at most"
                + " 268,435,456 can be analysed. Give each decision maker fewer options, or mark"
                + " more states infeasible.");
    assertThatThrownBy(
            () ->
                GraphModel.of(
                    List.of("A", "B"),
                    List.of("a", "b", "c"),
                    Map.of(),
                    Map.of(),
                    new Limits(20, 2)))
        .hasMessage("The model has 3 states; at most 2 can be analysed.");
  }

  @Test
  void invalidModelsAreRefusedWithClearMessages() {
    List<DecisionMaker> two = List.of(DecisionMaker.of("A", "X"), DecisionMaker.of("B", "Z"));
    assertThatThrownBy(() -> OptionModel.of(two, List.of("Y"), Map.of()))
        .hasMessage(
            "The infeasible pattern \"Y\" must have exactly 2 characters, one Y, N or - per option.");
    assertThatThrownBy(() -> OptionModel.of(two, List.of("Q-"), Map.of()))
        .hasMessage("The infeasible pattern \"Q-\" may contain only Y, N and -, not 'Q'.");
    assertThatThrownBy(() -> OptionModel.of(two, List.of("--"), Map.of()))
        .hasMessage("Every state is infeasible; at least one must be possible.");
    assertThatThrownBy(
            () -> OptionModel.of(two, List.of(), Map.of("A", Preference.statements("--"))))
        .hasMessage("B needs preferences.");
    assertThatThrownBy(
            () ->
                OptionModel.of(
                    two,
                    List.of("YY"),
                    Map.of(
                        "A",
                        Preference.ranking(List.of("YY"), List.of("NN", "YN", "NY")),
                        "B",
                        Preference.statements("--"))))
        .hasMessage("A's ranking lists the infeasible state YY.");
    assertThatThrownBy(
            () ->
                OptionModel.of(
                    two,
                    List.of(),
                    Map.of(
                        "A", Preference.ranking(List.of("NN")), "B", Preference.statements("--"))))
        .hasMessage("A's ranking leaves out YN; rank every state.");
    assertThatThrownBy(
            () -> OptionModel.of(List.of(DecisionMaker.of("A", "X")), List.of(), Map.of()))
        .hasMessage("A conflict needs at least two decision makers.");
    assertThatThrownBy(
            () ->
                GraphModel.of(
                    List.of("A", "B"),
                    List.of("s"),
                    Map.of("A", List.of(List.of("s", "t"))),
                    Map.of(),
                    Limits.DEFAULT))
        .hasMessage("A's move names an unknown state \"t\".");
    assertThatThrownBy(() -> Reversibility.fromCode("sideways"))
        .hasMessage("Reversibility must be both, onlyToYes or onlyToNo, not \"sideways\".");
  }
}
