package org.entente.conflict;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.meetings.Actions;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;

/** The tension log of each partnership: what the tension is, between whom, and how it is going. */
public interface Tensions {

  Set<String> SORT_KEYS = Set.of("title", "severity", "stage", "source", "raised");

  /** What a user typed to log or change a tension; the stage moves by {@link #move} only. */
  record TensionDetails(
      String title,
      String description,
      List<Long> organisationIds,
      List<Long> bodyIds,
      TensionSource source,
      TensionSeverity severity,
      BarrierFamily barrier) {}

  /** Which tensions a list shows; {@code openOnly} leaves out the resolved ones. */
  record TensionFilter(
      TensionStage stage,
      TensionSource source,
      TensionSeverity severity,
      Long partnershipId,
      boolean openOnly) {}

  /** How many open tensions have one source and stand at one stage. */
  record Cell(TensionSource source, TensionStage stage, long count) {}

  /**
   * Logs a tension at the stage "raised".
   *
   * @throws IllegalArgumentException if a party is not an organisation of the area or a body of the
   *     partnership
   */
  long raise(long areaId, long partnershipId, TensionDetails details, String by);

  Optional<TensionView> tension(long areaId, long id);

  void update(long areaId, long id, int version, TensionDetails details, String by);

  /** Moves the tension to another stage, recorded in its timeline with an optional note. */
  void move(long areaId, long id, int version, TensionStage stage, String note, String by);

  void addNote(long areaId, long id, int version, String text, String by);

  /** Raises a tracked action for the tension's partnership and links it to the tension. */
  long raiseAction(long areaId, long id, int version, Actions.ActionDetails details, String by);

  Page<TensionSummary> search(
      long areaId, Collection<Long> partnershipIds, TensionFilter filter, PageRequest page);

  /** How many of the partnership's tensions stand at each stage (every stage, zeros included). */
  Map<TensionStage, Long> countsByStage(long areaId, long partnershipId);

  /** Open tensions of the given partnerships by source and stage; only non-zero cells. */
  List<Cell> openBySourceAndStage(long areaId, Collection<Long> partnershipIds);
}
