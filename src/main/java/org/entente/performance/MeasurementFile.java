package org.entente.performance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of measurements (CSV with the columns {@code indicator}, {@code period}, {@code
 * value} and optionally {@code note}) one row at a time, checking each row and handing it on as a
 * measurement or as an error naming its row. Nothing is kept per row but a bit per indicator and
 * period, to catch a period given twice, so a file of a million rows needs no million rows of
 * memory. Periods may be any day in the period (2025-03-31, 31/03/2025) and are named by their last
 * day; values are plain numbers, with or without a thousands separator.
 */
public final class MeasurementFile {

  /** The columns a file must have, in any order; {@code note} may be left out. */
  public static final List<String> COLUMNS = List.of("indicator", "period", "value", "note");

  /** What a row's indicator code must name: an indicator and how often it is measured. */
  public record Target(long indicatorId, Frequency frequency) {}

  /** A checked row, ready to store. Row 1 is the header, so data starts at row 2. */
  public record Row(
      long number, long indicatorId, LocalDate periodEnd, BigDecimal value, String note) {}

  /** A row that cannot be stored, and why, in words for the person importing. */
  public record Problem(long number, String message) {}

  /** Receives each row in file order. */
  public interface Visitor {
    void row(Row row);

    void problem(Problem problem);
  }

  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final Function<String, Optional<Target>> indicators;

  /**
   * @param indicators finds an indicator by the code a file names it with
   */
  public MeasurementFile(Function<String, Optional<Target>> indicators) {
    this.indicators = indicators;
  }

  /**
   * Reads the whole file, in order.
   *
   * @throws IllegalArgumentException when the header is missing a column, or names one twice
   */
  public void read(Reader in, Visitor visitor) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .get();
    Map<String, Target> known = new HashMap<>();
    Map<Long, BitSet> seen = new HashMap<>();
    long number = 1;
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      checkHeader(parser.getHeaderNames());
      boolean withNote = parser.getHeaderMap().keySet().stream().anyMatch("note"::equalsIgnoreCase);
      for (CSVRecord record : parser) {
        number = record.getRecordNumber() + 1;
        String problem = check(record, withNote, known, seen, visitor, number);
        if (problem != null) {
          visitor.problem(new Problem(number, problem));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException(
          "The file cannot be read as CSV after row "
              + number
              + "; check for a quote left open or a cell broken across lines.",
          e);
    }
  }

  private static void checkHeader(List<String> names) {
    for (String column : COLUMNS.subList(0, 3)) {
      if (names.stream().noneMatch(column::equalsIgnoreCase)) {
        throw new IllegalArgumentException(
            "The first row must name the columns indicator, period and value (and note if you"
                + " like); it has no column \""
                + column
                + "\".");
      }
    }
  }

  /** Checks one row, hands it on if good, and says what is wrong if not. */
  private String check(
      CSVRecord record,
      boolean withNote,
      Map<String, Target> known,
      Map<Long, BitSet> seen,
      Visitor visitor,
      long number) {
    if (!record.isConsistent()) {
      return "Row "
          + number
          + " has "
          + record.size()
          + " cells; the header has "
          + record.getParser().getHeaderNames().size()
          + ".";
    }
    String code = record.get("indicator");
    if (code.isEmpty()) {
      return "Row " + number + " names no indicator.";
    }
    Target target = known.get(code);
    if (target == null) {
      Optional<Target> found = indicators.apply(code);
      if (found.isEmpty()) {
        return "Row " + number + ": there is no indicator with the code \"" + code + "\".";
      }
      target = found.get();
      known.put(code, target);
    }
    String period = record.get("period");
    LocalDate day = date(period);
    if (day == null) {
      return "Row "
          + number
          + ": the period \""
          + period
          + "\" is not a date; write it as 2025-03-31 or 31/03/2025.";
    }
    String text = record.get("value");
    BigDecimal value = number(text);
    if (value == null) {
      return "Row " + number + ": the value \"" + text + "\" is not a number.";
    }
    LocalDate end = target.frequency().periodEnd(day);
    BitSet periods = seen.computeIfAbsent(target.indicatorId(), id -> new BitSet());
    // Periods end on the last day of a month, so a month number names each one.
    int slot = (end.getYear() - 1900) * 12 + end.getMonthValue() - 1;
    if (slot < 0) {
      return "Row " + number + ": the period \"" + period + "\" is before 1900.";
    }
    if (periods.get(slot)) {
      return "Row "
          + number
          + ": indicator \""
          + code
          + "\" already has a value for the period ending "
          + READABLE.format(end)
          + " earlier in the file.";
    }
    periods.set(slot);
    String note = withNote ? record.get("note") : "";
    visitor.row(new Row(number, target.indicatorId(), end, value, note.isEmpty() ? null : note));
    return null;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDate.parse(text, UK);
      } catch (DateTimeParseException notUk) {
        return null;
      }
    }
  }

  private static BigDecimal number(String text) {
    String plain = text.replace(",", "");
    if (plain.isEmpty() || !plain.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      return null;
    }
    return new BigDecimal(plain);
  }
}
