package org.entente.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * What one respondent sees through their personal link: the round's instrument, its state and
 * closing date, and their own answers (nothing about anyone else). {@code version} guards against a
 * save from a page that is out of date.
 */
public record Questionnaire(
    long respondentId,
    HealthCheckRound round,
    InstrumentText instrument,
    Map<String, Answer> answers,
    Instant savedAt,
    Instant finishedAt,
    int version) {

  public Questionnaire {
    answers = Map.copyOf(answers);
  }

  public boolean finished() {
    return finishedAt != null;
  }

  public int answered() {
    return answers.size();
  }

  public int total() {
    return instrument.dimensions().stream().mapToInt(d -> d.items().size()).sum();
  }
}
