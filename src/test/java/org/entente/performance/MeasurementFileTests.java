package org.entente.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementFileTests {

  private static final Map<String, MeasurementFile.Target> INDICATORS =
      Map.of(
          "CS01", new MeasurementFile.Target(1, Frequency.QUARTERLY),
          "HW02", new MeasurementFile.Target(2, Frequency.MONTHLY));

  private final MeasurementFile file =
      new MeasurementFile(code -> Optional.ofNullable(INDICATORS.get(code)));

  private final List<MeasurementFile.Row> rows = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private void read(String csv) {
    file.read(
        new StringReader(csv),
        new MeasurementFile.Visitor() {
          @Override
          public void row(MeasurementFile.Row row) {
            rows.add(row);
          }

          @Override
          public void problem(MeasurementFile.Problem problem) {
            problems.add(problem.message());
          }
        });
  }

  @Test
  void goodRowsAreHandedOnWithTheirPeriodEndAndRowNumber() {
    read(
        """
        indicator,period,value,note
        CS01,2025-02-14,"1,204.5",estimate
        HW02,31/03/2025,-3,
        """);
    assertThat(problems).isEmpty();
    assertThat(rows)
        .containsExactly(
            new MeasurementFile.Row(
                2, 1, LocalDate.parse("2025-03-31"), new BigDecimal("1204.5"), "estimate"),
            new MeasurementFile.Row(
                3, 2, LocalDate.parse("2025-03-31"), new BigDecimal("-3"), null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "XX99,2025-03-31,4 | Row 2: there is no indicator with the code \"XX99\".",
        "CS01,2025-13-01,4 | Row 2: the period \"2025-13-01\" is not a date; write it as 2025-03-31 or 31/03/2025.",
        "CS01,31/02/2025,4 | Row 2: the period \"31/02/2025\" is not a date; write it as 2025-03-31 or 31/03/2025.",
        "CS01,2025-03-31,four | Row 2: the value \"four\" is not a number.",
        "CS01,2025-03-31, | Row 2: the value \"\" is not a number.",
        ",2025-03-31,4 | Row 2 names no indicator.",
        "CS01,2025-03-31 | Row 2 has 2 cells; the header has 3.",
      })
  void badRowsAreNamedWithTheirRowAndWhatIsWrong(String row, String message) {
    read("indicator,period,value\n" + row + "\n");
    assertThat(rows).isEmpty();
    assertThat(problems).containsExactly(message);
  }

  @Test
  void aSecondValueForTheSamePeriodIsAProblemEvenOnAnotherDayOfThePeriod() {
    read(
        """
        indicator,period,value
        CS01,2025-01-10,4
        HW02,2025-01-10,4
        CS01,2025-03-31,5
        HW02,2025-02-10,4
        """);
    assertThat(rows).extracting(MeasurementFile.Row::number).containsExactly(2L, 3L, 5L);
    assertThat(problems)
        .containsExactly(
            "Row 4: indicator \"CS01\" already has a value for the period ending 31 March 2025"
                + " earlier in the file.");
  }

  @Test
  void theHeaderMayComeInAnyOrderAndCase() {
    read("Value,INDICATOR,Period\n7,HW02,2025-04-30\n");
    assertThat(problems).isEmpty();
    assertThat(rows)
        .singleElement()
        .extracting(MeasurementFile.Row::value)
        .isEqualTo(new BigDecimal("7"));
  }

  @Test
  void aFileWithoutTheColumnsOrThatIsNotCsvIsRefusedAsAWhole() {
    assertThatThrownBy(() -> read("indicator,when,value\nCS01,2025-03-31,4\n"))
        .hasMessage(
            "The first row must name the columns indicator, period and value (and note if you"
                + " like); it has no column \"period\".");
    assertThatThrownBy(() -> read(""))
        .hasMessageStartingWith("The first row must name the columns");
    assertThatThrownBy(
            () -> read("indicator,period,value\nCS01,2025-03-31,4\nCS01,\"2025-06-30,4\n"))
        .hasMessage(
            "The file cannot be read as CSV after row 2; check for a quote left open or a cell"
                + " broken across lines.");
  }

  @Test
  void aMillionRowsStreamThroughAndEveryRepeatedMonthIsCaught() {
    long[] count = {0};
    Reader million =
        new Reader() {
          private int row = -1;
          private String current = "indicator,period,value\n";
          private int at = 0;

          @Override
          public int read(char[] buffer, int off, int len) {
            int n = 0;
            while (n < len) {
              if (at == current.length()) {
                if (row == 999_999) {
                  return n == 0 ? -1 : n;
                }
                row++;
                // One monthly indicator, cycling through a hundred years of months.
                current =
                    "HW02," + LocalDate.of(1901, 1, 31).plusMonths(row % 1200) + "," + row + "\n";
                at = 0;
              }
              buffer[off + n++] = current.charAt(at++);
            }
            return n;
          }

          @Override
          public void close() {}
        };
    file.read(
        million,
        new MeasurementFile.Visitor() {
          @Override
          public void row(MeasurementFile.Row row) {
            count[0]++;
          }

          @Override
          public void problem(MeasurementFile.Problem problem) {}
        });
    // Only the first 1,200 rows name new months; every later one repeats a month.
    assertThat(count[0]).isEqualTo(1200);
  }
}
