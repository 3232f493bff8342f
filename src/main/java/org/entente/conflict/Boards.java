package org.entente.conflict;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entente.conflict.exchange.DramaModelDocument;

/** Options boards (drama-theory models) saved per partnership, with their versions. */
public interface Boards {

  int TITLE_MAX = 200;
  int DESCRIPTION_MAX = 2000;

  /** What a facilitator writes: a title, a description and the board in the exchange format. */
  record BoardDetails(String title, String description, DramaModelDocument model) {}

  record BoardSummary(
      long id,
      long partnershipId,
      String title,
      String description,
      int version,
      Instant updatedAt,
      String updatedBy) {}

  record BoardView(
      long id,
      long partnershipId,
      String title,
      String description,
      int version,
      DramaModelDocument model,
      Instant createdAt,
      Instant updatedAt,
      String updatedBy) {}

  /** The partnership's boards, most recently changed first. */
  List<BoardSummary> ofPartnership(long areaId, long partnershipId);

  Optional<BoardView> board(long areaId, long partnershipId, long boardId);

  /**
   * Saves a new board.
   *
   * @throws org.entente.conflict.exchange.DramaModelException if the model is not well formed
   */
  long create(long areaId, long partnershipId, BoardDetails details, String by);

  /**
   * Replaces a board's title, description and model.
   *
   * @throws org.entente.shared.StaleEditException if the board changed since {@code version}
   * @throws org.entente.conflict.exchange.DramaModelException if the model is not well formed
   */
  void update(
      long areaId, long partnershipId, long boardId, int version, BoardDetails details, String by);

  /**
   * Deletes a board.
   *
   * @throws org.entente.shared.StaleEditException if the board changed since {@code version}
   */
  void delete(long areaId, long partnershipId, long boardId, int version);
}
