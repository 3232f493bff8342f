package org.entente.assessment;

/** A dimension of an instrument, such as "governance arrangements" or "trust". */
public record Dimension(String key, String title) {

  public Dimension {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a dimension needs a key");
    }
  }
}
