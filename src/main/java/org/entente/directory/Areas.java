package org.entente.directory;

import java.util.List;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds and creates areas, and lists each area's strategy themes. */
@Service
public class Areas {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  Areas(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public Optional<AreaRef> findBySlug(String slug) {
    return jdbc.sql("select id, slug, name from area where slug = :slug")
        .param("slug", slug)
        .query(AreaRef.class)
        .optional();
  }

  /** The area with this slug, or a 404. */
  public AreaRef require(String slug) {
    return findBySlug(slug).orElseThrow(() -> new NotFoundException("area " + slug));
  }

  public Optional<AreaRef> findById(long id) {
    return jdbc.sql("select id, slug, name from area where id = :id")
        .param("id", id)
        .query(AreaRef.class)
        .optional();
  }

  public List<AreaRef> all() {
    return jdbc.sql("select id, slug, name from area order by name").query(AreaRef.class).list();
  }

  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from area)").query(Boolean.class).single();
  }

  @Transactional
  public AreaRef create(String slug, String name) {
    long id =
        jdbc.sql("insert into area (slug, name) values (:slug, :name) returning id")
            .param("slug", slug)
            .param("name", name)
            .query(Long.class)
            .single();
    events.publishEvent(AuditEvent.of(id, "area", id, name, "created"));
    return new AreaRef(id, slug, name);
  }

  public List<ThemeRef> themes(long areaId) {
    return jdbc.sql(
            "select id, area_id, name, description from theme where area_id = :area order by name")
        .param("area", areaId)
        .query(ThemeRef.class)
        .list();
  }
}
