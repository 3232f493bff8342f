package org.entente.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Records every change published as an {@link AuditEvent} and reads the trail back. */
@Service
public class AuditTrail {

  private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditTrail(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  // Synchronous and inside the writer's transaction: the trail can never miss a committed change.
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void record(AuditEvent event) {
    jdbc.sql(
            """
            insert into audit_entry (area_id, actor, subject_type, subject_id, subject_label, action, changes)
            values (:area, :actor, :type, :id, :label, :action, cast(:changes as jsonb))
            """)
        .param("area", event.areaId())
        .param("actor", currentActor())
        .param("type", event.subjectType())
        .param("id", event.subjectId())
        .param("label", event.subjectLabel())
        .param("action", event.action())
        .param("changes", json.writeValueAsString(event.changes()))
        .update();
  }

  /** The history of one record, newest first. */
  public List<AuditRecord> historyOf(String subjectType, long subjectId) {
    return jdbc.sql(
            """
            select * from audit_entry where subject_type = :type and subject_id = :id
            order by occurred_at desc, id desc
            """)
        .param("type", subjectType)
        .param("id", subjectId)
        .query(this::map)
        .list();
  }

  /** Every change in an area, newest first, optionally only of one kind of record. */
  public Page<AuditRecord> forArea(long areaId, String subjectType, PageRequest page) {
    String filter = subjectType == null ? "" : " and subject_type = :type";
    var count =
        jdbc.sql("select count(*) from audit_entry where area_id = :area" + filter)
            .param("area", areaId);
    var select =
        jdbc.sql(
                "select * from audit_entry where area_id = :area"
                    + filter
                    + " order by occurred_at desc, id desc limit :limit offset :offset")
            .param("area", areaId)
            .param("limit", page.size())
            .param("offset", page.offset());
    if (subjectType != null) {
      count = count.param("type", subjectType);
      select = select.param("type", subjectType);
    }
    return Page.of(select.query(this::map).list(), page, count.query(Long.class).single());
  }

  private AuditRecord map(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getString("subject_type"),
        rs.getLong("subject_id"),
        rs.getString("subject_label"),
        rs.getString("action"),
        json.readValue(rs.getString("changes"), CHANGES));
  }

  private static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
      return "system";
    }
    return auth.getName();
  }
}
