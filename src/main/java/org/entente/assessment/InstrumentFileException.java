package org.entente.assessment;

import java.util.List;
import java.util.stream.Collectors;

/** An instrument file that cannot be used, with every problem found in it. */
public class InstrumentFileException extends RuntimeException {

  private final String fileName;
  private final List<InstrumentProblem> problems;

  public InstrumentFileException(String fileName, List<InstrumentProblem> problems) {
    super(
        fileName
            + ": "
            + problems.stream().map(InstrumentProblem::toString).collect(Collectors.joining("; ")));
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
  }

  public String fileName() {
    return fileName;
  }

  public List<InstrumentProblem> problems() {
    return problems;
  }
}
