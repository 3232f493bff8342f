package org.entente.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What makes a password acceptable, wherever one is chosen. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;

  /** BCrypt reads only the first 72 bytes of a password, so longer ones are refused. */
  public static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  /** The message key of what is wrong with a password, or empty when it is acceptable. */
  public static Optional<String> problem(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password.required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.of("password.tooLong");
    }
    return Optional.empty();
  }
}
