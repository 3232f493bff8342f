package org.entente.assessment;

import java.util.List;
import java.util.Optional;

/** Health-check rounds as their results need them: the round, its responses and the one before. */
public interface HealthChecks {

  /** The round, if it is one of the area's. */
  Optional<HealthCheckRound> round(long areaId, long roundId);

  /**
   * The answers of every respondent who answered at least one item, as {@link Scoring} takes them:
   * the respondent key is the respondent's id; the sector ({@link org.entente.directory.Sector}
   * name, or {@code UNKNOWN}) and organisation (its name, or {@value #NO_ORGANISATION}) are those
   * the respondent answered for when invited.
   */
  List<Response> responses(long roundId);

  /**
   * The last closed round before this one of the same instrument key (any version) for the same
   * partnership, if there is one.
   */
  Optional<HealthCheckRound> previousRound(long roundId);

  /** The organisation of a respondent invited by email address alone. */
  String NO_ORGANISATION = "No organisation recorded";

  /** The sector of a respondent whose sector is not known. */
  String UNKNOWN_SECTOR = "UNKNOWN";
}
