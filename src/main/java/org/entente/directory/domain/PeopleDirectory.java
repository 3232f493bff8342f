package org.entente.directory.domain;

import static org.entente.directory.domain.OrganisationDirectory.blankToNull;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.directory.People;
import org.entente.directory.PersonRef;
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
class PeopleDirectory implements People {

  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "name", "lower(p.name)",
          "organisation", "lower(o.name)",
          "jobTitle", "lower(p.job_title)");
  private static final String COLUMNS =
      "p.id, p.area_id, p.name, p.job_title, p.organisation_id, p.email";

  private final PersonRepository repository;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  PeopleDirectory(PersonRepository repository, JdbcClient jdbc, ApplicationEventPublisher events) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public Page<PersonRef> search(long areaId, PersonFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder(" where p.area_id = :area");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("area", areaId);
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and (p.name ilike :text or p.job_title ilike :text or p.email ilike :text)");
      params.put("text", "%" + filter.text().trim() + "%");
    }
    if (filter.organisationId() != null) {
      where.append(" and p.organisation_id = :org");
      params.put("org", filter.organisationId());
    }
    String from = " from person p left join organisation o on o.id = p.organisation_id";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    List<PersonRef> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + from
                    + where
                    + " order by "
                    + SORT_COLUMNS.get(page.sort())
                    + " "
                    + page.direction()
                    + " nulls last, lower(p.name) limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(PersonRef.class)
            .list();
    return Page.of(items, page, total);
  }

  @Override
  public List<PersonRef> all(long areaId) {
    return jdbc.sql(
            "select " + COLUMNS + " from person p where p.area_id = :area order by lower(p.name)")
        .param("area", areaId)
        .query(PersonRef.class)
        .list();
  }

  @Override
  public Optional<PersonRef> find(long areaId, long id) {
    return repository.findByAreaIdAndId(areaId, id).map(PeopleDirectory::ref);
  }

  @Override
  public Map<Long, String> names(long areaId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.sql("select id, name from person where area_id = :area and id in (:ids)")
        .param("area", areaId)
        .param("ids", ids)
        .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
        .list();
    return names;
  }

  @Override
  @Transactional
  public PersonRef create(long areaId, PersonDetails d) {
    Person saved =
        repository.save(
            new Person(
                null,
                areaId,
                d.name().trim(),
                blankToNull(d.jobTitle()),
                d.organisationId(),
                blankToNull(d.email()),
                null,
                Instant.now()));
    events.publishEvent(
        new AuditEvent(
            areaId,
            "person",
            saved.id(),
            saved.name(),
            "created",
            AuditEvent.changesBetween(Map.of(), snapshot(saved))));
    return ref(saved);
  }

  @Override
  @Transactional
  public PersonRef update(long areaId, long id, int version, PersonDetails d) {
    Person current = load(areaId, id);
    Person saved;
    try {
      saved =
          repository.save(
              new Person(
                  id,
                  areaId,
                  d.name().trim(),
                  blankToNull(d.jobTitle()),
                  d.organisationId(),
                  blankToNull(d.email()),
                  version,
                  current.createdAt()));
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException(current.name());
    }
    events.publishEvent(
        new AuditEvent(
            areaId,
            "person",
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

  private Person load(long areaId, long id) {
    return repository
        .findByAreaIdAndId(areaId, id)
        .orElseThrow(() -> new NotFoundException("person " + id));
  }

  private Map<String, String> snapshot(Person p) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("jobTitle", p.jobTitle());
    m.put(
        "organisation",
        p.organisationId() == null
            ? null
            : names(p.areaId(), List.of(p.organisationId())).get(p.organisationId()));
    m.put("email", p.email());
    return m;
  }

  private static PersonRef ref(Person p) {
    return new PersonRef(p.id(), p.areaId(), p.name(), p.jobTitle(), p.organisationId(), p.email());
  }
}
