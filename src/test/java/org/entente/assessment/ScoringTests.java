package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The scoring of a health-check round, checked against values worked out by hand. */
class ScoringTests {

  static final double EPS = 1e-9;
  static final Scale FIVE =
      new Scale(
          1,
          5,
          List.of("Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"),
          true);
  static final ScoringOptions OPEN = ScoringOptions.open();
  static final ScoringOptions ANONYMOUS = ScoringOptions.DEFAULT;

  /** Trust (t1, and t2 which is reversed) and power (p1). */
  static final Instrument TRUST =
      new Instrument(
          "trust-check",
          1,
          List.of(new Dimension("trust", "Trust"), new Dimension("power", "Power")),
          List.of(
              new Item("t1", "trust", "We can rely on each other", false),
              new Item("t2", "trust", "Partners hold back what they know", true),
              new Item("p1", "power", "No partner dominates", false)),
          FIVE,
          Banding.DEFAULT);

  /** One dimension holding the given items, none reversed. */
  static Instrument flat(String... items) {
    return new Instrument(
        "flat",
        1,
        List.of(new Dimension("all", "All")),
        Arrays.stream(items).map(i -> new Item(i, "all", i, false)).toList(),
        FIVE,
        Banding.DEFAULT);
  }

  /**
   * A response from a compact spec: "t1=4 t2=? p1=2", where ? is "don't know" and items left out
   * were not answered.
   */
  static Response response(String who, String sector, String organisation, String spec) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String part : spec.trim().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      String[] kv = part.split("=");
      answers.put(kv[0], kv[1].equals("?") ? Answer.unknown() : Answer.of(Integer.parseInt(kv[1])));
    }
    return new Response(who, sector, organisation, answers);
  }

  static Response response(String who, String spec) {
    return response(who, "Council", "County Council", spec);
  }

  /** One respondent per answer to item "q": "1 2 ?" gives three respondents. */
  static List<Response> answersToQ(String answers) {
    List<Response> responses = new ArrayList<>();
    String[] parts = answers.isBlank() ? new String[0] : answers.trim().split("\\s+");
    for (int r = 0; r < parts.length; r++) {
      responses.add(response("r" + r, parts[r].equals("-") ? "" : "q=" + parts[r]));
    }
    return responses;
  }

  static Summary item(Results results, String key) {
    return results.items().stream()
        .filter(r -> r.item().equals(key))
        .findFirst()
        .orElseThrow()
        .summary();
  }

  static Summary dimension(Results results, String key) {
    return results.dimensions().stream()
        .filter(r -> r.dimension().equals(key))
        .findFirst()
        .orElseThrow()
        .summary();
  }

  static GroupResult group(List<GroupResult> groups, String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }

  // ---- one item: mean, spread, distribution, "don't know", band

  static Stream<Arguments> items() {
    return Stream.of(
        // answers, answered, don't know, distribution, mean, spread, band, disputed
        Arguments.of("3", 1, 0, List.of(0, 0, 1, 0, 0), 3.0, 0.0, Band.AMBER, false),
        Arguments.of("1 5", 2, 0, List.of(1, 0, 0, 0, 1), 3.0, 2.0, Band.AMBER, true),
        Arguments.of("2 2 2 2", 4, 0, List.of(0, 4, 0, 0, 0), 2.0, 0.0, Band.RED, false),
        // (1+2+4+5)/4 = 3; variance (1+4+16+25)/4 - 9 = 2.5
        Arguments.of(
            "1 2 4 5 ? -", 4, 1, List.of(1, 1, 0, 1, 1), 3.0, Math.sqrt(2.5), Band.AMBER, true),
        // 14/3; variance 66/3 - 196/9 = 2/9
        Arguments.of(
            "4 5 5", 3, 0, List.of(0, 0, 0, 1, 2), 14.0 / 3, Math.sqrt(2.0 / 9), Band.GREEN, false),
        // spread exactly 1.0 is not above the threshold
        Arguments.of("2 4", 2, 0, List.of(0, 1, 0, 1, 0), 3.0, 1.0, Band.AMBER, false),
        Arguments.of("? ? ?", 0, 3, List.of(0, 0, 0, 0, 0), null, null, null, false),
        Arguments.of("- -", 0, 0, List.of(0, 0, 0, 0, 0), null, null, null, false),
        Arguments.of("", 0, 0, List.of(0, 0, 0, 0, 0), null, null, null, false));
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("items")
  void scoresOneItem(
      String answers,
      int answered,
      int dontKnow,
      List<Integer> distribution,
      Double mean,
      Double spread,
      Band band,
      boolean disputed) {
    Results results = Scoring.score(flat("q"), answersToQ(answers), OPEN);
    Summary q = item(results, "q");
    assertThat(q.suppressed()).isFalse();
    assertThat(q.answered()).isEqualTo(answered);
    assertThat(q.dontKnow()).isEqualTo(dontKnow);
    assertThat(q.distribution()).isEqualTo(distribution);
    if (mean == null) {
      assertThat(q.mean()).isNull();
      assertThat(q.spread()).isNull();
      assertThat(q.hasScore()).isFalse();
    } else {
      assertThat(q.mean()).isCloseTo(mean, within(EPS));
      assertThat(q.spread()).isCloseTo(spread, within(EPS));
    }
    assertThat(q.band()).isEqualTo(band);
    assertThat(q.disputed()).isEqualTo(disputed);
  }

  @Test
  void noResponsesAtAllGiveEmptyScores() {
    Results results = Scoring.score(TRUST, List.of());
    assertThat(results.respondents()).isZero();
    assertThat(results.items()).extracting(ItemResult::item).containsExactly("t1", "t2", "p1");
    assertThat(results.items()).allSatisfy(r -> assertThat(r.summary().hasScore()).isFalse());
    assertThat(results.dimensions()).allSatisfy(r -> assertThat(r.summary().answered()).isZero());
    assertThat(results.sectors()).isEmpty();
    assertThat(results.organisations()).isEmpty();
    assertThat(results.mostDisputed()).isEmpty();
  }

  // ---- reversed items

  @Test
  void reversedItemsAreScoredFromTheOtherEnd() {
    // t2 is reversed: answers 5, 5, 4 score 1, 1, 2
    Results results =
        Scoring.score(
            TRUST,
            List.of(response("a", "t2=5"), response("b", "t2=5"), response("c", "t2=4")),
            OPEN);
    Summary t2 = item(results, "t2");
    assertThat(t2.mean()).isCloseTo(4.0 / 3, within(EPS));
    // variance (1+1+4)/3 - 16/9 = 2/9
    assertThat(t2.spread()).isCloseTo(Math.sqrt(2.0 / 9), within(EPS));
    assertThat(t2.band()).isEqualTo(Band.RED);
    // the distribution shows what respondents chose, so the labels read true
    assertThat(t2.distribution()).containsExactly(0, 0, 0, 1, 2);
  }

  @ParameterizedTest
  @CsvSource({"1,5", "2,4", "3,3", "4,2", "5,1"})
  void aReversedItemScoresAsItsMirrorImage(int answer, int score) {
    Results results = Scoring.score(TRUST, List.of(response("a", "t2=" + answer)), OPEN);
    assertThat(item(results, "t2").mean()).isEqualTo((double) score);
  }

  // ---- dimensions

  @Test
  void aDimensionWeighsEachRespondentOnce() {
    // a: t1=4, t2=2 (scores 4) -> 4; b: t1=2, t2 don't know -> 2; c: both don't know -> no score
    Results results =
        Scoring.score(
            TRUST,
            List.of(
                response("a", "t1=4 t2=2"), response("b", "t1=2 t2=?"), response("c", "t1=? t2=?")),
            OPEN);
    Summary trust = dimension(results, "trust");
    assertThat(trust.answered()).isEqualTo(2);
    assertThat(trust.mean()).isCloseTo(3.0, within(EPS));
    assertThat(trust.spread()).isCloseTo(1.0, within(EPS));
    assertThat(trust.dontKnow()).isEqualTo(3);
    assertThat(trust.distribution()).containsExactly(0, 2, 0, 1, 0);
    assertThat(trust.band()).isEqualTo(Band.AMBER);
    assertThat(trust.disputed()).isFalse();
    Summary power = dimension(results, "power");
    assertThat(power.answered()).isZero();
    assertThat(power.mean()).isNull();
  }

  @Test
  void aDimensionScoreIsTheMeanOfRespondentsOwnMeans() {
    // a answers t1 only (5); b answers t1=1 and t2=1 (score 5) -> own mean 3.
    // Respondent means 5 and 3: mean 4, spread 1. (Pooling answers would give 11/3.)
    Results results =
        Scoring.score(TRUST, List.of(response("a", "t1=5"), response("b", "t1=1 t2=1")), OPEN);
    Summary trust = dimension(results, "trust");
    assertThat(trust.mean()).isCloseTo(4.0, within(EPS));
    assertThat(trust.spread()).isCloseTo(1.0, within(EPS));
  }

  // ---- bands

  @ParameterizedTest
  @CsvSource({
    "SCALE, 1, 5, 2.49, RED",
    "SCALE, 1, 5, 2.5, AMBER",
    "SCALE, 1, 5, 3.49, AMBER",
    "SCALE, 1, 5, 3.5, GREEN",
    "SCALE, 1, 5, 5.0, GREEN",
    // as shares of 1..4: 2.0 is 1/3 up, 2.2 is 0.4, 2.9 is 0.633
    "SHARE, 1, 4, 2.0, RED",
    "SHARE, 1, 4, 2.2, AMBER",
    "SHARE, 1, 4, 2.9, GREEN",
    // the share defaults agree with the scale defaults on 1..5
    "SHARE, 1, 5, 2.49, RED",
    "SHARE, 1, 5, 2.5, AMBER",
    "SHARE, 1, 5, 3.5, GREEN"
  })
  void bandsFollowTheInstrumentsRules(
      Banding.Basis basis, int min, int max, double mean, Band expected) {
    Banding banding = basis == Banding.Basis.SCALE ? Banding.DEFAULT : Banding.DEFAULT_SHARE;
    assertThat(banding.band(mean, new Scale(min, max, List.of(), true))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "SCALE, 5, 1.0, false",
    "SCALE, 5, 1.01, true",
    // 0.7 of a range of 3 is 0.233, 0.8 is 0.267, against 0.25
    "SHARE, 4, 0.7, false",
    "SHARE, 4, 0.8, true"
  })
  void wideSpreadsFlagDisagreement(Banding.Basis basis, int max, double spread, boolean flagged) {
    Banding banding = basis == Banding.Basis.SCALE ? Banding.DEFAULT : Banding.DEFAULT_SHARE;
    assertThat(banding.disputed(spread, new Scale(1, max, List.of(), true))).isEqualTo(flagged);
  }

  @Test
  void anInstrumentMaySetItsOwnBands() {
    Instrument strict =
        new Instrument(
            "strict",
            1,
            List.of(new Dimension("all", "All")),
            List.of(new Item("q", "all", "q", false)),
            new Scale(1, 4, List.of("Not in place", "Partly", "Mostly", "Fully"), true),
            new Banding(Banding.Basis.SCALE, 3.0, 3.8, 0.5));
    Results results =
        Scoring.score(strict, List.of(response("a", "q=3"), response("b", "q=4")), OPEN);
    assertThat(item(results, "q").band()).isEqualTo(Band.AMBER); // 3.5
    assertThat(item(results, "q").disputed()).isFalse(); // spread 0.5 is not above 0.5
  }

  // ---- breakdowns

  @Test
  void breaksDownBySectorAndOrganisation() {
    List<Response> responses =
        List.of(
            response("v1", "Voluntary", "Age Concern", "t1=1"),
            response("v2", "Voluntary", "Age Concern", "t1=1"),
            response("v3", "Voluntary", "Mind", "t1=2"),
            response("p1", "Police", "Constabulary", "t1=5"),
            response("p2", "Police", "Constabulary", "t1=5"),
            response("p3", "Police", "Constabulary", "t1=4"));
    Results results = Scoring.score(TRUST, responses, OPEN);
    assertThat(results.sectors())
        .extracting(GroupResult::name)
        .containsExactly("Police", "Voluntary");
    GroupResult voluntary = group(results.sectors(), "Voluntary");
    assertThat(voluntary.respondents()).isEqualTo(3);
    assertThat(voluntary.items().get(0).summary().mean()).isCloseTo(4.0 / 3, within(EPS));
    assertThat(group(results.sectors(), "Police").items().get(0).summary().mean())
        .isCloseTo(14.0 / 3, within(EPS));
    assertThat(results.organisations())
        .extracting(GroupResult::name)
        .containsExactly("Age Concern", "Constabulary", "Mind");
    // not anonymous: even a group of one is shown
    assertThat(group(results.organisations(), "Mind").items().get(0).summary().mean())
        .isEqualTo(2.0);
    // the whole round: (1+1+2+5+5+4)/6 = 3; variance (1+1+4+25+25+16)/6 - 9 = 3
    assertThat(item(results, "t1").mean()).isCloseTo(3.0, within(EPS));
    assertThat(item(results, "t1").spread()).isCloseTo(Math.sqrt(3), within(EPS));
    assertThat(item(results, "t1").disputed()).isTrue();
  }

  // ---- anonymity

  @Test
  void anAnonymousRoundHidesSmallGroupsAndOneMoreSoNoneCanBeWorkedOut() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(response("c" + i, "Council", "County Council", "t1=2"));
      responses.add(response("p" + i, "Police", "Constabulary", "t1=4"));
    }
    responses.add(response("v0", "Voluntary", "Mind", "t1=5"));
    Results results = Scoring.score(TRUST, responses, ANONYMOUS);

    // Voluntary (1) is too small; hiding it alone would let total minus the rest reveal it, so the
    // smallest shown group goes too: Council and Police tie at 3, Council comes first by name.
    GroupResult voluntary = group(results.sectors(), "Voluntary");
    GroupResult council = group(results.sectors(), "Council");
    GroupResult police = group(results.sectors(), "Police");
    assertThat(voluntary.suppressed()).isTrue();
    assertThat(council.suppressed()).isTrue();
    assertThat(police.suppressed()).isFalse();
    for (GroupResult hidden : List.of(voluntary, council)) {
      assertThat(hidden.respondents()).isNull();
      assertThat(hidden.items()).isEmpty();
      assertThat(hidden.dimensions()).isEmpty();
    }
    assertThat(police.respondents()).isEqualTo(3);
    assertThat(police.items().get(0).summary().mean()).isEqualTo(4.0);
    // the whole round has 7 and is shown
    assertThat(item(results, "t1").mean()).isCloseTo(23.0 / 7, within(EPS));
    assertThat(results.respondents()).isEqualTo(7);
  }

  @Test
  void aShownGroupHidesAScoreThatTooFewOfItsMembersGave() {
    List<Response> responses =
        List.of(
            response("c1", "Council", "County Council", "t1=5 p1=3"),
            response("c2", "Council", "County Council", "t1=? p1=3"),
            response("c3", "Council", "County Council", "t1=? p1=3"),
            response("p1", "Police", "Constabulary", "t1=2 p1=4"),
            response("p2", "Police", "Constabulary", "t1=2 p1=4"),
            response("p3", "Police", "Constabulary", "t1=2 p1=4"));
    Results results = Scoring.score(TRUST, responses, ANONYMOUS);
    GroupResult council = group(results.sectors(), "Council");
    GroupResult police = group(results.sectors(), "Police");
    assertThat(council.suppressed()).isFalse();
    // t1: one Council answer is too few, and Police must go too or t1 overall would give it away
    assertThat(council.items().get(0).summary()).isEqualTo(Summary.SUPPRESSED);
    assertThat(police.items().get(0).summary().suppressed()).isTrue();
    assertThat(item(results, "t1").mean()).isCloseTo(11.0 / 4, within(EPS));
    // p1: everyone answered, both shown
    assertThat(council.items().get(2).summary().mean()).isEqualTo(3.0);
    assertThat(police.items().get(2).summary().mean()).isEqualTo(4.0);
    // the trust dimension has the same shape as t1: hidden in both groups
    assertThat(council.dimensions().get(0).summary().suppressed()).isTrue();
    assertThat(police.dimensions().get(0).summary().suppressed()).isTrue();
  }

  @Test
  void anAnonymousRoundOfTooFewHidesEvenTheWholeRoundsScores() {
    Results results =
        Scoring.score(TRUST, List.of(response("a", "t1=5"), response("b", "t1=1")), ANONYMOUS);
    assertThat(results.respondents()).isEqualTo(2);
    assertThat(item(results, "t1").suppressed()).isTrue();
    assertThat(item(results, "t1").mean()).isNull();
    assertThat(dimension(results, "trust").suppressed()).isTrue();
    assertThat(results.mostDisputed()).isEmpty();
    // nobody answered p1: there is nothing to hide
    assertThat(item(results, "p1").suppressed()).isFalse();
  }

  @Test
  void oneRespondentInAnOpenRoundIsShownWithNoSpread() {
    Results results = Scoring.score(TRUST, List.of(response("a", "t1=4 t2=? p1=1")), OPEN);
    assertThat(item(results, "t1").mean()).isEqualTo(4.0);
    assertThat(item(results, "t1").spread()).isEqualTo(0.0);
    assertThat(item(results, "t2").dontKnow()).isEqualTo(1);
    assertThat(item(results, "t2").hasScore()).isFalse();
    assertThat(dimension(results, "trust").mean()).isEqualTo(4.0);
    assertThat(dimension(results, "power").band()).isEqualTo(Band.RED);
    assertThat(results.mostDisputed()).isEmpty();
  }

  @Test
  void aSectorLessItsShownOrganisationsGivesNothingAway() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(response("a" + i, "Voluntary", "Age Concern", "t1=2"));
      responses.add(response("c" + i, "Police", "Constabulary", "t1=4"));
      responses.add(response("d" + i, "Police", "Fire Service", "t1=4"));
    }
    responses.add(response("m0", "Voluntary", "Mind", "t1=5"));
    responses.add(response("d3", "Police", "Fire Service", "t1=4"));
    Results results = Scoring.score(TRUST, responses, ANONYMOUS);
    // Voluntary (4) and Police (7) are both shown.
    assertThat(results.sectors()).noneMatch(GroupResult::suppressed);
    // Mind (1) is too small. Hiding the smallest other organisation overall (Age Concern and
    // Constabulary tie at 3; Age Concern first by name) happens to protect it within Voluntary.
    assertThat(group(results.organisations(), "Mind").suppressed()).isTrue();
    assertThat(group(results.organisations(), "Age Concern").suppressed()).isTrue();
    assertThat(group(results.organisations(), "Constabulary").suppressed()).isFalse();
    assertThat(group(results.organisations(), "Fire Service").suppressed()).isFalse();
  }

  @Test
  void theNestingRuleHidesASecondOrganisationInTheSameSector() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(response("c" + i, "Police", "Constabulary", "t1=4"));
    }
    for (int i = 0; i < 4; i++) {
      responses.add(response("a" + i, "Voluntary", "Age Concern", "t1=2"));
    }
    responses.add(response("m0", "Voluntary", "Mind", "t1=5"));
    Results results = Scoring.score(TRUST, responses, ANONYMOUS);
    // Overall, hiding Mind (1) calls for the smallest shown organisation: Constabulary (3). That
    // alone would leave Voluntary (5) less Age Concern (4) = Mind, so Age Concern is hidden too.
    assertThat(results.organisations())
        .filteredOn(GroupResult::suppressed)
        .extracting(GroupResult::name)
        .containsExactlyInAnyOrder("Mind", "Constabulary", "Age Concern");
    assertThat(group(results.sectors(), "Voluntary").items().get(0).summary().mean())
        .isCloseTo(13.0 / 5, within(EPS));
  }

  @Test
  void theOrganisationsOfAHiddenSectorAreHidden() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(response("c" + i, "Council", "County Council", "t1=2"));
      responses.add(response("p" + i, "Police", "Constabulary", "t1=4"));
      responses.add(response("h" + i, "Health", "Hospital Trust", "t1=3"));
      responses.add(response("q" + i, "Health", "GP Federation", "t1=3"));
    }
    responses.add(response("v0", "Voluntary", "Mind", "t1=5"));
    Results results = Scoring.score(TRUST, responses, ANONYMOUS);
    // Sectors: Voluntary (1) and then Council (3, first of the smallest by name) are hidden.
    assertThat(results.sectors())
        .filteredOn(GroupResult::suppressed)
        .extracting(GroupResult::name)
        .containsExactlyInAnyOrder("Voluntary", "Council");
    // County Council alone makes up Council, so showing it would undo the sector's suppression.
    assertThat(group(results.organisations(), "County Council").suppressed()).isTrue();
    assertThat(group(results.organisations(), "Mind").suppressed()).isTrue();
    assertThat(group(results.organisations(), "Constabulary").suppressed()).isFalse();
  }

  static Stream<Arguments> suppressions() {
    return Stream.of(
        // sizes, already suppressed, k, expected
        Arguments.of("A=3 B=3 C=1", "", 3, Set.of("A", "C")),
        Arguments.of("A=3 B=4", "", 3, Set.of()),
        Arguments.of("A=2 B=2 C=5", "", 3, Set.of("A", "B")),
        Arguments.of("A=1 B=1 C=5", "", 3, Set.of("A", "B", "C")),
        Arguments.of("A=1", "", 3, Set.of("A")),
        Arguments.of("A=0 B=1 C=4", "", 3, Set.of("B", "C")),
        Arguments.of("A=5 B=1 C=4", "", 3, Set.of("B", "C")),
        Arguments.of("A=4 B=4 C=1", "", 3, Set.of("A", "C")),
        Arguments.of("A=1 B=1", "", 1, Set.of()),
        Arguments.of("A=2 B=3 C=3", "A", 3, Set.of("A", "B")),
        Arguments.of("A=0 B=3 C=3", "A", 3, Set.of("A")),
        Arguments.of("A=4 B=5 C=9", "", 5, Set.of("A", "B")));
  }

  @ParameterizedTest(name = "{0} already [{1}] k={2}")
  @MethodSource("suppressions")
  void complementarySuppression(String sizes, String already, int k, Set<String> expected) {
    Map<String, Integer> groups = new TreeMap<>();
    for (String part : sizes.split(" ")) {
      String[] kv = part.split("=");
      groups.put(kv[0], Integer.parseInt(kv[1]));
    }
    Set<String> before = already.isEmpty() ? Set.of() : Set.of(already.split(" "));
    assertThat(Scoring.suppressed(groups, before, k)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void noSuppressedScoreCanBeWorkedOutFromTheRest() {
    // Property: in random anonymous rounds, every shown group score rests on at least k answers,
    // and the hidden group scores of an item together rest on none or at least k answers (or the
    // whole round's score is hidden too, so there is no total to subtract from).
    Random random = new Random(20261123);
    Instrument instrument = flat("a", "b", "c", "d");
    for (int round = 0; round < 300; round++) {
      int k = 2 + random.nextInt(4);
      int people = random.nextInt(25);
      List<Response> responses = new ArrayList<>();
      Map<String, Map<String, Integer>> answeredBySector = new HashMap<>();
      Map<String, Integer> sizeOf = new HashMap<>();
      for (int p = 0; p < people; p++) {
        String sector = "S" + random.nextInt(5);
        StringBuilder spec = new StringBuilder();
        for (String item : List.of("a", "b", "c", "d")) {
          int roll = random.nextInt(7);
          if (roll == 0) {
            continue;
          }
          spec.append(item).append('=').append(roll == 6 ? "?" : String.valueOf(roll)).append(' ');
          if (roll != 6) {
            answeredBySector
                .computeIfAbsent(item, x -> new HashMap<>())
                .merge(sector, 1, Integer::sum);
          }
        }
        String organisation = sector + "-O" + random.nextInt(3);
        sizeOf.merge(organisation, 1, Integer::sum);
        responses.add(response("p" + p, sector, organisation, spec.toString()));
      }
      Results results = Scoring.score(instrument, responses, new ScoringOptions(true, k, 5));
      for (GroupResult g : results.sectors()) {
        assertThat(g.suppressed() || g.respondents() >= k).isTrue();
      }
      // organisations inside each sector: none of a hidden sector shows, and in a shown sector the
      // hidden organisations together hold none or at least k respondents
      for (GroupResult sector : results.sectors()) {
        int hiddenInSector = 0;
        for (GroupResult o : results.organisations()) {
          if (o.name().startsWith(sector.name() + "-")) {
            assertThat(o.suppressed() || !sector.suppressed()).isTrue();
            hiddenInSector += o.suppressed() ? sizeOf.get(o.name()) : 0;
          }
        }
        if (!sector.suppressed()) {
          assertThat(hiddenInSector == 0 || hiddenInSector >= k).isTrue();
        }
      }
      for (int i = 0; i < 4; i++) {
        String item = List.of("a", "b", "c", "d").get(i);
        Map<String, Integer> answered = answeredBySector.getOrDefault(item, Map.of());
        int hidden = 0;
        for (GroupResult g : results.sectors()) {
          int n = answered.getOrDefault(g.name(), 0);
          if (g.suppressed() || g.items().get(i).summary().suppressed()) {
            hidden += n;
          } else {
            assertThat(g.items().get(i).summary().answered()).isEqualTo(n);
            assertThat(n == 0 || n >= k).as("shown score rests on %s answers", n).isTrue();
          }
        }
        // when every group is hidden and together they hold fewer than k, so does the whole round
        boolean roundHidden = item(results, item).suppressed();
        int total = answered.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(roundHidden).isEqualTo(total > 0 && total < k);
        assertThat(hidden == 0 || hidden >= k || roundHidden)
            .as("hidden answers %s, k %s", hidden, k)
            .isTrue();
      }
    }
  }

  // ---- disagreement

  @Test
  void listsTheMostDisputedItemsWidestFirstWithTiesInInstrumentOrder() {
    Instrument instrument = flat("a", "c", "b", "d", "e", "f");
    List<Response> responses =
        List.of(response("x", "a=1 c=2 b=1 d=3 e=5 f=?"), response("y", "a=5 c=4 b=3 d=3 f=?"));
    Results results = Scoring.score(instrument, responses, OPEN);
    // a spreads 2; c and b spread 1 (c first in the instrument); d agrees; e has one answer; f none
    assertThat(results.mostDisputed()).extracting(ItemResult::item).containsExactly("a", "c", "b");
    Results two = Scoring.score(instrument, responses, new ScoringOptions(false, 1, 2));
    assertThat(two.mostDisputed()).extracting(ItemResult::item).containsExactly("a", "c");
  }

  // ---- change between rounds

  @Test
  void changeSincePreviousRoundWhereBothHaveScores() {
    Results previous =
        Scoring.score(
            TRUST,
            List.of(response("a", "t1=2 p1=?"), response("b", "t1=2"), response("c", "t1=2")),
            OPEN);
    Results current =
        Scoring.score(
            TRUST,
            List.of(response("a", "t1=3 p1=4"), response("b", "t1=4 p1=4"), response("c", "p1=4")),
            OPEN);
    Change change = Scoring.change(previous, current);
    assertThat(change.items()).hasSize(1);
    Change.Delta t1 = change.items().get(0);
    assertThat(t1.key()).isEqualTo("t1");
    assertThat(t1.previous()).isEqualTo(2.0);
    assertThat(t1.current()).isEqualTo(3.5);
    assertThat(t1.change()).isEqualTo(1.5);
    assertThat(t1.previousBand()).isEqualTo(Band.RED);
    assertThat(t1.currentBand()).isEqualTo(Band.GREEN);
    // trust: 2 then 3.5; power had no score before, so no change is claimed
    assertThat(change.dimensions()).extracting(Change.Delta::key).containsExactly("trust");
    assertThat(change.dimensions().get(0).change()).isEqualTo(1.5);
  }

  @Test
  void aSuppressedScoreHasNoChange() {
    Results previous =
        Scoring.score(TRUST, List.of(response("a", "t1=1"), response("b", "t1=2")), ANONYMOUS);
    Results current =
        Scoring.score(
            TRUST,
            List.of(response("a", "t1=4"), response("b", "t1=4"), response("c", "t1=4")),
            ANONYMOUS);
    assertThat(Scoring.change(previous, current).items()).isEmpty();
    assertThat(Scoring.change(current, current).items())
        .singleElement()
        .satisfies(d -> assertThat(d.change()).isZero());
  }

  @Test
  void roundsOfDifferentInstrumentsDoNotCompare() {
    Results a = Scoring.score(TRUST, List.of(), OPEN);
    Results b = Scoring.score(flat("q"), List.of(), OPEN);
    assertThatThrownBy(() -> Scoring.change(a, b)).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- answers the instrument forbids

  @Test
  void rejectsAnswersTheInstrumentDoesNotAllow() {
    assertThatThrownBy(() -> Scoring.score(TRUST, List.of(response("a", "t1=6"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside 1..5");
    assertThatThrownBy(() -> Scoring.score(TRUST, List.of(response("a", "zz=3"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown item zz");
    assertThatThrownBy(
            () -> Scoring.score(TRUST, List.of(response("a", "t1=3"), response("a", "t1=4"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    Instrument noDontKnow =
        new Instrument(
            "strict",
            1,
            List.of(new Dimension("all", "All")),
            List.of(new Item("q", "all", "q", false)),
            new Scale(1, 5, List.of(), false),
            null);
    assertThatThrownBy(() -> Scoring.score(noDontKnow, List.of(response("a", "q=?"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- size

  @Test
  void scoresALargeRoundInOnePass() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      items.add(new Item("i" + i, "d" + (i % 6), "i" + i, i % 7 == 0));
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (int d = 0; d < 6; d++) {
      dimensions.add(new Dimension("d" + d, "d" + d));
    }
    Instrument big = new Instrument("big", 1, dimensions, items, FIVE, Banding.DEFAULT);
    Random random = new Random(7);
    List<Response> responses = new ArrayList<>();
    for (int r = 0; r < 500; r++) {
      Map<String, Answer> answers = new HashMap<>();
      for (int i = 0; i < 60; i++) {
        int roll = random.nextInt(6);
        answers.put("i" + i, roll == 0 ? Answer.unknown() : Answer.of(roll));
      }
      responses.add(new Response("r" + r, "S" + (r % 4), "O" + (r % 37), answers));
    }
    Results results = Scoring.score(big, responses);
    assertThat(results.respondents()).isEqualTo(500);
    assertThat(results.items())
        .allSatisfy(
            r -> assertThat(r.summary().answered() + r.summary().dontKnow()).isEqualTo(500));
    assertThat(results.organisations()).hasSize(37);
  }
}
