package org.entente.shared;

/** Someone else changed the record since the form was opened; nothing was saved. */
public class StaleEditException extends RuntimeException {

  public StaleEditException(String what) {
    super(what + " was changed by someone else");
  }
}
