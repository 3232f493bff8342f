package org.entente.risk.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.ThemeRef;
import org.entente.meetings.Actions;
import org.entente.partnership.Register;
import org.entente.risk.RiskDetails;
import org.entente.risk.RiskKind;
import org.entente.risk.RiskReview;
import org.entente.risk.RiskScore;
import org.entente.risk.RiskStatus;
import org.entente.risk.RiskView;
import org.entente.risk.Risks;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class RiskBook implements Risks {

  private static final String COLUMNS =
      "id, area_id, partnership_id, theme_id, version, title, description, cause, effect,"
          + " objective, kind, owner_person_id, inherent_likelihood, inherent_impact,"
          + " residual_likelihood, residual_impact, controls, sharing_arrangement, review_on,"
          + " last_reviewed_on, status";

  private final JdbcClient jdbc;
  private final People people;
  private final Organisations organisations;
  private final Register register;
  private final Areas areas;
  private final Actions actions;
  private final ApplicationEventPublisher events;

  RiskBook(
      JdbcClient jdbc,
      People people,
      Organisations organisations,
      Register register,
      Areas areas,
      Actions actions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.people = people;
    this.organisations = organisations;
    this.register = register;
    this.areas = areas;
    this.actions = actions;
    this.events = events;
  }

  /** A risk's row as stored. */
  record Row(
      long id,
      long areaId,
      Long partnershipId,
      Long themeId,
      int version,
      String title,
      String description,
      String cause,
      String effect,
      String objective,
      RiskKind kind,
      long ownerPersonId,
      RiskScore inherent,
      RiskScore residual,
      String controls,
      String sharingArrangement,
      LocalDate reviewOn,
      LocalDate lastReviewedOn,
      RiskStatus status) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("area_id"),
        (Long) rs.getObject("partnership_id", Long.class),
        (Long) rs.getObject("theme_id", Long.class),
        rs.getInt("version"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("cause"),
        rs.getString("effect"),
        rs.getString("objective"),
        RiskKind.valueOf(rs.getString("kind")),
        rs.getLong("owner_person_id"),
        new RiskScore(rs.getInt("inherent_likelihood"), rs.getInt("inherent_impact")),
        new RiskScore(rs.getInt("residual_likelihood"), rs.getInt("residual_impact")),
        rs.getString("controls"),
        rs.getString("sharing_arrangement"),
        rs.getObject("review_on", LocalDate.class),
        rs.getObject("last_reviewed_on", LocalDate.class),
        RiskStatus.valueOf(rs.getString("status")));
  }

  @Override
  public Optional<RiskView> risk(long areaId, long riskId) {
    return jdbc.sql("select " + COLUMNS + " from risk where area_id = :area and id = :id")
        .param("area", areaId)
        .param("id", riskId)
        .query(RiskBook::row)
        .optional()
        .map(r -> views(areaId, List.of(r)).get(0));
  }

  @Override
  public List<RiskView> ofArea(long areaId, Collection<Long> partnershipIds) {
    Set<Long> visible = new HashSet<>(partnershipIds);
    List<Row> rows =
        jdbc
            .sql("select " + COLUMNS + " from risk where area_id = :area order by id")
            .param("area", areaId)
            .query(RiskBook::row)
            .list()
            .stream()
            .filter(r -> r.partnershipId() == null || visible.contains(r.partnershipId()))
            .toList();
    return views(areaId, rows);
  }

  @Override
  public List<RiskView> ofPartnership(long areaId, long partnershipId) {
    return views(
        areaId,
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from risk where area_id = :area and partnership_id = :p order by id")
            .param("area", areaId)
            .param("p", partnershipId)
            .query(RiskBook::row)
            .list());
  }

  @Override
  public List<RiskView> ofTheme(long areaId, long themeId) {
    return views(
        areaId,
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from risk where area_id = :area and theme_id = :t order by id")
            .param("area", areaId)
            .param("t", themeId)
            .query(RiskBook::row)
            .list());
  }

  @Override
  public List<RiskView> reviewsDueBy(long areaId, LocalDate to) {
    return views(
        areaId,
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from risk where area_id = :area and status = 'OPEN' and review_on <= :to"
                    + " order by review_on, id")
            .param("area", areaId)
            .param("to", to)
            .query(RiskBook::row)
            .list());
  }

  @Override
  @Transactional
  public long record(long areaId, Long partnershipId, Long themeId, RiskDetails d) {
    if ((partnershipId == null) == (themeId == null)) {
      throw new IllegalArgumentException("a risk belongs to a partnership or a theme");
    }
    check(areaId, d);
    long id =
        jdbc.sql(
                """
                insert into risk (area_id, partnership_id, theme_id, title, description, cause,
                  effect, objective, kind, owner_person_id, inherent_likelihood, inherent_impact,
                  residual_likelihood, residual_impact, controls, sharing_arrangement, review_on,
                  status)
                values (:area, :partnership, :theme, :title, :description, :cause, :effect,
                  :objective, :kind, :owner, :il, :ii, :rl, :ri, :controls, :sharing, :review,
                  :status)
                returning id
                """)
            .params(params(d))
            .param("area", areaId)
            .param("partnership", partnershipId)
            .param("theme", themeId)
            .query(Long.class)
            .single();
    share(id, d.sharedWith());
    RiskView created = risk(areaId, id).orElseThrow();
    audit(created, "risk-recorded", Map.of(), snapshot(created));
    return id;
  }

  @Override
  @Transactional
  public void update(long areaId, long riskId, int version, RiskDetails d) {
    RiskView before = require(areaId, riskId);
    check(areaId, d);
    int changed =
        jdbc.sql(
                """
                update risk set title = :title, description = :description, cause = :cause,
                  effect = :effect, objective = :objective, kind = :kind, owner_person_id = :owner,
                  inherent_likelihood = :il, inherent_impact = :ii, residual_likelihood = :rl,
                  residual_impact = :ri, controls = :controls, sharing_arrangement = :sharing,
                  review_on = :review, status = :status, version = version + 1
                where area_id = :area and id = :id and version = :version
                """)
            .params(params(d))
            .param("area", areaId)
            .param("id", riskId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEditException("risk " + riskId);
    }
    jdbc.sql("delete from risk_sharing where risk_id = :id").param("id", riskId).update();
    share(riskId, d.sharedWith());
    RiskView after = require(areaId, riskId);
    audit(
        after,
        before.status() != after.status() && !after.open() ? "closed" : "updated",
        snapshot(before),
        snapshot(after));
  }

  @Override
  @Transactional
  public void review(long areaId, long riskId, int version, RiskReview review, LocalDate today) {
    RiskView before = require(areaId, riskId);
    RiskScore r = review.residual();
    if (r.likelihood() > before.inherent().likelihood()
        || r.impact() > before.inherent().impact()) {
      throw new IllegalArgumentException(
          "Residual likelihood and impact cannot be above inherent.");
    }
    int changed =
        jdbc.sql(
                """
                update risk set residual_likelihood = :rl, residual_impact = :ri,
                  review_on = :review, last_reviewed_on = :today, version = version + 1
                where area_id = :area and id = :id and version = :version
                """)
            .param("rl", r.likelihood())
            .param("ri", r.impact())
            .param("review", review.nextReviewOn())
            .param("today", today)
            .param("area", areaId)
            .param("id", riskId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEditException("risk " + riskId);
    }
    RiskView after = require(areaId, riskId);
    Map<String, String> afterSnapshot = snapshot(after);
    afterSnapshot.put("risk.reviewNote", review.note());
    afterSnapshot.put("risk.lastReviewedOn", String.valueOf(today));
    Map<String, String> beforeSnapshot = snapshot(before);
    beforeSnapshot.put(
        "risk.lastReviewedOn",
        before.lastReviewedOn() == null ? null : before.lastReviewedOn().toString());
    audit(after, "risk-reviewed", beforeSnapshot, afterSnapshot);
  }

  @Override
  @Transactional
  public void linkAction(long areaId, long riskId, long actionId) {
    RiskView risk = require(areaId, riskId);
    var action =
        actions
            .action(areaId, actionId)
            .filter(a -> risk.partnershipId() == null || a.partnershipId() == risk.partnershipId())
            .orElseThrow(() -> new IllegalArgumentException("not an action of the partnership"));
    int added =
        jdbc.sql(
                "insert into risk_action (risk_id, action_id) values (:r, :a) on conflict do nothing")
            .param("r", riskId)
            .param("a", actionId)
            .update();
    jdbc.sql("update risk set version = version + 1 where id = :id").param("id", riskId).update();
    if (added > 0) {
      events.publishEvent(
          new AuditEvent(
              areaId,
              "risk",
              riskId,
              risk.title(),
              "risk-action-linked",
              AuditEvent.changesBetween(Map.of(), Map.of("risk.action", action.description()))));
    }
  }

  // --- helpers

  private RiskView require(long areaId, long riskId) {
    return risk(areaId, riskId).orElseThrow(() -> new NotFoundException("risk " + riskId));
  }

  private void check(long areaId, RiskDetails d) {
    people
        .find(areaId, d.ownerId())
        .orElseThrow(() -> new IllegalArgumentException("unknown owner"));
    if (!d.sharedWith().isEmpty()
        && organisations.names(areaId, d.sharedWith()).size() != d.sharedWith().size()) {
      throw new IllegalArgumentException("unknown organisation");
    }
  }

  private void share(long riskId, Set<Long> organisationIds) {
    for (Long org : organisationIds) {
      jdbc.sql("insert into risk_sharing (risk_id, organisation_id) values (:r, :o)")
          .param("r", riskId)
          .param("o", org)
          .update();
    }
  }

  private static Map<String, Object> params(RiskDetails d) {
    Map<String, Object> p = new HashMap<>();
    p.put("title", d.title().trim());
    p.put("description", d.description().trim());
    p.put("cause", blankToNull(d.cause()));
    p.put("effect", blankToNull(d.effect()));
    p.put("objective", blankToNull(d.objective()));
    p.put("kind", d.kind().name());
    p.put("owner", d.ownerId());
    p.put("il", d.inherent().likelihood());
    p.put("ii", d.inherent().impact());
    p.put("rl", d.residual().likelihood());
    p.put("ri", d.residual().impact());
    p.put(
        "controls",
        d.controls().isEmpty()
            ? null
            : d.controls().stream().map(String::trim).collect(Collectors.joining("\n")));
    p.put("sharing", blankToNull(d.sharingArrangement()));
    p.put("review", d.reviewOn());
    p.put("status", (d.status() == null ? RiskStatus.OPEN : d.status()).name());
    return p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private List<RiskView> views(long areaId, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<Long> ids = rows.stream().map(Row::id).collect(Collectors.toSet());
    Map<Long, List<Long>> shares = new HashMap<>();
    jdbc.sql(
            "select risk_id, organisation_id from risk_sharing where risk_id in (:ids)"
                + " order by organisation_id")
        .param("ids", ids)
        .query(
            (rs, n) ->
                shares.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
        .list();
    Map<Long, List<Long>> linked = new HashMap<>();
    jdbc.sql(
            "select risk_id, action_id from risk_action where risk_id in (:ids) order by action_id")
        .param("ids", ids)
        .query(
            (rs, n) ->
                linked.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
        .list();
    Map<Long, String> owners =
        people.names(areaId, rows.stream().map(Row::ownerPersonId).collect(Collectors.toSet()));
    Map<Long, String> orgs =
        organisations.names(
            areaId, shares.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
    Set<Long> partnershipIds =
        rows.stream()
            .map(Row::partnershipId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, String> partnerships =
        partnershipIds.isEmpty() ? Map.of() : register.names(areaId, partnershipIds);
    Map<Long, String> themes =
        rows.stream().anyMatch(r -> r.themeId() != null)
            ? areas.themes(areaId).stream().collect(Collectors.toMap(ThemeRef::id, ThemeRef::name))
            : Map.of();
    List<RiskView> views = new ArrayList<>();
    for (Row r : rows) {
      views.add(
          new RiskView(
              r.id(),
              r.areaId(),
              r.partnershipId(),
              r.partnershipId() == null ? null : partnerships.get(r.partnershipId()),
              r.themeId(),
              r.themeId() == null ? null : themes.get(r.themeId()),
              r.version(),
              r.title(),
              r.description(),
              r.cause(),
              r.effect(),
              r.objective(),
              r.kind(),
              r.ownerPersonId(),
              owners.get(r.ownerPersonId()),
              r.inherent(),
              r.residual(),
              r.controls() == null ? List.of() : List.of(r.controls().split("\n")),
              shares.getOrDefault(r.id(), List.of()).stream()
                  .map(o -> new RiskView.Share(o, orgs.get(o)))
                  .toList(),
              r.sharingArrangement(),
              linked.getOrDefault(r.id(), List.of()),
              r.reviewOn(),
              r.lastReviewedOn(),
              r.status()));
    }
    return views;
  }

  private static Map<String, String> snapshot(RiskView r) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("risk.title", r.title());
    s.put("risk.description", r.description());
    s.put("risk.cause", r.cause());
    s.put("risk.effect", r.effect());
    s.put("risk.objective", r.objective());
    s.put("risk.kind", r.kind().name());
    s.put("risk.owner", r.ownerName());
    s.put("risk.inherent", score(r.inherent()));
    s.put("risk.residual", score(r.residual()));
    s.put("risk.controls", String.join("; ", r.controls()));
    s.put(
        "risk.sharedWith",
        r.sharing().stream()
            .map(RiskView.Share::organisationName)
            .sorted()
            .collect(Collectors.joining(", ")));
    s.put("risk.sharingArrangement", r.sharingArrangement());
    s.put("risk.reviewOn", String.valueOf(r.reviewOn()));
    s.put("risk.status", r.status().name());
    return s;
  }

  private static String score(RiskScore s) {
    return s.likelihood() + " × " + s.impact() + " = " + s.score();
  }

  private void audit(
      RiskView r, String action, Map<String, String> before, Map<String, String> after) {
    events.publishEvent(
        new AuditEvent(
            r.areaId(),
            "risk",
            r.id(),
            r.title(),
            action,
            AuditEvent.changesBetween(before, after)));
  }
}
