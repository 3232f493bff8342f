package org.entente.conflict.engine;

/**
 * The largest models the engine accepts; larger ones are refused before anything is allocated.
 *
 * @param maxOptions most options in an option-form model (2 to the power of this bounds the states)
 * @param maxStates most states in a graph-form model or feasible states in an option-form model
 */
public record Limits(int maxOptions, int maxStates) {

  /** At most 20 options and 2^20 states. */
  public static final Limits DEFAULT = new Limits(20, 1 << 20);

  public Limits {
    if (maxOptions < 1 || maxOptions > 30) {
      throw new IllegalArgumentException("The option limit must be between 1 and 30.");
    }
    if (maxStates < 1) {
      throw new IllegalArgumentException("The state limit must be positive.");
    }
  }
}
