package org.entente.conflict.engine;

import java.util.List;

/**
 * Y/N/- patterns over options in declared order. Option {@code i} is bit {@code i} of a state, set
 * when the option is taken (Y).
 */
final class Patterns {

  private Patterns() {}

  /** A compiled pattern: a state matches when {@code (state & mask) == value}. */
  record Compiled(int mask, int value) {
    boolean matches(int state) {
      return (state & mask) == value;
    }
  }

  static Compiled compile(String pattern, int options, String what) {
    if (pattern == null || pattern.length() != options) {
      throw new IllegalArgumentException(
          what
              + " \""
              + pattern
              + "\" must have exactly "
              + options
              + " characters, one Y, N or - per option.");
    }
    int mask = 0;
    int value = 0;
    for (int i = 0; i < options; i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case 'Y' -> {
          mask |= 1 << i;
          value |= 1 << i;
        }
        case 'N' -> mask |= 1 << i;
        case '-' -> {}
        default ->
            throw new IllegalArgumentException(
                what + " \"" + pattern + "\" may contain only Y, N and -, not '" + c + "'.");
      }
    }
    return new Compiled(mask, value);
  }

  /** A full pattern (no wildcards) as a state. */
  static int state(String pattern, int options, String what) {
    Compiled c = compile(pattern, options, what);
    if (c.mask() != (options == 32 ? -1 : (1 << options) - 1)) {
      throw new IllegalArgumentException(
          what + " \"" + pattern + "\" must say Y or N for every option, without -.");
    }
    return c.value();
  }

  static String name(int state, int options) {
    char[] chars = new char[options];
    for (int i = 0; i < options; i++) {
      chars[i] = (state & (1 << i)) != 0 ? 'Y' : 'N';
    }
    return new String(chars);
  }

  /** Evaluates lexicographic statements: a higher score is preferred. */
  static Scorer statements(List<String> statements, int options, String owner) {
    if (statements.isEmpty()) {
      throw new IllegalArgumentException(owner + " needs at least one preference statement.");
    }
    if (statements.size() > 62) {
      throw new IllegalArgumentException(owner + " has more than 62 preference statements.");
    }
    int m = statements.size();
    Compiled[] p = new Compiled[m];
    Compiled[] q = new Compiled[m];
    for (int k = 0; k < m; k++) {
      String s = statements.get(k);
      if (s == null) {
        throw new IllegalArgumentException(owner + "'s preference statements may not be empty.");
      }
      String what = owner + "'s preference statement";
      int at = s.indexOf(" if ");
      if (at >= 0) {
        p[k] = compile(s.substring(0, at).trim(), options, what);
        q[k] = compile(s.substring(at + 4).trim(), options, what + " condition");
      } else {
        p[k] = compile(s.trim(), options, what);
      }
    }
    return state -> {
      long score = 0;
      for (int k = 0; k < m; k++) {
        boolean met = p[k].matches(state) || (q[k] != null && !q[k].matches(state));
        if (met) {
          score |= 1L << (m - 1 - k);
        }
      }
      return score;
    };
  }

  @FunctionalInterface
  interface Scorer {
    long score(int state);
  }
}
