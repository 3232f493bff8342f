package org.entente.conflict.engine;

/**
 * A dilemma a character faces on an options board.
 *
 * @param towards the other character the dilemma concerns, or null for threat and co-operation
 */
public record Dilemma(String character, Type type, String towards, String explanation) {

  /** The dilemma types; the first four are crisis dilemmas, the last two commitment dilemmas. */
  public enum Type {
    PERSUASION("persuasion"),
    REJECTION("rejection"),
    THREAT("threat"),
    POSITIONING("positioning"),
    COOPERATION("cooperation"),
    TRUST("trust");

    private final String code;

    Type(String code) {
      this.code = code;
    }

    /** The name used in the exchange format. */
    public String code() {
      return code;
    }
  }
}
