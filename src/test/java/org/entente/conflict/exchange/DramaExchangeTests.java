package org.entente.conflict.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The drama-model exchange format: read, written, checked and converted for the engine. */
class DramaExchangeTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static final String YOUTH_OUTREACH =
      """
      {
        "characters": [
          {"name": "County Council", "options": [{"name": "Fund the post", "reversibility": "both"}]},
          {"name": "Police", "options": [{"name": "Share the cost", "reversibility": "both"}]},
          {"name": "Voluntary sector", "options": [
            {"name": "Host the post", "reversibility": "both"},
            {"name": "Close the youth drop-in", "reversibility": "onlyToYes"}]}
        ],
        "positions": {"County Council": "NYYN", "Police": "YNYN", "Voluntary sector": "YYYN"},
        "statedIntentions": "NNNY",
        "preferences": {
          "County Council": {"statements": ["---N", "N---", "-Y--", "--Y-"]},
          "Police": {"statements": ["-N--", "---N", "Y---"]},
          "Voluntary sector": {"statements": ["--Y- if Y---", "Y---", "-Y--", "---N"]}
        },
        "doubts": [{"by": "County Council", "about": "Police"}]
      }
      """;

  static DramaModelDocument read(String json) {
    return JSON.readValue(json, DramaModelDocument.class);
  }

  static List<String> fields(DramaModelDocument board) {
    return DramaExchange.problems(board, true).stream().map(DramaProblem::field).toList();
  }

  static List<String> codes(DramaModelDocument board) {
    return DramaExchange.problems(board, true).stream()
        .map(p -> p.code().replace("conflict.drama.error.", ""))
        .toList();
  }

  @Test
  void aBoardReadsAndWritesBackTheSame() {
    DramaModelDocument board = read(YOUTH_OUTREACH);
    assertThat(board.characterNames())
        .containsExactly("County Council", "Police", "Voluntary sector");
    assertThat(board.preferences().get("Police").ranking()).isNull();
    String written = JSON.writeValueAsString(board);
    assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(YOUTH_OUTREACH));
    assertThat(read(written)).isEqualTo(board);
    assertThat(written).doesNotContain("\"ranking\"");
  }

  @Test
  void theYouthOutreachDisputeIsInCrisisAndTheCouncilCannotPersuadeThePolice() {
    DramaResult result = DramaExchange.analyse(read(YOUTH_OUTREACH));
    assertThat(result.mode()).isEqualTo("crisis");
    assertThat(result.dilemmas())
        .anySatisfy(
            d -> {
              assertThat(d.character()).isEqualTo("County Council");
              assertThat(d.type()).isEqualTo("persuasion");
              assertThat(d.towards()).isEqualTo("Police");
            });
    System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
  }

  @Test
  void rankingsAreReadAsTiedFuturesMostPreferredFirst() {
    DramaModelDocument board =
        read(
            """
            {"characters": [{"name": "A", "options": [{"name": "a"}]},
                            {"name": "B", "options": [{"name": "b"}]}],
             "positions": {"A": "YY", "B": "YY"}, "statedIntentions": "NN",
             "preferences": {"A": {"ranking": [["YY"], ["NY", "YN"]]},
                             "B": {"ranking": [["YN"], ["YY"]]}}}
            """);
    DramaResult result = DramaExchange.analyse(board);
    assertThat(result.mode()).isEqualTo("commitment");
    assertThat(result.dilemmas())
        .extracting(DramaDilemma::character, DramaDilemma::type, DramaDilemma::towards)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "trust", "B"),
            org.assertj.core.groups.Tuple.tuple("B", "cooperation", null));
    assertThat(JSON.writeValueAsString(result)).contains("\"towards\":null");
  }

  @Test
  void eachProblemNamesItsField() {
    DramaModelDocument board =
        read(
            """
            {"characters": [{"name": "A", "options": [{"name": "a", "reversibility": "sideways"}]},
                            {"name": "B", "options": [{"name": "b"}, {"name": "b"}]}],
             "positions": {"A": "YYY", "B": "YN", "C": "NNN"}, "statedIntentions": "NN-",
             "preferences": {"A": {"statements": ["Y-- if -X-"]}, "Fire": {"ranking": [["NNN"]]},
                             "B": {"statements": ["Y--"], "ranking": [["NNN"]]}},
             "doubts": [{"by": "A", "about": "A"}, {"by": "Z", "about": "A"}]}
            """);
    assertThat(fields(board))
        .containsExactly(
            "characters[0].options[0].reversibility",
            "characters[1].options[1].name",
            "positions.B",
            "positions.C",
            "statedIntentions",
            "preferences.A.statements[0]",
            "preferences.Fire",
            "preferences.B",
            "doubts[0].about",
            "doubts[1].by");
    assertThat(codes(board))
        .containsExactly(
            "reversibility",
            "optionTwice",
            "patternLength",
            "unknownCharacter",
            "futureLetters",
            "patternLetters",
            "unknownCharacter",
            "preferenceKind",
            "doubtSelf",
            "unknownCharacter");
  }

  @Test
  void aBoardBeingBuiltIsWellFormedButNotComplete() {
    DramaModelDocument board = DramaModelDocument.empty().withCharacter("Council");
    assertThat(DramaExchange.problems(board, false)).isEmpty();
    assertThat(codes(board)).containsExactly("noOptions", "twoCharacters", "preferencesMissing");
    assertThatThrownBy(() -> DramaExchange.analyse(board))
        .isInstanceOf(DramaModelException.class)
        .satisfies(
            e ->
                assertThat(((DramaModelException) e).problems())
                    .extracting(DramaProblem::field)
                    .contains("characters", "preferences.Council"));
  }

  @Test
  void editingKeepsEveryPatternTheLengthOfTheOptions() {
    DramaModelDocument board =
        DramaModelDocument.empty()
            .withCharacter("Council")
            .withCharacter("Police")
            .withOption(1, new DramaOption("Withdraw", "onlyToYes"))
            .withOption(0, new DramaOption("Fund", "both"));
    assertThat(board.positions())
        .containsExactly(Map.entry("Council", "--"), Map.entry("Police", "--"));
    assertThat(board.statedIntentions()).isEqualTo("NN");
    board =
        board
            .withPositions(Map.of("Council", "YN", "Police", "-Y"), "NY")
            .withPreference("Police", DramaPreference.ofStatements(List.of("-N if Y-", "Y-")))
            .withPreference(
                "Council", DramaPreference.ofRanking(List.of(List.of("YN"), List.of("NN", "YY"))))
            .withDoubt(new DramaDoubt("Council", "Police"));
    assertThat(board.preferences().keySet()).containsExactly("Council", "Police");
    assertThat(DramaExchange.problems(board, true)).isEmpty();

    DramaModelDocument more = board.withOption(0, new DramaOption("Host", "both"));
    assertThat(more.positions().get("Council")).isEqualTo("Y-N");
    assertThat(more.statedIntentions()).isEqualTo("NNY");
    assertThat(more.preferences().get("Police").statements()).containsExactly("--N if Y--", "Y--");
    assertThat(more.preferences().get("Council").ranking())
        .containsExactly(List.of("YNN"), List.of("NNN", "YNY"));
    assertThat(DramaExchange.problems(more, true)).isEmpty();

    DramaModelDocument fewer = more.withoutOption(0, 0);
    assertThat(fewer.positions().get("Council")).isEqualTo("-N");
    assertThat(fewer.preferences().get("Council").ranking())
        .containsExactly(List.of("NN"), List.of("NY"));
    assertThat(DramaExchange.problems(fewer, true)).isEmpty();

    DramaModelDocument renamed = board.withCharacterRenamed(1, "Constabulary");
    assertThat(renamed.positions()).containsKey("Constabulary");
    assertThat(renamed.preferences()).containsKey("Constabulary");
    assertThat(renamed.doubts()).containsExactly(new DramaDoubt("Council", "Constabulary"));

    DramaModelDocument alone = board.withoutCharacter(1);
    assertThat(alone.characterNames()).containsExactly("Council");
    assertThat(alone.positions()).containsExactly(Map.entry("Council", "Y"));
    assertThat(alone.statedIntentions()).isEqualTo("N");
    assertThat(alone.doubts()).isEmpty();
    assertThat(DramaExchange.problems(alone, false)).isEmpty();
  }
}
