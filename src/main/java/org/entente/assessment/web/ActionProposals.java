package org.entente.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.assessment.Band;
import org.entente.assessment.DimensionResult;
import org.entente.assessment.ItemResult;
import org.entente.assessment.Results;
import org.entente.assessment.Summary;

/**
 * Proposes actions from a round's results: one for each weak dimension (red, then amber, lowest
 * mean first) and each dimension where partners disagree (spread above the instrument's threshold,
 * widest first), using the instrument's guidance for the dimension and naming the disputed items.
 */
final class ActionProposals {

  private ActionProposals() {}

  /** What the instrument says about a dimension: its title, action guidance and item wording. */
  record Guide(String title, String actionGuidance, Map<String, String> items) {}

  /** Why an action is proposed: a weak band with its mean, or a wide spread. */
  record Reason(Kind kind, String figure, int scaleMax) {
    enum Kind {
      RED,
      AMBER,
      DISPUTED
    }

    /** The message key that explains this reason. */
    public String messageKey() {
      return "plan.reason." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A proposed action for one dimension. */
  record Proposal(
      String dimension,
      String title,
      String guidance,
      List<String> disputedItems,
      List<Reason> reasons) {}

  static List<Proposal> propose(Results results, Map<String, Guide> guides, int scaleMax) {
    Map<String, List<String>> disputedItems = new LinkedHashMap<>();
    for (ItemResult item : results.items()) {
      if (item.summary().disputed()) {
        disputedItems.computeIfAbsent(item.dimension(), d -> new ArrayList<>()).add(item.item());
      }
    }
    List<DimensionResult> weak =
        results.dimensions().stream()
            .filter(d -> d.summary().hasScore() && d.summary().band() != Band.GREEN)
            .sorted(
                Comparator.comparing((DimensionResult d) -> d.summary().band())
                    .thenComparing(d -> d.summary().mean()))
            .toList();
    List<DimensionResult> disputed =
        results.dimensions().stream()
            .filter(d -> d.summary().hasScore() && d.summary().disputed())
            .sorted(Comparator.comparing((DimensionResult d) -> -d.summary().spread()))
            .toList();
    Map<String, List<Reason>> reasons = new LinkedHashMap<>();
    for (DimensionResult d : weak) {
      Summary s = d.summary();
      Reason.Kind kind = s.band() == Band.RED ? Reason.Kind.RED : Reason.Kind.AMBER;
      reasons
          .computeIfAbsent(d.dimension(), k -> new ArrayList<>())
          .add(new Reason(kind, ResultPictures.figure(s.mean()), scaleMax));
    }
    for (DimensionResult d : disputed) {
      reasons
          .computeIfAbsent(d.dimension(), k -> new ArrayList<>())
          .add(
              new Reason(
                  Reason.Kind.DISPUTED, ResultPictures.figure(d.summary().spread()), scaleMax));
    }
    // a dimension whose items are disputed though its respondents' averages agree still needs talk
    for (Map.Entry<String, List<String>> e : disputedItems.entrySet()) {
      if (!reasons.containsKey(e.getKey())) {
        results.dimensions().stream()
            .filter(d -> d.dimension().equals(e.getKey()) && d.summary().hasScore())
            .findFirst()
            .ifPresent(
                d -> {
                  double widest =
                      results.items().stream()
                          .filter(i -> e.getValue().contains(i.item()))
                          .mapToDouble(i -> i.summary().spread())
                          .max()
                          .orElse(0);
                  reasons
                      .computeIfAbsent(d.dimension(), k -> new ArrayList<>())
                      .add(
                          new Reason(
                              Reason.Kind.DISPUTED, ResultPictures.figure(widest), scaleMax));
                });
      }
    }
    List<Proposal> proposals = new ArrayList<>();
    for (Map.Entry<String, List<Reason>> e : reasons.entrySet()) {
      Guide guide = guides.getOrDefault(e.getKey(), new Guide(e.getKey(), "", Map.of()));
      List<String> items =
          disputedItems.getOrDefault(e.getKey(), List.of()).stream()
              .map(i -> guide.items().getOrDefault(i, i))
              .toList();
      proposals.add(
          new Proposal(e.getKey(), guide.title(), guide.actionGuidance(), items, e.getValue()));
    }
    return proposals;
  }
}
