package org.entente.assessment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal links of respondents. A link carries 256 random bits; only their SHA-256 hash is kept,
 * so that nobody who reads the database can answer for a respondent.
 */
@Component
class RespondentLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  RespondentLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new link for the respondent; returns the token to send, which is kept nowhere. */
  String issue(long respondentId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql("insert into health_check_link (token_hash, respondent_id) values (:hash, :r)")
        .param("hash", hash(token))
        .param("r", respondentId)
        .update();
    return token;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether a string could be a token at all, so that junk never reaches the database. */
  static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }

  /** The path of a respondent's page, for a token. */
  static String path(String token) {
    return "/health-checks/respond/" + token;
  }
}
