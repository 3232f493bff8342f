package org.entente.conflict;

import java.time.Instant;
import java.util.Optional;
import org.entente.conflict.exchange.ConflictModelJson;
import org.entente.conflict.exchange.StabilityExchange;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/** A partnership's saved graph-model stability analyses, kept in the exchange format. */
public interface StabilityModels {

  /** A saved model as lists show it. */
  record Summary(
      long id,
      long partnershipId,
      String title,
      String description,
      int decisionMakers,
      boolean graphForm,
      int version,
      Instant updatedAt) {}

  /** A saved model with its conflict in the exchange format. */
  record Saved(
      long id,
      long areaId,
      long partnershipId,
      String title,
      String description,
      ConflictModelJson model,
      int version,
      Instant createdAt,
      Instant updatedAt) {}

  /** What a facilitator writes: a title, an optional description and the conflict itself. */
  record Details(String title, String description, ConflictModelJson model) {}

  int TITLE_MAX = 200;
  int DESCRIPTION_MAX = 2000;

  Page<Summary> list(long areaId, long partnershipId, PageRequest page);

  Optional<Saved> find(long areaId, long partnershipId, long id);

  /**
   * Saves a new model, checked first.
   *
   * @throws org.entente.conflict.exchange.ConflictModelException when the model cannot be analysed
   */
  long create(long areaId, long partnershipId, Details details);

  /**
   * Replaces a model's title, description and conflict.
   *
   * @throws org.entente.shared.StaleEditException when {@code version} is not the current one
   */
  void update(long areaId, long partnershipId, long id, int version, Details details);

  /** Deletes a model; a stale version gets {@link org.entente.shared.StaleEditException}. */
  void delete(long areaId, long partnershipId, long id, int version);

  /** The analysis of a saved model, worked out once per version. */
  StabilityExchange.Analysis analysis(Saved saved);
}
