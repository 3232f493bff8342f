package org.entente.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a round of a health check. A pure function: it reads an instrument and the responses and
 * returns results, touching nothing else.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Reversed items</b> are scored as {@code min + max - answer}; means, spreads and bands
 *       are taken on scores, distributions on answers as chosen.
 *   <li><b>"Don't know"</b> answers are counted but kept out of means and spreads; an item nobody
 *       answered on the scale has no mean, no spread and no band.
 *   <li><b>Spread</b> is the population standard deviation (divide by n) of the scores: 0 for a
 *       single respondent, in the same units as the scale, so one threshold flags disagreement. For
 *       a dimension it is taken over the respondents' own dimension scores (see {@link
 *       DimensionResult}).
 *   <li><b>Bands</b> follow the instrument's {@link Banding}.
 *   <li><b>Anonymity</b> (anonymous rounds only, minimum size k, default 3): a group of fewer than
 *       k respondents is suppressed; so is any score (an item's or a dimension's, for the round or
 *       a group) based on fewer than k respondents. Suppressed groups and scores show nothing but
 *       the fact. <b>Complementary suppression</b>: within a breakdown (by sector, by
 *       organisation), and for each item and dimension within it, the suppressed groups together
 *       must hold at least k respondents, or else the smallest shown group (ties: first by name) is
 *       suppressed as well, repeatedly. Otherwise the total less the shown groups would give away
 *       the suppressed ones, as it would whenever exactly one group is suppressed. Groups without
 *       an answer to a score neither need hiding nor help to hide others. Organisations sit inside
 *       sectors, so two more rules stop one breakdown being subtracted from the other: every
 *       organisation of a hidden sector is hidden, and within each shown sector the hidden
 *       organisations together hold none or at least k (else its smallest shown organisation is
 *       hidden too). An organisation whose respondents name several sectors counts in each.
 *   <li><b>Most disputed items</b>: items with at least two answers on the scale and a spread above
 *       zero, widest spread first, ties in instrument order; only items whose round score is shown.
 *   <li><b>Change</b> between rounds of the same instrument: matched by item and dimension key,
 *       only where both rounds show a mean.
 * </ul>
 *
 * <p>The work is linear in respondents times items.
 */
public final class Scoring {

  private static final int NONE = Integer.MIN_VALUE;
  private static final int DONT_KNOW = Integer.MIN_VALUE + 1;

  private Scoring() {}

  /** Scores a round with the default options: anonymous, groups of at least 3. */
  public static Results score(Instrument instrument, Collection<Response> responses) {
    return score(instrument, responses, ScoringOptions.DEFAULT);
  }

  /** Scores a round. Throws {@link IllegalArgumentException} for answers the instrument forbids. */
  public static Results score(
      Instrument instrument, Collection<Response> responses, ScoringOptions options) {
    Shape shape = new Shape(instrument);
    List<int[]> rows = new ArrayList<>(responses.size());
    Map<String, List<int[]>> bySector = new TreeMap<>();
    Map<String, List<int[]>> byOrganisation = new TreeMap<>();
    Map<String, Set<String>> sectorsOf = new HashMap<>();
    Set<String> respondents = new HashSet<>();
    for (Response response : responses) {
      if (!respondents.add(response.respondent())) {
        throw new IllegalArgumentException(
            "respondent " + response.respondent() + " answers twice");
      }
      int[] row = shape.row(response);
      rows.add(row);
      bySector.computeIfAbsent(response.sector(), s -> new ArrayList<>()).add(row);
      byOrganisation.computeIfAbsent(response.organisation(), o -> new ArrayList<>()).add(row);
      sectorsOf
          .computeIfAbsent(response.organisation(), o -> new HashSet<>())
          .add(response.sector());
    }
    int k = options.anonymous() ? options.minimumGroupSize() : 1;

    Tally all = shape.tally(rows);
    List<ItemResult> items = new ArrayList<>();
    for (int i = 0; i < shape.items.size(); i++) {
      boolean hidden = all.answered[i] > 0 && all.answered[i] < k;
      items.add(shape.itemResult(i, all, hidden));
    }
    List<DimensionResult> dimensions = new ArrayList<>();
    for (int d = 0; d < shape.dimensions.size(); d++) {
      boolean hidden = all.dimensionAnswered[d] > 0 && all.dimensionAnswered[d] < k;
      dimensions.add(shape.dimensionResult(d, all, hidden));
    }
    Breakdown sectors = sectors(shape, bySector, k);
    Breakdown breakdown = organisations(shape, byOrganisation, sectorsOf, sectors, k);
    List<ItemResult> disputed =
        items.stream()
            .filter(r -> r.summary().hasScore())
            .filter(r -> r.summary().answered() >= 2 && r.summary().spread() > 0)
            .sorted(
                Comparator.comparingLong((ItemResult r) -> -Math.round(r.summary().spread() * 1e9))
                    .thenComparingInt(r -> shape.itemIndex.get(r.item())))
            .limit(options.disputedItems())
            .toList();
    return new Results(
        instrument.key(),
        instrument.version(),
        rows.size(),
        options.anonymous(),
        options.minimumGroupSize(),
        items,
        dimensions,
        sectors.results(shape),
        breakdown.results(shape),
        disputed);
  }

  /**
   * What changed from the previous round to the current one of the same instrument (possibly a
   * later version of it), in the current round's order.
   */
  public static Change change(Results previous, Results current) {
    if (!previous.instrument().equals(current.instrument())) {
      throw new IllegalArgumentException(
          "rounds of " + previous.instrument() + " and " + current.instrument() + " don't compare");
    }
    Map<String, Summary> before = new HashMap<>();
    previous.items().forEach(r -> before.put(r.item(), r.summary()));
    List<Change.Delta> items = new ArrayList<>();
    for (ItemResult r : current.items()) {
      delta(r.item(), before.get(r.item()), r.summary()).ifPresent(items::add);
    }
    Map<String, Summary> beforeDimensions = new HashMap<>();
    previous.dimensions().forEach(r -> beforeDimensions.put(r.dimension(), r.summary()));
    List<Change.Delta> dimensions = new ArrayList<>();
    for (DimensionResult r : current.dimensions()) {
      delta(r.dimension(), beforeDimensions.get(r.dimension()), r.summary())
          .ifPresent(dimensions::add);
    }
    return new Change(items, dimensions);
  }

  private static Optional<Change.Delta> delta(String key, Summary was, Summary is) {
    if (was == null || !was.hasScore() || !is.hasScore()) {
      return Optional.empty();
    }
    return Optional.of(new Change.Delta(key, was.mean(), is.mean(), was.band(), is.band()));
  }

  /** Which groups of a breakdown, and which of their scores, are hidden. */
  private static final class Breakdown {
    final List<String> names;
    final Map<String, Integer> sizes = new TreeMap<>();
    final Map<String, Tally> tallies = new HashMap<>();
    Set<String> hiddenGroups;
    final List<Set<String>> hiddenItems = new ArrayList<>();
    final List<Set<String>> hiddenDimensions = new ArrayList<>();

    Breakdown(Shape shape, Map<String, List<int[]>> groups) {
      names = new ArrayList<>(groups.keySet());
      for (String name : names) {
        sizes.put(name, groups.get(name).size());
        tallies.put(name, shape.tally(groups.get(name)));
      }
    }

    Map<String, Integer> itemSizes(int i) {
      Map<String, Integer> answered = new TreeMap<>();
      names.forEach(n -> answered.put(n, tallies.get(n).answered[i]));
      return answered;
    }

    Map<String, Integer> dimensionSizes(int d) {
      Map<String, Integer> answered = new TreeMap<>();
      names.forEach(n -> answered.put(n, tallies.get(n).dimensionAnswered[d]));
      return answered;
    }

    List<GroupResult> results(Shape shape) {
      List<GroupResult> results = new ArrayList<>();
      for (String name : names) {
        if (hiddenGroups.contains(name)) {
          results.add(new GroupResult(name, true, null, List.of(), List.of()));
          continue;
        }
        Tally tally = tallies.get(name);
        List<ItemResult> items = new ArrayList<>();
        for (int i = 0; i < shape.items.size(); i++) {
          items.add(shape.itemResult(i, tally, hiddenItems.get(i).contains(name)));
        }
        List<DimensionResult> dimensions = new ArrayList<>();
        for (int d = 0; d < shape.dimensions.size(); d++) {
          dimensions.add(shape.dimensionResult(d, tally, hiddenDimensions.get(d).contains(name)));
        }
        results.add(new GroupResult(name, false, sizes.get(name), items, dimensions));
      }
      return results;
    }
  }

  /** Sectors: suppression within the one breakdown. */
  private static Breakdown sectors(Shape shape, Map<String, List<int[]>> groups, int k) {
    Breakdown b = new Breakdown(shape, groups);
    b.hiddenGroups = suppressed(b.sizes, Set.of(), k);
    for (int i = 0; i < shape.items.size(); i++) {
      b.hiddenItems.add(suppressed(b.itemSizes(i), b.hiddenGroups, k));
    }
    for (int d = 0; d < shape.dimensions.size(); d++) {
      b.hiddenDimensions.add(suppressed(b.dimensionSizes(d), b.hiddenGroups, k));
    }
    return b;
  }

  /**
   * Organisations, which sit inside sectors: besides the rule within the breakdown, every
   * organisation of a hidden sector is hidden, and within each shown sector the hidden
   * organisations together hold none or at least k, so that a sector less its shown organisations
   * gives nothing away either.
   */
  private static Breakdown organisations(
      Shape shape,
      Map<String, List<int[]>> groups,
      Map<String, Set<String>> sectorsOf,
      Breakdown sectors,
      int k) {
    Breakdown b = new Breakdown(shape, groups);
    b.hiddenGroups = nested(b.sizes, Set.of(), sectorsOf, sectors.hiddenGroups, k);
    for (int i = 0; i < shape.items.size(); i++) {
      b.hiddenItems.add(
          nested(b.itemSizes(i), b.hiddenGroups, sectorsOf, sectors.hiddenItems.get(i), k));
    }
    for (int d = 0; d < shape.dimensions.size(); d++) {
      b.hiddenDimensions.add(
          nested(
              b.dimensionSizes(d), b.hiddenGroups, sectorsOf, sectors.hiddenDimensions.get(d), k));
    }
    return b;
  }

  static Set<String> nested(
      Map<String, Integer> sizes,
      Set<String> already,
      Map<String, Set<String>> sectorsOf,
      Set<String> hiddenSectors,
      int k) {
    Set<String> start = new HashSet<>(already);
    Map<String, Map<String, Integer>> bySector = new TreeMap<>();
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      for (String sector : sectorsOf.getOrDefault(e.getKey(), Set.of())) {
        if (hiddenSectors.contains(sector)) {
          start.add(e.getKey());
        }
        bySector.computeIfAbsent(sector, s -> new TreeMap<>()).put(e.getKey(), e.getValue());
      }
    }
    Set<String> hidden = new HashSet<>(suppressed(sizes, start, k));
    for (Map.Entry<String, Map<String, Integer>> sector : bySector.entrySet()) {
      if (hiddenSectors.contains(sector.getKey())) {
        continue;
      }
      Set<String> inSector = new HashSet<>(sector.getValue().keySet());
      inSector.retainAll(hidden);
      hidden.addAll(suppressed(sector.getValue(), inSector, k));
    }
    return hidden;
  }

  /**
   * The groups to suppress, given how many respondents each holds (in name order) and those already
   * suppressed: every group of 1 to k-1, then, while the suppressed groups hold between 1 and k-1
   * respondents together, the smallest shown group that holds any (ties: first by name).
   */
  static Set<String> suppressed(Map<String, Integer> sizes, Set<String> already, int k) {
    Set<String> hidden = new LinkedHashSet<>(already);
    int held = 0;
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      if (e.getValue() > 0 && e.getValue() < k) {
        hidden.add(e.getKey());
      }
    }
    for (String name : hidden) {
      held += sizes.getOrDefault(name, 0);
    }
    while (held > 0 && held < k) {
      String smallest = null;
      for (Map.Entry<String, Integer> e : sizes.entrySet()) {
        if (e.getValue() > 0
            && !hidden.contains(e.getKey())
            && (smallest == null || e.getValue() < sizes.get(smallest))) {
          smallest = e.getKey();
        }
      }
      if (smallest == null) {
        break;
      }
      hidden.add(smallest);
      held += sizes.get(smallest);
    }
    return hidden;
  }

  /** Counts and sums for one set of respondents. */
  private static final class Tally {
    final int[] answered;
    final int[] dontKnow;
    final int[][] distribution;
    final double[] sum;
    final double[] squares;
    final int[] dimensionAnswered;
    final int[] dimensionDontKnow;
    final int[][] dimensionDistribution;
    final double[] dimensionSum;
    final double[] dimensionSquares;

    Tally(int items, int dimensions, int points) {
      answered = new int[items];
      dontKnow = new int[items];
      distribution = new int[items][points];
      sum = new double[items];
      squares = new double[items];
      dimensionAnswered = new int[dimensions];
      dimensionDontKnow = new int[dimensions];
      dimensionDistribution = new int[dimensions][points];
      dimensionSum = new double[dimensions];
      dimensionSquares = new double[dimensions];
    }
  }

  /** The instrument laid out in arrays for counting. */
  private static final class Shape {
    final Instrument instrument;
    final Scale scale;
    final List<Item> items;
    final List<Dimension> dimensions;
    final Map<String, Integer> itemIndex = new HashMap<>();
    final int[] dimensionOf;

    Shape(Instrument instrument) {
      this.instrument = instrument;
      this.scale = instrument.scale();
      this.items = instrument.items();
      this.dimensions = instrument.dimensions();
      Map<String, Integer> dimensionIndex = new HashMap<>();
      for (int d = 0; d < dimensions.size(); d++) {
        dimensionIndex.put(dimensions.get(d).key(), d);
      }
      dimensionOf = new int[items.size()];
      for (int i = 0; i < items.size(); i++) {
        itemIndex.put(items.get(i).key(), i);
        dimensionOf[i] = dimensionIndex.get(items.get(i).dimension());
      }
    }

    int[] row(Response response) {
      int[] row = new int[items.size()];
      Arrays.fill(row, NONE);
      for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
        Integer i = itemIndex.get(e.getKey());
        if (i == null) {
          throw new IllegalArgumentException(
              response.respondent() + " answers unknown item " + e.getKey());
        }
        Answer answer = e.getValue();
        if (answer.dontKnow()) {
          if (!scale.dontKnowAllowed()) {
            throw new IllegalArgumentException(
                instrument.key() + " has no \"don't know\" but " + e.getKey() + " was answered so");
          }
          row[i] = DONT_KNOW;
        } else if (!scale.contains(answer.value())) {
          throw new IllegalArgumentException(
              e.getKey()
                  + " answered "
                  + answer.value()
                  + " outside "
                  + scale.min()
                  + ".."
                  + scale.max());
        } else {
          row[i] = answer.value();
        }
      }
      return row;
    }

    Tally tally(List<int[]> rows) {
      int dims = dimensions.size();
      Tally t = new Tally(items.size(), dims, scale.points());
      double[] rowSum = new double[dims];
      int[] rowCount = new int[dims];
      for (int[] row : rows) {
        Arrays.fill(rowSum, 0);
        Arrays.fill(rowCount, 0);
        for (int i = 0; i < row.length; i++) {
          int value = row[i];
          int d = dimensionOf[i];
          if (value == NONE) {
            continue;
          }
          if (value == DONT_KNOW) {
            t.dontKnow[i]++;
            t.dimensionDontKnow[d]++;
            continue;
          }
          t.distribution[i][value - scale.min()]++;
          t.dimensionDistribution[d][value - scale.min()]++;
          int score = items.get(i).reversed() ? scale.min() + scale.max() - value : value;
          t.answered[i]++;
          t.sum[i] += score;
          t.squares[i] += (double) score * score;
          rowSum[d] += score;
          rowCount[d]++;
        }
        for (int d = 0; d < dims; d++) {
          if (rowCount[d] > 0) {
            double score = rowSum[d] / rowCount[d];
            t.dimensionAnswered[d]++;
            t.dimensionSum[d] += score;
            t.dimensionSquares[d] += score * score;
          }
        }
      }
      return t;
    }

    ItemResult itemResult(int i, Tally t, boolean hidden) {
      Item item = items.get(i);
      Summary summary =
          hidden
              ? Summary.SUPPRESSED
              : summary(t.answered[i], t.dontKnow[i], t.distribution[i], t.sum[i], t.squares[i]);
      return new ItemResult(item.key(), item.dimension(), summary);
    }

    DimensionResult dimensionResult(int d, Tally t, boolean hidden) {
      Summary summary =
          hidden
              ? Summary.SUPPRESSED
              : summary(
                  t.dimensionAnswered[d],
                  t.dimensionDontKnow[d],
                  t.dimensionDistribution[d],
                  t.dimensionSum[d],
                  t.dimensionSquares[d]);
      return new DimensionResult(dimensions.get(d).key(), summary);
    }

    Summary summary(int n, int dontKnow, int[] distribution, double sum, double squares) {
      List<Integer> counts = Arrays.stream(distribution).boxed().toList();
      if (n == 0) {
        return new Summary(false, 0, dontKnow, counts, null, null, null, false);
      }
      double mean = sum / n;
      double spread = Math.sqrt(Math.max(0, squares / n - mean * mean));
      Banding banding = instrument.banding();
      return new Summary(
          false,
          n,
          dontKnow,
          counts,
          mean,
          spread,
          banding.band(mean, scale),
          banding.disputed(spread, scale));
    }
  }
}
