package org.entente.performance.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.audit.FieldChange;
import org.entente.performance.Frequency;
import org.entente.performance.IndicatorDetails;
import org.entente.performance.IndicatorKind;
import org.entente.performance.IndicatorStatus;
import org.entente.performance.IndicatorSummary;
import org.entente.performance.IndicatorView;
import org.entente.performance.Measurement;
import org.entente.performance.MeasurementEntry;
import org.entente.performance.OutcomeDetails;
import org.entente.performance.OutcomeView;
import org.entente.performance.Polarity;
import org.entente.performance.Revision;
import org.entente.performance.Strategy;
import org.entente.performance.Tolerance;
import org.entente.performance.Trajectory;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the community strategy's outcomes, indicators and measurements in PostgreSQL. */
@Service
@Transactional(readOnly = true)
class StrategyBook implements Strategy {

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final ApplicationEventPublisher events;

  StrategyBook(JdbcClient jdbc, JdbcTemplate batches, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.events = events;
  }

  // ---- outcomes

  private record OutcomeRow(
      long id,
      long areaId,
      long themeId,
      String title,
      String description,
      long leadPartnershipId,
      int version) {}

  @Override
  public List<OutcomeView> outcomes(long areaId) {
    List<OutcomeRow> rows =
        jdbc.sql(
                "select id, area_id, theme_id, title, description, lead_partnership_id, version"
                    + " from outcome where area_id = :area order by lower(title)")
            .param("area", areaId)
            .query(OutcomeRow.class)
            .list();
    Map<Long, List<Long>> contributors = new HashMap<>();
    jdbc.sql(
            "select c.outcome_id, c.partnership_id from outcome_contributor c"
                + " join outcome o on o.id = c.outcome_id where o.area_id = :area"
                + " order by c.outcome_id, c.partnership_id")
        .param("area", areaId)
        .query(
            (ResultSet rs) -> {
              contributors
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(rs.getLong(2));
            });
    return rows.stream().map(r -> view(r, contributors.getOrDefault(r.id(), List.of()))).toList();
  }

  @Override
  public Optional<OutcomeView> outcome(long areaId, long id) {
    return jdbc.sql(
            "select id, area_id, theme_id, title, description, lead_partnership_id, version"
                + " from outcome where area_id = :area and id = :id")
        .param("area", areaId)
        .param("id", id)
        .query(OutcomeRow.class)
        .optional()
        .map(
            r ->
                view(
                    r,
                    jdbc.sql(
                            "select partnership_id from outcome_contributor"
                                + " where outcome_id = :id order by partnership_id")
                        .param("id", id)
                        .query(Long.class)
                        .list()));
  }

  private static OutcomeView view(OutcomeRow r, List<Long> contributors) {
    return new OutcomeView(
        r.id(),
        r.areaId(),
        new OutcomeDetails(
            r.themeId(), r.title(), r.description(), r.leadPartnershipId(), contributors),
        r.version());
  }

  @Override
  @Transactional
  public long addOutcome(long areaId, OutcomeDetails d) {
    long id =
        jdbc.sql(
                "insert into outcome (area_id, theme_id, title, description, lead_partnership_id)"
                    + " values (:area, :theme, :title, :description, :lead) returning id")
            .param("area", areaId)
            .param("theme", d.themeId())
            .param("title", d.title().trim())
            .param("description", blankToNull(d.description()))
            .param("lead", d.leadId())
            .query(Long.class)
            .single();
    writeContributors(id, d.contributorIds());
    events.publishEvent(
        new AuditEvent(
            areaId,
            "outcome",
            id,
            d.title().trim(),
            "created",
            AuditEvent.changesBetween(Map.of(), snapshot(d))));
    return id;
  }

  @Override
  @Transactional
  public void updateOutcome(long areaId, long id, int version, OutcomeDetails d) {
    OutcomeView before =
        outcome(areaId, id).orElseThrow(() -> new NotFoundException("outcome " + id));
    int updated =
        jdbc.sql(
                "update outcome set theme_id = :theme, title = :title, description = :description,"
                    + " lead_partnership_id = :lead, version = version + 1"
                    + " where id = :id and area_id = :area and version = :version")
            .param("theme", d.themeId())
            .param("title", d.title().trim())
            .param("description", blankToNull(d.description()))
            .param("lead", d.leadId())
            .param("id", id)
            .param("area", areaId)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("outcome " + id);
    }
    jdbc.sql("delete from outcome_contributor where outcome_id = :id").param("id", id).update();
    writeContributors(id, d.contributorIds());
    events.publishEvent(
        new AuditEvent(
            areaId,
            "outcome",
            id,
            d.title().trim(),
            "updated",
            AuditEvent.changesBetween(snapshot(before.details()), snapshot(d))));
  }

  private void writeContributors(long outcomeId, List<Long> ids) {
    for (long p : ids) {
      jdbc.sql(
              "insert into outcome_contributor (outcome_id, partnership_id) values (:o, :p)"
                  + " on conflict do nothing")
          .param("o", outcomeId)
          .param("p", p)
          .update();
    }
  }

  private static Map<String, String> snapshot(OutcomeDetails d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("theme", String.valueOf(d.themeId()));
    m.put("title", d.title());
    m.put("description", d.description());
    m.put("lead", String.valueOf(d.leadId()));
    m.put(
        "contributors",
        d.contributorIds().stream()
            .sorted()
            .map(String::valueOf)
            .collect(Collectors.joining(", ")));
    return m;
  }

  // ---- indicators

  private static final String INDICATOR_COLUMNS =
      "id, area_id, outcome_id, name, definition, unit, polarity, frequency, source, kind,"
          + " baseline_value, baseline_on, tolerance_kind, tolerance_amount, version";

  private record IndicatorRow(
      long id,
      long areaId,
      long outcomeId,
      String name,
      String definition,
      String unit,
      Polarity polarity,
      Frequency frequency,
      String source,
      IndicatorKind kind,
      BigDecimal baselineValue,
      LocalDate baselineOn,
      Tolerance.Kind toleranceKind,
      BigDecimal toleranceAmount,
      int version) {}

  private record TargetRow(long indicatorId, LocalDate targetOn, BigDecimal value) {}

  @Override
  public Optional<IndicatorView> indicator(long areaId, long id) {
    return jdbc.sql(
            "select " + INDICATOR_COLUMNS + " from indicator where area_id = :area and id = :id")
        .param("area", areaId)
        .param("id", id)
        .query(IndicatorRow.class)
        .optional()
        .map(r -> view(r, targets(List.of(r.id())).getOrDefault(r.id(), List.of())));
  }

  private Map<Long, List<Trajectory.Point>> targets(Collection<Long> indicatorIds) {
    if (indicatorIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            "select indicator_id, target_on, value from indicator_target"
                + " where indicator_id in (:ids) order by indicator_id, target_on")
        .param("ids", indicatorIds)
        .query(TargetRow.class)
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                TargetRow::indicatorId,
                Collectors.mapping(
                    t -> new Trajectory.Point(t.targetOn(), t.value()), Collectors.toList())));
  }

  private static IndicatorView view(IndicatorRow r, List<Trajectory.Point> targets) {
    return new IndicatorView(
        r.id(),
        r.areaId(),
        r.outcomeId(),
        new IndicatorDetails(
            r.name(),
            r.definition(),
            r.unit(),
            r.polarity(),
            r.frequency(),
            r.source(),
            r.kind(),
            new Trajectory(new Trajectory.Point(r.baselineOn(), r.baselineValue()), targets),
            new Tolerance(r.toleranceKind(), r.toleranceAmount())),
        r.version());
  }

  @Override
  public List<IndicatorSummary> indicators(long areaId, Collection<Long> outcomeIds) {
    if (outcomeIds.isEmpty()) {
      return List.of();
    }
    List<IndicatorRow> rows =
        jdbc.sql(
                "select "
                    + INDICATOR_COLUMNS
                    + " from indicator where area_id = :area and outcome_id in (:outcomes)"
                    + " order by lower(name), id")
            .param("area", areaId)
            .param("outcomes", outcomeIds)
            .query(IndicatorRow.class)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(IndicatorRow::id).toList();
    Map<Long, List<Trajectory.Point>> targets = targets(ids);
    // The two latest values of each indicator: enough for its status and direction since the
    // previous period, read from the primary key without scanning anyone's history.
    Map<Long, Map<LocalDate, BigDecimal>> latest = new HashMap<>();
    jdbc.sql(
            "select i.id, m.period_end, m.value from indicator i cross join lateral"
                + " (select period_end, value from measurement where indicator_id = i.id"
                + " order by period_end desc limit 2) m where i.id in (:ids)")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              latest
                  .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .put(rs.getDate(2).toLocalDate(), rs.getBigDecimal(3));
            });
    List<IndicatorSummary> out = new ArrayList<>();
    for (IndicatorRow r : rows) {
      IndicatorView v = view(r, targets.getOrDefault(r.id(), List.of()));
      Map<LocalDate, BigDecimal> actuals = latest.getOrDefault(r.id(), Map.of());
      IndicatorStatus.Period period =
          actuals.keySet().stream()
              .max(LocalDate::compareTo)
              .map(end -> IndicatorStatus.period(v.rules(), actuals, end))
              .orElse(null);
      out.add(
          new IndicatorSummary(r.id(), r.outcomeId(), r.name(), r.unit(), r.frequency(), period));
    }
    return out;
  }

  @Override
  @Transactional
  public long addIndicator(long areaId, long outcomeId, IndicatorDetails d) {
    outcome(areaId, outcomeId).orElseThrow(() -> new NotFoundException("outcome " + outcomeId));
    long id =
        jdbc.sql(
                "insert into indicator (area_id, outcome_id, name, definition, unit, polarity,"
                    + " frequency, source, kind, baseline_value, baseline_on, tolerance_kind,"
                    + " tolerance_amount) values (:area, :outcome, :name, :definition, :unit,"
                    + " :polarity, :frequency, :source, :kind, :baselineValue, :baselineOn,"
                    + " :toleranceKind, :toleranceAmount) returning id")
            .param("area", areaId)
            .param("outcome", outcomeId)
            .params(indicatorParams(d))
            .query(Long.class)
            .single();
    writeTargets(id, d.trajectory());
    events.publishEvent(
        new AuditEvent(
            areaId,
            "indicator",
            id,
            d.name().trim(),
            "created",
            AuditEvent.changesBetween(Map.of(), snapshot(d))));
    return id;
  }

  @Override
  @Transactional
  public void updateIndicator(long areaId, long id, int version, IndicatorDetails d) {
    IndicatorView before =
        indicator(areaId, id).orElseThrow(() -> new NotFoundException("indicator " + id));
    int updated =
        jdbc.sql(
                "update indicator set name = :name, definition = :definition, unit = :unit,"
                    + " polarity = :polarity, frequency = :frequency, source = :source,"
                    + " kind = :kind, baseline_value = :baselineValue, baseline_on = :baselineOn,"
                    + " tolerance_kind = :toleranceKind, tolerance_amount = :toleranceAmount,"
                    + " version = version + 1 where id = :id and area_id = :area"
                    + " and version = :version")
            .params(indicatorParams(d))
            .param("id", id)
            .param("area", areaId)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("indicator " + id);
    }
    jdbc.sql("delete from indicator_target where indicator_id = :id").param("id", id).update();
    writeTargets(id, d.trajectory());
    events.publishEvent(
        new AuditEvent(
            areaId,
            "indicator",
            id,
            d.name().trim(),
            "updated",
            AuditEvent.changesBetween(snapshot(before.details()), snapshot(d))));
  }

  private static Map<String, Object> indicatorParams(IndicatorDetails d) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", d.name().trim());
    m.put("definition", d.definition().trim());
    m.put("unit", d.unit().trim());
    m.put("polarity", d.polarity().name());
    m.put("frequency", d.frequency().name());
    m.put("source", d.source().trim());
    m.put("kind", d.kind().name());
    m.put("baselineValue", d.trajectory().baseline().value());
    m.put("baselineOn", Date.valueOf(d.trajectory().baseline().on()));
    m.put("toleranceKind", d.tolerance().kind().name());
    m.put("toleranceAmount", d.tolerance().amount());
    return m;
  }

  private void writeTargets(long indicatorId, Trajectory trajectory) {
    for (Trajectory.Point p : trajectory.targets()) {
      jdbc.sql(
              "insert into indicator_target (indicator_id, target_on, value)"
                  + " values (:id, :on, :value)")
          .param("id", indicatorId)
          .param("on", Date.valueOf(p.on()))
          .param("value", p.value())
          .update();
    }
  }

  private static Map<String, String> snapshot(IndicatorDetails d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("definition", d.definition());
    m.put("unit", d.unit());
    m.put("polarity", d.polarity().name());
    m.put("frequency", d.frequency().name());
    m.put("source", d.source());
    m.put("kind", d.kind().name());
    m.put("baseline", d.trajectory().baseline().value().toPlainString());
    m.put("baselineOn", d.trajectory().baseline().on().toString());
    m.put(
        "targets",
        d.trajectory().targets().stream()
            .map(p -> p.on() + ": " + p.value().toPlainString())
            .collect(Collectors.joining("; ")));
    m.put(
        "tolerance",
        d.tolerance().amount().toPlainString()
            + (d.tolerance().kind() == Tolerance.Kind.PERCENT ? "%" : ""));
    return m;
  }

  // ---- measurements

  @Override
  public Map<LocalDate, Measurement> measurements(long indicatorId, LocalDate from, LocalDate to) {
    Map<LocalDate, Measurement> out = new LinkedHashMap<>();
    jdbc.sql(
            "select period_end, value, version, entered_by, entered_at from measurement"
                + " where indicator_id = :id and period_end between :from and :to"
                + " order by period_end")
        .param("id", indicatorId)
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .query(
            (ResultSet rs) -> {
              Measurement m = measurement(rs);
              out.put(m.periodEnd(), m);
            });
    return out;
  }

  @Override
  public Optional<Measurement> measurement(long indicatorId, LocalDate periodEnd) {
    return jdbc.sql(
            "select period_end, value, version, entered_by, entered_at from measurement"
                + " where indicator_id = :id and period_end = :end")
        .param("id", indicatorId)
        .param("end", Date.valueOf(periodEnd))
        .query((rs, n) -> measurement(rs))
        .optional();
  }

  private static Measurement measurement(ResultSet rs) throws SQLException {
    return new Measurement(
        rs.getDate(1).toLocalDate(),
        rs.getBigDecimal(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getTimestamp(5).toInstant());
  }

  @Override
  public List<Revision> revisions(long indicatorId) {
    return jdbc.sql(
            "select period_end, old_value, new_value, revised_by, revised_at, note"
                + " from measurement_revision where indicator_id = :id"
                + " order by revised_at desc, id desc")
        .param("id", indicatorId)
        .query(
            (rs, n) ->
                new Revision(
                    rs.getDate(1).toLocalDate(),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6)))
        .list();
  }

  @Override
  @Transactional
  public void record(
      long areaId,
      long indicatorId,
      LocalDate periodEnd,
      BigDecimal value,
      Integer version,
      String who,
      String note) {
    IndicatorView indicator =
        indicator(areaId, indicatorId)
            .orElseThrow(() -> new NotFoundException("indicator " + indicatorId));
    Optional<Measurement> existing = measurement(indicatorId, periodEnd);
    if (existing.isEmpty()) {
      if (version != null) {
        throw new StaleEditException("measurement");
      }
      int added =
          jdbc.sql(
                  "insert into measurement (indicator_id, period_end, value, entered_by)"
                      + " values (:id, :end, :value, :who) on conflict do nothing")
              .param("id", indicatorId)
              .param("end", Date.valueOf(periodEnd))
              .param("value", value)
              .param("who", who)
              .update();
      if (added == 0) {
        throw new StaleEditException("measurement");
      }
      events.publishEvent(
          new AuditEvent(
              areaId,
              "indicator",
              indicatorId,
              indicator.name(),
              "measurement entered",
              List.of(new FieldChange(periodEnd.toString(), null, value.toPlainString()))));
      return;
    }
    if (version == null || version != existing.get().version()) {
      throw new StaleEditException("measurement");
    }
    revise(indicatorId, existing.get(), value, version, who, note);
    events.publishEvent(
        new AuditEvent(
            areaId,
            "indicator",
            indicatorId,
            indicator.name(),
            "measurement revised",
            List.of(
                new FieldChange(
                    periodEnd.toString(),
                    existing.get().value().toPlainString(),
                    value.toPlainString()))));
  }

  private void revise(
      long indicatorId, Measurement old, BigDecimal value, int version, String who, String note) {
    int updated =
        jdbc.sql(
                "update measurement set value = :value, version = version + 1,"
                    + " entered_by = :who, entered_at = now()"
                    + " where indicator_id = :id and period_end = :end and version = :version")
            .param("value", value)
            .param("who", who)
            .param("id", indicatorId)
            .param("end", Date.valueOf(old.periodEnd()))
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("measurement");
    }
    jdbc.sql(
            "insert into measurement_revision (indicator_id, period_end, old_value, new_value,"
                + " revised_by, note) values (:id, :end, :old, :new, :who, :note)")
        .param("id", indicatorId)
        .param("end", Date.valueOf(old.periodEnd()))
        .param("old", old.value())
        .param("new", value)
        .param("who", who)
        .param("note", blankToNull(note))
        .update();
  }

  @Override
  @Transactional
  public int recordAll(long areaId, List<MeasurementEntry> entries, String who, String note) {
    if (entries.isEmpty()) {
      return 0;
    }
    List<Long> ids = entries.stream().map(MeasurementEntry::indicatorId).distinct().toList();
    Map<Long, String> names = new HashMap<>();
    jdbc.sql("select id, name from indicator where area_id = :area and id in (:ids)")
        .param("area", areaId)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    for (long id : ids) {
      if (!names.containsKey(id)) {
        throw new NotFoundException("indicator " + id);
      }
    }
    // Lock the existing values of these indicators' periods so that a concurrent writer waits.
    Map<String, BigDecimal> existing = new HashMap<>();
    jdbc.sql(
            "select indicator_id, period_end, value from measurement"
                + " where indicator_id in (:ids) for update")
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              existing.put(rs.getLong(1) + "/" + rs.getDate(2).toLocalDate(), rs.getBigDecimal(3));
            });
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> revisions = new ArrayList<>();
    Map<Long, Integer> changedPerIndicator = new LinkedHashMap<>();
    Map<String, BigDecimal> seen = new HashMap<>(existing);
    Timestamp now = new Timestamp(System.currentTimeMillis());
    for (MeasurementEntry e : entries) {
      String key = e.indicatorId() + "/" + e.periodEnd();
      BigDecimal old = seen.get(key);
      if (old != null && old.compareTo(e.value()) == 0) {
        continue;
      }
      Date end = Date.valueOf(e.periodEnd());
      if (old == null) {
        inserts.add(new Object[] {e.indicatorId(), end, e.value(), who, now});
      } else {
        updates.add(new Object[] {e.value(), who, now, e.indicatorId(), end});
        revisions.add(
            new Object[] {e.indicatorId(), end, old, e.value(), who, now, blankToNull(note)});
      }
      seen.put(key, e.value());
      changedPerIndicator.merge(e.indicatorId(), 1, Integer::sum);
    }
    batches.batchUpdate(
        "insert into measurement (indicator_id, period_end, value, entered_by, entered_at)"
            + " values (?, ?, ?, ?, ?)",
        inserts);
    batches.batchUpdate(
        "update measurement set value = ?, version = version + 1, entered_by = ?,"
            + " entered_at = ? where indicator_id = ? and period_end = ?",
        updates);
    batches.batchUpdate(
        "insert into measurement_revision (indicator_id, period_end, old_value, new_value,"
            + " revised_by, revised_at, note) values (?, ?, ?, ?, ?, ?, ?)",
        revisions);
    changedPerIndicator.forEach(
        (id, count) ->
            events.publishEvent(
                new AuditEvent(
                    areaId,
                    "indicator",
                    id,
                    names.get(id),
                    "measurements recorded",
                    List.of(new FieldChange("values", null, String.valueOf(count))))));
    return changedPerIndicator.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
