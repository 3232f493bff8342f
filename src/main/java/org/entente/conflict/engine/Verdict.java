package org.entente.conflict.engine;

import java.util.List;

/**
 * Whether a state is stable for a decision maker under a concept, and why.
 *
 * @param improvement for an unstable state, the improvement that is not deterred; otherwise null
 * @param sanction for a stable state with improvements, the sanction deterring the first of them as
 *     the moves made (empty when there is no improvement to deter)
 */
public record Verdict(
    Concept concept,
    String decisionMaker,
    String state,
    boolean stable,
    String improvement,
    List<Step> sanction,
    String reason) {

  /** One move in a sanction: who moves and the state reached. */
  public record Step(String decisionMaker, String state) {}
}
