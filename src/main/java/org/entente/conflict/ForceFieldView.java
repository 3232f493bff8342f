package org.entente.conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One force-field analysis: its versions (oldest first) and the one shown, in full.
 *
 * @param version the lock version a form must send back to save the next version
 */
public record ForceFieldView(
    long id, long partnershipId, int version, List<VersionRef> versions, Snapshot shown) {

  /** A saved version in the list of versions. */
  public record VersionRef(int number, Instant savedAt, String savedBy) {}

  /** A list line: the latest version's desired change and balance. */
  public record Summary(
      long id,
      String desiredChange,
      int versions,
      Instant lastSavedAt,
      int drivingTotal,
      int resistingTotal) {}

  public record Force(ForceDirection direction, String description, int strength, String notes) {}

  /** One version as it was saved. */
  public record Snapshot(
      int number,
      Instant savedAt,
      String savedBy,
      String desiredChange,
      String description,
      List<Force> forces) {

    public List<Force> driving() {
      return forces.stream().filter(f -> f.direction() == ForceDirection.DRIVING).toList();
    }

    public List<Force> resisting() {
      return forces.stream().filter(f -> f.direction() == ForceDirection.RESISTING).toList();
    }

    public int drivingTotal() {
      return driving().stream().mapToInt(Force::strength).sum();
    }

    public int resistingTotal() {
      return resisting().stream().mapToInt(Force::strength).sum();
    }

    /** Positive when the driving forces outweigh the resisting ones. */
    public int balance() {
      return drivingTotal() - resistingTotal();
    }
  }

  public int latest() {
    return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
  }

  /** How a force changed from one version to another. */
  public enum ChangeKind {
    ADDED,
    REMOVED,
    STRENGTHENED,
    WEAKENED,
    UNCHANGED
  }

  public record Change(
      ChangeKind kind,
      ForceDirection direction,
      String description,
      Integer before,
      Integer after) {}

  /**
   * What changed between two versions. A force is the same force in both when it pushes the same
   * way and its description matches, ignoring case and spacing.
   */
  public static List<Change> changes(Snapshot from, Snapshot to) {
    Map<String, Force> before = byKey(from.forces());
    Map<String, Force> after = byKey(to.forces());
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, Force> e : after.entrySet()) {
      Force now = e.getValue();
      Force then = before.get(e.getKey());
      ChangeKind kind;
      if (then == null) {
        kind = ChangeKind.ADDED;
      } else if (now.strength() > then.strength()) {
        kind = ChangeKind.STRENGTHENED;
      } else if (now.strength() < then.strength()) {
        kind = ChangeKind.WEAKENED;
      } else {
        kind = ChangeKind.UNCHANGED;
      }
      changes.add(
          new Change(
              kind,
              now.direction(),
              now.description(),
              then == null ? null : then.strength(),
              now.strength()));
    }
    for (Map.Entry<String, Force> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        Force then = e.getValue();
        changes.add(
            new Change(
                ChangeKind.REMOVED, then.direction(), then.description(), then.strength(), null));
      }
    }
    return changes;
  }

  private static Map<String, Force> byKey(List<Force> forces) {
    Map<String, Force> map = new LinkedHashMap<>();
    for (Force f : forces) {
      map.putIfAbsent(
          f.direction()
              + ":"
              + f.description().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
          f);
    }
    return map;
  }
}
