package org.entente.meetings;

/** A file that cannot be attached as a paper, and why. */
public class PaperRefusedException extends RuntimeException {

  public enum Reason {
    /** No file, or a file with nothing in it. */
    EMPTY,
    /** Larger than the configured maximum. */
    TOO_LARGE,
    /** Not one of the accepted types, or its name does not match what it contains. */
    TYPE
  }

  private final Reason reason;

  public PaperRefusedException(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
