package org.entente.conflict.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The stability of every state for every decision maker under every concept. */
public final class StabilityResult {

  private final GraphModel model;
  private final Map<Concept, BitSet[]> stable;
  private final List<Verdict> verdicts;

  StabilityResult(GraphModel model, Map<Concept, BitSet[]> stable, List<Verdict> verdicts) {
    this.model = model;
    this.stable = new EnumMap<>(stable);
    this.verdicts = List.copyOf(verdicts);
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
    return names(stable.get(concept)[i]);
  }

  public boolean isStable(Concept concept, String decisionMaker, String state) {
    return stable(concept, decisionMaker).contains(state);
  }

  /** The states stable for every decision maker under {@code concept}. */
  public List<String> equilibria(Concept concept) {
    BitSet all = new BitSet();
    all.set(0, model.stateCount());
    for (BitSet b : stable.get(concept)) {
      all.and(b);
    }
    return names(all);
  }

  /** One verdict per concept, decision maker and state. */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  public Verdict verdict(Concept concept, String decisionMaker, String state) {
    return verdicts.stream()
        .filter(
            v ->
                v.concept() == concept
                    && v.decisionMaker().equals(decisionMaker)
                    && v.state().equals(state))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No such decision maker or state."));
  }

  private List<String> names(BitSet b) {
    List<String> out = new ArrayList<>();
    for (int s = b.nextSetBit(0); s >= 0; s = b.nextSetBit(s + 1)) {
      out.add(model.states().get(s));
    }
    return out;
  }
}
