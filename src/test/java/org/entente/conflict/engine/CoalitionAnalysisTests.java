package org.entente.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoalitionAnalysisTests {

  static GraphModel prisonersDilemma() {
    return OptionModel.of(
            List.of(DecisionMaker.of("A", "Defect"), DecisionMaker.of("B", "Defect")),
            List.of(),
            Map.of(
                "A", Preference.ranking(List.of("YN"), List.of("NN"), List.of("YY"), List.of("NY")),
                "B",
                    Preference.ranking(List.of("NY"), List.of("NN"), List.of("YY"), List.of("YN"))))
        .graph();
  }

  @Test
  void aCoalitionImprovesOnlyWhenEveryMemberGains() {
    GraphModel g = prisonersDilemma();
    // Together A and B can go from mutual defection to mutual co-operation, which both prefer.
    assertThat(CoalitionAnalysis.moves(g, List.of("A", "B"), "YY"))
        .containsExactly("NN", "YN", "NY", "YY");
    assertThat(CoalitionAnalysis.improvements(g, List.of("A", "B"), "YY")).containsExactly("NN");
    assertThat(CoalitionAnalysis.improvements(g, List.of("A", "B"), "NN")).isEmpty();
    // So the only Nash equilibrium is not stable for the coalition.
    StabilityResult r = StabilityAnalysis.analyse(g);
    assertThat(CoalitionAnalysis.equilibria(g, r, List.of("A", "B"))).isEmpty();
  }

  @Test
  void theStatusQuoPathFollowsImprovements() {
    GraphModel g = prisonersDilemma();
    assertThat(CoalitionAnalysis.statusQuoPath(g, "NN")).containsExactly("NN", "YN", "NY", "YY");
    assertThat(CoalitionAnalysis.statusQuoPath(g, "YY")).containsExactly("YY");
  }

  @Test
  void coalitionsAreChecked() {
    GraphModel g = prisonersDilemma();
    assertThatThrownBy(() -> CoalitionAnalysis.moves(g, List.of("A"), "NN"))
        .hasMessage("A coalition needs at least two decision makers.");
    assertThatThrownBy(() -> CoalitionAnalysis.moves(g, List.of("A", "C"), "NN"))
        .hasMessage("The coalition names an unknown decision maker \"C\".");
    assertThatThrownBy(() -> CoalitionAnalysis.statusQuoPath(g, "QQ"))
        .hasMessage("Unknown state \"QQ\".");
  }
}
