package org.entente.assessment;

import java.util.List;

/**
 * The answer scale of an instrument: whole numbers from {@code min} to {@code max}, one label per
 * point (the label of {@code min} first), and whether respondents may answer "don't know" instead.
 */
public record Scale(int min, int max, List<String> labels, boolean dontKnowAllowed) {

  public Scale {
    if (max <= min) {
      throw new IllegalArgumentException("a scale needs max above min: " + min + ".." + max);
    }
    labels = List.copyOf(labels);
    if (!labels.isEmpty() && labels.size() != max - min + 1) {
      throw new IllegalArgumentException(
          "a scale of " + min + ".." + max + " needs " + (max - min + 1) + " labels");
    }
  }

  /** The number of points on the scale. */
  public int points() {
    return max - min + 1;
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }
}
