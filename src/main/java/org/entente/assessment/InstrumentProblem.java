package org.entente.assessment;

/**
 * One thing wrong with an instrument file: the line it is on (0 when the file has no lines to point
 * at), the field in dotted form such as {@code dimensions[2].items[0].text} (empty for the file as
 * a whole) and what is wrong with it.
 */
public record InstrumentProblem(int line, String field, String problem) {

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append("line ").append(line);
    }
    if (field != null && !field.isEmpty()) {
      s.append(s.isEmpty() ? "" : ", ").append("field ").append(field);
    }
    return s.isEmpty() ? problem : s.append(": ").append(problem).toString();
  }
}
