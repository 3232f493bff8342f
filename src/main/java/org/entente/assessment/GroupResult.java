package org.entente.assessment;

import java.util.List;

/**
 * The scores of one sector or one organisation. A suppressed group (too few respondents for an
 * anonymous round, or suppressed so that another small group cannot be worked out by subtraction)
 * has only its name: {@code respondents} is {@code null} and the lists are empty.
 */
public record GroupResult(
    String name,
    boolean suppressed,
    Integer respondents,
    List<ItemResult> items,
    List<DimensionResult> dimensions) {

  public GroupResult {
    items = List.copyOf(items);
    dimensions = List.copyOf(dimensions);
  }
}
