package org.entente.conflict.exchange;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.conflict.engine.CoalitionAnalysis;
import org.entente.conflict.engine.Concept;
import org.entente.conflict.engine.DecisionMaker;
import org.entente.conflict.engine.GraphModel;
import org.entente.conflict.engine.Limits;
import org.entente.conflict.engine.Option;
import org.entente.conflict.engine.OptionModel;
import org.entente.conflict.engine.Preference;
import org.entente.conflict.engine.Reversibility;
import org.entente.conflict.engine.StabilityAnalysis;
import org.entente.conflict.engine.StabilityResult;
import org.entente.conflict.engine.Verdict;

/**
 * Reads conflicts in the exchange format into the engine and writes its results back. Bad input is
 * refused with a {@link ConflictModelException} naming the field at fault; models over the limits
 * get the engine's own message, given before anything large is built.
 */
public final class StabilityExchange {

  /**
   * The largest models analysed on a request: 16 options (65,536 states), which the engine analyses
   * within seconds, rather than the engine's own ceiling.
   */
  public static final Limits LIMITS = new Limits(16, 1 << 16);

  /** Models with at most this many states get every verdict explained. */
  public static final int FULL_EXPLANATIONS = 256;

  /**
   * Larger models get their verdicts explained for this many equilibrium states at most: each
   * explanation searches the others' sanctions afresh, some milliseconds apiece on 65,536 states.
   */
  public static final int EXPLAINED_EQUILIBRIA = 20;

  private static final String COALITION_JOIN = " + ";

  private StabilityExchange() {}

  /**
   * A model with its engine graph and result, and its coalitions and status-quo path worked out.
   */
  public record Analysis(
      ConflictModelJson model,
      GraphModel graph,
      StabilityResult result,
      Map<String, List<String>> coalitionEquilibria,
      List<String> statusQuoPath) {}

  /** Checks a model and runs the analysis. */
  public static Analysis analyse(ConflictModelJson model) {
    GraphModel graph = graph(model);
    StabilityResult result = StabilityAnalysis.analyse(graph);
    Map<String, List<String>> coalitions = new LinkedHashMap<>();
    if (model.coalitions() != null) {
      for (List<String> c : model.coalitions()) {
        coalitions.put(
            String.join(COALITION_JOIN, c), CoalitionAnalysis.equilibria(graph, result, c));
      }
    }
    List<String> path =
        model.statusQuo() == null
            ? List.of()
            : CoalitionAnalysis.statusQuoPath(graph, model.statusQuo());
    return new Analysis(model, graph, result, coalitions, path);
  }

  /** The result of an analysis in the exchange format. */
  public static StabilityResultJson result(Analysis a) {
    StabilityResult r = a.result();
    List<String> dms = a.graph().decisionMakers();
    Map<String, Map<String, List<String>>> stability = new LinkedHashMap<>();
    Map<String, List<String>> equilibria = new LinkedHashMap<>();
    BitSet shown = new BitSet();
    List<String> states = r.states();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int s = 0; s < states.size(); s++) {
      index.put(states.get(s), s);
    }
    for (Concept c : Concept.values()) {
      Map<String, List<String>> perDm = new LinkedHashMap<>();
      for (String dm : dms) {
        perDm.put(dm, r.stable(c, dm));
      }
      stability.put(c.code(), perDm);
      List<String> eq = r.equilibria(c);
      equilibria.put(c.code(), eq);
      eq.forEach(s -> shown.set(index.get(s)));
    }
    List<StabilityExplanationJson> explanations = new ArrayList<>();
    if (states.size() <= FULL_EXPLANATIONS) {
      r.verdicts().forEach(v -> explanations.add(explanation(v)));
    } else {
      for (Concept c : Concept.values()) {
        for (String dm : dms) {
          int count = 0;
          for (int s = shown.nextSetBit(0);
              s >= 0 && count < EXPLAINED_EQUILIBRIA;
              s = shown.nextSetBit(s + 1), count++) {
            explanations.add(explanation(r.verdict(c, dm, states.get(s))));
          }
        }
      }
    }
    return new StabilityResultJson(
        states, stability, equilibria, explanations, a.coalitionEquilibria(), a.statusQuoPath());
  }

  private static StabilityExplanationJson explanation(Verdict v) {
    return new StabilityExplanationJson(
        v.concept().code(), v.decisionMaker(), v.state(), v.stable(), v.reason());
  }

  /** Checks a model and builds the engine's graph of it. */
  public static GraphModel graph(ConflictModelJson model) {
    if (model == null) {
      throw new ConflictModelException("", "Send a conflict model.");
    }
    List<String> names = decisionMakerNames(model);
    GraphModel graph = model.graphForm() ? graphForm(model, names) : optionForm(model, names);
    checkCoalitions(model, names);
    if (model.statusQuo() != null && !graph.states().contains(model.statusQuo())) {
      throw new ConflictModelException(
          "statusQuo", "The status quo \"" + model.statusQuo() + "\" is not a state of the model.");
    }
    return graph;
  }

  private static List<String> decisionMakerNames(ConflictModelJson model) {
    List<ConflictDecisionMakerJson> dms = model.decisionMakers();
    if (dms == null || dms.size() < 2) {
      throw new ConflictModelException(
          "decisionMakers", "A conflict needs at least two decision makers.");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < dms.size(); i++) {
      ConflictDecisionMakerJson dm = dms.get(i);
      String field = "decisionMakers[" + i + "]";
      if (dm == null || dm.name() == null || dm.name().isBlank()) {
        throw new ConflictModelException(field + ".name", "Every decision maker needs a name.");
      }
      if (names.contains(dm.name())) {
        throw new ConflictModelException(
            field + ".name", "The decision maker name \"" + dm.name() + "\" is used twice.");
      }
      names.add(dm.name());
    }
    return names;
  }

  // --- option form

  private static GraphModel optionForm(ConflictModelJson model, List<String> names) {
    if (model.moves() != null) {
      throw new ConflictModelException(
          "moves", "Moves belong to graph form, which also lists the states.");
    }
    List<DecisionMaker> dms = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < model.decisionMakers().size(); i++) {
      ConflictDecisionMakerJson dm = model.decisionMakers().get(i);
      String field = "decisionMakers[" + i + "]";
      if (dm.options() == null || dm.options().isEmpty()) {
        throw new ConflictModelException(
            field + ".options", dm.name() + " must control at least one option.");
      }
      List<Option> options = new ArrayList<>();
      for (int j = 0; j < dm.options().size(); j++) {
        ConflictOptionJson o = dm.options().get(j);
        String of = field + ".options[" + j + "]";
        if (o == null || o.name() == null || o.name().isBlank()) {
          throw new ConflictModelException(of + ".name", "Every option needs a name.");
        }
        Reversibility r;
        try {
          r =
              o.reversibility() == null
                  ? Reversibility.BOTH
                  : Reversibility.fromCode(o.reversibility());
        } catch (IllegalArgumentException e) {
          throw new ConflictModelException(of + ".reversibility", e.getMessage());
        }
        options.add(new Option(o.name().trim(), r));
      }
      n += options.size();
      dms.add(new DecisionMaker(dm.name(), options));
    }
    if (n > LIMITS.maxOptions()) {
      // the engine refuses this before it builds anything, in its own words
      engine("decisionMakers", () -> OptionModel.of(dms, List.of(), Map.of(), LIMITS));
    }
    List<String> infeasible = model.infeasible() == null ? List.of() : model.infeasible();
    for (int k = 0; k < infeasible.size(); k++) {
      pattern(infeasible.get(k), n, "infeasible[" + k + "]", "The infeasible pattern", false);
    }
    Map<String, Preference> preferences = new LinkedHashMap<>();
    Map<String, ConflictPreferenceJson> given = preferences(model, names);
    for (String dm : names) {
      ConflictPreferenceJson p = given.get(dm);
      String field = "preferences." + dm;
      if (p.statements() != null) {
        List<String> st = p.statements();
        if (st.isEmpty()) {
          throw new ConflictModelException(
              field + ".statements", dm + " needs at least one preference statement.");
        }
        for (int k = 0; k < st.size(); k++) {
          String s = st.get(k);
          String f = field + ".statements[" + k + "]";
          String what = dm + "'s preference statement";
          if (s == null || s.isBlank()) {
            throw new ConflictModelException(f, dm + "'s preference statements may not be empty.");
          }
          int at = s.indexOf(" if ");
          if (at >= 0) {
            pattern(s.substring(0, at).trim(), n, f, what, false);
            pattern(s.substring(at + 4).trim(), n, f, what + " condition", false);
          } else {
            pattern(s.trim(), n, f, what, false);
          }
        }
        preferences.put(dm, new Preference.Statements(st));
      } else {
        List<List<String>> ranking = ranking(p, field);
        for (int g = 0; g < ranking.size(); g++) {
          for (int k = 0; k < ranking.get(g).size(); k++) {
            pattern(
                ranking.get(g).get(k),
                n,
                field + ".ranking[" + g + "][" + k + "]",
                dm + "'s ranked state",
                true);
          }
        }
        preferences.put(dm, new Preference.Ranking(ranking));
      }
    }
    return engine(
        "preferences", () -> OptionModel.of(dms, infeasible, preferences, LIMITS).graph(), names);
  }

  private static void pattern(String p, int n, String field, String what, boolean full) {
    if (p == null || p.length() != n) {
      throw new ConflictModelException(
          field,
          what
              + " \""
              + p
              + "\" must have exactly "
              + n
              + " characters, one Y, N"
              + (full ? "" : " or -")
              + " per option.");
    }
    for (char c : p.toCharArray()) {
      if (c != 'Y' && c != 'N' && (full || c != '-')) {
        throw new ConflictModelException(
            field,
            what
                + " \""
                + p
                + "\" may contain only Y"
                + (full ? " and N" : ", N and -")
                + ", not '"
                + c
                + "'.");
      }
    }
  }

  // --- graph form

  private static GraphModel graphForm(ConflictModelJson model, List<String> names) {
    for (int i = 0; i < model.decisionMakers().size(); i++) {
      if (model.decisionMakers().get(i).options() != null) {
        throw new ConflictModelException(
            "decisionMakers[" + i + "].options",
            "A model in graph form names its states and moves, not options.");
      }
    }
    if (model.infeasible() != null) {
      throw new ConflictModelException(
          "infeasible", "Infeasible patterns belong to option form; graph form lists its states.");
    }
    List<String> states = model.states();
    if (states.size() > LIMITS.maxStates()) {
      engine("states", () -> GraphModel.of(names, states, Map.of(), Map.of(), LIMITS), names);
    }
    if (states.isEmpty()) {
      throw new ConflictModelException("states", "A model needs at least one state.");
    }
    Set<String> known = new HashSet<>();
    for (int k = 0; k < states.size(); k++) {
      String s = states.get(k);
      if (s == null || s.isBlank()) {
        throw new ConflictModelException("states[" + k + "]", "Every state needs a name.");
      }
      if (!known.add(s)) {
        throw new ConflictModelException(
            "states[" + k + "]", "The state name \"" + s + "\" is used twice.");
      }
    }
    Map<String, List<List<String>>> moves = model.moves() == null ? Map.of() : model.moves();
    for (Map.Entry<String, List<List<String>>> e : moves.entrySet()) {
      String field = "moves." + e.getKey();
      if (!names.contains(e.getKey())) {
        throw new ConflictModelException(
            field, "Moves are given for an unknown decision maker \"" + e.getKey() + "\".");
      }
      List<List<String>> pairs = e.getValue() == null ? List.of() : e.getValue();
      for (int k = 0; k < pairs.size(); k++) {
        List<String> pair = pairs.get(k);
        String f = field + "[" + k + "]";
        if (pair == null || pair.size() != 2) {
          throw new ConflictModelException(
              f, e.getKey() + "'s moves must each be a pair [from, to].");
        }
        for (String s : pair) {
          if (!known.contains(s)) {
            throw new ConflictModelException(
                f, e.getKey() + "'s move names an unknown state \"" + s + "\".");
          }
        }
        if (pair.get(0).equals(pair.get(1))) {
          throw new ConflictModelException(
              f, e.getKey() + "'s move from " + pair.get(0) + " must lead to a different state.");
        }
      }
    }
    Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
    Map<String, ConflictPreferenceJson> given = preferences(model, names);
    for (String dm : names) {
      String field = "preferences." + dm;
      ConflictPreferenceJson p = given.get(dm);
      if (p.statements() != null) {
        throw new ConflictModelException(
            field + ".statements",
            "Preference statements need options; in graph form give " + dm + " a ranking.");
      }
      List<List<String>> ranking = ranking(p, field);
      for (int g = 0; g < ranking.size(); g++) {
        for (int k = 0; k < ranking.get(g).size(); k++) {
          String s = ranking.get(g).get(k);
          if (!known.contains(s)) {
            throw new ConflictModelException(
                field + ".ranking[" + g + "][" + k + "]",
                dm + "'s ranking names an unknown state \"" + s + "\".");
          }
        }
      }
      rankings.put(dm, ranking);
    }
    return engine(
        "preferences", () -> GraphModel.of(names, states, moves, rankings, LIMITS), names);
  }

  // --- shared

  private static Map<String, ConflictPreferenceJson> preferences(
      ConflictModelJson model, List<String> names) {
    Map<String, ConflictPreferenceJson> given =
        model.preferences() == null ? Map.of() : model.preferences();
    for (String key : given.keySet()) {
      if (!names.contains(key)) {
        throw new ConflictModelException(
            "preferences." + key,
            "Preferences are given for an unknown decision maker \"" + key + "\".");
      }
    }
    for (String dm : names) {
      ConflictPreferenceJson p = given.get(dm);
      String field = "preferences." + dm;
      if (p == null || (p.statements() == null && p.ranking() == null)) {
        throw new ConflictModelException(
            field, dm + " needs preferences: statements or a ranking.");
      }
      if (p.statements() != null && p.ranking() != null) {
        throw new ConflictModelException(
            field, "Give " + dm + " statements or a ranking, not both.");
      }
    }
    return given;
  }

  private static List<List<String>> ranking(ConflictPreferenceJson p, String field) {
    List<List<String>> ranking = p.ranking();
    for (int g = 0; g < ranking.size(); g++) {
      if (ranking.get(g) == null || ranking.get(g).isEmpty()) {
        throw new ConflictModelException(
            field + ".ranking[" + g + "]", "Each entry of a ranking lists at least one state.");
      }
    }
    return ranking;
  }

  private static void checkCoalitions(ConflictModelJson model, List<String> names) {
    if (model.coalitions() == null) {
      return;
    }
    for (int k = 0; k < model.coalitions().size(); k++) {
      List<String> c = model.coalitions().get(k);
      String field = "coalitions[" + k + "]";
      if (c == null || c.size() < 2) {
        throw new ConflictModelException(field, "A coalition needs at least two decision makers.");
      }
      Set<String> seen = new HashSet<>();
      for (String m : c) {
        if (!names.contains(m)) {
          throw new ConflictModelException(
              field, "The coalition names an unknown decision maker \"" + m + "\".");
        }
        if (!seen.add(m)) {
          throw new ConflictModelException(field, "The coalition names " + m + " twice.");
        }
      }
    }
  }

  private interface Build<T> {
    T build();
  }

  /**
   * Runs an engine call, naming the field at fault in what it refuses: a decision maker's
   * preferences when the message is about them, else {@code field}.
   */
  private static <T> T engine(String field, Build<T> build, List<String> names) {
    try {
      return build.build();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      for (String dm : names) {
        if (message != null && message.startsWith(dm + "'s rank")) {
          throw new ConflictModelException("preferences." + dm, message);
        }
      }
      if (message != null && message.startsWith("Every state is infeasible")) {
        throw new ConflictModelException("infeasible", message);
      }
      throw new ConflictModelException(field, message);
    }
  }

  private static void engine(String field, Build<?> build) {
    engine(field, build, List.of());
  }
}
