package org.entente.assessment;

/**
 * An item (question) of an instrument, in the dimension it belongs to. A reversed item is worded so
 * that agreeing is bad news (for example "one partner dominates"); it is scored as {@code min + max
 * - answer} so that a higher score is always better.
 */
public record Item(String key, String dimension, String text, boolean reversed) {

  public Item {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("an item needs a key");
    }
    if (dimension == null || dimension.isBlank()) {
      throw new IllegalArgumentException("item " + key + " needs a dimension");
    }
  }
}
