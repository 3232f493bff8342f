package org.entente.conflict.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A conflict in option form: decision makers with the options they control, infeasible patterns and
 * preferences. States are the feasible patterns, named by Y/N strings in declared option order and
 * listed with the first option varying fastest.
 */
public final class OptionModel {

  private final List<DecisionMaker> decisionMakers;
  private final int options;
  private final int[] feasible;
  private final GraphModel graph;

  private OptionModel(
      List<DecisionMaker> decisionMakers, int options, int[] feasible, GraphModel graph) {
    this.decisionMakers = decisionMakers;
    this.options = options;
    this.feasible = feasible;
    this.graph = graph;
  }

  public static OptionModel of(
      List<DecisionMaker> decisionMakers,
      List<String> infeasible,
      Map<String, Preference> preferences) {
    return of(decisionMakers, infeasible, preferences, Limits.DEFAULT);
  }

  public static OptionModel of(
      List<DecisionMaker> decisionMakers,
      List<String> infeasible,
      Map<String, Preference> preferences,
      Limits limits) {
    decisionMakers = List.copyOf(decisionMakers);
    if (decisionMakers.size() < 2) {
      throw new IllegalArgumentException("A conflict needs at least two decision makers.");
    }
    int n = decisionMakers.stream().mapToInt(d -> d.options().size()).sum();
    if (n > limits.maxOptions()) {
      throw new IllegalArgumentException(
          "The model has " + n + " options; at most " + limits.maxOptions() + " can be analysed.");
    }
    Set<String> names = new HashSet<>();
    for (DecisionMaker dm : decisionMakers) {
      if (!names.add(dm.name())) {
        throw new IllegalArgumentException(
            "The decision maker name \"" + dm.name() + "\" is used twice.");
      }
    }
    GraphModel.unknownKeys(
        preferences.keySet(),
        decisionMakers.stream().map(DecisionMaker::name).toList(),
        "Preferences");
    List<Patterns.Compiled> excluded = new ArrayList<>();
    for (String p : infeasible) {
      excluded.add(Patterns.compile(p, n, "The infeasible pattern"));
    }
    int total = 1 << n;
    int count = 0;
    for (int s = 0; s < total; s++) {
      if (isFeasible(s, excluded)) {
        count++;
      }
    }
    if (count == 0) {
      throw new IllegalArgumentException(
          "Every state is infeasible; at least one must be possible.");
    }
    if (count > limits.maxStates()) {
      throw new IllegalArgumentException(
          "The model has "
              + count
              + " feasible states; at most "
              + limits.maxStates()
              + " can be analysed.");
    }
    long moves = 0;
    for (DecisionMaker dm : decisionMakers) {
      moves += (long) count * ((1L << dm.options().size()) - 1);
    }
    if (moves > limits.maxMoves()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.UK,
              "The model allows %,d moves between its %,d states; at most %,d can be analysed."
                  + " Give each decision maker fewer options, or mark more states infeasible.",
              moves,
              count,
              limits.maxMoves()));
    }
    int[] feasible = new int[count];
    int[] index = new int[total];
    Arrays.fill(index, -1);
    int k = 0;
    for (int s = 0; s < total; s++) {
      if (isFeasible(s, excluded)) {
        index[s] = k;
        feasible[k++] = s;
      }
    }
    List<String> stateNames = new ArrayList<>(count);
    for (int s : feasible) {
      stateNames.add(Patterns.name(s, n));
    }
    int d = decisionMakers.size();
    int[] controlled = new int[d];
    int[] keptYes = new int[d];
    int[] keptNo = new int[d];
    long[][] scores = new long[d][];
    int first = 0;
    for (int i = 0; i < d; i++) {
      DecisionMaker dm = decisionMakers.get(i);
      List<Option> opts = dm.options();
      for (int o = 0; o < opts.size(); o++) {
        int bit = 1 << (first + o);
        controlled[i] |= bit;
        switch (opts.get(o).reversibility()) {
          case ONLY_TO_YES -> keptYes[i] |= bit;
          case ONLY_TO_NO -> keptNo[i] |= bit;
          case BOTH -> {}
        }
      }
      first += opts.size();
      Preference preference = preferences.get(dm.name());
      if (preference == null) {
        throw new IllegalArgumentException(dm.name() + " needs preferences.");
      }
      scores[i] = scores(preference, n, feasible, index, dm.name(), stateNames);
    }
    GraphModel graph =
        new GraphModel(
            decisionMakers.stream().map(DecisionMaker::name).toList(),
            stateNames,
            new BitMoves(feasible, index, controlled, keptYes, keptNo),
            scores);
    return new OptionModel(decisionMakers, n, feasible, graph);
  }

  private static long[] scores(
      Preference preference,
      int n,
      int[] feasible,
      int[] index,
      String owner,
      List<String> stateNames) {
    if (preference instanceof Preference.Statements st) {
      Patterns.Scorer scorer = Patterns.statements(st.statements(), n, owner);
      long[] score = new long[feasible.length];
      for (int s = 0; s < feasible.length; s++) {
        score[s] = scorer.score(feasible[s]);
      }
      return score;
    }
    Preference.Ranking r = (Preference.Ranking) preference;
    return GraphModel.rank(
        r.groups(),
        feasible.length,
        name -> {
          int s = index[Patterns.state(name, n, owner + "'s ranked state")];
          if (s < 0) {
            throw new IllegalArgumentException(
                owner + "'s ranking lists the infeasible state " + name + ".");
          }
          return s;
        },
        owner,
        stateNames);
  }

  private static boolean isFeasible(int state, List<Patterns.Compiled> excluded) {
    for (Patterns.Compiled p : excluded) {
      if (p.matches(state)) {
        return false;
      }
    }
    return true;
  }

  public List<DecisionMaker> decisionMakers() {
    return decisionMakers;
  }

  public int optionCount() {
    return options;
  }

  /** The feasible states with their moves and preferences, ready for stability analysis. */
  public GraphModel graph() {
    return graph;
  }

  int stateBits(int index) {
    return feasible[index];
  }

  /**
   * A decision maker's moves worked out from the state's bits: it may flip any non-empty set of the
   * options it controls that reversibility lets it change, to reach a feasible state. An option
   * kept at yes (only to yes) cannot be dropped once taken up; one kept at no cannot be taken up.
   */
  private record BitMoves(
      int[] feasible, int[] index, int[] controlled, int[] keptYes, int[] keptNo)
      implements GraphModel.Moves {

    @Override
    public int[] from(int dm, int state) {
      int bits = feasible[state];
      return reach(bits, controlled[dm] & ~(bits & keptYes[dm]) & ~(~bits & keptNo[dm]));
    }

    @Override
    public int[] to(int dm, int state) {
      // A move into these bits flipped options from the other value: into yes for one kept at
      // yes, into no for one kept at no.
      int bits = feasible[state];
      return reach(bits, controlled[dm] & ~(~bits & keptYes[dm]) & ~(bits & keptNo[dm]));
    }

    private int[] reach(int bits, int changeable) {
      if (changeable == 0) {
        return new int[0];
      }
      int[] out = new int[(1 << Integer.bitCount(changeable)) - 1];
      int m = 0;
      for (int sub = changeable; sub != 0; sub = (sub - 1) & changeable) {
        int target = index[bits ^ sub];
        if (target >= 0) {
          out[m++] = target;
        }
      }
      return m == out.length ? out : Arrays.copyOf(out, m);
    }
  }
}
