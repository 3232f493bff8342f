package org.entente.conflict.exchange;

import java.util.List;

/** A drama model that cannot be read or analysed; the problems name each field at fault. */
public class DramaModelException extends RuntimeException {

  private final transient List<DramaProblem> problems;

  public DramaModelException(List<DramaProblem> problems) {
    super("drama model with " + problems.size() + " problem(s): " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<DramaProblem> problems() {
    return problems;
  }
}
