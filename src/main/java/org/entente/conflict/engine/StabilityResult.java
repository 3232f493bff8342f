package org.entente.conflict.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stability of every state for every decision maker under every concept. */
public final class StabilityResult {

  private final GraphModel model;
  private final Map<Concept, BitSet[]> stable;
  private final Judge judge;

  /** Explains one verdict; reasons are worked out only when asked for. */
  interface Judge {
    Verdict judge(Concept concept, int decisionMaker, int state);
  }

  StabilityResult(GraphModel model, Map<Concept, BitSet[]> stable, Judge judge) {
    this.model = model;
    this.stable = new EnumMap<>(stable);
    this.judge = judge;
  }

  public List<String> states() {
    return model.states();
  }

  /** The states stable for {@code decisionMaker} under {@code concept}, in state order. */
  public List<String> stable(Concept concept, String decisionMaker) {
    int i = model.decisionMakers().indexOf(decisionMaker);
    if (i < 0) {
      throw new IllegalArgumentException("Unknown decision maker \"" + decisionMaker + "\".");
    }
    return names(analysed(concept)[i]);
  }

  /** The concepts this result was analysed under. */
  public Set<Concept> concepts() {
    return stable.keySet();
  }

  private BitSet[] analysed(Concept concept) {
    BitSet[] b = stable.get(concept);
    if (b == null) {
      throw new IllegalStateException("The model was not analysed under " + concept + ".");
    }
    return b;
  }

  public boolean isStable(Concept concept, String decisionMaker, String state) {
    return stable(concept, decisionMaker).contains(state);
  }

  /** The states stable for every decision maker under {@code concept}. */
  public List<String> equilibria(Concept concept) {
    BitSet all = new BitSet();
    all.set(0, model.stateCount());
    for (BitSet b : analysed(concept)) {
      all.and(b);
    }
    return names(all);
  }

  /**
   * One verdict with its reason per concept, decision maker and state; reasons are worked out on
   * this call, so large models should ask for the verdicts they show.
   */
  public List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>();
    for (Concept c : stable.keySet()) {
      for (int i = 0; i < model.dmCount(); i++) {
        for (int s = 0; s < model.stateCount(); s++) {
          out.add(judge.judge(c, i, s));
        }
      }
    }
    return out;
  }

  /** The verdict with its reason for one decision maker and state under one concept. */
  public Verdict verdict(Concept concept, String decisionMaker, String state) {
    int i = model.decisionMakers().indexOf(decisionMaker);
    int s = model.states().indexOf(state);
    if (i < 0 || s < 0) {
      throw new IllegalArgumentException("No such decision maker or state.");
    }
    analysed(concept);
    return judge.judge(concept, i, s);
  }

  private List<String> names(BitSet b) {
    List<String> out = new ArrayList<>();
    for (int s = b.nextSetBit(0); s >= 0; s = b.nextSetBit(s + 1)) {
      out.add(model.states().get(s));
    }
    return out;
  }
}
