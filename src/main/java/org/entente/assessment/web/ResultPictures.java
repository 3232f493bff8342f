package org.entente.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.assessment.Band;
import org.entente.assessment.Scale;
import org.entente.assessment.Summary;

/**
 * Where each mark goes in the pictures of a health check's results; the templates draw them as SVG.
 * Every colour has at least 3:1 contrast with white and colour is never the only sign: every score
 * is printed beside or inside its mark, and hidden or empty cells carry a letter.
 */
final class ResultPictures {

  private ResultPictures() {}

  /** A mean or a spread as the pictures and tables print it: one decimal place. */
  static String figure(Double value) {
    return value == null ? "" : String.format(Locale.UK, "%.1f", value);
  }

  /** How a band is drawn: fill, and the ink of the figure printed on it. */
  enum Look {
    RED("#aa2a16", "#ffffff"),
    AMBER("#8f5a00", "#ffffff"),
    GREEN("#00703c", "#ffffff"),
    HIDDEN("#ffffff", "#0b0c0c"),
    EMPTY("#ffffff", "#505a5f");

    private final String fill;
    private final String ink;

    Look(String fill, String ink) {
      this.fill = fill;
      this.ink = ink;
    }

    public String fill() {
      return fill;
    }

    public String ink() {
      return ink;
    }

    public boolean outlined() {
      return this == HIDDEN || this == EMPTY;
    }

    static Look of(Summary summary) {
      if (summary == null || summary.suppressed()) {
        return HIDDEN;
      }
      if (!summary.hasScore()) {
        return EMPTY;
      }
      return of(summary.band());
    }

    static Look of(Band band) {
      return valueOf(band.name());
    }
  }

  // --- 1. radar of dimension means

  static final int RADAR_RADIUS = 150;
  static final int RADAR_MARGIN = 170;

  /** A dimension to draw: its title and its round summary. */
  record Spoke(String title, Summary summary) {}

  record Ring(int value, String points, double labelY) {}

  record Axis(
      String title,
      double x2,
      double y2,
      double labelX,
      double labelY,
      String anchor,
      double pointX,
      double pointY,
      String mean,
      Look look) {}

  record Radar(
      List<Axis> axes, List<Ring> rings, String shape, double centre, int width, int height) {

    /** At least three scored dimensions make a radar; fewer draw nothing (the table remains). */
    static boolean drawable(List<Spoke> spokes) {
      return spokes.stream().filter(s -> s.summary() != null && s.summary().hasScore()).count()
          >= 3;
    }

    /** The radar of the scored dimensions, in instrument order. */
    static Radar of(List<Spoke> spokes, Scale scale) {
      List<Spoke> scored =
          spokes.stream().filter(s -> s.summary() != null && s.summary().hasScore()).toList();
      if (scored.size() < 3) {
        throw new IllegalArgumentException("a radar needs at least three scored dimensions");
      }
      double c = RADAR_RADIUS + RADAR_MARGIN;
      int n = scored.size();
      List<Ring> rings = new ArrayList<>();
      for (int v = scale.min() + 1; v <= scale.max(); v++) {
        double r = radius(v, scale);
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          corners.add(point(c, r, i, n));
        }
        rings.add(new Ring(v, path(corners), round(c - r - 3)));
      }
      List<Axis> axes = new ArrayList<>();
      List<double[]> shape = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Spoke s = scored.get(i);
        double[] end = point(c, RADAR_RADIUS, i, n);
        double[] label = point(c, RADAR_RADIUS + 18, i, n);
        double[] p = point(c, radius(s.summary().mean(), scale), i, n);
        shape.add(p);
        double dx = label[0] - c;
        String anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
        double labelY = label[1] + (label[1] > c + 1 ? 12 : label[1] < c - 1 ? -4 : 5);
        axes.add(
            new Axis(
                s.title(),
                round(end[0]),
                round(end[1]),
                round(label[0]),
                round(labelY),
                anchor,
                round(p[0]),
                round(p[1]),
                figure(s.summary().mean()),
                Look.of(s.summary())));
      }
      int size = (int) (2 * c);
      return new Radar(axes, rings, path(shape), c, size, size);
    }

    static double radius(double value, Scale scale) {
      return RADAR_RADIUS * (value - scale.min()) / (scale.max() - scale.min());
    }

    private static double[] point(double c, double r, int i, int n) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      return new double[] {c + r * Math.cos(angle), c + r * Math.sin(angle)};
    }
  }

  static String path(List<double[]> points) {
    StringBuilder b = new StringBuilder();
    for (double[] p : points) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(fmt(p[0])).append(',').append(fmt(p[1]));
    }
    return b.toString();
  }

  static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  // --- 2. heat map of items by respondent group

  static final int HEAT_LABEL = 300;
  static final int HEAT_CELL = 56;
  static final int HEAT_ROW = 34;
  static final int HEAT_HEADER = 110;
  static final int HEAT_GAP = 4;

  /** A column of the heat map: a group's name, whether hidden, and its item summaries by key. */
  record Group(String name, boolean hidden, java.util.Map<String, Summary> items) {}

  /** A row of the heat map before layout: a dimension heading or an item. */
  record Line(String key, String title, boolean heading) {}

  record HeatColumn(String name, boolean hidden, double x, double centre) {}

  record HeatCell(double x, double y, Look look, String text, double textX, double textY) {}

  record HeatRow(String title, boolean heading, double y, double textY, List<HeatCell> cells) {}

  record HeatMap(
      List<HeatColumn> columns, List<HeatRow> rows, int cellWidth, int width, int height) {

    static HeatMap of(List<Line> lines, List<Group> groups) {
      List<HeatColumn> columns = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        double x = HEAT_LABEL + g * HEAT_CELL;
        columns.add(
            new HeatColumn(
                groups.get(g).name(), groups.get(g).hidden(), x, x + (HEAT_CELL - HEAT_GAP) / 2.0));
      }
      List<HeatRow> rows = new ArrayList<>();
      double y = HEAT_HEADER;
      for (Line line : lines) {
        List<HeatCell> cells = new ArrayList<>();
        if (!line.heading()) {
          for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            Summary s = group.hidden() ? null : group.items().get(line.key());
            Look look = Look.of(s);
            String text = look == Look.HIDDEN ? "H" : look == Look.EMPTY ? "–" : figure(s.mean());
            double x = HEAT_LABEL + g * HEAT_CELL;
            cells.add(
                new HeatCell(
                    x,
                    y,
                    look,
                    text,
                    x + (HEAT_CELL - HEAT_GAP) / 2.0,
                    y + (HEAT_ROW - HEAT_GAP) / 2.0 + 5));
          }
        }
        rows.add(new HeatRow(line.title(), line.heading(), y, y + HEAT_ROW / 2.0 + 3, cells));
        y += HEAT_ROW;
      }
      return new HeatMap(
          columns,
          rows,
          HEAT_CELL - HEAT_GAP,
          HEAT_LABEL + groups.size() * HEAT_CELL + 8,
          (int) y + 8);
    }

    public int cellHeight() {
      return HEAT_ROW - HEAT_GAP;
    }

    public int headerY() {
      return HEAT_HEADER - 8;
    }
  }

  // --- 3. trend of each dimension's mean across rounds, one panel per dimension

  static final int TREND_PANEL_WIDTH = 300;
  static final int TREND_PANEL_HEIGHT = 180;
  static final int TREND_PLOT_LEFT = 40;
  static final int TREND_PLOT_TOP = 36;
  static final int TREND_PLOT_HEIGHT = 110;
  static final int TREND_COLUMNS = 2;

  /** One dimension's means, one per round in round order ({@code null} where none is shown). */
  record Series(String title, List<Summary> rounds) {}

  record TrendPoint(double x, double y, String mean, Look look, double labelY) {}

  record TrendTick(int value, double y) {}

  record RoundTick(String label, double x) {}

  record Panel(
      String title,
      double x,
      double y,
      List<TrendTick> ticks,
      List<RoundTick> rounds,
      List<TrendPoint> points,
      String line,
      double plotLeft,
      double plotRight,
      double plotBottom) {}

  record Trend(List<Panel> panels, int width, int height) {

    static Trend of(List<String> roundLabels, List<Series> series, Scale scale) {
      List<Panel> panels = new ArrayList<>();
      int n = roundLabels.size();
      double plotWidth = TREND_PANEL_WIDTH - TREND_PLOT_LEFT - 30;
      for (int s = 0; s < series.size(); s++) {
        Series one = series.get(s);
        double px = (s % TREND_COLUMNS) * TREND_PANEL_WIDTH;
        double py = (s / TREND_COLUMNS) * TREND_PANEL_HEIGHT;
        double left = px + TREND_PLOT_LEFT;
        double top = py + TREND_PLOT_TOP;
        double bottom = top + TREND_PLOT_HEIGHT;
        List<TrendTick> ticks = new ArrayList<>();
        for (int v = scale.min(); v <= scale.max(); v++) {
          ticks.add(new TrendTick(v, round(y(v, scale, top))));
        }
        List<RoundTick> rounds = new ArrayList<>();
        List<TrendPoint> points = new ArrayList<>();
        List<double[]> line = new ArrayList<>();
        for (int r = 0; r < n; r++) {
          double x = n == 1 ? left + plotWidth / 2 : left + 10 + (plotWidth - 20) * r / (n - 1);
          rounds.add(new RoundTick(roundLabels.get(r), round(x)));
          Summary summary = r < one.rounds().size() ? one.rounds().get(r) : null;
          if (summary != null && summary.hasScore()) {
            double y = y(summary.mean(), scale, top);
            points.add(
                new TrendPoint(
                    round(x), round(y), figure(summary.mean()), Look.of(summary), round(y - 9)));
            line.add(new double[] {x, y});
          }
        }
        panels.add(
            new Panel(
                one.title(),
                px,
                py,
                ticks,
                rounds,
                points,
                path(line),
                left,
                round(left + plotWidth),
                bottom));
      }
      int rows = (series.size() + TREND_COLUMNS - 1) / TREND_COLUMNS;
      int columns = Math.min(series.size(), TREND_COLUMNS);
      return new Trend(panels, Math.max(1, columns) * TREND_PANEL_WIDTH, rows * TREND_PANEL_HEIGHT);
    }

    private static double y(double value, Scale scale, double top) {
      return top + TREND_PLOT_HEIGHT * (scale.max() - value) / (scale.max() - scale.min());
    }
  }

  // --- 4. comparison across the area: per dimension, each partnership's mean and spread

  static final int COMPARE_LABEL = 260;
  static final int COMPARE_PLOT = 360;
  static final int COMPARE_LINE = 26;
  static final int COMPARE_HEADING = 30;

  /** One partnership's summary of one dimension. */
  record Mark(int number, Summary summary) {}

  record CompareDot(
      int number,
      double y,
      double x,
      double from,
      double to,
      String mean,
      Look look,
      double labelX) {}

  record CompareBlock(String title, double titleY, List<CompareDot> dots) {}

  record Comparison(
      List<CompareBlock> blocks,
      List<TrendTick> ticks,
      double left,
      double right,
      int width,
      int height) {

    static Comparison of(List<String> dimensions, List<List<Mark>> marks, Scale scale) {
      double left = COMPARE_LABEL;
      double right = left + COMPARE_PLOT;
      List<CompareBlock> blocks = new ArrayList<>();
      double y = 30;
      for (int d = 0; d < dimensions.size(); d++) {
        double titleY = y + 18;
        y += COMPARE_HEADING;
        List<CompareDot> dots = new ArrayList<>();
        for (Mark m : marks.get(d)) {
          double cy = y + COMPARE_LINE / 2.0;
          if (m.summary() != null && m.summary().hasScore()) {
            double mean = m.summary().mean();
            double spread = m.summary().spread() == null ? 0 : m.summary().spread();
            double lo = Math.max(scale.min(), mean - spread);
            double hi = Math.min(scale.max(), mean + spread);
            dots.add(
                new CompareDot(
                    m.number(),
                    round(cy),
                    round(x(mean, scale, left)),
                    round(x(lo, scale, left)),
                    round(x(hi, scale, left)),
                    figure(mean),
                    Look.of(m.summary()),
                    round(x(hi, scale, left) + 8)));
          }
          y += COMPARE_LINE;
        }
        blocks.add(new CompareBlock(dimensions.get(d), titleY, dots));
        y += 8;
      }
      List<TrendTick> ticks = new ArrayList<>();
      for (int v = scale.min(); v <= scale.max(); v++) {
        ticks.add(new TrendTick(v, round(x(v, scale, left))));
      }
      return new Comparison(blocks, ticks, left, right, (int) right + 60, (int) y + 10);
    }

    private static double x(double value, Scale scale, double left) {
      return left + COMPARE_PLOT * (value - scale.min()) / (scale.max() - scale.min());
    }
  }
}
