package org.entente.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorStatusTests {

  private static final Trajectory FLAT =
      new Trajectory(
          point("2024-03-31", "50"), List.of(point("2025-03-31", "60"), point("2026-03-31", "70")));

  private static Trajectory.Point point(String on, String value) {
    return new Trajectory.Point(LocalDate.parse(on), new BigDecimal(value));
  }

  private static IndicatorStatus.Rules rules(Polarity polarity, Tolerance tolerance) {
    return new IndicatorStatus.Rules(polarity, Frequency.QUARTERLY, FLAT, tolerance);
  }

  @ParameterizedTest(name = "{0} against {1}, {2}, tolerance {3} {4}: {5}")
  @CsvSource({
    // actual, target, polarity, tolerance kind, amount, status
    "60, 60, HIGHER_IS_BETTER, ABSOLUTE, 5, GREEN",
    "61, 60, HIGHER_IS_BETTER, ABSOLUTE, 5, GREEN",
    "55, 60, HIGHER_IS_BETTER, ABSOLUTE, 5, AMBER",
    "54.9, 60, HIGHER_IS_BETTER, ABSOLUTE, 5, RED",
    "59, 60, HIGHER_IS_BETTER, ABSOLUTE, 0, RED",
    "60, 60, LOWER_IS_BETTER, ABSOLUTE, 5, GREEN",
    "59, 60, LOWER_IS_BETTER, ABSOLUTE, 5, GREEN",
    "65, 60, LOWER_IS_BETTER, ABSOLUTE, 5, AMBER",
    "65.1, 60, LOWER_IS_BETTER, ABSOLUTE, 5, RED",
    "54, 60, HIGHER_IS_BETTER, PERCENT, 10, AMBER",
    "53.9, 60, HIGHER_IS_BETTER, PERCENT, 10, RED",
    "66, 60, LOWER_IS_BETTER, PERCENT, 10, AMBER",
    "-11, -10, HIGHER_IS_BETTER, PERCENT, 10, AMBER",
    "-11.1, -10, HIGHER_IS_BETTER, PERCENT, 10, RED",
  })
  void statusComparesTheActualWithTheTargetByPolarityAndTolerance(
      String actual,
      String target,
      Polarity polarity,
      Tolerance.Kind kind,
      String amount,
      Rag expected) {
    assertThat(
            IndicatorStatus.status(
                new BigDecimal(actual),
                new BigDecimal(target),
                rules(polarity, new Tolerance(kind, new BigDecimal(amount)))))
        .isEqualTo(expected);
  }

  @Test
  void noActualOrNoTargetIsGrey() {
    IndicatorStatus.Rules r = rules(Polarity.HIGHER_IS_BETTER, Tolerance.NONE);
    assertThat(IndicatorStatus.status(null, BigDecimal.TEN, r)).isEqualTo(Rag.GREY);
    assertThat(IndicatorStatus.status(BigDecimal.TEN, null, r)).isEqualTo(Rag.GREY);
  }

  @ParameterizedTest(name = "target on {0} is {1}")
  @CsvSource({
    "2024-03-31, ",
    "2023-12-31, ",
    "2024-09-30, 55.01",
    "2025-03-31, 60",
    "2025-06-30, 62.49",
    "2026-03-31, 70",
    "2027-03-31, 70",
  })
  void targetsLieOnTheLineBetweenPointsByDayAndHoldAfterTheLast(String day, String expected) {
    BigDecimal target = FLAT.targetOn(LocalDate.parse(day));
    if (expected == null) {
      assertThat(target).isNull();
    } else {
      assertThat(target).isEqualByComparingTo(expected);
    }
  }

  @Test
  void trajectoriesRefuseTargetsOnOrBeforeTheBaselineAndTwoOnOneDay() {
    assertThatThrownBy(
            () -> new Trajectory(point("2024-03-31", "1"), List.of(point("2024-03-31", "2"))))
        .hasMessage("Every target must fall after the baseline date 2024-03-31.");
    assertThatThrownBy(
            () ->
                new Trajectory(
                    point("2024-03-31", "1"),
                    List.of(point("2025-03-31", "2"), point("2025-03-31", "3"))))
        .hasMessage("Two targets fall on 2025-03-31.");
  }

  @ParameterizedTest(name = "{0}: the period holding {1} ends {2}, the one before {3}")
  @CsvSource({
    "MONTHLY, 2025-02-10, 2025-02-28, 2025-01-31",
    "MONTHLY, 2024-03-31, 2024-03-31, 2024-02-29",
    "QUARTERLY, 2025-01-01, 2025-03-31, 2024-12-31",
    "QUARTERLY, 2025-06-30, 2025-06-30, 2025-03-31",
    "QUARTERLY, 2025-07-01, 2025-09-30, 2025-06-30",
    "ANNUAL, 2025-04-01, 2026-03-31, 2025-03-31",
    "ANNUAL, 2025-03-31, 2025-03-31, 2024-03-31",
  })
  void periodsEndWithTheFinancialCalendar(
      Frequency f, LocalDate day, LocalDate end, LocalDate previous) {
    assertThat(f.periodEnd(day)).isEqualTo(end);
    assertThat(f.previous(end)).isEqualTo(previous);
    assertThat(f.next(previous)).isEqualTo(end);
  }

  @Test
  void eachPeriodHasItsStatusAndDirectionOfTravel() {
    Map<LocalDate, BigDecimal> actuals = new TreeMap<>();
    actuals.put(LocalDate.parse("2024-06-30"), new BigDecimal("53"));
    actuals.put(LocalDate.parse("2024-09-30"), new BigDecimal("52.5"));
    // December 2024 is missing.
    actuals.put(LocalDate.parse("2025-03-31"), new BigDecimal("58"));
    actuals.put(LocalDate.parse("2025-06-30"), new BigDecimal("58"));
    List<IndicatorStatus.Period> periods =
        IndicatorStatus.assess(
            rules(Polarity.HIGHER_IS_BETTER, Tolerance.absolute("3")),
            actuals,
            LocalDate.parse("2024-05-01"),
            LocalDate.parse("2025-06-01"));
    assertThat(periods)
        .extracting(IndicatorStatus.Period::end)
        .containsExactly(
            LocalDate.parse("2024-06-30"),
            LocalDate.parse("2024-09-30"),
            LocalDate.parse("2024-12-31"),
            LocalDate.parse("2025-03-31"),
            LocalDate.parse("2025-06-30"));
    assertThat(periods)
        .extracting(IndicatorStatus.Period::rag)
        .containsExactly(Rag.GREEN, Rag.AMBER, Rag.GREY, Rag.AMBER, Rag.RED);
    assertThat(periods.get(2).grey()).isEqualTo(IndicatorStatus.Grey.NO_DATA);
    assertThat(periods)
        .extracting(IndicatorStatus.Period::sincePrevious)
        .containsExactly(
            Direction.UNKNOWN,
            Direction.WORSENING,
            Direction.UNKNOWN,
            Direction.UNKNOWN,
            Direction.NO_CHANGE);
    assertThat(periods)
        .extracting(IndicatorStatus.Period::sinceBaseline)
        .containsExactly(
            Direction.IMPROVING,
            Direction.IMPROVING,
            Direction.UNKNOWN,
            Direction.IMPROVING,
            Direction.IMPROVING);
  }

  @Test
  void anActualBeforeAnyTargetIsGreyForWantOfATarget() {
    Trajectory later = new Trajectory(point("2025-03-31", "50"), List.of());
    IndicatorStatus.Period p =
        IndicatorStatus.period(
            new IndicatorStatus.Rules(
                Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, later, Tolerance.NONE),
            Map.of(LocalDate.parse("2025-04-30"), new BigDecimal("40")),
            LocalDate.parse("2025-04-30"));
    assertThat(p.rag()).isEqualTo(Rag.GREY);
    assertThat(p.grey()).isEqualTo(IndicatorStatus.Grey.NO_TARGET);
    assertThat(p.sinceBaseline()).isEqualTo(Direction.IMPROVING);
  }
}
