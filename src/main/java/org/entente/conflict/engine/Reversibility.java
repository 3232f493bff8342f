package org.entente.conflict.engine;

/** Which way the decision maker controlling an option may change it. */
public enum Reversibility {
  /** The option may be taken up and dropped. */
  BOTH("both"),
  /** Once taken up (yes) the option cannot be dropped. */
  ONLY_TO_YES("onlyToYes"),
  /** Once dropped (no) the option cannot be taken up again. */
  ONLY_TO_NO("onlyToNo");

  private final String code;

  Reversibility(String code) {
    this.code = code;
  }

  /** The name used in the exchange format: {@code both}, {@code onlyToYes} or {@code onlyToNo}. */
  public String code() {
    return code;
  }

  /** Reads the exchange-format name. */
  public static Reversibility fromCode(String code) {
    for (Reversibility r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Reversibility must be both, onlyToYes or onlyToNo, not \"" + code + "\".");
  }
}
