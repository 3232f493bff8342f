package org.entente.directory.domain;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.directory.OrganisationNameTakenException;
import org.entente.directory.OrganisationRef;
import org.entente.directory.Organisations;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationDirectory implements Organisations {

  private static final Map<String, String> SORT_COLUMNS =
      Map.of("name", "lower(name)", "sector", "sector", "type", "type");

  private static final String NAME_UNIQUE = "organisation_name_unique";
  private static final String UNIQUE_VIOLATION = "23505";

  private final OrganisationRepository repository;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  OrganisationDirectory(
      OrganisationRepository repository, JdbcClient jdbc, ApplicationEventPublisher events) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public Page<OrganisationRef> search(long areaId, OrganisationFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" where area_id = :area");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("area", areaId);
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and name ilike :text");
      params.put("text", "%" + filter.text().trim() + "%");
    }
    if (filter.sector() != null) {
      where.append(" and sector = :sector");
      params.put("sector", filter.sector().name());
    }
    if (filter.type() != null) {
      where.append(" and type = :type");
      params.put("type", filter.type().name());
    }
    long total =
        jdbc.sql("select count(*) from organisation" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<OrganisationRef> items =
        jdbc.sql(
                "select id, area_id, name, sector, type from organisation"
                    + where
                    + " order by "
                    + SORT_COLUMNS.get(page.sort())
                    + " "
                    + page.direction()
                    + ", lower(name) limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(OrganisationRef.class)
            .list();
    return Page.of(items, page, total);
  }

  @Override
  public List<OrganisationRef> all(long areaId) {
    return jdbc.sql(
            "select id, area_id, name, sector, type from organisation where area_id = :area"
                + " order by lower(name)")
        .param("area", areaId)
        .query(OrganisationRef.class)
        .list();
  }

  @Override
  public Optional<OrganisationRef> find(long areaId, long id) {
    return repository.findByAreaIdAndId(areaId, id).map(OrganisationDirectory::ref);
  }

  @Override
  public Map<Long, String> names(long areaId, Collection<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, name from organisation where area_id = :area and id in (:ids)")
        .param("area", areaId)
        .param("ids", ids)
        .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
        .list();
    return names;
  }

  @Override
  @Transactional
  public OrganisationRef create(long areaId, OrganisationDetails d) {
    Organisation saved =
        save(
            new Organisation(
                null,
                areaId,
                d.name().trim(),
                d.sector(),
                d.type(),
                blankToNull(d.website()),
                null,
                Instant.now()));
    events.publishEvent(
        new AuditEvent(
            areaId,
            "organisation",
            saved.id(),
            saved.name(),
            "created",
            AuditEvent.changesBetween(Map.of(), snapshot(saved))));
    return ref(saved);
  }

  @Override
  @Transactional
  public OrganisationRef update(long areaId, long id, int version, OrganisationDetails d) {
    Organisation current = load(areaId, id);
    Organisation changed =
        new Organisation(
            id,
            areaId,
            d.name().trim(),
            d.sector(),
            d.type(),
            blankToNull(d.website()),
            version,
            current.createdAt());
    Organisation saved;
    try {
      saved = save(changed);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException(current.name());
    }
    events.publishEvent(
        new AuditEvent(
            areaId,
            "organisation",
            id,
            saved.name(),
            "updated",
            AuditEvent.changesBetween(snapshot(current), snapshot(saved))));
    return ref(saved);
  }

  @Override
  public int version(long areaId, long id) {
    return load(areaId, id).version();
  }

  @Override
  public Optional<OrganisationDetails> details(long areaId, long id) {
    return repository
        .findByAreaIdAndId(areaId, id)
        .map(o -> new OrganisationDetails(o.name(), o.sector(), o.type(), o.website()));
  }

  /** Saves, turning a clash with the area's unique names into an error the user can act on. */
  private Organisation save(Organisation organisation) {
    try {
      return repository.save(organisation);
    } catch (DataAccessException e) {
      if (violates(e, NAME_UNIQUE)) {
        throw new OrganisationNameTakenException(organisation.name());
      }
      throw e;
    }
  }

  private static boolean violates(Throwable e, String constraint) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && sql.getMessage() != null
          && sql.getMessage().contains(constraint)) {
        return true;
      }
    }
    return false;
  }

  private Organisation load(long areaId, long id) {
    return repository
        .findByAreaIdAndId(areaId, id)
        .orElseThrow(() -> new NotFoundException("organisation " + id));
  }

  private static Map<String, String> snapshot(Organisation o) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", o.name());
    m.put("sector", o.sector().name());
    m.put("type", o.type().name());
    m.put("website", o.website());
    return m;
  }

  private static OrganisationRef ref(Organisation o) {
    return new OrganisationRef(o.id(), o.areaId(), o.name(), o.sector(), o.type());
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
