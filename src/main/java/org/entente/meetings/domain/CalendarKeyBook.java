package org.entente.meetings.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.meetings.CalendarKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calendar feed keys: 256 random bits each, kept only as their SHA-256 hash. */
@Service
@Transactional(readOnly = true)
class CalendarKeyBook implements CalendarKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  CalendarKeyBook(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public Optional<Instant> createdAt(long userId) {
    return jdbc.sql("select created_at from calendar_key where user_id = :user")
        .param("user", userId)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  @Override
  @Transactional
  public String reset(long userId, String displayName) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    boolean replaced = createdAt(userId).isPresent();
    jdbc.sql(
            """
            insert into calendar_key (user_id, key_hash, created_at) values (:user, :hash, now())
            on conflict (user_id) do update set key_hash = excluded.key_hash,
              created_at = excluded.created_at
            """)
        .param("user", userId)
        .param("hash", hash(key))
        .update();
    events.publishEvent(
        new AuditEvent(
            null,
            "user",
            userId,
            displayName,
            replaced ? "calendar-key-reset" : "calendar-key-created",
            List.of()));
    return key;
  }

  @Override
  public Optional<Long> owner(String key) {
    if (key == null || key.isBlank() || key.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql("select user_id from calendar_key where key_hash = :hash")
        .param("hash", hash(key))
        .query(Long.class)
        .optional();
  }

  private static String hash(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
