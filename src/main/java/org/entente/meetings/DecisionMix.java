package org.entente.meetings;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a set of decisions was reached, compared with the rule of thumb that a healthy partnership
 * agrees about 85% of things outright, resolves about 10% after debate and contests about 5%.
 */
public record DecisionMix(int agreedByAll, int debatedAndResolved, int contested) {

  /**
   * One way of reaching decisions: how many, their share and the share the rule of thumb expects.
   */
  public record Share(Agreement agreement, int count, int percent, int guidePercent) {

    public boolean aboveGuide() {
      return percent > guidePercent;
    }

    /** The range of shares the rule of thumb allows for this way of reaching decisions. */
    public Band band() {
      return DecisionMix.band(agreement);
    }
  }

  /** A range of whole percentages, both ends included. */
  public record Band(int low, int high) {

    public boolean contains(int percent) {
      return percent >= low && percent <= high;
    }
  }

  /**
   * The shares the rule of thumb allows: at least its share agreed by all, at most its share
   * contested, and so at most what is left over debated and resolved.
   */
  public static Band band(Agreement agreement) {
    return switch (agreement) {
      case AGREED_BY_ALL -> new Band(agreement.guidePercent(), 100);
      case DEBATED_AND_RESOLVED -> new Band(0, 100 - Agreement.AGREED_BY_ALL.guidePercent());
      case CONTESTED -> new Band(0, agreement.guidePercent());
    };
  }

  public static DecisionMix of(Collection<Agreement> agreements) {
    Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
    agreements.forEach(a -> counts.merge(a, 1, Integer::sum));
    return new DecisionMix(
        counts.getOrDefault(Agreement.AGREED_BY_ALL, 0),
        counts.getOrDefault(Agreement.DEBATED_AND_RESOLVED, 0),
        counts.getOrDefault(Agreement.CONTESTED, 0));
  }

  public int total() {
    return agreedByAll + debatedAndResolved + contested;
  }

  public int count(Agreement agreement) {
    return switch (agreement) {
      case AGREED_BY_ALL -> agreedByAll;
      case DEBATED_AND_RESOLVED -> debatedAndResolved;
      case CONTESTED -> contested;
    };
  }

  /** Whole percent of all decisions, rounded half up; 0 when there are none. */
  public int percent(Agreement agreement) {
    return total() == 0 ? 0 : (int) Math.round(100.0 * count(agreement) / total());
  }

  public int agreedPercent() {
    return percent(Agreement.AGREED_BY_ALL);
  }

  public int contestedPercent() {
    return percent(Agreement.CONTESTED);
  }

  public List<Share> shares() {
    return Arrays.stream(Agreement.values())
        .map(a -> new Share(a, count(a), percent(a), a.guidePercent()))
        .toList();
  }

  /** More decisions contested than the rule of thumb allows: a sign of strain. */
  public boolean contestedAboveGuide() {
    return total() > 0 && percent(Agreement.CONTESTED) > Agreement.CONTESTED.guidePercent();
  }

  /** Fewer decisions agreed by all than the rule of thumb expects. */
  public boolean agreedBelowGuide() {
    return total() > 0 && percent(Agreement.AGREED_BY_ALL) < Agreement.AGREED_BY_ALL.guidePercent();
  }

  /**
   * Whether the decisions keep to the rule of thumb: enough agreed by all and few enough contested.
   * False when there are no decisions, since there is nothing to judge.
   */
  public boolean withinGuide() {
    return total() > 0 && !agreedBelowGuide() && !contestedAboveGuide();
  }
}
