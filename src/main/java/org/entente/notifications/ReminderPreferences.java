package org.entente.notifications;

import java.util.Set;

/** Which kinds of reminder each account wants by email; every kind is wanted until turned off. */
public interface ReminderPreferences {

  /** The kinds the account gets. */
  Set<ReminderKind> chosen(long userId);

  /** Replaces the account's choice with the given kinds, which may be none. */
  void choose(long userId, Set<ReminderKind> kinds);

  /**
   * Whether email sent to this address should include the kind: the choice of the account with that
   * address (whatever its case), or yes when no account has it.
   */
  boolean wants(String email, ReminderKind kind);
}
