package org.entente.performance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.performance.IndicatorStatus;
import org.entente.performance.Rag;

/**
 * The geometry of an indicator's chart: its actuals as a line with each point marked by its status
 * (a shape as well as a colour), against the target trajectory as a dashed line.
 */
public record IndicatorChart(
    int width,
    int height,
    List<Tick> ticks,
    List<Label> labels,
    List<String> actualLines,
    String targetLine,
    List<Mark> marks) {

  static final int WIDTH = 720, HEIGHT = 320, LEFT = 70, RIGHT = 20, TOP = 20, BOTTOM = 50;

  public record Tick(double y, BigDecimal value) {}

  public record Label(double x, String text) {}

  /** One actual: where it is, its status and the shape that shows it. */
  public record Mark(double x, double y, Rag rag, String path, String fill) {}

  /** How each status is marked: a shape and a colour of at least 3:1 against white. */
  public enum Look {
    GREEN("#00703c"),
    AMBER("#b35900"),
    RED("#d4351c"),
    GREY("#505a5f");

    private final String fill;

    Look(String fill) {
      this.fill = fill;
    }

    public String fill() {
      return fill;
    }

    public String path(double x, double y) {
      return switch (this) {
        case GREEN -> // circle
            String.format(Locale.ROOT, "M%.1f,%.1f a6,6 0 1,0 12,0 a6,6 0 1,0 -12,0 Z", x - 6, y);
        case AMBER -> // triangle
            String.format(
                Locale.ROOT,
                "M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f Z",
                x,
                y - 7,
                x + 7,
                y + 6,
                x - 7,
                y + 6);
        case RED -> // square
            String.format(Locale.ROOT, "M%.1f,%.1f h11 v11 h-11 Z", x - 5.5, y - 5.5);
        case GREY -> // diamond
            String.format(
                Locale.ROOT,
                "M%.1f,%.1f L%.1f,%.1f L%.1f,%.1f L%.1f,%.1f Z",
                x,
                y - 7,
                x + 7,
                y,
                x,
                y + 7,
                x - 7,
                y);
      };
    }
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  public int bottom() {
    return HEIGHT - BOTTOM;
  }

  public int left() {
    return LEFT;
  }

  public List<Look> looks() {
    return List.of(Look.values());
  }

  interface Namer {
    String name(java.time.LocalDate end);
  }

  static IndicatorChart of(List<IndicatorStatus.Period> periods, BigDecimal baseline, Namer namer) {
    BigDecimal min = baseline, max = baseline;
    for (IndicatorStatus.Period p : periods) {
      for (BigDecimal v : new BigDecimal[] {p.actual(), p.target()}) {
        if (v != null) {
          min = min.min(v);
          max = max.max(v);
        }
      }
    }
    double lo = min.doubleValue(), hi = max.doubleValue();
    if (hi - lo < 1e-9) {
      lo -= 1;
      hi += 1;
    }
    double step = niceStep((hi - lo) / 5);
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    double plotH = HEIGHT - TOP - BOTTOM;
    double plotW = WIDTH - LEFT - RIGHT;
    final double low = lo, span = hi - lo;
    java.util.function.DoubleUnaryOperator yOf = v -> TOP + plotH - (v - low) / span * plotH;
    List<Tick> ticks = new ArrayList<>();
    for (double v = lo; v <= hi + step / 2; v += step) {
      ticks.add(
          new Tick(
              round(yOf.applyAsDouble(v)),
              BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP)));
    }
    int n = periods.size();
    double gap = n <= 1 ? 0 : plotW / (n - 1);
    List<Label> labels = new ArrayList<>();
    int every = Math.max(1, (int) Math.ceil(n / 6.0));
    List<Mark> marks = new ArrayList<>();
    List<String> actualLines = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    StringBuilder target = new StringBuilder();
    for (int i = 0; i < n; i++) {
      IndicatorStatus.Period p = periods.get(i);
      double x = round(LEFT + (n <= 1 ? plotW / 2 : i * gap));
      if ((n - 1 - i) % every == 0) {
        labels.add(new Label(x, namer.name(p.end())));
      }
      if (p.target() != null) {
        target.append(target.isEmpty() ? "M" : " L").append(point(x, yOf, p.target()));
      }
      if (p.actual() != null) {
        double y = round(yOf.applyAsDouble(p.actual().doubleValue()));
        actual.append(actual.isEmpty() ? "M" : " L").append(point(x, yOf, p.actual()));
        Look look = Look.valueOf(p.rag().name());
        marks.add(new Mark(x, y, p.rag(), look.path(x, y), look.fill));
      } else if (!actual.isEmpty()) {
        actualLines.add(actual.toString());
        actual.setLength(0);
      }
    }
    if (!actual.isEmpty()) {
      actualLines.add(actual.toString());
    }
    return new IndicatorChart(
        WIDTH,
        HEIGHT,
        ticks,
        labels,
        actualLines,
        target.isEmpty() ? null : target.toString(),
        marks);
  }

  private static String point(
      double x, java.util.function.DoubleUnaryOperator yOf, BigDecimal value) {
    return String.format(
        Locale.ROOT, "%.1f,%.1f", x, round(yOf.applyAsDouble(value.doubleValue())));
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * power;
  }
}
