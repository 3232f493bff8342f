package org.entente.conflict.engine;

/**
 * The largest models the engine accepts; larger ones are refused before anything is allocated.
 *
 * @param maxOptions most options in an option-form model (2 to the power of this bounds the states)
 * @param maxStates most states in a graph-form model or feasible states in an option-form model
 * @param maxMoves most moves in an option-form model, counted as the feasible states times the ways
 *     each decision maker can change its options; time grows with it (2^28 takes about a minute on
 *     two cores)
 */
public record Limits(int maxOptions, int maxStates, long maxMoves) {

  /** At most 20 options, 2^20 states and 2^28 moves. */
  public static final Limits DEFAULT = new Limits(20, 1 << 20, 1L << 28);

  /** Limits on options and states, with the default limit on moves. */
  public Limits(int maxOptions, int maxStates) {
    this(maxOptions, maxStates, DEFAULT.maxMoves());
  }

  public Limits {
    if (maxOptions < 1 || maxOptions > 30) {
      throw new IllegalArgumentException("The option limit must be between 1 and 30.");
    }
    if (maxStates < 1 || maxMoves < 1) {
      throw new IllegalArgumentException("The state and move limits must be positive.");
    }
  }
}
