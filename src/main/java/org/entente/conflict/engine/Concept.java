package org.entente.conflict.engine;

/** The graph-model stability concepts. */
public enum Concept {
  NASH("nash"),
  GMR("gmr"),
  SMR("smr"),
  SEQ("seq");

  private final String code;

  Concept(String code) {
    this.code = code;
  }

  /** The name used in the exchange format. */
  public String code() {
    return code;
  }
}
