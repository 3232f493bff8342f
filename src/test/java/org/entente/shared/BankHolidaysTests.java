package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.shared.BankHolidayRegion.ENGLAND_AND_WALES;
import static org.entente.shared.BankHolidayRegion.NORTHERN_IRELAND;
import static org.entente.shared.BankHolidayRegion.SCOTLAND;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a bank holiday file, as an area administrator might supply one. */
class BankHolidaysTests {

  private static final String HEADER = "# From GOV.UK\nregion,date,name\n";

  private static final String ONE_YEAR =
      """
      england-and-wales,2031-01-01,New Year's Day
      scotland,2031-01-01,New Year's Day
      northern-ireland,2031-01-01,New Year's Day
      """;

  @Test
  void readsCommentsBlankLinesQuotedNamesAndAByteOrderMark() {
    String file =
        "\uFEFF# Bank holidays\n\n"
            + "region,date,name\n"
            + "  # England and Wales\n"
            + "england-and-wales,2031-01-01,New Year's Day\n"
            + "england-and-wales, 2031-04-11 ,\"Good Friday, 2031\"\n"
            + "\n"
            + "scotland,2031-01-02,2nd January\n"
            + "northern-ireland,2031-03-17,St Patrick's Day\n";

    BankHolidays holidays = read(file);

    WorkingDays england = holidays.workingDaysIn(ENGLAND_AND_WALES);
    assertThat(england.bankHolidays())
        .containsOnlyKeys(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 11))
        .containsValue("Good Friday, 2031");
    assertThat(england.firstYear()).isEqualTo(2031);
    assertThat(england.lastYear()).isEqualTo(2031);
    assertThat(holidays.workingDaysIn(SCOTLAND).bankHolidayOn(LocalDate.of(2031, 1, 2)))
        .contains("2nd January");
    assertThat(holidays.workingDaysIn(NORTHERN_IRELAND).isWorkingDay(LocalDate.of(2031, 3, 17)))
        .isFalse();
  }

  @Test
  void readsAStreamAsUtf8() {
    byte[] bytes =
        (HEADER + ONE_YEAR + "scotland,2031-11-30,Là Naomh Anndrais\n")
            .getBytes(StandardCharsets.UTF_8);

    BankHolidays holidays = BankHolidays.read(new ByteArrayInputStream(bytes));

    assertThat(holidays.workingDaysIn(SCOTLAND).bankHolidayOn(LocalDate.of(2031, 11, 30)))
        .contains("Là Naomh Anndrais");
  }

  @Test
  void sameFileMakesEqualValues() {
    assertThat(read(HEADER + ONE_YEAR)).isEqualTo(read(HEADER + ONE_YEAR));
    assertThat(read(HEADER + ONE_YEAR)).isNotEqualTo(BankHolidays.shipped());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a bad date|england-and-wales,2031-02-30,Leap day|line 6: 2031-02-30 is not a date",
        "a date in another form|scotland,30/11/2031,St Andrew's Day|line 6: 30/11/2031 is not a date",
        "an unknown region|wales,2031-03-01,St David's Day|line 6: unknown region wales",
        "a duplicate|scotland,2031-01-01,Hogmanay|line 6: scotland 2031-01-01 is listed twice, first on line 4",
        "too few values|northern-ireland,2031-07-12|line 6: expected region,date,name but found 2 values",
        "too many values|scotland,2031-11-30,St Andrew's Day,extra|line 6: expected region,date,name but found 4 values",
        "a blank name|scotland,2031-11-30,  |line 6: the holiday has no name",
        "unfinished quotes|scotland,2031-11-30,\"St Andrew's Day|line 6: not valid CSV"
      })
  void refusesABadLineNamingIt(String fault, String line, String message) {
    assertThatThrownBy(() -> read(HEADER + ONE_YEAR + line + "\n"))
        .isInstanceOf(BankHolidayFileException.class)
        .hasMessageStartingWith("Bank holiday file, ")
        .hasMessageContaining(message);
  }

  @Test
  void refusesAWrongHeader() {
    assertThatThrownBy(() -> read("# comment\n\ndate,region,name\n" + ONE_YEAR))
        .isInstanceOf(BankHolidayFileException.class)
        .hasMessage(
            "Bank holiday file, line 3: the header must be region,date,name, not date,region,name");
  }

  @Test
  void refusesAFileWithoutARegion() {
    String file =
        HEADER
            + "england-and-wales,2031-01-01,New Year's Day\nscotland,2031-01-01,New Year's Day\n";

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BankHolidayFileException.class)
        .hasMessage("Bank holiday file: it lists no bank holidays for northern-ireland");
  }

  @Test
  void refusesAGapInTheYears() {
    String file =
        HEADER
            + ONE_YEAR
            + "england-and-wales,2033-01-03,New Year's Day (substitute day)\n"
            + "scotland,2032-01-01,New Year's Day\n";

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(BankHolidayFileException.class)
        .hasMessage("Bank holiday file: it lists no bank holidays for england-and-wales in 2032");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> read("# nothing but a comment\n"))
        .isInstanceOf(BankHolidayFileException.class)
        .hasMessage("Bank holiday file: it is empty");
  }

  private static BankHolidays read(String file) {
    return BankHolidays.read(new StringReader(file));
  }
}
