package org.entente.conflict.web;

import java.util.ArrayList;
import java.util.List;
import org.entente.conflict.ForceFieldView;

/**
 * Where each arrow of a force-field picture goes; the template draws it as SVG. Driving forces sit
 * left of the centre line and point right, resisting forces sit right of it and point left; an
 * arrow's length is its strength. Each arrow carries its strength as a number, so colour is never
 * the only sign.
 */
record ForceFieldPicture(
    List<Arrow> arrows,
    int width,
    int height,
    int centre,
    int totalsY,
    int driving,
    int resisting) {

  static final int UNIT = 50;
  static final int ROW = 56;
  static final int TOP = 16;
  static final int CENTRE = 360;

  /** An arrow: its shaft from {@code x1} to {@code x2} (the head end), and its label. */
  record Arrow(boolean driving, int x1, int x2, int y, String label, int strength) {
    public String head() {
      int d = driving ? -12 : 12;
      return x2 + "," + y + " " + (x2 + d) + "," + (y - 9) + " " + (x2 + d) + "," + (y + 9);
    }

    public int labelX() {
      return driving ? CENTRE - 8 : CENTRE + 8;
    }

    public String anchor() {
      return driving ? "end" : "start";
    }

    public int labelY() {
      return y - 14;
    }

    public int strengthX() {
      return (x1 + x2) / 2;
    }

    public String fill() {
      return driving ? "#00703c" : "#aa2a16";
    }
  }

  static ForceFieldPicture of(ForceFieldView.Snapshot s) {
    List<Arrow> arrows = new ArrayList<>();
    List<ForceFieldView.Force> driving = s.driving();
    List<ForceFieldView.Force> resisting = s.resisting();
    for (int i = 0; i < driving.size(); i++) {
      ForceFieldView.Force f = driving.get(i);
      int y = TOP + 30 + i * ROW;
      arrows.add(
          new Arrow(true, CENTRE - f.strength() * UNIT, CENTRE - 4, y, label(f), f.strength()));
    }
    for (int i = 0; i < resisting.size(); i++) {
      ForceFieldView.Force f = resisting.get(i);
      int y = TOP + 30 + i * ROW;
      arrows.add(
          new Arrow(false, CENTRE + f.strength() * UNIT, CENTRE + 4, y, label(f), f.strength()));
    }
    int rows = Math.max(1, Math.max(driving.size(), resisting.size()));
    int totalsY = TOP + rows * ROW + 24;
    return new ForceFieldPicture(
        arrows, 2 * CENTRE, totalsY + 16, CENTRE, totalsY, s.drivingTotal(), s.resistingTotal());
  }

  private static String label(ForceFieldView.Force f) {
    String d = f.description();
    return d.length() > 40 ? d.substring(0, 39) + "\u2026" : d;
  }

  public int lineBottom() {
    return totalsY - 20;
  }

  public int drivingTotalX() {
    return centre - 8;
  }

  public int resistingTotalX() {
    return centre + 8;
  }
}
