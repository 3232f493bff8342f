package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading instrument files: the shipped library, and clear problems for a file that is wrong. */
class InstrumentFilesTests {

  /** A small valid file; tests break one thing in it at a time. Line numbers matter below. */
  static final String GOOD =
      """
      {
        "key": "test-check",
        "version": 1,
        "title": "Test check",
        "source": "Entente tests",
        "summary": "A small instrument for tests.",
        "readingGuidance": "Read it carefully.",
        "scale": {
          "min": 1,
          "max": 5,
          "labels": ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"],
          "dontKnow": true
        },
        "banding": {"basis": "scale", "redBelow": 2.5, "amberBelow": 3.5, "disagreementAbove": 1.0},
        "dimensions": [
          {
            "key": "purpose",
            "title": "Purpose",
            "description": "Why we exist.",
            "actionGuidance": "Agree a purpose.",
            "items": [
              {"key": "purpose-1", "text": "We can say why we exist.", "hint": "In a sentence."},
              {"key": "purpose-2", "text": "One partner dominates.", "reversed": true}
            ]
          },
          {
            "key": "trust",
            "title": "Trust",
            "description": "Whether partners trust each other.",
            "actionGuidance": "Make time to meet.",
            "related": ["purpose"],
            "items": [
              {"key": "trust-1", "text": "Partners keep their word."}
            ]
          }
        ]
      }
      """;

  static final String GREIG =
      "guidance for learning disability partnership boards, after Greig and Poxton, 2001";
  static final String MATRIX = "Matrix Research, Partnerships: where next?, 2004";

  @Test
  void theScalesOfDomainSectionFive() {
    Map<String, InstrumentText> byKey =
        InstrumentLibrary.readShipped().stream()
            .collect(Collectors.toMap(InstrumentText::key, Function.identity()));
    assertThat(byKey.get("scrutiny-readiness").scoring().scale().labels())
        .containsExactly("No", "Yes");
    InstrumentText obstacles = byKey.get("common-obstacles");
    assertThat(obstacles.dimensions()).hasSize(11);
    assertThat(obstacles.scoring().items()).allMatch(Item::reversed);
    assertThat(obstacles.scoring().scale().labels()).startsWith("Not at all");
    InstrumentText culture = byKey.get("partnership-culture");
    assertThat(culture.dimensions()).hasSize(5);
    assertThat(culture.dimensions().get(0).items().get(0).hint())
        .contains("self-sufficient")
        .contains("depend on each other");
    assertThat(byKey.get("audit-commission-governance").dimensions()).hasSize(8);
    assertThat(byKey.get("readiness-framework").dimensions()).hasSize(9);
    assertThat(byKey.get("ten-components").dimensions()).hasSize(10);
    assertThat(byKey.get("effective-partnership-requirements").dimensions()).hasSize(13);
    assertThat(byKey.get("partnership-audit").readingGuidance())
        .contains("formal structures")
        .contains("build trust first");
  }

  static List<String> problems(String file) {
    try {
      InstrumentFiles.read("test.json", file);
    } catch (InstrumentFileException e) {
      return e.problems().stream().map(InstrumentProblem::toString).toList();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void aGoodFileGivesTheTextAndTheScoringShape() {
    InstrumentText text = InstrumentFiles.read("test.json", GOOD);

    assertThat(text.key()).isEqualTo("test-check");
    assertThat(text.version()).isEqualTo(1);
    assertThat(text.source()).isEqualTo("Entente tests");
    assertThat(text.dimensions())
        .extracting(DimensionText::key)
        .containsExactly("purpose", "trust");
    ItemText first = text.dimensions().get(0).items().get(0);
    assertThat(first.hint()).isEqualTo("In a sentence.");
    assertThat(text.dimensions().get(0).items().get(1).reversed()).isTrue();
    assertThat(text.itemCount()).isEqualTo(3);

    Instrument scoring = text.scoring();
    assertThat(scoring.key()).isEqualTo("test-check");
    assertThat(scoring.items())
        .extracting(Item::key, Item::dimension, Item::reversed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("purpose-1", "purpose", false),
            org.assertj.core.groups.Tuple.tuple("purpose-2", "purpose", true),
            org.assertj.core.groups.Tuple.tuple("trust-1", "trust", false));
    assertThat(scoring.scale())
        .isEqualTo(
            new Scale(
                1,
                5,
                List.of("Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"),
                true));
    assertThat(scoring.banding()).isEqualTo(Banding.DEFAULT);
  }

  @Test
  void banding_isOptionalAndDefaultsToTheDomainRules() {
    String noBanding = GOOD.replaceAll("(?m)^  \"banding\".*\\n", "");
    assertThat(InstrumentFiles.read("t.json", noBanding).scoring().banding())
        .isEqualTo(Banding.DEFAULT);

    String fourPoint =
        noBanding.replace("\"max\": 5", "\"max\": 4").replace(", \"Strongly agree\"]", "]");
    assertThat(InstrumentFiles.read("t.json", fourPoint).scoring().banding())
        .isEqualTo(Banding.DEFAULT_SHARE);
  }

  @Test
  void aBlankItemTextIsNamedByLineAndField() {
    String file = GOOD.replace("\"text\": \"Partners keep their word.\"", "\"text\": \"  \"");

    assertThat(problems(file))
        .containsExactly("line 33, field dimensions[1].items[0].text: must not be blank");
  }

  @Test
  void aMissingFieldIsReportedAtItsParent() {
    String file = GOOD.replace("\"description\": \"Why we exist.\",\n", "");

    assertThat(problems(file))
        .containsExactly("line 16, field dimensions[0].description: is required");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    String file =
        GOOD.replace("\"version\": 1", "\"version\": \"one\"")
            .replace("\"title\": \"Trust\"", "\"title\": 3")
            .replace("\"colour\"", "x");

    assertThat(problems(file))
        .containsExactly(
            "line 3, field version: must be a whole number",
            "line 28, field dimensions[1].title: must be text");
  }

  @Test
  void aRelatedDimensionMustExist() {
    String file = GOOD.replace("\"related\": [\"purpose\"]", "\"related\": [\"purpos\"]");

    assertThat(problems(file))
        .containsExactly(
            "line 31, field dimensions[1].related[0]: names no dimension of this instrument:"
                + " \"purpos\"");
  }

  @Test
  void keysMustBeUnique() {
    String file =
        GOOD.replace("\"key\": \"trust\"", "\"key\": \"purpose\"")
            .replace("\"related\": [\"purpose\"],", "")
            .replace("\"key\": \"trust-1\"", "\"key\": \"purpose-1\"");

    assertThat(problems(file))
        .containsExactly(
            "line 27, field dimensions[1].key: \"purpose\" is already the key of dimensions[0]",
            "line 33, field dimensions[1].items[0].key: \"purpose-1\" is already the key of"
                + " dimensions[0].items[0]");
  }

  @Test
  void aScaleNeedsOneLabelPerPoint() {
    String file = GOOD.replace(", \"Strongly agree\"]", "]");

    assertThat(problems(file))
        .containsExactly(
            "line 11, field scale.labels: needs one label for each point from 1 to 5 (5), not 4");
  }

  @Test
  void aScaleRunsUpwards() {
    String file = GOOD.replace("\"max\": 5", "\"max\": 1");

    assertThat(problems(file))
        .containsExactly("line 10, field scale.max: must be above scale.min (1)");
  }

  @Test
  void bandingMustMakeSense() {
    String file =
        GOOD.replace(
            "{\"basis\": \"scale\", \"redBelow\": 2.5, \"amberBelow\": 3.5,"
                + " \"disagreementAbove\": 1.0}",
            "{\"basis\": \"points\", \"redBelow\": 3.5, \"amberBelow\": 2.5,"
                + " \"disagreementAbove\": 0}");

    assertThat(problems(file))
        .containsExactly(
            "line 14, field banding.basis: must be \"scale\" or \"share\", not \"points\"",
            "line 14, field banding.amberBelow: must not be below banding.redBelow (3.5): amber"
                + " sits above red",
            "line 14, field banding.disagreementAbove: must be above 0");
  }

  @Test
  void shareBandingStaysBetweenNoughtAndOne() {
    String file = GOOD.replace("\"basis\": \"scale\"", "\"basis\": \"share\"");

    assertThat(problems(file))
        .containsExactly(
            "line 14, field banding.redBelow: must be between 0 and 1 (a share of the scale's"
                + " range)",
            "line 14, field banding.amberBelow: must be between 0 and 1 (a share of the scale's"
                + " range)");
  }

  @Test
  void unknownFieldsAreNamed() {
    String file = GOOD.replace("\"hint\": \"In a sentence.\"", "\"hnit\": \"In a sentence.\"");

    assertThat(problems(file))
        .containsExactly("line 22, field dimensions[0].items[0].hnit: is not a field of an item");
  }

  @Test
  void badJsonNamesTheLine() {
    String file = GOOD.replace("\"title\": \"Purpose\",", "\"title\": \"Purpose\"");

    List<String> problems = problems(file);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("line 19").contains("is not valid JSON");
  }

  @Test
  void aRepeatedFieldIsNotValid() {
    String file = GOOD.replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 2,");

    assertThat(problems(file)).singleElement().asString().startsWith("line 4").contains("version");
  }

  @Test
  void anEmptyDimensionIsRefused() {
    String file =
        GOOD.replaceAll(
            "\\[\\s*\\{\"key\": \"trust-1\", \"text\": \"Partners keep their word.\"\\}\\s*\\]",
            "[]");

    assertThat(problems(file))
        .containsExactly("line 32, field dimensions[1].items: needs at least one item");
  }

  @Test
  void everyShippedInstrumentLoads() {
    List<InstrumentText> shipped = InstrumentLibrary.readShipped();

    assertThat(shipped).extracting(InstrumentText::key).doesNotHaveDuplicates();
    Map<String, InstrumentText> byKey =
        shipped.stream().collect(Collectors.toMap(InstrumentText::key, Function.identity()));
    Map<String, String> sources =
        Map.ofEntries(
            Map.entry(
                "audit-commission-governance", "Audit Commission, Governing partnerships, 2005"),
            Map.entry("readiness-framework", GREIG),
            Map.entry("partnership-audit", GREIG),
            Map.entry("choosing-the-approach", GREIG),
            Map.entry("ten-components", GREIG),
            Map.entry("making-the-board-work", GREIG),
            Map.entry("fitness-for-purpose", "Sullivan"),
            Map.entry("smarter-partnerships", "IDeA/lgpartnerships"),
            Map.entry(
                "lsp-evaluation", "ODPM evaluation of LSPs, 2006, and ODPM consultation, 2005"),
            Map.entry(
                "hallmarks-effective-partnerships",
                "Home Office guidance for crime and disorder reduction partnerships"),
            Map.entry("best-value-corporate-assessment", "Audit Scotland BV2"),
            Map.entry("common-obstacles", MATRIX),
            Map.entry("accountability-processes", MATRIX),
            Map.entry("project-life-cycle", "3 Dee Vision project lessons"),
            Map.entry("community-strategy-evaluation", "training for elected members"),
            Map.entry("scrutiny-readiness", "Centre for Public Scrutiny training material"),
            Map.entry("partnership-culture", "Improvement Service"),
            Map.entry("effective-partnership-requirements", "Improvement Service"),
            Map.entry(
                "councillors-feedback-loop", "Audit Commission, Working better together, 2008"));
    assertThat(shipped).hasSize(19);
    assertThat(byKey.keySet()).isEqualTo(sources.keySet());
    sources.forEach((key, source) -> assertThat(byKey.get(key).source()).as(key).isEqualTo(source));
    for (InstrumentText text : shipped) {
      assertThat(text.source()).as(text.key()).isNotBlank();
      assertThat(text.summary()).as(text.key()).isNotBlank();
      assertThat(text.readingGuidance()).as(text.key()).isNotBlank();
      assertThat(text.dimensions()).as(text.key()).isNotEmpty();
      for (DimensionText d : text.dimensions()) {
        assertThat(d.items()).as(text.key() + " " + d.key()).hasSizeBetween(3, 6);
        assertThat(d.actionGuidance()).as(text.key() + " " + d.key()).isNotBlank();
        assertThat(d.description()).as(text.key() + " " + d.key()).isNotBlank();
      }
      assertThat(text.scoring().scale().dontKnowAllowed()).as(text.key()).isTrue();
    }
    assertThat(byKey.get("audit-commission-governance").source())
        .isEqualTo("Audit Commission, Governing partnerships, 2005");
    assertThat(byKey.get("partnership-audit").dimensions()).hasSize(9);
    assertThat(byKey.get("partnership-audit").scoring().scale().labels())
        .containsExactly("Not in place", "Partly in place", "Mostly in place", "Fully in place");
  }
}
