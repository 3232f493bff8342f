package org.entente.conflict.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Coalitions and the status-quo path. A coalition moves by a legal sequence of its members' moves
 * (no member twice in a row) and improves only when every member prefers the state reached to the
 * state it started from.
 */
public final class CoalitionAnalysis {

  private CoalitionAnalysis() {}

  /** The states the coalition can reach by a legal sequence of its members' moves. */
  public static List<String> moves(GraphModel g, List<String> coalition, String from) {
    return names(g, reach(g, members(g, coalition), stateIndex(g, from)));
  }

  /** The states reachable by the coalition that every member prefers to {@code from}. */
  public static List<String> improvements(GraphModel g, List<String> coalition, String from) {
    int[] members = members(g, coalition);
    int s = stateIndex(g, from);
    BitSet r = reach(g, members, s);
    BitSet better = new BitSet();
    for (int t = r.nextSetBit(0); t >= 0; t = r.nextSetBit(t + 1)) {
      boolean all = true;
      for (int m : members) {
        all &= g.score(m, t) > g.score(m, s);
      }
      if (all) {
        better.set(t);
      }
    }
    return names(g, better);
  }

  /**
   * The Nash equilibria from which the coalition has no improvement: no member can improve alone
   * and the members cannot all gain together.
   */
  public static List<String> equilibria(
      GraphModel g, StabilityResult nash, List<String> coalition) {
    List<String> out = new ArrayList<>();
    for (String state : nash.equilibria(Concept.NASH)) {
      if (improvements(g, coalition, state).isEmpty()) {
        out.add(state);
      }
    }
    return out;
  }

  /**
   * The states reachable from {@code start} by successive unilateral improvements of any decision
   * maker, in the order they are first reached (the start first).
   */
  public static List<String> statusQuoPath(GraphModel g, String start) {
    int s0 = stateIndex(g, start);
    BitSet seen = new BitSet();
    seen.set(s0);
    List<String> order = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(s0);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      order.add(g.states().get(s));
      for (int i = 0; i < g.dmCount(); i++) {
        for (int t : g.movesInOrder(i, s)) {
          if (g.score(i, t) > g.score(i, s) && !seen.get(t)) {
            seen.set(t);
            queue.add(t);
          }
        }
      }
    }
    return order;
  }

  private static BitSet reach(GraphModel g, int[] members, int start) {
    int n = g.stateCount();
    int d = g.dmCount();
    BitSet result = new BitSet(n);
    BitSet seen = new BitSet(n * d);
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {start, -1});
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      for (int k : members) {
        if (k == at[1]) {
          continue;
        }
        for (int t : g.moves(k, at[0])) {
          int pair = t * d + k;
          if (!seen.get(pair)) {
            seen.set(pair);
            result.set(t);
            queue.add(new int[] {t, k});
          }
        }
      }
    }
    return result;
  }

  private static int[] members(GraphModel g, List<String> coalition) {
    if (coalition.size() < 2) {
      throw new IllegalArgumentException("A coalition needs at least two decision makers.");
    }
    int[] m = new int[coalition.size()];
    for (int k = 0; k < m.length; k++) {
      m[k] = g.decisionMakers().indexOf(coalition.get(k));
      if (m[k] < 0) {
        throw new IllegalArgumentException(
            "The coalition names an unknown decision maker \"" + coalition.get(k) + "\".");
      }
      for (int j = 0; j < k; j++) {
        if (m[j] == m[k]) {
          throw new IllegalArgumentException("The coalition names " + coalition.get(k) + " twice.");
        }
      }
    }
    return m;
  }

  private static int stateIndex(GraphModel g, String state) {
    int s = g.states().indexOf(state);
    if (s < 0) {
      throw new IllegalArgumentException("Unknown state \"" + state + "\".");
    }
    return s;
  }

  private static List<String> names(GraphModel g, BitSet b) {
    List<String> out = new ArrayList<>();
    for (int s = b.nextSetBit(0); s >= 0; s = b.nextSetBit(s + 1)) {
      out.add(g.states().get(s));
    }
    return out;
  }
}
