package org.entente.meetings.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.meetings.ActionStatus;
import org.entente.meetings.Actions;
import org.entente.meetings.Agreement;
import org.entente.meetings.BodyRecord;
import org.entente.meetings.DecisionMix;

/**
 * Where each mark goes in the four pictures of a body's record; the template draws them as SVG.
 * Every coloured shape stands on white or is parted from its neighbours by a white gap, and each
 * colour has at least 3:1 contrast with white, so no two colours need to contrast with each other.
 * Colour is never the only sign: cells carry a letter, bar segments a number, bars their count.
 */
final class BodyPictures {

  private BodyPictures() {}

  // --- 1. attendance heat map

  static final int LABEL_WIDTH = 230;
  static final int CELL = 48;
  static final int GAP = 4;
  static final int HEADER = 52;
  static final int MARGIN = 8;

  /** How each attendance mark is drawn. */
  enum Look {
    PRESENT("#00703c", "#ffffff"),
    SUBSTITUTE("#1d70b8", "#ffffff"),
    APOLOGIES("#8f5a00", "#ffffff"),
    ABSENT("#aa2a16", "#ffffff"),
    NOT_RECORDED("#ffffff", "#0b0c0c"),
    NOT_A_SEAT(null, null);

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

    public String mark() {
      return name();
    }

    /** The marks a legend lists: all but the blank of a seat that did not exist. */
    static List<Look> legend() {
      return Arrays.stream(values()).filter(l -> l != NOT_A_SEAT).toList();
    }

    static Look of(BodyRecord.Mark mark) {
      return valueOf(mark.name());
    }
  }

  record HeatColumn(BodyRecord.MeetingDate meeting, int x) {
    public int centre() {
      return x + (CELL - GAP) / 2;
    }
  }

  record HeatCell(int x, int y, Look look, Integer tier) {
    public boolean drawn() {
      return look != Look.NOT_A_SEAT;
    }

    public boolean outlined() {
      return look == Look.NOT_RECORDED;
    }

    public int textX() {
      return x + (CELL - GAP) / 2;
    }

    public int textY() {
      return y + (CELL - GAP) / 2 + 6;
    }
  }

  record HeatRow(BodyRecord.SeatLine seat, int y, List<HeatCell> cells) {
    public int titleY() {
      return y + 18;
    }

    public int holderY() {
      return y + 36;
    }
  }

  record HeatMap(List<HeatColumn> columns, List<HeatRow> rows, int width, int height) {

    static HeatMap of(BodyRecord record) {
      List<HeatColumn> columns = new ArrayList<>();
      for (int i = 0; i < record.meetings().size(); i++) {
        columns.add(new HeatColumn(record.meetings().get(i), LABEL_WIDTH + i * CELL));
      }
      List<HeatRow> rows = new ArrayList<>();
      for (int r = 0; r < record.seats().size(); r++) {
        BodyRecord.SeatLine line = record.seats().get(r);
        int y = HEADER + r * CELL;
        List<HeatCell> cells = new ArrayList<>();
        for (int c = 0; c < line.cells().size(); c++) {
          BodyRecord.Cell cell = line.cells().get(c);
          cells.add(
              new HeatCell(LABEL_WIDTH + c * CELL, y, Look.of(cell.mark()), cell.substituteTier()));
        }
        rows.add(new HeatRow(line, y, cells));
      }
      return new HeatMap(
          columns,
          rows,
          LABEL_WIDTH + columns.size() * CELL + MARGIN,
          HEADER + rows.size() * CELL + MARGIN);
    }

    public int cellSize() {
      return CELL - GAP;
    }

    public List<Look> legend() {
      return Look.legend();
    }
  }

  // --- 2. substitutes by tier, a stacked bar per meeting

  static final int AXIS_WIDTH = 56;
  static final int PLOT_TOP = 16;
  static final int PLOT_HEIGHT = 200;
  static final int SLOT = 56;
  static final int BAR = 36;
  static final String[] TIER_FILLS = {"#003078", "#1d70b8", "#912b88", "#8f5a00"};

  record Segment(int tier, int x, int y, int height, String fill) {
    /** Room for the tier's number inside the segment. */
    public boolean labelled() {
      return height >= 16;
    }

    public int textX() {
      return x + BAR / 2;
    }

    public int textY() {
      return y + height / 2 + 5;
    }
  }

  record StackedBar(BodyRecord.SubstituteShare share, int x, List<Segment> segments, int top) {
    public int centre() {
      return x + BAR / 2;
    }
  }

  record Tick(int percent, int y) {}

  record SubstituteChart(List<StackedBar> bars, List<Tick> ticks, int width, int height) {

    static SubstituteChart of(List<BodyRecord.SubstituteShare> shares) {
      int most = shares.stream().mapToInt(BodyRecord.SubstituteShare::percent).max().orElse(0);
      int scale = most <= 25 ? 25 : most <= 50 ? 50 : 100;
      int bottom = PLOT_TOP + PLOT_HEIGHT;
      List<StackedBar> bars = new ArrayList<>();
      for (int i = 0; i < shares.size(); i++) {
        BodyRecord.SubstituteShare s = shares.get(i);
        int x = AXIS_WIDTH + i * SLOT + (SLOT - BAR) / 2;
        List<Segment> segments = new ArrayList<>();
        double below = 0;
        for (int tier = 1; tier <= BodyRecord.TIERS; tier++) {
          double share = s.share(tier);
          if (share == 0) {
            continue;
          }
          int lower = bottom - (int) Math.round(below * 100 / scale * PLOT_HEIGHT);
          below += share;
          int upper = bottom - (int) Math.round(below * 100 / scale * PLOT_HEIGHT);
          segments.add(new Segment(tier, x, upper, lower - upper, TIER_FILLS[tier - 1]));
        }
        int top = bottom - (int) Math.round(below * 100 / scale * PLOT_HEIGHT);
        bars.add(new StackedBar(s, x, segments, top));
      }
      int step = scale == 25 ? 5 : scale == 50 ? 10 : 25;
      List<Tick> ticks = new ArrayList<>();
      for (int percent = 0; percent <= scale; percent += step) {
        ticks.add(new Tick(percent, bottom - PLOT_HEIGHT * percent / scale));
      }
      return new SubstituteChart(
          bars, ticks, AXIS_WIDTH + Math.max(shares.size(), 1) * SLOT + MARGIN, bottom + 48);
    }

    public int bottom() {
      return PLOT_TOP + PLOT_HEIGHT;
    }

    public int right() {
      return width - MARGIN;
    }

    public List<Integer> tiers() {
      return List.of(1, 2, 3, 4);
    }

    public String fill(int tier) {
      return TIER_FILLS[tier - 1];
    }
  }

  // --- 3. decisions against the rule of thumb; 4. actions by status: horizontal bars

  // each bar's label sits above it, so the chart stays narrow enough to read on a phone
  static final int BAR_LABEL_WIDTH = 16;
  static final int BAR_AREA = 400;
  static final int ROW = 64;
  static final int BAR_HEIGHT = 24;
  static final int LABEL_HEIGHT = 22;

  record DecisionRow(
      DecisionMix.Share share, int y, int barWidth, int bandX, int bandWidth, boolean inBand) {
    public int nameY() {
      return y + LABEL_HEIGHT - 6;
    }

    public int barY() {
      return y + LABEL_HEIGHT;
    }

    public int labelY() {
      return barY() + BAR_HEIGHT / 2 + 6;
    }

    public int valueX() {
      return BAR_LABEL_WIDTH + barWidth + 8;
    }
  }

  record DecisionChart(List<DecisionRow> rows, List<Tick> ticks, int width, int height) {

    static DecisionChart of(DecisionMix mix) {
      List<DecisionRow> rows = new ArrayList<>();
      int y = PLOT_TOP;
      for (DecisionMix.Share s : mix.shares()) {
        DecisionMix.Band band = s.band();
        rows.add(
            new DecisionRow(
                s,
                y,
                BAR_AREA * s.percent() / 100,
                BAR_LABEL_WIDTH + BAR_AREA * band.low() / 100,
                BAR_AREA * (band.high() - band.low()) / 100,
                band.contains(s.percent())));
        y += ROW;
      }
      List<Tick> ticks = new ArrayList<>();
      for (int q = 0; q <= 4; q++) {
        // here a tick's "y" is its x: the scale runs along the bottom
        ticks.add(new Tick(25 * q, BAR_LABEL_WIDTH + BAR_AREA * q / 4));
      }
      return new DecisionChart(rows, ticks, BAR_LABEL_WIDTH + BAR_AREA + 64, y + 40);
    }

    public int axisY() {
      return height - 40;
    }

    public int left() {
      return BAR_LABEL_WIDTH;
    }

    public int right() {
      return BAR_LABEL_WIDTH + BAR_AREA;
    }

    public List<Agreement> agreements() {
      return List.of(Agreement.values());
    }
  }

  record ActionRow(String key, long count, int y, int barWidth, String fill) {
    public int nameY() {
      return y + LABEL_HEIGHT - 6;
    }

    public int barY() {
      return y + LABEL_HEIGHT;
    }

    public int labelY() {
      return barY() + BAR_HEIGHT / 2 + 6;
    }

    public int valueX() {
      return BAR_LABEL_WIDTH + barWidth + 8;
    }
  }

  record ActionChart(List<ActionRow> rows, int width, int height) {

    static ActionChart of(Actions.BodyActions actions) {
      long most =
          Math.max(
              1, Arrays.stream(ActionStatus.values()).mapToLong(actions::count).max().orElse(0));
      List<ActionRow> rows = new ArrayList<>();
      int y = PLOT_TOP;
      for (ActionStatus s : ActionStatus.values()) {
        long n = actions.count(s);
        rows.add(
            new ActionRow(
                "actionStatus." + s.name(), n, y, (int) (BAR_AREA * n / most), "#1d70b8"));
        y += ROW;
        if (s == ActionStatus.IN_PROGRESS) {
          long late = actions.overdue();
          rows.add(
              new ActionRow(
                  "record.actions.overdue", late, y, (int) (BAR_AREA * late / most), "#aa2a16"));
          y += ROW;
        }
      }
      return new ActionChart(rows, BAR_LABEL_WIDTH + BAR_AREA + 64, y + PLOT_TOP);
    }

    public int left() {
      return BAR_LABEL_WIDTH;
    }
  }
}
