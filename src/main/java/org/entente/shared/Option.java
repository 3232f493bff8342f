package org.entente.shared;

/** A choice in a select, radios or checkboxes, with optional hint text. */
public record Option(Object value, String label, String hint) {

  public static Option of(Object value, String label) {
    return new Option(value, label, null);
  }
}
