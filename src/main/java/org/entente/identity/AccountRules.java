package org.entente.identity;

import java.util.regex.Pattern;

/**
 * The shape of usernames and email addresses, shared by invitations and the first administrator.
 */
public final class AccountRules {

  /** Letters, digits, full stops, hyphens and underscores; never an @, so never an email. */
  public static final String USERNAME_PATTERN = "^[A-Za-z0-9._-]{3,60}$";

  /** Something, an @, and a domain with a dot: enough to catch typing mistakes. */
  public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
  private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

  private AccountRules() {}

  public static boolean isUsername(String value) {
    return value != null && USERNAME.matcher(value).matches();
  }

  public static boolean isEmail(String value) {
    return value != null && value.length() <= 320 && EMAIL.matcher(value).matches();
  }
}
