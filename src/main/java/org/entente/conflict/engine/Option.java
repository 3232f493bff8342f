package org.entente.conflict.engine;

import java.util.Objects;

/** A yes/no choice controlled by one decision maker. */
public record Option(String name, Reversibility reversibility) {

  public Option {
    Objects.requireNonNull(reversibility, "reversibility");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Every option needs a name.");
    }
  }

  /** An option that may be changed both ways. */
  public static Option of(String name) {
    return new Option(name, Reversibility.BOTH);
  }
}
