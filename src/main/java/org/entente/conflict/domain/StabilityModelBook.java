package org.entente.conflict.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.conflict.StabilityModels;
import org.entente.conflict.exchange.ConflictModelJson;
import org.entente.conflict.exchange.StabilityExchange;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class StabilityModelBook implements StabilityModels {

  /** Analyses kept per model version, so that paging a big model's states does not redo it. */
  private static final int CACHED = 16;

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;
  private final Map<String, StabilityExchange.Analysis> analyses =
      new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StabilityExchange.Analysis> e) {
          return size() > CACHED;
        }
      };

  StabilityModelBook(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
  }

  record Row(
      long id,
      long areaId,
      long partnershipId,
      String title,
      String description,
      String model,
      int version,
      Instant createdAt,
      Instant updatedAt) {}

  @Override
  public Page<Summary> list(long areaId, long partnershipId, PageRequest page) {
    long total =
        jdbc.sql(
                "select count(*) from conflict_stability_model"
                    + " where area_id = :area and partnership_id = :p")
            .param("area", areaId)
            .param("p", partnershipId)
            .query(Long.class)
            .single();
    List<Summary> items =
        jdbc
            .sql(
                "select * from conflict_stability_model where area_id = :area and partnership_id ="
                    + " :p order by lower(title), id limit :limit offset :offset")
            .param("area", areaId)
            .param("p", partnershipId)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Row.class)
            .list()
            .stream()
            .map(this::summary)
            .toList();
    return Page.of(items, page, total);
  }

  @Override
  public Optional<Saved> find(long areaId, long partnershipId, long id) {
    return row(areaId, partnershipId, id).map(this::saved);
  }

  @Override
  @Transactional
  public long create(long areaId, long partnershipId, Details details) {
    StabilityExchange.graph(details.model());
    Instant now = Instant.now();
    long id =
        jdbc.sql(
                "insert into conflict_stability_model (area_id, partnership_id, title, description,"
                    + " model, version, created_at, updated_at) values (:area, :p, :title,"
                    + " :description, cast(:model as jsonb), 0, :now, :now) returning id")
            .param("area", areaId)
            .param("p", partnershipId)
            .param("title", details.title().trim())
            .param("description", blankToNull(details.description()))
            .param("model", json.writeValueAsString(details.model()))
            .param("now", java.sql.Timestamp.from(now))
            .query(Long.class)
            .single();
    audit(areaId, id, details.title().trim(), "created", Map.of(), snapshot(details));
    return id;
  }

  @Override
  @Transactional
  public void update(long areaId, long partnershipId, long id, int version, Details details) {
    Saved before = require(areaId, partnershipId, id);
    if (before.version() != version) {
      throw new StaleEditException("stability model " + id);
    }
    StabilityExchange.graph(details.model());
    int changed =
        jdbc.sql(
                "update conflict_stability_model set title = :title, description = :description,"
                    + " model = cast(:model as jsonb), version = version + 1, updated_at = :now"
                    + " where id = :id and area_id = :area and version = :version")
            .param("title", details.title().trim())
            .param("description", blankToNull(details.description()))
            .param("model", json.writeValueAsString(details.model()))
            .param("now", java.sql.Timestamp.from(Instant.now()))
            .param("id", id)
            .param("area", areaId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEditException("stability model " + id);
    }
    audit(
        areaId,
        id,
        details.title().trim(),
        "updated",
        snapshot(new Details(before.title(), before.description(), before.model())),
        snapshot(details));
  }

  @Override
  @Transactional
  public void delete(long areaId, long partnershipId, long id, int version) {
    Saved before = require(areaId, partnershipId, id);
    int changed =
        jdbc.sql(
                "delete from conflict_stability_model where id = :id and area_id = :area"
                    + " and version = :version")
            .param("id", id)
            .param("area", areaId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEditException("stability model " + id);
    }
    audit(
        areaId,
        id,
        before.title(),
        "deleted",
        snapshot(new Details(before.title(), before.description(), before.model())),
        Map.of());
  }

  @Override
  public StabilityExchange.Analysis analysis(Saved saved) {
    String key = saved.id() + "/" + saved.version();
    synchronized (analyses) {
      StabilityExchange.Analysis a = analyses.get(key);
      if (a != null) {
        return a;
      }
    }
    StabilityExchange.Analysis a = StabilityExchange.analyse(saved.model());
    synchronized (analyses) {
      analyses.put(key, a);
    }
    return a;
  }

  // --- helpers

  private Optional<Row> row(long areaId, long partnershipId, long id) {
    return jdbc.sql(
            "select * from conflict_stability_model where id = :id and area_id = :area"
                + " and partnership_id = :p")
        .param("id", id)
        .param("area", areaId)
        .param("p", partnershipId)
        .query(Row.class)
        .optional();
  }

  private Saved require(long areaId, long partnershipId, long id) {
    return find(areaId, partnershipId, id)
        .orElseThrow(() -> new NotFoundException("stability model " + id));
  }

  private Saved saved(Row r) {
    return new Saved(
        r.id(),
        r.areaId(),
        r.partnershipId(),
        r.title(),
        r.description(),
        json.readValue(r.model(), ConflictModelJson.class),
        r.version(),
        r.createdAt(),
        r.updatedAt());
  }

  private Summary summary(Row r) {
    ConflictModelJson m = json.readValue(r.model(), ConflictModelJson.class);
    return new Summary(
        r.id(),
        r.partnershipId(),
        r.title(),
        r.description(),
        m.decisionMakers() == null ? 0 : m.decisionMakers().size(),
        m.graphForm(),
        r.version(),
        r.updatedAt());
  }

  private Map<String, String> snapshot(Details d) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("title", d.title());
    s.put("description", d.description());
    s.put("model", json.writeValueAsString(d.model()));
    return s;
  }

  private void audit(
      long areaId,
      long id,
      String title,
      String action,
      Map<String, String> before,
      Map<String, String> after) {
    events.publishEvent(
        new AuditEvent(
            areaId,
            "stability-model",
            id,
            title.length() > 300 ? title.substring(0, 297) + "..." : title,
            action,
            AuditEvent.changesBetween(before, after)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
