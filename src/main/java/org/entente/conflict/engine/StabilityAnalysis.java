package org.entente.conflict.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * Each opponent-reachability set is searched once per decision maker and starting state, by a
 * search over (state, last mover) pairs, and kept only as the least scores it offers.
 */
public final class StabilityAnalysis {

  private final GraphModel g;
  private final int n;
  private final int d;

  /** Per decision maker i and state s1, the least score i gets anywhere in R_H(s1). */
  private final long[][] leastReach;

  /** The same, counting at each state i's best move from it (for SMR). */
  private final long[][] leastReachEscaped;

  /** The same over R_H+(s1) (for SEQ). */
  private final long[][] leastReachImproving;

  private final BitSet[] done;
  private final BitSet[] doneImproving;
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
    leastReach = new long[d][n];
    leastReachEscaped = new long[d][n];
    leastReachImproving = new long[d][n];
    done = new BitSet[d];
    doneImproving = new BitSet[d];
    for (int i = 0; i < d; i++) {
      done[i] = new BitSet(n);
      doneImproving[i] = new BitSet(n);
    }
  }

  /**
   * Whether the others can answer i's move to s1 with a state i does not prefer to a state scored
   * {@code base}; each opponent-reachability set is searched once and summarised by its least
   * scores.
   */
  private boolean deterred(Concept c, int i, int s1, long base) {
    if (c == Concept.SEQ) {
      if (!doneImproving[i].get(s1)) {
        leastReachImproving[i][s1] = least(reachable(i, s1, true), i, false);
        doneImproving[i].set(s1);
      }
      return leastReachImproving[i][s1] <= base;
    }
    if (!done[i].get(s1)) {
      BitSet r = reachable(i, s1, false);
      leastReach[i][s1] = least(r, i, false);
      leastReachEscaped[i][s1] = least(r, i, true);
      done[i].set(s1);
    }
    return (c == Concept.SMR ? leastReachEscaped[i][s1] : leastReach[i][s1]) <= base;
  }

  private long least(BitSet r, int i, boolean escaped) {
    long least = Long.MAX_VALUE;
    for (int s2 = r.nextSetBit(0); s2 >= 0; s2 = r.nextSetBit(s2 + 1)) {
      long v = escaped ? Math.max(g.score(i, s2), bestMove[i][s2]) : g.score(i, s2);
      least = Math.min(least, v);
    }
    return least;
  }

  /** Analyses every state for every decision maker under every concept. */
  public static StabilityResult analyse(GraphModel model) {
    return new StabilityAnalysis(model).run();
  }

  private StabilityResult run() {
    Map<Concept, BitSet[]> stable = new EnumMap<>(Concept.class);
    for (Concept c : Concept.values()) {
      stable.put(c, new BitSet[d]);
    }
    for (Concept c : Concept.values()) {
      for (int i = 0; i < d; i++) {
        BitSet b = new BitSet(n);
        for (int s = 0; s < n; s++) {
          if (isStable(c, i, s)) {
            b.set(s);
          }
        }
        stable.get(c)[i] = b;
      }
    }
    return new StabilityResult(g, stable, this::judge);
  }

  /** The verdict without its reason, for the bulk of the analysis. */
  private boolean isStable(Concept c, int i, int s) {
    long base = g.score(i, s);
    for (int s1 : g.moves(i, s)) {
      if (g.score(i, s1) <= base) {
        continue;
      }
      if (c == Concept.NASH) {
        return false;
      }
      if (!deterred(c, i, s1, base)) {
        return false;
      }
    }
    return true;
  }

  Verdict judge(Concept c, int i, int s) {
    String dm = g.decisionMakers().get(i);
    String state = name(s);
    long base = g.score(i, s);
    List<Integer> improvements = new ArrayList<>();
    for (int t : g.moves(i, s)) {
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
    java.util.Arrays.fill(parent, -2);
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
        for (int t : g.moves(k, x)) {
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
