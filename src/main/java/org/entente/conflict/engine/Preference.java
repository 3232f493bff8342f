package org.entente.conflict.engine;

import java.util.List;

/**
 * A decision maker's preferences over states, either as ordered statements read lexicographically
 * or as an explicit ranking.
 */
public sealed interface Preference {

  /**
   * Statements, most important first, each a pattern such as {@code "-N"} optionally followed by a
   * condition: {@code "Y- if -N"} is met by every state that matches {@code Y-} or does not match
   * {@code -N}. Meeting a higher statement outweighs meeting all the lower ones; states meeting the
   * same statements are tied.
   */
  record Statements(List<String> statements) implements Preference {
    public Statements {
      statements = List.copyOf(statements);
    }
  }

  /** Groups of tied states (patterns or state names), most preferred group first. */
  record Ranking(List<List<String>> groups) implements Preference {
    public Ranking {
      groups = groups.stream().map(List::copyOf).toList();
    }
  }

  static Preference statements(String... statements) {
    return new Statements(List.of(statements));
  }

  @SafeVarargs
  static Preference ranking(List<String>... groups) {
    return new Ranking(List.of(groups));
  }
}
