package org.entente.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An indicator's baseline and its targets by date. The target for a day between two points of the
 * trajectory (the baseline counts as the first) lies on the straight line between them; after the
 * last target, the last target holds; on or before the baseline there is no target.
 */
public record Trajectory(Point baseline, List<Point> targets) {

  /** A value on a date: the baseline, or a target to reach by that date. */
  public record Point(LocalDate on, BigDecimal value) {
    public Point {
      if (on == null || value == null) {
        throw new IllegalArgumentException("A point of a trajectory needs a date and a value.");
      }
    }
  }

  public Trajectory {
    if (baseline == null) {
      throw new IllegalArgumentException("A trajectory needs a baseline.");
    }
    List<Point> sorted = new ArrayList<>(targets);
    sorted.sort(Comparator.comparing(Point::on));
    for (int i = 0; i < sorted.size(); i++) {
      if (!sorted.get(i).on().isAfter(baseline.on())) {
        throw new IllegalArgumentException(
            "Every target must fall after the baseline date " + baseline.on() + ".");
      }
      if (i > 0 && sorted.get(i).on().equals(sorted.get(i - 1).on())) {
        throw new IllegalArgumentException("Two targets fall on " + sorted.get(i).on() + ".");
      }
    }
    targets = List.copyOf(sorted);
  }

  /** The target for {@code day}, or null if the trajectory sets none yet. */
  public BigDecimal targetOn(LocalDate day) {
    if (targets.isEmpty() || !day.isAfter(baseline.on())) {
      return null;
    }
    Point before = baseline;
    for (Point target : targets) {
      if (!day.isAfter(target.on())) {
        return between(before, target, day);
      }
      before = target;
    }
    return before.value();
  }

  private static BigDecimal between(Point from, Point to, LocalDate day) {
    long span = ChronoUnit.DAYS.between(from.on(), to.on());
    long gone = ChronoUnit.DAYS.between(from.on(), day);
    BigDecimal share =
        BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
    BigDecimal value =
        from.value().add(to.value().subtract(from.value()).multiply(share, MathContext.DECIMAL64));
    int scale = Math.max(from.value().scale(), to.value().scale()) + 2;
    return value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
