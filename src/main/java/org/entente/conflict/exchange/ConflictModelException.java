package org.entente.conflict.exchange;

/** A model that cannot be analysed, naming the field at fault ("" for the model as a whole). */
public class ConflictModelException extends RuntimeException {

  private final String field;

  public ConflictModelException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
