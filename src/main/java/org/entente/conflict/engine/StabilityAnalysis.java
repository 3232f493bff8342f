package org.entente.conflict.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Graph-model stability analysis. For decision maker i at state s, with R_i the unilateral moves,
 * R_i+ the unilateral improvements and R_H(x) the states the others H can reach from x by a legal
 * sequence of moves (no one moves twice in a row), R_H+ the same using only improvements:
 *
 * <ul>
 *   <li>Nash: R_i+(s) is empty;
 *   <li>GMR: every s1 in R_i+(s) has some s2 in R_H(s1) that i does not prefer to s;
 *   <li>SMR: as GMR, and no state i can move to from s2 is preferred by i to s;
 *   <li>SEQ: as GMR, with s2 in R_H+(s1).
 * </ul>
 *
 * <p>None of these needs the reachability sets themselves, only the least score i gets anywhere in
 * each: s1 is deterred when that least score is no better for i than s. So for each decision maker
 * the least scores of every R_H(s1) are found at once, over the graph whose nodes are (state, last
 * mover) pairs: taking nodes in ascending order of score, a backward search from each node marks
 * every node that can reach it, and not yet marked, with its score. Each node and each move is
 * visited once per decision maker and concept, however many states reach it.
 */
public final class StabilityAnalysis {

  private static final long NONE = Long.MAX_VALUE;

  private final GraphModel g;
  private final int n;
  private final int d;
  private final long[][] bestMove;

  private StabilityAnalysis(GraphModel g) {
    this.g = g;
    this.n = g.stateCount();
    this.d = g.dmCount();
    bestMove = new long[d][n];
    for (int i = 0; i < d; i++) {
      for (int s = 0; s < n; s++) {
        long best = Long.MIN_VALUE;
        for (int t : g.moves(i, s)) {
          best = Math.max(best, g.score(i, t));
        }
        bestMove[i][s] = best;
      }
    }
  }

  /**
   * Per state s1, the least {@code value} over the states the decision makers other than {@code i}
   * can reach from s1 ({@link #NONE} when they have no move), using only their improvements when
   * {@code improving}.
   */
  long[] leastReachable(int i, long[] value, boolean improving) {
    long[] least = new long[n * d];
    BitSet marked = new BitSet(n * d);
    int[] queue = new int[n * d];
    for (int t : ascending(value)) {
      for (int k = 0; k < d; k++) {
        int node = t * d + k;
        if (k == i || marked.get(node)) {
          continue;
        }
        marked.set(node);
        least[node] = value[t];
        int head = 0;
        int tail = 0;
        queue[tail++] = node;
        while (head < tail) {
          int at = queue[head++];
          int u = at / d;
          int mover = at % d;
          for (int from : g.movesInto(mover, u)) {
            if (improving && g.score(mover, u) <= g.score(mover, from)) {
              continue;
            }
            // Whoever moved into {@code from} must differ from the one moving on from it.
            for (int last = 0; last < d; last++) {
              int before = from * d + last;
              if (last != i && last != mover && !marked.get(before)) {
                marked.set(before);
                least[before] = value[t];
                queue[tail++] = before;
              }
            }
          }
        }
      }
    }
    long[] result = new long[n];
    for (int s1 = 0; s1 < n; s1++) {
      long best = NONE;
      for (int k = 0; k < d; k++) {
        if (k == i) {
          continue;
        }
        for (int u : g.moves(k, s1)) {
          if (!improving || g.score(k, u) > g.score(k, s1)) {
            best = Math.min(best, least[u * d + k]);
          }
        }
      }
      result[s1] = best;
    }
    return result;
  }

  /** The states in ascending order of {@code value}. */
  private int[] ascending(long[] value) {
    long[] sorted = value.clone();
    Arrays.sort(sorted);
    long[] keyed = new long[n];
    for (int s = 0; s < n; s++) {
      keyed[s] = ((long) Arrays.binarySearch(sorted, value[s]) << 32) | s;
    }
    Arrays.sort(keyed);
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = (int) keyed[k];
    }
    return order;
  }

  /** Analyses every state for every decision maker under every concept. */
  public static StabilityResult analyse(GraphModel model) {
    return analyse(model, EnumSet.allOf(Concept.class));
  }

  /** Analyses every state for every decision maker under the given concepts only. */
  public static StabilityResult analyse(GraphModel model, Set<Concept> concepts) {
    return new StabilityAnalysis(model).run(concepts);
  }

  private StabilityResult run(Set<Concept> concepts) {
    Map<Concept, BitSet[]> stable = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      stable.put(c, new BitSet[d]);
    }
    for (int i = 0; i < d; i++) {
      long[] score = new long[n];
      long[] escaped = new long[n];
      for (int s = 0; s < n; s++) {
        score[s] = g.score(i, s);
        escaped[s] = Math.max(score[s], bestMove[i][s]);
      }
      for (Concept c : concepts) {
        long[] least =
            switch (c) {
              case NASH -> null;
              case GMR -> leastReachable(i, score, false);
              case SMR -> leastReachable(i, escaped, false);
              case SEQ -> leastReachable(i, score, true);
            };
        stable.get(c)[i] = stableStates(i, least);
      }
    }
    return new StabilityResult(g, stable, this::judge);
  }

  /**
   * The states from which every improvement of {@code i} is deterred: answered by the others with a
   * state whose least value for {@code i} is no better than where it started, or with none at all
   * for Nash ({@code least} null).
   */
  private BitSet stableStates(int i, long[] least) {
    BitSet b = new BitSet(n);
    for (int s = 0; s < n; s++) {
      long base = g.score(i, s);
      boolean stable = true;
      for (int s1 : g.moves(i, s)) {
        if (g.score(i, s1) > base && (least == null || least[s1] > base)) {
          stable = false;
          break;
        }
      }
      if (stable) {
        b.set(s);
      }
    }
    return b;
  }

  Verdict judge(Concept c, int i, int s) {
    String dm = g.decisionMakers().get(i);
    String state = name(s);
    long base = g.score(i, s);
    List<Integer> improvements = new ArrayList<>();
    for (int t : g.movesInOrder(i, s)) {
      if (g.score(i, t) > base) {
        improvements.add(t);
      }
    }
    if (improvements.isEmpty()) {
      return new Verdict(
          c,
          dm,
          state,
          true,
          null,
          List.of(),
          dm + " has no move from " + state + " to a state it prefers.");
    }
    if (c == Concept.NASH) {
      int t = improvements.get(0);
      return new Verdict(
          c,
          dm,
          state,
          false,
          name(t),
          List.of(),
          dm + " can improve by moving from " + state + " to " + name(t) + ".");
    }
    List<Verdict.Step> firstSanction = null;
    StringBuilder deterred = new StringBuilder();
    for (int s1 : improvements) {
      BitSet r = reachable(i, s1, c == Concept.SEQ);
      int sanction = -1;
      for (int s2 = r.nextSetBit(0); s2 >= 0; s2 = r.nextSetBit(s2 + 1)) {
        if (g.score(i, s2) <= base && (c != Concept.SMR || bestMove[i][s2] <= base)) {
          sanction = s2;
          break;
        }
      }
      if (sanction < 0) {
        String how =
            switch (c) {
              case GMR ->
                  "no sequence of moves by the others leads to a state "
                      + dm
                      + " does not prefer to "
                      + state;
              case SMR ->
                  "the others have no sanction that "
                      + dm
                      + " cannot escape to a state it prefers to "
                      + state;
              default ->
                  "no sequence of the others' own improvements leads to a state "
                      + dm
                      + " does not prefer to "
                      + state;
            };
        return new Verdict(
            c,
            dm,
            state,
            false,
            name(s1),
            List.of(),
            dm + " can improve by moving from " + state + " to " + name(s1) + ", and " + how + ".");
      }
      List<Verdict.Step> path = path(i, s1, sanction, c == Concept.SEQ);
      if (firstSanction == null) {
        firstSanction = path;
      }
      if (deterred.length() > 0) {
        deterred.append("; ");
      }
      deterred.append("a move to ").append(name(s1)).append(" is answered by ");
      deterred.append(
          String.join(
              ", then ",
              path.stream().map(p -> p.decisionMaker() + " moving to " + p.state()).toList()));
    }
    return new Verdict(
        c,
        dm,
        state,
        true,
        null,
        firstSanction,
        "Every improvement of " + dm + " from " + state + " is deterred: " + deterred + ".");
  }

  /** States the decision makers other than {@code i} can reach from {@code start}. */
  BitSet reachable(int i, int start, boolean improving) {
    BitSet result = new BitSet(n);
    BitSet seen = new BitSet(n * d);
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {start, -1});
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      for (int k = 0; k < d; k++) {
        if (k == i || k == at[1]) {
          continue;
        }
        for (int t : g.moves(k, at[0])) {
          if (improving && g.score(k, t) <= g.score(k, at[0])) {
            continue;
          }
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

  /** The shortest legal sequence of the others' moves from {@code start} to {@code target}. */
  private List<Verdict.Step> path(int i, int start, int target, boolean improving) {
    int[] parent = new int[n * d];
    Arrays.fill(parent, -2);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int startPair = -1;
    queue.add(startPair);
    while (!queue.isEmpty()) {
      int pair = queue.poll();
      int x = pair < 0 ? start : pair / d;
      int last = pair < 0 ? -1 : pair % d;
      for (int k = 0; k < d; k++) {
        if (k == i || k == last) {
          continue;
        }
        for (int t : g.movesInOrder(k, x)) {
          if (improving && g.score(k, t) <= g.score(k, x)) {
            continue;
          }
          int next = t * d + k;
          if (parent[next] != -2) {
            continue;
          }
          parent[next] = pair;
          if (t == target) {
            List<Verdict.Step> steps = new ArrayList<>();
            for (int p = next; p >= 0; p = parent[p]) {
              steps.add(0, new Verdict.Step(g.decisionMakers().get(p % d), name(p / d)));
            }
            return steps;
          }
          queue.add(next);
        }
      }
    }
    throw new IllegalStateException("No sanction path to a reachable state.");
  }

  private String name(int s) {
    return g.states().get(s);
  }
}
