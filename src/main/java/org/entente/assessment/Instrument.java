package org.entente.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An instrument's shape as scoring needs it: its key and version, its dimensions and items in the
 * order they are shown, its scale and its banding rules.
 */
public record Instrument(
    String key,
    int version,
    List<Dimension> dimensions,
    List<Item> items,
    Scale scale,
    Banding banding) {

  public Instrument {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("an instrument needs a key");
    }
    dimensions = List.copyOf(dimensions);
    items = List.copyOf(items);
    if (scale == null) {
      throw new IllegalArgumentException("instrument " + key + " needs a scale");
    }
    if (banding == null) {
      banding = Banding.DEFAULT;
    }
    Set<String> dimensionKeys = new HashSet<>();
    for (Dimension d : dimensions) {
      if (!dimensionKeys.add(d.key())) {
        throw new IllegalArgumentException("dimension " + d.key() + " appears twice in " + key);
      }
    }
    Set<String> itemKeys = new HashSet<>();
    for (Item i : items) {
      if (!itemKeys.add(i.key())) {
        throw new IllegalArgumentException("item " + i.key() + " appears twice in " + key);
      }
      if (!dimensionKeys.contains(i.dimension())) {
        throw new IllegalArgumentException(
            "item " + i.key() + " names unknown dimension " + i.dimension());
      }
    }
  }
}
