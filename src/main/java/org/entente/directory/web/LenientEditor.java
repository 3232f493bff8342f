package org.entente.directory.web;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads a submitted choice leniently: a value that is not one of the choices (only an edited page
 * can send one) reads as no choice, which validation then reports next to the field. A strict
 * conversion would leave a record-bound form with no object to show the errors on.
 */
class LenientEditor extends PropertyEditorSupport {

  private final Function<String, Object> parse;

  private LenientEditor(Function<String, Object> parse) {
    this.parse = parse;
  }

  static <E extends Enum<E>> LenientEditor of(Class<E> type) {
    return new LenientEditor(
        text ->
            Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(text))
                .findFirst()
                .orElse(null));
  }

  static LenientEditor ofInteger() {
    return new LenientEditor(Integer::valueOf);
  }

  @Override
  public void setAsText(String text) {
    String trimmed = text == null ? "" : text.trim();
    try {
      setValue(trimmed.isEmpty() ? null : parse.apply(trimmed));
    } catch (RuntimeException e) {
      setValue(null);
    }
  }

  @Override
  public String getAsText() {
    Object value = getValue();
    return value instanceof Enum<?> e ? e.name() : value == null ? "" : value.toString();
  }
}
