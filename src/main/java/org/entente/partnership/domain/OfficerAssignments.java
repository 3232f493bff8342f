package org.entente.partnership.domain;

import java.util.List;
import java.util.Optional;
import org.entente.identity.PartnershipNames;
import org.entente.shared.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets account administration name partnerships when assigning officers to them. */
@Component
class OfficerAssignments implements PartnershipNames {

  private final JdbcClient jdbc;

  OfficerAssignments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<String> name(long partnershipId) {
    return jdbc.sql("select name from partnership where id = :id")
        .param("id", partnershipId)
        .query(String.class)
        .optional();
  }

  @Override
  public List<Option> choices(long areaId) {
    return jdbc.sql(
            "select id, name from partnership where area_id = :area and status <> 'CLOSED'"
                + " order by lower(name)")
        .param("area", areaId)
        .query((rs, n) -> Option.of(rs.getLong("id"), rs.getString("name")))
        .list();
  }
}
