package org.entente.conflict;

import java.util.List;
import java.util.Optional;

/**
 * Force-field analyses of a partnership: a desired change, the forces driving and resisting it, and
 * every saved version, so that a group can see how the balance moved.
 */
public interface ForceFields {

  int MIN_STRENGTH = 1;
  int MAX_STRENGTH = 5;

  record ForceDetails(ForceDirection direction, String description, int strength, String notes) {}

  record AnalysisDetails(String desiredChange, String description, List<ForceDetails> forces) {}

  /** Starts an analysis; what was typed becomes its version 1. */
  long start(long areaId, long partnershipId, AnalysisDetails details, String by);

  /**
   * Saves what was typed as the next version, keeping the earlier ones.
   *
   * @return the new version's number
   */
  int saveVersion(long areaId, long id, int version, AnalysisDetails details, String by);

  /** The analysis showing one of its versions ({@code null}: the latest). */
  Optional<ForceFieldView> analysis(long areaId, long id, Integer number);

  List<ForceFieldView.Summary> ofPartnership(long areaId, long partnershipId);
}
