package org.entente.assessment;

import java.util.List;

/**
 * The scores of one item or one dimension, for the whole round or one group of respondents.
 *
 * <ul>
 *   <li>{@code answered}: for an item, the answers on the scale; for a dimension, the respondents
 *       who answered at least one of its items on the scale. It is the number behind {@code mean}
 *       and {@code spread}.
 *   <li>{@code dontKnow}: the "don't know" answers (for a dimension, over all its items); they are
 *       kept out of the mean and the spread.
 *   <li>{@code distribution}: how many answers chose each point of the scale, lowest point first,
 *       as respondents chose them (before reversal), so the scale's labels read true.
 *   <li>{@code mean}, {@code spread} (population standard deviation), {@code band} and {@code
 *       disputed}: after reversal, so higher is always better; {@code null} (and {@code disputed}
 *       false) when nobody answered on the scale.
 * </ul>
 *
 * <p>A suppressed summary keeps anonymity: it says only that it is suppressed, and every number is
 * {@code null} (the distribution empty).
 */
public record Summary(
    boolean suppressed,
    Integer answered,
    Integer dontKnow,
    List<Integer> distribution,
    Double mean,
    Double spread,
    Band band,
    boolean disputed) {

  static final Summary SUPPRESSED =
      new Summary(true, null, null, List.of(), null, null, null, false);

  public Summary {
    distribution = List.copyOf(distribution);
  }

  /** Whether there is a mean to show: not suppressed, and at least one answer on the scale. */
  public boolean hasScore() {
    return mean != null;
  }
}
