package org.entente.assessment;

import java.util.List;

/**
 * A dimension as people read it. {@code actionGuidance} is the text Entente starts from when it
 * proposes actions for a dimension that scores low or on which partners disagree.
 */
public record DimensionText(
    String key, String title, String description, String actionGuidance, List<ItemText> items) {

  public DimensionText {
    items = List.copyOf(items);
  }
}
