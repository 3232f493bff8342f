package org.entente.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.assessment.Answer;
import org.entente.assessment.Banding;
import org.entente.assessment.Dimension;
import org.entente.assessment.Instrument;
import org.entente.assessment.Item;
import org.entente.assessment.Response;
import org.entente.assessment.Results;
import org.entente.assessment.Scale;
import org.entente.assessment.Scoring;
import org.entente.assessment.ScoringOptions;
import org.entente.assessment.web.ActionProposals.Guide;
import org.entente.assessment.web.ActionProposals.Proposal;
import org.entente.assessment.web.ActionProposals.Reason.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dimensions get a proposed action, in which order, and why. */
class ActionProposalsTests {

  static final Scale FIVE = new Scale(1, 5, List.of(), true);

  /** Dimensions a, b, c with one item each (a1, b1, c1). */
  static final Instrument THREE =
      new Instrument(
          "three",
          1,
          List.of(new Dimension("a", "A"), new Dimension("b", "B"), new Dimension("c", "C")),
          List.of(
              new Item("a1", "a", "a1", false),
              new Item("b1", "b", "b1", false),
              new Item("c1", "c", "c1", false)),
          FIVE,
          Banding.DEFAULT);

  static final Map<String, Guide> GUIDES =
      Map.of(
          "a", new Guide("Trust", "Build trust first", Map.of("a1", "We trust each other")),
          "b", new Guide("Power", "Share power", Map.of("b1", "No partner dominates")),
          "c", new Guide("Money", "Pool resources", Map.of("c1", "Budgets are shared")));

  /**
   * Each respondent's answers as "a b c" columns separated by "/": "1 4 5/2 4 5" is two
   * respondents.
   */
  static Results results(String spec) {
    List<Response> responses = new ArrayList<>();
    String[] people = spec.split("/");
    for (int p = 0; p < people.length; p++) {
      String[] v = people[p].trim().split("\\s+");
      Map<String, Answer> answers = new LinkedHashMap<>();
      answers.put("a1", Answer.of(Integer.parseInt(v[0])));
      answers.put("b1", Answer.of(Integer.parseInt(v[1])));
      answers.put("c1", Answer.of(Integer.parseInt(v[2])));
      responses.add(new Response("r" + p, "Council", "County Council", answers));
    }
    return Scoring.score(THREE, responses, ScoringOptions.open());
  }

  @ParameterizedTest(name = "{0} proposes {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // all green and agreed: nothing to propose
        "4 4 4/4 4 4|''|''",
        // b red, a amber, c green: red first
        "3 2 5/3 2 5|b a|RED AMBER",
        // two reds: lowest mean first
        "2 1 5/2 1 5|b a|RED RED",
        // c green (3.5) but disputed (spread 1.5): after the weak ones
        "3 4 2/3 4 5|a c|AMBER DISPUTED",
        // a red and disputed: one proposal with both reasons, red first
        "1 4 4/1 4 4/4 4 4/1 4 4|a|RED",
      })
  void proposesTheWeakestThenTheDisputed(String spec, String dimensions, String firstReasons) {
    List<Proposal> proposals = ActionProposals.propose(results(spec), GUIDES, 5);
    assertThat(proposals.stream().map(Proposal::dimension).toList())
        .containsExactlyElementsOf(
            dimensions.isEmpty() ? List.of() : List.of(dimensions.split(" ")));
    assertThat(proposals.stream().map(p -> p.reasons().get(0).kind().name()).toList())
        .containsExactlyElementsOf(
            firstReasons.isEmpty() ? List.of() : List.of(firstReasons.split(" ")));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 4 4/1 4 4|RED|1.0",
        "3 4 4/3 4 4|AMBER|3.0",
        "1 4 4/5 4 4|DISPUTED|2.0",
      })
  void givesTheReasonWithItsFigure(String spec, Kind kind, String figure) {
    Proposal first = ActionProposals.propose(results(spec), GUIDES, 5).get(0);
    assertThat(first.reasons())
        .anySatisfy(
            r -> {
              assertThat(r.kind()).isEqualTo(kind);
              assertThat(r.figure()).isEqualTo(figure);
              assertThat(r.scaleMax()).isEqualTo(5);
            });
  }

  @org.junit.jupiter.api.Test
  void usesTheGuidanceAndNamesTheDisputedItems() {
    Proposal first = ActionProposals.propose(results("1 4 4/5 4 4"), GUIDES, 5).get(0);
    assertThat(first.title()).isEqualTo("Trust");
    assertThat(first.guidance()).isEqualTo("Build trust first");
    assertThat(first.disputedItems()).containsExactly("We trust each other");
    assertThat(first.reasons()).extracting(r -> r.messageKey()).contains("plan.reason.disputed");
  }
}
