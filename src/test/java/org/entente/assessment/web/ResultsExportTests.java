package org.entente.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.assessment.Answer;
import org.entente.assessment.Response;
import org.entente.assessment.Results;
import org.entente.assessment.Scoring;
import org.entente.assessment.ScoringOptions;
import org.junit.jupiter.api.Test;

/** The CSV and spreadsheet of a round's results. */
class ResultsExportTests {

  static final ResultsExport.Labels LABELS =
      new ResultsExport.Labels(
          Map.of("a", "Trust", "b", "Power", "c", "Money"),
          Map.of("a1", "We trust each other", "b1", "No partner dominates", "c1", "Budgets"));

  /** Three police respondents who rate trust high, three voluntary who rate it low, one health. */
  static Results results() {
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      responses.add(response("p" + i, "Police", "Constabulary", 5, 4, 3));
      responses.add(response("v" + i, "Voluntary", "Voluntary Action", 1, 2, 3));
    }
    responses.add(response("h", "Health", "Hospital", 3, 3, 3));
    return Scoring.score(ActionProposalsTests.THREE, responses, ScoringOptions.DEFAULT);
  }

  static Response response(String who, String sector, String org, int a, int b, int c) {
    Map<String, Answer> answers = new HashMap<>();
    answers.put("a1", Answer.of(a));
    answers.put("b1", Answer.of(b));
    answers.put("c1", c == 0 ? Answer.unknown() : Answer.of(c));
    return new Response(who, sector, org, answers);
  }

  @Test
  void csvHasARowPerDimensionAndItemAndHidesSmallGroups() throws Exception {
    StringWriter out = new StringWriter();
    ResultsExport.csv(out, results(), LABELS, ActionProposalsTests.FIVE);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    CSVRecord trust =
        rows.stream()
            .filter(
                r ->
                    r.get("breakdown").equals("all")
                        && r.get("level").equals("dimension")
                        && r.get("dimension").equals("a"))
            .findFirst()
            .orElseThrow();
    assertThat(trust.get("text")).isEqualTo("Trust");
    assertThat(trust.get("mean")).isEqualTo("3.0");
    assertThat(trust.get("band")).isEqualTo("amber");
    assertThat(trust.get("disagreement")).isEqualTo("yes");
    assertThat(trust.get("count_1")).isEqualTo("3");
    assertThat(trust.get("count_5")).isEqualTo("3");
    assertThat(trust.get("dont_know")).isEqualTo("0");
    // police are hidden too, or the total less the others would give health away
    CSVRecord voluntary =
        rows.stream()
            .filter(r -> r.get("group").equals("Voluntary") && r.get("item").equals("a1"))
            .findFirst()
            .orElseThrow();
    assertThat(voluntary.get("mean")).isEqualTo("1.0");
    assertThat(rows.stream().filter(r -> r.get("group").equals("Police")))
        .singleElement()
        .satisfies(r -> assertThat(r.get("hidden")).isEqualTo("yes"));
    // health has one respondent: one row that says hidden, with no figures
    List<CSVRecord> health = rows.stream().filter(r -> r.get("group").equals("Health")).toList();
    assertThat(health).hasSize(1);
    assertThat(health.get(0).get("hidden")).isEqualTo("yes");
    assertThat(health.get(0).get("mean")).isEmpty();
    assertThat(health.get(0).get("answered")).isEmpty();
  }

  @Test
  void spreadsheetIsAZipWithThreeSheets() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultsExport.xlsx(
        out,
        results(),
        LABELS,
        ActionProposalsTests.FIVE,
        key ->
            switch (key) {
              case "sheet.dimensions" -> "Dimensions";
              case "sheet.items" -> "Items";
              case "sheet.groups" -> "Groups";
              default -> key;
            });
    java.nio.file.Path file = java.nio.file.Files.createTempFile("results", ".xlsx");
    java.nio.file.Files.write(file, out.toByteArray());
    String workbook;
    List<String> entries = new ArrayList<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      zip.stream().forEach(e -> entries.add(e.getName()));
      workbook =
          new String(
              zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
    } finally {
      java.nio.file.Files.delete(file);
    }
    assertThat(entries)
        .contains(
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml");
    assertThat(workbook).contains("name=\"Dimensions\"", "name=\"Items\"", "name=\"Groups\"");
  }
}
