package org.entente.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The UK's bank holidays for each {@link BankHolidayRegion}, read from a bank holiday file. Entente
 * ships one ({@link #shipped()}, from GOV.UK for the years it publishes); an area administrator can
 * supply a newer one in the same format through {@link #read(InputStream)}.
 *
 * <p>The format is CSV in UTF-8 (a leading byte order mark is allowed):
 *
 * <pre>
 * # comment lines start with #; blank lines are ignored
 * region,date,name
 * england-and-wales,2026-12-28,Boxing Day (substitute day)
 * northern-ireland,2026-07-13,Battle of the Boyne (Orangemen's Day) (substitute day)
 * scotland,2026-06-15,"World Cup bank holiday, proclaimed once"
 * </pre>
 *
 * <p>The first line that is not a comment is the header {@code region,date,name}. Each line after
 * it is one bank holiday: {@code region} is {@code england-and-wales}, {@code scotland} or {@code
 * northern-ireland} (GOV.UK's names for the divisions); {@code date} is {@code yyyy-mm-dd}; {@code
 * name} is not blank, in double quotes if it holds a comma. A region and date may appear once.
 * Every region must be listed; a region's holidays are known for the whole years from its earliest
 * date to its latest, so each of those years must list at least one. A file that breaks these rules
 * is refused with a {@link BankHolidayFileException} naming the line.
 */
public final class BankHolidays {

  /** Where the shipped file sits on the class path. */
  public static final String SHIPPED_FILE = "/bank-holidays/uk-bank-holidays.csv";

  private static final List<String> HEADER = List.of("region", "date", "name");

  private final Map<BankHolidayRegion, WorkingDays> regions;

  private BankHolidays(Map<BankHolidayRegion, WorkingDays> regions) {
    this.regions = regions;
  }

  /** The bank holidays shipped with Entente. */
  public static BankHolidays shipped() {
    return Shipped.HOLIDAYS;
  }

  /** Reads a bank holiday file in UTF-8; the caller closes the stream. */
  public static BankHolidays read(InputStream file) {
    return read(new InputStreamReader(file, StandardCharsets.UTF_8));
  }

  /** Reads a bank holiday file; the caller closes the reader. */
  public static BankHolidays read(Reader file) {
    Map<BankHolidayRegion, NavigableMap<LocalDate, String>> holidays =
        new EnumMap<>(BankHolidayRegion.class);
    Map<String, Integer> firstListedOn = new HashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    try {
      BufferedReader lines = new BufferedReader(file);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        List<String> values = values(line, lineNumber);
        if (!headerSeen) {
          if (!values.equals(HEADER)) {
            throw BankHolidayFileException.atLine(
                lineNumber, "the header must be region,date,name, not " + line.strip());
          }
          headerSeen = true;
          continue;
        }
        if (values.size() != 3) {
          throw BankHolidayFileException.atLine(
              lineNumber, "expected region,date,name but found " + values.size() + " values");
        }
        BankHolidayRegion region = region(values.get(0), lineNumber);
        LocalDate date = date(values.get(1), lineNumber);
        String name = values.get(2);
        if (name.isBlank()) {
          throw BankHolidayFileException.atLine(lineNumber, "the holiday has no name");
        }
        Integer earlier = firstListedOn.putIfAbsent(region.code() + " " + date, lineNumber);
        if (earlier != null) {
          throw BankHolidayFileException.atLine(
              lineNumber,
              region.code() + " " + date + " is listed twice, first on line " + earlier);
        }
        holidays.computeIfAbsent(region, r -> new TreeMap<>()).put(date, name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bank holiday file", e);
    }
    if (!headerSeen) {
      throw new BankHolidayFileException("Bank holiday file: it is empty");
    }
    return new BankHolidays(workingDays(holidays));
  }

  /** Working days in the region, with its bank holidays. */
  public WorkingDays workingDaysIn(BankHolidayRegion region) {
    return regions.get(region);
  }

  private static Map<BankHolidayRegion, WorkingDays> workingDays(
      Map<BankHolidayRegion, NavigableMap<LocalDate, String>> holidays) {
    Map<BankHolidayRegion, WorkingDays> regions = new EnumMap<>(BankHolidayRegion.class);
    for (BankHolidayRegion region : BankHolidayRegion.values()) {
      NavigableMap<LocalDate, String> dates = holidays.get(region);
      if (dates == null) {
        throw new BankHolidayFileException(
            "Bank holiday file: it lists no bank holidays for " + region.code());
      }
      for (int year = dates.firstKey().getYear(); year < dates.lastKey().getYear(); year++) {
        if (dates.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).isEmpty()) {
          throw new BankHolidayFileException(
              "Bank holiday file: it lists no bank holidays for " + region.code() + " in " + year);
        }
      }
      regions.put(region, new WorkingDays(region, dates));
    }
    return Map.copyOf(regions);
  }

  private static List<String> values(String line, int lineNumber) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(line, format)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw BankHolidayFileException.atLine(lineNumber, "not valid CSV: " + e.getMessage());
    }
  }

  private static BankHolidayRegion region(String code, int lineNumber) {
    return BankHolidayRegion.ofCode(code)
        .orElseThrow(
            () ->
                BankHolidayFileException.atLine(
                    lineNumber,
                    "unknown region "
                        + code
                        + "; expected england-and-wales, scotland or northern-ireland"));
  }

  private static LocalDate date(String text, int lineNumber) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw BankHolidayFileException.atLine(
          lineNumber, text + " is not a date written as yyyy-mm-dd");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BankHolidays that && regions.equals(that.regions);
  }

  @Override
  public int hashCode() {
    return regions.hashCode();
  }

  /** Read once, when first asked for. */
  private static final class Shipped {
    static final BankHolidays HOLIDAYS = load();

    private static BankHolidays load() {
      try (InputStream file = BankHolidays.class.getResourceAsStream(SHIPPED_FILE)) {
        if (file == null) {
          throw new IllegalStateException("The shipped bank holiday file is missing");
        }
        return read(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
