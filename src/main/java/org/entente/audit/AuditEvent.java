package org.entente.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Published by every module for every write; the audit module records it in the same transaction,
 * so a change and its trail are written together or not at all.
 *
 * @param areaId the area the record belongs to, or {@code null} for installation-wide records
 * @param subjectType what kind of record, such as {@code partnership} or {@code user}
 * @param action what happened, such as {@code created}, {@code updated}, {@code closed}
 */
public record AuditEvent(
    Long areaId,
    String subjectType,
    long subjectId,
    String subjectLabel,
    String action,
    List<FieldChange> changes) {

  public AuditEvent {
    changes = List.copyOf(changes);
  }

  public static AuditEvent of(
      Long areaId, String subjectType, long subjectId, String subjectLabel, String action) {
    return new AuditEvent(areaId, subjectType, subjectId, subjectLabel, action, List.of());
  }

  /**
   * The fields whose values differ between two snapshots (field name to readable value), in the
   * order of the later snapshot.
   */
  public static List<FieldChange> changesBetween(
      Map<String, String> before, Map<String, String> after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Map.Entry<String, String> e : after.entrySet()) {
      String old = before.get(e.getKey());
      if (!Objects.equals(blankToNull(old), blankToNull(e.getValue()))) {
        changes.add(new FieldChange(e.getKey(), old, e.getValue()));
      }
    }
    return changes;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
