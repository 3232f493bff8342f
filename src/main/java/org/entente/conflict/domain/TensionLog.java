package org.entente.conflict.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.conflict.TensionSeverity;
import org.entente.conflict.TensionSource;
import org.entente.conflict.TensionStage;
import org.entente.conflict.TensionSummary;
import org.entente.conflict.TensionView;
import org.entente.conflict.Tensions;
import org.entente.directory.Organisations;
import org.entente.governance.BodySummary;
import org.entente.governance.Structure;
import org.entente.meetings.ActionView;
import org.entente.meetings.Actions;
import org.entente.partnership.Register;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TensionLog implements Tensions {

  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "title", "lower(t.title)",
          "severity", rank("t.severity", TensionSeverity.values()),
          "stage", rank("t.stage", TensionStage.values()),
          "source", rank("t.source", TensionSource.values()),
          "raised", "t.raised_at");

  private final TensionRepository tensions;
  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final Structure structure;
  private final Register register;
  private final Actions actions;
  private final ApplicationEventPublisher events;

  TensionLog(
      TensionRepository tensions,
      JdbcClient jdbc,
      Organisations organisations,
      Structure structure,
      Register register,
      Actions actions,
      ApplicationEventPublisher events) {
    this.tensions = tensions;
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.structure = structure;
    this.register = register;
    this.actions = actions;
    this.events = events;
  }

  @Override
  @Transactional
  public long raise(long areaId, long partnershipId, TensionDetails details, String by) {
    checkParties(areaId, partnershipId, details);
    Tension t = tensions.save(Tension.raise(areaId, partnershipId, details, by, Instant.now()));
    audit(t, "raised", Map.of(), snapshot(t));
    return t.id;
  }

  @Override
  public Optional<TensionView> tension(long areaId, long id) {
    return tensions.findByAreaIdAndId(areaId, id).map(this::view);
  }

  @Override
  @Transactional
  public void update(long areaId, long id, int version, TensionDetails details, String by) {
    Tension t = load(areaId, id, version);
    checkParties(areaId, t.partnershipId, details);
    Map<String, String> before = snapshot(t);
    t.describe(details);
    save(t, "updated", before);
  }

  @Override
  @Transactional
  public void move(long areaId, long id, int version, TensionStage stage, String note, String by) {
    Tension t = load(areaId, id, version);
    if (stage == null || stage == t.stage) {
      throw new IllegalArgumentException("the tension is already at " + stage);
    }
    Map<String, String> before = snapshot(t);
    t.move(stage, note, by, Instant.now());
    save(t, "stage-moved", before);
  }

  @Override
  @Transactional
  public void addNote(long areaId, long id, int version, String text, String by) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a note needs text");
    }
    Tension t = load(areaId, id, version);
    Map<String, String> before = snapshot(t);
    t.note(text, by, Instant.now());
    save(t, "noted", before);
  }

  @Override
  @Transactional
  public long raiseAction(
      long areaId, long id, int version, Actions.ActionDetails details, String by) {
    Tension t = load(areaId, id, version);
    Map<String, String> before = snapshot(t);
    long actionId = actions.raise(areaId, t.partnershipId, null, details);
    t.link(actionId);
    save(t, "action-linked", before);
    return actionId;
  }

  private Tension load(long areaId, long id, int version) {
    Tension t =
        tensions
            .findByAreaIdAndId(areaId, id)
            .orElseThrow(() -> new NotFoundException("tension " + id));
    if (!Objects.equals(t.version, version)) {
      throw new StaleEditException("tension " + id);
    }
    return t;
  }

  private void save(Tension t, String action, Map<String, String> before) {
    try {
      tensions.save(t);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException("tension " + t.id);
    }
    audit(t, action, before, snapshot(t));
  }

  private void checkParties(long areaId, long partnershipId, TensionDetails d) {
    if (d.organisationIds() != null && !d.organisationIds().isEmpty()) {
      Map<Long, String> known = organisations.names(areaId, d.organisationIds());
      if (!known.keySet().containsAll(d.organisationIds())) {
        throw new IllegalArgumentException("not an organisation of the area");
      }
    }
    if (d.bodyIds() != null && !d.bodyIds().isEmpty()) {
      Set<Long> bodies =
          structure.bodiesOf(areaId, partnershipId).stream()
              .map(BodySummary::id)
              .collect(Collectors.toSet());
      if (!bodies.containsAll(d.bodyIds())) {
        throw new IllegalArgumentException("not a body of the partnership");
      }
    }
  }

  private TensionView view(Tension t) {
    Map<Long, String> orgNames =
        organisations.names(
            t.areaId,
            t.parties.stream()
                .map(p -> p.organisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, String> bodyNames =
        structure.bodyNames(
            t.areaId,
            t.parties.stream()
                .map(p -> p.bodyId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<TensionView.Party> parties =
        t.parties.stream()
            .map(
                p ->
                    new TensionView.Party(
                        p.organisationId,
                        p.bodyId,
                        p.bodyId != null
                            ? bodyNames.get(p.bodyId)
                            : orgNames.get(p.organisationId)))
            .sorted(
                Comparator.comparing(TensionView.Party::body)
                    .thenComparing(p -> p.name() == null ? "" : p.name().toLowerCase()))
            .toList();
    List<TensionView.Entry> timeline =
        t.notes.stream()
            .sorted(
                Comparator.comparing((Tension.Note n) -> n.notedAt)
                    .thenComparing(n -> n.id)
                    .reversed())
            .map(n -> new TensionView.Entry(n.notedAt, n.notedBy, n.text, n.stageFrom, n.stageTo))
            .toList();
    List<ActionView> linked =
        t.actions.stream()
            .sorted(Comparator.comparing(a -> a.id))
            .map(a -> actions.action(t.areaId, a.actionId))
            .flatMap(Optional::stream)
            .toList();
    return new TensionView(
        t.id,
        t.areaId,
        t.partnershipId,
        t.version,
        t.title,
        t.description,
        t.source,
        t.severity,
        t.stage,
        t.barrier,
        t.raisedAt,
        t.raisedBy,
        parties,
        timeline,
        linked);
  }

  record Row(
      long id,
      long partnershipId,
      String title,
      TensionSource source,
      TensionSeverity severity,
      TensionStage stage,
      Instant raisedAt) {}

  @Override
  public Page<TensionSummary> search(
      long areaId, Collection<Long> partnershipIds, TensionFilter filter, PageRequest page) {
    if (partnershipIds.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(areaId, partnershipIds, filter, params);
    long total =
        jdbc.sql("select count(*) from tension t where " + where)
            .params(params)
            .query(Long.class)
            .single();
    String order = SORT_COLUMNS.getOrDefault(page.sort(), "t.raised_at") + " " + page.direction();
    List<Row> rows =
        jdbc.sql(
                "select t.id, t.partnership_id, t.title, t.source, t.severity, t.stage,"
                    + " t.raised_at from tension t where "
                    + where
                    + " order by "
                    + order
                    + ", t.id limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Row.class)
            .list();
    Map<Long, String> names =
        register.names(areaId, rows.stream().map(Row::partnershipId).collect(Collectors.toSet()));
    return Page.of(
        rows.stream()
            .map(
                r ->
                    new TensionSummary(
                        r.id(),
                        r.partnershipId(),
                        names.get(r.partnershipId()),
                        r.title(),
                        r.source(),
                        r.severity(),
                        r.stage(),
                        r.raisedAt()))
            .toList(),
        page,
        total);
  }

  /** Built only from fixed fragments chosen by the filter, never from user text. */
  private static String where(
      long areaId,
      Collection<Long> partnershipIds,
      TensionFilter filter,
      Map<String, Object> params) {
    StringBuilder w = new StringBuilder("t.area_id = :area and t.partnership_id in (:ids)");
    params.put("area", areaId);
    params.put("ids", partnershipIds);
    if (filter.partnershipId() != null) {
      w.append(" and t.partnership_id = :partnership");
      params.put("partnership", filter.partnershipId());
    }
    if (filter.openOnly()) {
      w.append(" and t.stage <> 'RESOLVED'");
    }
    if (filter.stage() != null) {
      w.append(" and t.stage = :stage");
      params.put("stage", filter.stage().name());
    }
    if (filter.source() != null) {
      w.append(" and t.source = :source");
      params.put("source", filter.source().name());
    }
    if (filter.severity() != null) {
      w.append(" and t.severity = :severity");
      params.put("severity", filter.severity().name());
    }
    return w.toString();
  }

  record StageCount(TensionStage stage, long n) {}

  @Override
  public Map<TensionStage, Long> countsByStage(long areaId, long partnershipId) {
    Map<TensionStage, Long> counts = new EnumMap<>(TensionStage.class);
    for (TensionStage s : TensionStage.values()) {
      counts.put(s, 0L);
    }
    jdbc.sql(
            "select stage, count(*) as n from tension where area_id = :area"
                + " and partnership_id = :partnership group by stage")
        .param("area", areaId)
        .param("partnership", partnershipId)
        .query(StageCount.class)
        .list()
        .forEach(c -> counts.put(c.stage(), c.n()));
    return counts;
  }

  @Override
  public List<Cell> openBySourceAndStage(long areaId, Collection<Long> partnershipIds) {
    if (partnershipIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select source, stage, count(*) as count from tension
            where area_id = :area and partnership_id in (:ids) and stage <> 'RESOLVED'
            group by source, stage
            """)
        .param("area", areaId)
        .param("ids", partnershipIds)
        .query(Cell.class)
        .list();
  }

  private Map<String, String> snapshot(Tension t) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("title", t.title);
    s.put("description", t.description);
    s.put("tensionSource", t.source.name());
    s.put("severity", t.severity.name());
    s.put("tensionStage", t.stage.name());
    s.put("barrier", t.barrier == null ? null : t.barrier.name());
    s.put(
        "parties",
        t.parties.stream()
            .map(p -> p.bodyId != null ? "body " + p.bodyId : "organisation " + p.organisationId)
            .sorted()
            .collect(Collectors.joining(", ")));
    s.put("notes", String.valueOf(t.notes.size()));
    s.put(
        "actions",
        t.actions.stream()
            .map(a -> a.actionId)
            .sorted()
            .map(String::valueOf)
            .collect(Collectors.joining(", ")));
    return s;
  }

  private void audit(
      Tension t, String action, Map<String, String> before, Map<String, String> after) {
    events.publishEvent(
        new AuditEvent(
            t.areaId, "tension", t.id, t.title, action, AuditEvent.changesBetween(before, after)));
  }

  private static String rank(String column, Enum<?>[] values) {
    StringBuilder s = new StringBuilder("case " + column);
    for (Enum<?> v : values) {
      s.append(" when '").append(v.name()).append("' then ").append(v.ordinal());
    }
    return s.append(" end").toString();
  }
}
