package org.entente.assessment;

import java.time.Instant;

/** One respondent of a round as its officers see it: who, and how far they have got. */
public record RespondentStatus(
    long id,
    String name,
    String email,
    String organisationName,
    Instant startedAt,
    Instant finishedAt,
    Instant lastRemindedAt,
    int reminders) {

  public String label() {
    return name == null || name.isBlank() ? email : name;
  }

  public boolean finished() {
    return finishedAt != null;
  }
}
