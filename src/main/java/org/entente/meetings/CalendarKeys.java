package org.entente.meetings;

import java.time.Instant;
import java.util.Optional;

/**
 * Each account's secret key for its calendar feeds, which calendar apps fetch without signing in.
 * Only a hash of the key is kept, so a key is shown once, when it is made.
 */
public interface CalendarKeys {

  /** When the account's current key was made, if it has one. */
  Optional<Instant> createdAt(long userId);

  /** Makes a new key for the account and returns it; links with the old key stop working. */
  String reset(long userId, String displayName);

  /** The id of the account a key belongs to. */
  Optional<Long> owner(String key);
}
