package org.entente.conflict.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.entente.conflict.engine.Dilemma.Type;
import org.entente.conflict.engine.DramaModel.Doubt;
import org.entente.conflict.engine.DramaModel.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A controls the first option and B the second; futures are two-letter patterns. */
class DramaModelTests {

  static DramaModel.Result board(
      String positionA,
      String positionB,
      String threatened,
      String prefA,
      String prefB,
      boolean doubt) {
    return DramaModel.of(
            List.of(DecisionMaker.of("A", "a"), DecisionMaker.of("B", "b")),
            Map.of("A", positionA, "B", positionB),
            threatened,
            Map.of("A", Preference.statements(prefA), "B", Preference.statements(prefB)),
            doubt ? List.of(new Doubt("A", "B")) : List.of(),
            Limits.DEFAULT)
        .dilemmas();
  }

  @ParameterizedTest(name = "{0} {1}: A {2} towards {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        // persuasion: B does not prefer A's position (open option from T: NY) to T = NN
        "-Y, NN, NN, N-, -N, false, PERSUASION, B, true",
        "-Y, NN, NN, N-, -Y, false, PERSUASION, B, false",
        // rejection: A prefers B's position YN to T = NN
        "NY, YN, NN, Y-, --, false, REJECTION, B, true",
        "NY, YN, NN, N-, --, false, REJECTION, B, false",
        // threat: with B doing what it says, A would rather change its own part of T = NN
        "NY, YN, NN, Y-, --, false, THREAT, null, true",
        "NY, YN, NN, N-, --, false, THREAT, null, false",
        // positioning: A prefers B's position YN to its own NY
        "NY, YN, NN, Y-, --, false, POSITIONING, B, true",
        "NY, YN, NN, -Y, --, false, POSITIONING, B, false",
        // co-operation: A would rather change its own part of the agreement YY
        "YY, YY, NN, N-, --, false, COOPERATION, null, true",
        "YY, YY, NN, Y-, --, false, COOPERATION, null, false",
        // trust: B would rather change its own part of YY, or A has recorded a doubt about B
        "YY, YY, NN, Y-, -N, false, TRUST, B, true",
        "YY, YY, NN, Y-, -Y, false, TRUST, B, false",
        "YY, YY, NN, Y-, -Y, true, TRUST, B, true",
      })
  void eachDilemmaAppearsExactlyWhenItsDefinitionHolds(
      String positionA,
      String positionB,
      String threatened,
      String prefA,
      String prefB,
      boolean doubt,
      Type type,
      String towards,
      boolean expected) {
    DramaModel.Result result = board(positionA, positionB, threatened, prefA, prefB, doubt);
    boolean found =
        result.dilemmas().stream()
            .anyMatch(
                d ->
                    d.character().equals("A")
                        && d.type() == type
                        && java.util.Objects.equals(d.towards(), towards));
    assertThat(found).as(result.dilemmas().toString()).isEqualTo(expected);
  }

  @Test
  void crisisDilemmasWhilePositionsDifferCommitmentOnesWhenTheyCoincide() {
    DramaModel.Result crisis = board("NY", "YN", "NN", "N-", "--", false);
    assertThat(crisis.mode()).isEqualTo(Mode.CRISIS);
    assertThat(crisis.dilemmas())
        .extracting(Dilemma::type)
        .doesNotContain(Type.COOPERATION, Type.TRUST);
    DramaModel.Result commitment = board("YY", "YY", "NN", "N-", "-N", true);
    assertThat(commitment.mode()).isEqualTo(Mode.COMMITMENT);
    assertThat(commitment.dilemmas())
        .extracting(Dilemma::type)
        .containsOnly(Type.COOPERATION, Type.TRUST);
  }

  @Test
  void openOptionsTakeTheirValueFromTheThreatenedFuture() {
    // A's position -Y becomes YY when T = YN, so positions coincide with B's YY.
    DramaModel.Result r = board("-Y", "YY", "YN", "--", "--", false);
    assertThat(r.mode()).isEqualTo(Mode.COMMITMENT);
  }

  @Test
  void explanationsAreSentences() {
    DramaModel.Result r = board("-Y", "NN", "NN", "N-", "-N", false);
    assertThat(r.dilemmas())
        .filteredOn(d -> d.type() == Type.PERSUASION && d.character().equals("A"))
        .extracting(Dilemma::explanation)
        .containsExactly(
            "B does not prefer A's position NY to the threatened future NN, so A's threat does"
                + " not move B.");
  }

  @Test
  void rankingsMayListSomeFuturesAndTheRestTieBelow() {
    DramaModel.Result r =
        DramaModel.of(
                List.of(DecisionMaker.of("A", "a"), DecisionMaker.of("B", "b")),
                Map.of("A", "NY", "B", "YN"),
                "NN",
                Map.of(
                    "A", Preference.ranking(List.of("YN")),
                    "B", Preference.ranking(List.of("NN"), List.of("NY"))),
                List.of(),
                Limits.DEFAULT)
            .dilemmas();
    assertThat(r.dilemmas())
        .extracting(d -> d.character() + " " + d.type().code() + " " + d.towards())
        .contains("A rejection B", "A positioning B", "A threat null", "A persuasion B");
  }

  @Test
  void invalidBoardsAreRefused() {
    assertThatThrownBy(() -> board("NY", "YN", "N-", "--", "--", false))
        .hasMessage("The threatened future \"N-\" must say Y or N for every option, without -.");
    assertThatThrownBy(() -> board("NYY", "YN", "NN", "--", "--", false))
        .hasMessage(
            "A's position \"NYY\" must have exactly 2 characters, one Y, N or - per option.");
    assertThatThrownBy(
            () ->
                DramaModel.of(
                    List.of(DecisionMaker.of("A", "1", "2", "3"), DecisionMaker.of("B", "1", "2")),
                    Map.of(),
                    "NNNNN",
                    Map.of(),
                    List.of(),
                    new Limits(4, 16)))
        .hasMessage("The board has 5 options; at most 4 can be analysed.");
  }
}
