package org.entente.assessment.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.entente.assessment.DimensionResult;
import org.entente.assessment.GroupResult;
import org.entente.assessment.ItemResult;
import org.entente.assessment.Results;
import org.entente.assessment.Scale;
import org.entente.assessment.Summary;

/**
 * A round's results as rows for CSV and spreadsheet: for all respondents one row per dimension and
 * per item, then for each sector and organisation the same, except that a hidden group has one row
 * saying so and no figures.
 */
final class ResultsExport {

  private ResultsExport() {}

  enum Level {
    DIMENSION,
    ITEM,
    GROUP
  }

  enum Breakdown {
    ALL,
    SECTOR,
    ORGANISATION
  }

  /** One line of the export; {@code summary} is {@code null} for a hidden group. */
  record Row(
      Breakdown breakdown,
      String group,
      boolean hidden,
      Level level,
      String dimension,
      String item,
      String text,
      Summary summary) {}

  /** The titles of dimensions and the wording of items, by key. */
  record Labels(Map<String, String> dimensions, Map<String, String> items) {
    String dimension(String key) {
      return dimensions.getOrDefault(key, key);
    }

    String item(String key) {
      return items.getOrDefault(key, key);
    }
  }

  static List<Row> rows(Results results, Labels labels) {
    List<Row> rows = new ArrayList<>();
    add(rows, Breakdown.ALL, "", results.dimensions(), results.items(), labels);
    for (GroupResult g : results.sectors()) {
      group(rows, Breakdown.SECTOR, g, labels);
    }
    for (GroupResult g : results.organisations()) {
      group(rows, Breakdown.ORGANISATION, g, labels);
    }
    return rows;
  }

  private static void group(List<Row> rows, Breakdown breakdown, GroupResult g, Labels labels) {
    if (g.suppressed()) {
      rows.add(new Row(breakdown, g.name(), true, Level.GROUP, "", "", "", null));
    } else {
      add(rows, breakdown, g.name(), g.dimensions(), g.items(), labels);
    }
  }

  private static void add(
      List<Row> rows,
      Breakdown breakdown,
      String group,
      List<DimensionResult> dimensions,
      List<ItemResult> items,
      Labels labels) {
    for (DimensionResult d : dimensions) {
      rows.add(
          new Row(
              breakdown,
              group,
              d.summary().suppressed(),
              Level.DIMENSION,
              d.dimension(),
              "",
              labels.dimension(d.dimension()),
              d.summary()));
    }
    for (ItemResult i : items) {
      rows.add(
          new Row(
              breakdown,
              group,
              i.summary().suppressed(),
              Level.ITEM,
              i.dimension(),
              i.item(),
              labels.item(i.item()),
              i.summary()));
    }
  }

  /** The column keys, in order; the counts per point are named after the point. */
  static List<String> columns(Scale scale) {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "breakdown",
                "group",
                "level",
                "dimension",
                "item",
                "text",
                "hidden",
                "answered",
                "mean",
                "spread",
                "band",
                "disagreement"));
    for (int v = scale.min(); v <= scale.max(); v++) {
      columns.add("count_" + v);
    }
    columns.add("dont_know");
    return columns;
  }

  static List<Object> values(Row row, Scale scale) {
    List<Object> values = new ArrayList<>();
    values.add(row.breakdown().name().toLowerCase(java.util.Locale.ROOT));
    values.add(row.group());
    values.add(row.level().name().toLowerCase(java.util.Locale.ROOT));
    values.add(row.dimension());
    values.add(row.item());
    values.add(row.text());
    values.add(row.hidden() ? "yes" : "no");
    Summary s = row.summary();
    boolean figures = s != null && !s.suppressed();
    values.add(figures ? s.answered() : null);
    values.add(figures && s.hasScore() ? round(s.mean()) : null);
    values.add(figures && s.hasScore() ? round(s.spread()) : null);
    values.add(figures && s.hasScore() ? s.band().name().toLowerCase(java.util.Locale.ROOT) : null);
    values.add(figures && s.hasScore() ? (s.disputed() ? "yes" : "no") : null);
    for (int p = 0; p < scale.points(); p++) {
      values.add(figures ? s.distribution().get(p) : null);
    }
    values.add(figures ? s.dontKnow() : null);
    return values;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static void csv(Writer out, Results results, Labels labels, Scale scale) throws IOException {
    List<String> columns = columns(scale);
    // the caller owns the writer (a response stream, say): flush it, leave it open
    CSVPrinter printer =
        CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
    for (Row row : rows(results, labels)) {
      printer.printRecord(values(row, scale));
    }
    printer.flush();
  }

  /**
   * A spreadsheet with three sheets: Dimensions and Items for all respondents, and Groups for the
   * breakdowns. Sheet names and headings come from {@code label} (given a column key or a sheet
   * key).
   */
  static void xlsx(
      OutputStream out, Results results, Labels labels, Scale scale, Function<String, String> label)
      throws IOException {
    List<Row> rows = rows(results, labels);
    Workbook book = new Workbook(out, "Entente", "1.0");
    sheet(
        book,
        label.apply("sheet.dimensions"),
        rows.stream()
            .filter(r -> r.breakdown() == Breakdown.ALL && r.level() == Level.DIMENSION)
            .toList(),
        scale,
        label);
    sheet(
        book,
        label.apply("sheet.items"),
        rows.stream()
            .filter(r -> r.breakdown() == Breakdown.ALL && r.level() == Level.ITEM)
            .toList(),
        scale,
        label);
    sheet(
        book,
        label.apply("sheet.groups"),
        rows.stream().filter(r -> r.breakdown() != Breakdown.ALL).toList(),
        scale,
        label);
    book.finish();
  }

  private static void sheet(
      Workbook book, String name, List<Row> rows, Scale scale, Function<String, String> label) {
    Worksheet ws = book.newWorksheet(name);
    List<String> columns = columns(scale);
    for (int c = 0; c < columns.size(); c++) {
      String key = columns.get(c);
      ws.value(
          0,
          c,
          key.startsWith("count_")
              ? label.apply("column.count") + " " + key.substring(6)
              : label.apply("column." + key));
      ws.style(0, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> values = values(rows.get(r), scale);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v instanceof Number n) {
          ws.value(r + 1, c, n);
        } else if (v != null) {
          ws.value(r + 1, c, v.toString());
        }
      }
    }
  }
}
