package org.entente.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The status rules for indicators. For a period, the actual is compared with the trajectory's
 * target for the period's last day: green when on or better than the target (by polarity), amber
 * when short of it by no more than the tolerance, red when short by more, and grey when there is no
 * actual or no target yet. Direction of travel compares the actual with the previous period's and
 * with the baseline.
 */
public final class IndicatorStatus {

  private IndicatorStatus() {}

  /** An indicator as the status rules see it. */
  public record Rules(
      Polarity polarity, Frequency frequency, Trajectory trajectory, Tolerance tolerance) {
    public Rules {
      if (polarity == null || frequency == null || trajectory == null) {
        throw new IllegalArgumentException(
            "Status rules need a polarity, frequency and trajectory.");
      }
      if (tolerance == null) {
        tolerance = Tolerance.NONE;
      }
    }
  }

  /** Why a period is grey, or null when it is not. */
  public enum Grey {
    NO_DATA,
    NO_TARGET
  }

  /** One period's status. */
  public record Period(
      LocalDate end,
      BigDecimal actual,
      BigDecimal target,
      Rag rag,
      Grey grey,
      Direction sincePrevious,
      Direction sinceBaseline) {}

  /** The status of one actual against one target. */
  public static Rag status(BigDecimal actual, BigDecimal target, Rules rules) {
    if (actual == null || target == null) {
      return Rag.GREY;
    }
    if (rules.polarity().compare(actual, target) >= 0) {
      return Rag.GREEN;
    }
    BigDecimal shortfall = actual.subtract(target).abs();
    return shortfall.compareTo(rules.tolerance().allowance(target)) <= 0 ? Rag.AMBER : Rag.RED;
  }

  /**
   * Every period from the one holding {@code from} to the one holding {@code to}, oldest first.
   *
   * @param actuals the latest value of each period, keyed by the period's last day
   */
  public static List<Period> assess(
      Rules rules, Map<LocalDate, BigDecimal> actuals, LocalDate from, LocalDate to) {
    Frequency f = rules.frequency();
    List<Period> out = new ArrayList<>();
    LocalDate last = f.periodEnd(to);
    for (LocalDate end = f.periodEnd(from); !end.isAfter(last); end = f.next(end)) {
      out.add(period(rules, actuals, end));
    }
    return out;
  }

  /** The status of the period ending on {@code end}. */
  public static Period period(Rules rules, Map<LocalDate, BigDecimal> actuals, LocalDate end) {
    BigDecimal actual = actuals.get(end);
    BigDecimal target = rules.trajectory().targetOn(end);
    Rag rag = status(actual, target, rules);
    Grey grey = rag != Rag.GREY ? null : actual == null ? Grey.NO_DATA : Grey.NO_TARGET;
    BigDecimal previous = actuals.get(rules.frequency().previous(end));
    return new Period(
        end,
        actual,
        target,
        rag,
        grey,
        Direction.between(previous, actual, rules.polarity()),
        Direction.between(rules.trajectory().baseline().value(), actual, rules.polarity()));
  }
}
