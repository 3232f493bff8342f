package org.entente.assessment;

import java.util.List;

/**
 * What changed between two rounds of the same instrument, per item and per dimension, only where
 * both rounds have a mean to show.
 */
public record Change(List<Delta> items, List<Delta> dimensions) {

  /** The movement of one item's or dimension's mean and band. */
  public record Delta(
      String key, double previous, double current, Band previousBand, Band currentBand) {

    /** The current mean less the previous one: positive is an improvement. */
    public double change() {
      return current - previous;
    }
  }

  public Change {
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
  }
}
