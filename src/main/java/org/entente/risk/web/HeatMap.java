package org.entente.risk.web;

import java.util.ArrayList;
import java.util.List;
import org.entente.risk.RiskBand;
import org.entente.risk.RiskBanding;
import org.entente.risk.RiskScore;
import org.entente.risk.RiskView;

/**
 * Where each cell of a 5 by 5 heat map goes, likelihood up the side (5 at the top) and impact along
 * the bottom, with how many risks sit in each; the template draws it as SVG and as a table. Each
 * band's colour has at least 3:1 contrast with white, the cells are parted by white gaps, and every
 * cell prints its count in white, so colour is never the only sign.
 */
record HeatMap(List<Cell> cells, List<Row> rows, int total) {

  static final int LEFT = 120;
  static final int TOP = 12;
  static final int CELL = 64;
  static final int GAP = 4;
  static final int BOTTOM = 64;
  static final int WIDTH = LEFT + 5 * CELL + 8;
  static final int HEIGHT = TOP + 5 * CELL + BOTTOM;

  /** How a band is drawn. */
  enum Look {
    RED("#aa2a16"),
    AMBER("#8f5a00"),
    GREEN("#00703c");

    private final String fill;

    Look(String fill) {
      this.fill = fill;
    }

    public String fill() {
      return fill;
    }
  }

  record Cell(int likelihood, int impact, int count, RiskBand band, int x, int y) {
    public String fill() {
      return Look.valueOf(band.name()).fill();
    }

    public int size() {
      return CELL - GAP;
    }

    public int textX() {
      return x + (CELL - GAP) / 2;
    }

    public int textY() {
      return y + (CELL - GAP) / 2 + 8;
    }
  }

  /** A row of the table: one likelihood, the counts at each impact from 1 to 5. */
  record Row(int likelihood, List<Cell> cells) {}

  /** The map of the residual scores of the open risks among {@code risks}. */
  static HeatMap of(List<RiskView> risks) {
    int[][] counts = new int[6][6];
    int total = 0;
    for (RiskView r : risks) {
      if (r.open()) {
        counts[r.residual().likelihood()][r.residual().impact()]++;
        total++;
      }
    }
    List<Cell> cells = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int l = 5; l >= 1; l--) {
      List<Cell> row = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        Cell c =
            new Cell(
                l,
                i,
                counts[l][i],
                new RiskScore(l, i).band(RiskBanding.DEFAULT),
                LEFT + (i - 1) * CELL,
                TOP + (5 - l) * CELL);
        cells.add(c);
        row.add(c);
      }
      rows.add(new Row(l, row));
    }
    return new HeatMap(cells, rows, total);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  /** Where the numbers along each axis go. */
  public List<Integer> scale() {
    return List.of(1, 2, 3, 4, 5);
  }

  public int columnCentre(int impact) {
    return LEFT + (impact - 1) * CELL + (CELL - GAP) / 2;
  }

  public int rowCentre(int likelihood) {
    return TOP + (5 - likelihood) * CELL + (CELL - GAP) / 2 + 6;
  }

  public int scaleY() {
    return TOP + 5 * CELL + 18;
  }

  public int axisY() {
    return TOP + 5 * CELL + 48;
  }

  public int axisX() {
    return LEFT + (5 * CELL) / 2;
  }

  public int left() {
    return LEFT;
  }

  public int middleY() {
    return TOP + (5 * CELL) / 2;
  }

  public List<Look> legend() {
    return List.of(Look.values());
  }
}
