package org.entente.assessment;

/**
 * How a round is scored: whether it is anonymous, the least number of respondents a group (or a
 * score) must have for an anonymous round to show it, and how many of the most disputed items to
 * list.
 */
public record ScoringOptions(boolean anonymous, int minimumGroupSize, int disputedItems) {

  /** Anonymous, groups of at least 3, five most disputed items. */
  public static final ScoringOptions DEFAULT = new ScoringOptions(true, 3, 5);

  public ScoringOptions {
    if (minimumGroupSize < 1) {
      throw new IllegalArgumentException("the minimum group size must be at least 1");
    }
    if (disputedItems < 0) {
      throw new IllegalArgumentException("the number of disputed items cannot be negative");
    }
  }

  public static ScoringOptions open() {
    return new ScoringOptions(false, 1, 5);
  }
}
