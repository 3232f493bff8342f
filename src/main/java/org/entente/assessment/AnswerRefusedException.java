package org.entente.assessment;

/**
 * Answers the instrument does not allow (an unknown item, a value off the scale, "don't know" where
 * the scale has none); nothing was saved.
 */
public class AnswerRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String item;

  public AnswerRefusedException(String item, String message) {
    super(message);
    this.item = item;
  }

  public String item() {
    return item;
  }
}
