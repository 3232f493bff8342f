package org.entente.conflict.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.conflict.ForceDirection;
import org.entente.conflict.ForceFieldView;
import org.entente.conflict.ForceFields;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Force-field analyses. Versions are only ever added, never changed, so they are written row by row
 * rather than by rewriting the whole analysis; the analysis row carries the lock version.
 */
@Service
@Transactional(readOnly = true)
class ForceFieldBook implements ForceFields {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ForceFieldBook(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  @Transactional
  public long start(long areaId, long partnershipId, AnalysisDetails details, String by) {
    check(details);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into force_field (area_id, partnership_id, version, created_at)"
                + " values (:area, :partnership, 0, :now)")
        .param("area", areaId)
        .param("partnership", partnershipId)
        .param("now", Timestamp.from(Instant.now()))
        .update(key, "id");
    long id = key.getKey().longValue();
    writeVersion(id, 1, details, by);
    audit(areaId, id, details, "created", Map.of(), snapshot(details, 1));
    return id;
  }

  @Override
  @Transactional
  public int saveVersion(long areaId, long id, int version, AnalysisDetails details, String by) {
    check(details);
    ForceFieldView current =
        analysis(areaId, id, null).orElseThrow(() -> new NotFoundException("force field " + id));
    int updated =
        jdbc.sql(
                "update force_field set version = version + 1"
                    + " where id = :id and area_id = :area and version = :version")
            .param("id", id)
            .param("area", areaId)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("force field " + id);
    }
    int number = current.latest() + 1;
    writeVersion(id, number, details, by);
    ForceFieldView.Snapshot before = current.shown();
    audit(
        areaId,
        id,
        details,
        "version-saved",
        snapshot(
            new AnalysisDetails(
                before.desiredChange(),
                before.description(),
                before.forces().stream()
                    .map(
                        f ->
                            new ForceDetails(
                                f.direction(), f.description(), f.strength(), f.notes()))
                    .toList()),
            before.number()),
        snapshot(details, number));
    return number;
  }

  private void writeVersion(long id, int number, AnalysisDetails d, String by) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into force_field_version (force_field_id, number, desired_change, description,"
                + " saved_at, saved_by) values (:id, :number, :change, :description, :now, :by)")
        .param("id", id)
        .param("number", number)
        .param("change", d.desiredChange().trim())
        .param("description", blankToNull(d.description()))
        .param("now", Timestamp.from(Instant.now()))
        .param("by", by)
        .update(key, "id");
    long versionId = key.getKey().longValue();
    int position = 0;
    for (ForceDetails f : d.forces()) {
      jdbc.sql(
              "insert into force_field_force (version_id, position, direction, description,"
                  + " strength, notes) values (:v, :position, :direction, :description, :strength,"
                  + " :notes)")
          .param("v", versionId)
          .param("position", position++)
          .param("direction", f.direction().name())
          .param("description", f.description().trim())
          .param("strength", f.strength())
          .param("notes", blankToNull(f.notes()))
          .update();
    }
  }

  record Head(long id, long partnershipId, int version) {}

  record VersionRow(
      long id,
      int number,
      Instant savedAt,
      String savedBy,
      String desiredChange,
      String description) {}

  @Override
  public Optional<ForceFieldView> analysis(long areaId, long id, Integer number) {
    Optional<Head> head =
        jdbc.sql(
                "select id, partnership_id, version from force_field where id = :id and area_id ="
                    + " :area")
            .param("id", id)
            .param("area", areaId)
            .query(Head.class)
            .optional();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<VersionRow> versions =
        jdbc.sql(
                "select id, number, saved_at, saved_by, desired_change, description"
                    + " from force_field_version where force_field_id = :id order by number")
            .param("id", id)
            .query(VersionRow.class)
            .list();
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    VersionRow shown =
        number == null
            ? versions.get(versions.size() - 1)
            : versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
    if (shown == null) {
      return Optional.empty();
    }
    List<ForceFieldView.Force> forces =
        jdbc.sql(
                "select direction, description, strength, notes from force_field_force"
                    + " where version_id = :v order by position, id")
            .param("v", shown.id())
            .query(ForceFieldView.Force.class)
            .list();
    return Optional.of(
        new ForceFieldView(
            id,
            head.get().partnershipId(),
            head.get().version(),
            versions.stream()
                .map(v -> new ForceFieldView.VersionRef(v.number(), v.savedAt(), v.savedBy()))
                .toList(),
            new ForceFieldView.Snapshot(
                shown.number(),
                shown.savedAt(),
                shown.savedBy(),
                shown.desiredChange(),
                shown.description(),
                forces)));
  }

  @Override
  public List<ForceFieldView.Summary> ofPartnership(long areaId, long partnershipId) {
    return jdbc.sql(
            """
            select f.id, v.desired_change, v.number as versions, v.saved_at as last_saved_at,
                   coalesce(sum(x.strength) filter (where x.direction = 'DRIVING'), 0)
                       as driving_total,
                   coalesce(sum(x.strength) filter (where x.direction = 'RESISTING'), 0)
                       as resisting_total
            from force_field f
            join force_field_version v on v.force_field_id = f.id
             and v.number = (select max(number) from force_field_version
                             where force_field_id = f.id)
            left join force_field_force x on x.version_id = v.id
            where f.area_id = :area and f.partnership_id = :partnership
            group by f.id, v.desired_change, v.number, v.saved_at
            order by v.saved_at desc, f.id desc
            """)
        .param("area", areaId)
        .param("partnership", partnershipId)
        .query(ForceFieldView.Summary.class)
        .list();
  }

  private static void check(AnalysisDetails d) {
    if (d.desiredChange() == null || d.desiredChange().isBlank()) {
      throw new IllegalArgumentException("a force-field analysis needs a desired change");
    }
    for (ForceDetails f : d.forces()) {
      if (f.direction() == null || f.description() == null || f.description().isBlank()) {
        throw new IllegalArgumentException("a force needs a direction and a description");
      }
      if (f.strength() < MIN_STRENGTH || f.strength() > MAX_STRENGTH) {
        throw new IllegalArgumentException("strength must be from 1 to 5");
      }
    }
  }

  private static Map<String, String> snapshot(AnalysisDetails d, int number) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("versionNumber", String.valueOf(number));
    s.put("desiredChange", d.desiredChange());
    s.put("description", d.description());
    s.put("drivingForces", forces(d, ForceDirection.DRIVING));
    s.put("resistingForces", forces(d, ForceDirection.RESISTING));
    return s;
  }

  private static String forces(AnalysisDetails d, ForceDirection direction) {
    return String.join(
        "; ",
        d.forces().stream()
            .filter(f -> f.direction() == direction)
            .map(f -> f.description().trim() + " (" + f.strength() + ")")
            .toList());
  }

  private void audit(
      long areaId,
      long id,
      AnalysisDetails d,
      String action,
      Map<String, String> before,
      Map<String, String> after) {
    String label = d.desiredChange().trim();
    events.publishEvent(
        new AuditEvent(
            areaId,
            "force-field",
            id,
            label.length() > 300 ? label.substring(0, 297) + "..." : label,
            action,
            AuditEvent.changesBetween(before, after)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
