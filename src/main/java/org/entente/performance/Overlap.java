package org.entente.performance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spots partnerships that may be doing the same job: pairs that share most of their member
 * organisations and serve at least one of the same outcomes, candidates for rationalisation.
 * Likeness of membership is the share of the two partnerships' organisations that sit on both
 * (shared divided by all, the Jaccard index).
 */
public final class Overlap {

  private Overlap() {}

  /** What the overlap test needs to know of a partnership. */
  public record Member(
      long partnershipId, String name, Set<Long> organisations, Set<Long> outcomes) {
    public Member {
      organisations = Set.copyOf(organisations);
      outcomes = Set.copyOf(outcomes);
    }
  }

  /** Two partnerships that overlap, with what they share. */
  public record Pair(
      Member first,
      Member second,
      Set<Long> sharedOrganisations,
      Set<Long> sharedOutcomes,
      double likeness) {}

  /** By default, pairs whose memberships are at least half shared. */
  public static final double DEFAULT_LIKENESS = 0.5;

  /**
   * The overlapping pairs, most alike first.
   *
   * @param likeness the least share of members two partnerships must have in common, from 0 to 1
   */
  public static List<Pair> find(List<Member> partnerships, double likeness) {
    if (likeness <= 0 || likeness > 1) {
      throw new IllegalArgumentException("The likeness must be above 0 and at most 1.");
    }
    List<Pair> out = new ArrayList<>();
    for (int a = 0; a < partnerships.size(); a++) {
      for (int b = a + 1; b < partnerships.size(); b++) {
        Member x = partnerships.get(a);
        Member y = partnerships.get(b);
        Set<Long> outcomes = intersection(x.outcomes(), y.outcomes());
        Set<Long> shared = intersection(x.organisations(), y.organisations());
        if (outcomes.isEmpty() || shared.isEmpty()) {
          continue;
        }
        int all = x.organisations().size() + y.organisations().size() - shared.size();
        double share = (double) shared.size() / all;
        if (share >= likeness) {
          out.add(new Pair(x, y, shared, outcomes, share));
        }
      }
    }
    out.sort(
        Comparator.comparingDouble(Pair::likeness)
            .reversed()
            .thenComparing(p -> p.first().name())
            .thenComparing(p -> p.second().name()));
    return out;
  }

  private static Set<Long> intersection(Set<Long> a, Set<Long> b) {
    Set<Long> out = new HashSet<>(a);
    out.retainAll(b);
    return Set.copyOf(out);
  }
}
