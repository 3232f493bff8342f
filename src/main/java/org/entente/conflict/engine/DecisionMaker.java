package org.entente.conflict.engine;

import java.util.List;

/** A decision maker (or drama-theory character) and the options it controls, in declared order. */
public record DecisionMaker(String name, List<Option> options) {

  public DecisionMaker {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Every decision maker needs a name.");
    }
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException(name + " must control at least one option.");
    }
  }

  /** A decision maker whose options may all be changed both ways. */
  public static DecisionMaker of(String name, String... options) {
    return new DecisionMaker(name, java.util.Arrays.stream(options).map(Option::of).toList());
  }
}
