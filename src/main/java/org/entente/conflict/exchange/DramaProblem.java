package org.entente.conflict.exchange;

import java.util.List;

/**
 * Something wrong with a drama model: the field at fault (such as {@code positions.Police} or
 * {@code characters[1].options[0].reversibility}), a message key of the conflict messages and its
 * arguments.
 */
public record DramaProblem(String field, String code, List<Object> args) {

  public DramaProblem {
    args = List.copyOf(args);
  }

  static DramaProblem of(String field, String code, Object... args) {
    return new DramaProblem(field, code, List.of(args));
  }
}
