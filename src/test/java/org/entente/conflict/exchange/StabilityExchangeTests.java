package org.entente.conflict.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The exchange format reads and writes as the issue fixes it, and names the field at fault. */
class StabilityExchangeTests {

  final JsonMapper json = JsonMapper.builder().build();

  ConflictModelJson read(String text) {
    return json.readValue(text, ConflictModelJson.class);
  }

  @Test
  void optionFormRoundTripsWithoutLosingAnything() {
    ConflictModelJson model = read(StabilityExamples.TWO_PARTIES);
    String written = json.writeValueAsString(model);
    assertThat(read(written)).isEqualTo(model);
    assertThat(json.readTree(written)).isEqualTo(json.readTree(StabilityExamples.TWO_PARTIES));
    assertThat(model.graphForm()).isFalse();
  }

  @Test
  void graphFormRoundTripsWithoutLosingAnything() {
    ConflictModelJson model = read(StabilityExamples.PRISONERS_DILEMMA);
    String written = json.writeValueAsString(model);
    assertThat(json.readTree(written))
        .isEqualTo(json.readTree(StabilityExamples.PRISONERS_DILEMMA));
    assertThat(model.graphForm()).isTrue();
  }

  @Test
  void theTwoPartyExampleHasItsHandCheckedVerdicts() {
    StabilityResultJson r =
        StabilityExchange.result(StabilityExchange.analyse(read(StabilityExamples.TWO_PARTIES)));
    assertThat(r.states()).containsExactly("NN", "YN", "NY");
    assertThat(r.stability().get("nash"))
        .containsEntry("Council", List.of("NN", "NY"))
        .containsEntry("Police", List.of("NN", "YN", "NY"));
    // the police's withdrawal deters the council from dropping the post (GMR), but withdrawing is
    // no improvement for the police, so the threat is not sequentially credible
    assertThat(r.stability().get("gmr").get("Council")).containsExactly("NN", "YN", "NY");
    assertThat(r.stability().get("seq").get("Council")).containsExactly("NN", "NY");
    assertThat(r.equilibria())
        .containsEntry("nash", List.of("NN", "NY"))
        .containsEntry("gmr", List.of("NN", "YN", "NY"))
        .containsEntry("smr", List.of("NN", "YN", "NY"))
        .containsEntry("seq", List.of("NN", "NY"));
    assertThat(r.explanations()).hasSize(4 * 2 * 3);
    assertThat(r.explanations())
        .filteredOn(e -> e.concept().equals("nash") && e.state().equals("YN"))
        .filteredOn(e -> e.decisionMaker().equals("Council"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.stable()).isFalse();
              assertThat(e.reason()).contains("NN");
            });
    assertThat(r.coalitionEquilibria()).containsKey("Council + Police");
    assertThat(r.statusQuoPath()).startsWith("NN");
  }

  @Test
  void bigModelsExplainOnlyTheirEquilibria() {
    // nine options, each decision maker wanting its own options taken: 512 states
    List<ConflictDecisionMakerJson> dms = new ArrayList<>();
    for (String name : List.of("A", "B", "C")) {
      dms.add(
          new ConflictDecisionMakerJson(
              name,
              List.of(
                  new ConflictOptionJson(name + "1", "both"),
                  new ConflictOptionJson(name + "2", "both"),
                  new ConflictOptionJson(name + "3", null))));
    }
    ConflictModelJson model =
        new ConflictModelJson(
            dms,
            null,
            null,
            null,
            Map.of(
                "A", new ConflictPreferenceJson(List.of("YYY------"), null),
                "B", new ConflictPreferenceJson(List.of("---YYY---"), null),
                "C", new ConflictPreferenceJson(List.of("------YYY"), null)),
            null,
            null);
    StabilityResultJson r = StabilityExchange.result(StabilityExchange.analyse(model));
    assertThat(r.states()).hasSize(512);
    assertThat(r.equilibria().get("nash")).containsExactly("YYYYYYYYY");
    assertThat(r.explanations()).isNotEmpty().allMatch(e -> e.state().equals("YYYYYYYYY"));
  }

  @Test
  void badInputNamesTheField() {
    assertField(
        "{\"decisionMakers\": [{\"name\": \"A\", \"options\": [{\"name\": \"x\"}]}]}",
        "decisionMakers");
    assertField(
        StabilityExamples.TWO_PARTIES.replace("\"onlyToYes\"", "\"sometimes\""),
        "decisionMakers[1].options[0].reversibility");
    assertField(StabilityExamples.TWO_PARTIES.replace("[\"YY\"]", "[\"YYY\"]"), "infeasible[0]");
    assertField(
        StabilityExamples.TWO_PARTIES.replace("\"Y- if -N\"", "\"Y- if -Q\""),
        "preferences.Council.statements[2]");
    assertField(
        StabilityExamples.TWO_PARTIES.replace(
            "[[\"YN\"], [\"NN\", \"NY\"]]", "[[\"YN\"], [\"NN\"]]"),
        "preferences.Police");
    assertField(
        StabilityExamples.TWO_PARTIES.replace(
            "\"Police\": {\"ranking\"", "\"Polise\": {\"ranking\""),
        "preferences.Polise");
    assertField(
        StabilityExamples.TWO_PARTIES.replace("\"statusQuo\": \"NN\"", "\"statusQuo\": \"YY\""),
        "statusQuo");
    assertField(
        StabilityExamples.TWO_PARTIES.replace("[[\"Council\", \"Police\"]]", "[[\"Council\"]]"),
        "coalitions[0]");
    assertField(
        StabilityExamples.PRISONERS_DILEMMA.replace("[\"DD\", \"CD\"]", "[\"DD\", \"XX\"]"),
        "moves.A[3]");
    assertField(
        StabilityExamples.PRISONERS_DILEMMA.replace(
            "\"B\": {\"ranking\": [[\"CD\"]", "\"B\": {\"ranking\": [[\"CD\", \"CC\"]"),
        "preferences.B");
  }

  @Test
  void oversizedModelsGetTheEnginesMessage() {
    List<ConflictOptionJson> options = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      options.add(new ConflictOptionJson("o" + i, "both"));
    }
    ConflictModelJson model =
        new ConflictModelJson(
            List.of(
                new ConflictDecisionMakerJson("A", options),
                new ConflictDecisionMakerJson("B", options)),
            null,
            null,
            null,
            Map.of(),
            null,
            null);
    assertThatThrownBy(() -> StabilityExchange.analyse(model))
        .isInstanceOfSatisfying(
            ConflictModelException.class,
            e -> {
              assertThat(e.field()).isEqualTo("decisionMakers");
              assertThat(e.getMessage())
                  .isEqualTo("The model has 18 options; at most 16 can be analysed.");
            });
  }

  void assertField(String model, String field) {
    assertThatThrownBy(() -> StabilityExchange.analyse(read(model)))
        .isInstanceOfSatisfying(
            ConflictModelException.class,
            e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
  }
}
