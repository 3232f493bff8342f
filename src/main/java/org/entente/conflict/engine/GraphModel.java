package org.entente.conflict.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conflict in graph form: named states, each decision maker's unilateral moves, and each decision
 * maker's preference as a score per state (higher is preferred, equal is tied).
 */
public final class GraphModel {

  /**
   * Each decision maker's unilateral moves, forwards and backwards. Graph-form models keep them as
   * successor and predecessor arrays; option-form models work them out from the state's bits when
   * asked, so that a model of 2^20 states needs no array of moves at all.
   */
  interface Moves {
    /** The states {@code dm} can move to from {@code state}, in no particular order. */
    int[] from(int dm, int state);

    /** The states from which {@code dm} can move to {@code state}. */
    int[] to(int dm, int state);
  }

  private final List<String> decisionMakers;
  private final List<String> states;
  private final Moves moves;
  private final long[][] scores;

  GraphModel(List<String> decisionMakers, List<String> states, Moves moves, long[][] scores) {
    this.decisionMakers = List.copyOf(decisionMakers);
    this.states = List.copyOf(states);
    this.moves = moves;
    this.scores = scores;
  }

  /**
   * Builds a graph-form model.
   *
   * @param decisionMakers names of the decision makers
   * @param states names of the states
   * @param moves per decision maker, its moves as [from, to] pairs of state names
   * @param rankings per decision maker, groups of tied state names, most preferred first; every
   *     state must appear exactly once
   */
  public static GraphModel of(
      List<String> decisionMakers,
      List<String> states,
      Map<String, List<List<String>>> moves,
      Map<String, List<List<String>>> rankings,
      Limits limits) {
    if (states.size() > limits.maxStates()) {
      throw new IllegalArgumentException(
          "The model has "
              + states.size()
              + " states; at most "
              + limits.maxStates()
              + " can be analysed.");
    }
    checkNames(decisionMakers, "decision maker");
    if (decisionMakers.size() < 2) {
      throw new IllegalArgumentException("A conflict needs at least two decision makers.");
    }
    checkNames(states, "state");
    if (states.isEmpty()) {
      throw new IllegalArgumentException("A model needs at least one state.");
    }
    unknownKeys(moves.keySet(), decisionMakers, "Moves");
    unknownKeys(rankings.keySet(), decisionMakers, "Rankings");
    Map<String, Integer> index = new HashMap<>();
    for (int s = 0; s < states.size(); s++) {
      index.put(states.get(s), s);
    }
    int n = states.size();
    int[][][] successors = new int[decisionMakers.size()][][];
    long[][] scores = new long[decisionMakers.size()][];
    for (int i = 0; i < decisionMakers.size(); i++) {
      String dm = decisionMakers.get(i);
      List<Set<Integer>> out = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        out.add(new LinkedHashSet<>());
      }
      for (List<String> move : moves.getOrDefault(dm, List.of())) {
        if (move == null || move.size() != 2) {
          throw new IllegalArgumentException(dm + "'s moves must each be a pair [from, to].");
        }
        int from = stateIndex(index, move.get(0), dm + "'s move");
        int to = stateIndex(index, move.get(1), dm + "'s move");
        if (from == to) {
          throw new IllegalArgumentException(
              dm + "'s move from " + move.get(0) + " must lead to a different state.");
        }
        out.get(from).add(to);
      }
      successors[i] = new int[n][];
      for (int s = 0; s < n; s++) {
        successors[i][s] = out.get(s).stream().mapToInt(Integer::intValue).sorted().toArray();
      }
      List<List<String>> ranking = rankings.get(dm);
      if (ranking == null) {
        throw new IllegalArgumentException(dm + " needs a ranking of the states.");
      }
      scores[i] = rank(ranking, n, name -> stateIndex(index, name, dm + "'s ranking"), dm, states);
    }
    return new GraphModel(decisionMakers, states, stored(successors), scores);
  }

  /** Moves kept as arrays, with each decision maker's predecessors worked out once. */
  private static Moves stored(int[][][] successors) {
    int[][][] predecessors = new int[successors.length][][];
    for (int i = 0; i < successors.length; i++) {
      int n = successors[i].length;
      int[] count = new int[n];
      for (int[] out : successors[i]) {
        for (int t : out) {
          count[t]++;
        }
      }
      predecessors[i] = new int[n][];
      for (int t = 0; t < n; t++) {
        predecessors[i][t] = new int[count[t]];
        count[t] = 0;
      }
      for (int s = 0; s < n; s++) {
        for (int t : successors[i][s]) {
          predecessors[i][t][count[t]++] = s;
        }
      }
    }
    return new Moves() {
      @Override
      public int[] from(int dm, int state) {
        return successors[dm][state];
      }

      @Override
      public int[] to(int dm, int state) {
        return predecessors[dm][state];
      }
    };
  }

  static long[] rank(
      List<List<String>> ranking,
      int n,
      java.util.function.ToIntFunction<String> indexOf,
      String owner,
      List<String> stateNames) {
    long[] score = new long[n];
    Arrays.fill(score, Long.MIN_VALUE);
    int groups = ranking.size();
    for (int g = 0; g < groups; g++) {
      for (String name : ranking.get(g)) {
        int s = indexOf.applyAsInt(name);
        if (score[s] != Long.MIN_VALUE) {
          throw new IllegalArgumentException(owner + "'s ranking lists " + name + " twice.");
        }
        score[s] = groups - g;
      }
    }
    for (int s = 0; s < n; s++) {
      if (score[s] == Long.MIN_VALUE) {
        throw new IllegalArgumentException(
            owner + "'s ranking leaves out " + stateNames.get(s) + "; rank every state.");
      }
    }
    return score;
  }

  private static int stateIndex(Map<String, Integer> index, String name, String what) {
    Integer s = index.get(name);
    if (s == null) {
      throw new IllegalArgumentException(what + " names an unknown state \"" + name + "\".");
    }
    return s;
  }

  private static void checkNames(List<String> names, String what) {
    Set<String> seen = new java.util.HashSet<>();
    for (String name : names) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("Every " + what + " needs a name.");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("The " + what + " name \"" + name + "\" is used twice.");
      }
    }
  }

  static void unknownKeys(Set<String> keys, List<String> decisionMakers, String what) {
    for (String key : keys) {
      if (!decisionMakers.contains(key)) {
        throw new IllegalArgumentException(
            what + " are given for an unknown decision maker \"" + key + "\".");
      }
    }
  }

  public List<String> decisionMakers() {
    return decisionMakers;
  }

  public List<String> states() {
    return states;
  }

  int stateCount() {
    return states.size();
  }

  int dmCount() {
    return decisionMakers.size();
  }

  /** Successors of {@code state} by decision maker {@code dm}'s unilateral moves. */
  int[] moves(int dm, int state) {
    return moves.from(dm, state);
  }

  /** The same moves in state order, for answers that list them. */
  int[] movesInOrder(int dm, int state) {
    int[] out = moves.from(dm, state).clone();
    Arrays.sort(out);
    return out;
  }

  /** The states from which decision maker {@code dm} can move to {@code state} in one move. */
  int[] movesInto(int dm, int state) {
    return moves.to(dm, state);
  }

  long score(int dm, int state) {
    return scores[dm][state];
  }

  /** The states {@code dm} can reach from {@code state} in one move, by name. */
  public List<String> movesOf(String dm, String state) {
    int i = decisionMakers.indexOf(dm);
    int s = states.indexOf(state);
    if (i < 0 || s < 0) {
      throw new IllegalArgumentException("Unknown decision maker or state.");
    }
    return Arrays.stream(movesInOrder(i, s)).mapToObj(states::get).toList();
  }
}
