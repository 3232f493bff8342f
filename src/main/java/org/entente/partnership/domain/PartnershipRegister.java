package org.entente.partnership.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.audit.AuditEvent;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.ThemeRef;
import org.entente.partnership.BenefitKind;
import org.entente.partnership.CostKind;
import org.entente.partnership.PartnerStance;
import org.entente.partnership.PartnershipDetails;
import org.entente.partnership.PartnershipFilter;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.partnership.Viewer;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PartnershipRegister implements Register {

  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "name", "lower(p.name)",
          "formality", "p.formality",
          "function", "p.typology_function",
          "level", "p.collaboration_level",
          "stage", "p.lifecycle_stage",
          "status", "p.status",
          "reviewDate", "p.review_date");

  private static final String SUMMARY_COLUMNS =
      """
      p.id, p.area_id, p.name, p.short_name, p.formality, p.collaboration_level,
      p.typology_function, p.lifecycle_stage, p.significant, p.status, p.geography,
      p.accountable_body_id, p.theme_id, p.parent_id, p.review_date, p.restricted
      """;

  private final PartnershipRepository repository;
  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final People people;
  private final Areas areas;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  PartnershipRegister(
      PartnershipRepository repository,
      JdbcClient jdbc,
      Organisations organisations,
      People people,
      Areas areas,
      ApplicationEventPublisher events,
      MessageSource messages) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.people = people;
    this.areas = areas;
    this.events = events;
    this.messages = messages;
  }

  // --- reading

  @Override
  public Page<PartnershipSummary> search(
      long areaId, PartnershipFilter f, Viewer viewer, PageRequest page) {
    StringBuilder where = new StringBuilder(" where p.area_id = :area");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("area", areaId);
    visibility(viewer, where, params);
    if (f.text() != null && !f.text().isBlank()) {
      where.append(
          " and (p.search_vector @@ websearch_to_tsquery('english', :text)"
              + " or p.name ilike :like or p.short_name ilike :like)");
      params.put("text", f.text().trim());
      params.put("like", "%" + f.text().trim() + "%");
    }
    eq(where, params, "formality", f.formality());
    eq(where, params, "typology_function", f.typologyFunction());
    eq(where, params, "collaboration_level", f.collaborationLevel());
    eq(where, params, "lifecycle_stage", f.lifecycleStage());
    eq(where, params, "significant", f.significant());
    eq(where, params, "status", f.status());
    eq(where, params, "accountable_body_id", f.accountableBodyId());
    eq(where, params, "theme_id", f.themeId());
    long total =
        jdbc.sql("select count(*) from partnership p" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Row> rows =
        jdbc.sql(
                "select "
                    + SUMMARY_COLUMNS
                    + " from partnership p"
                    + where
                    + " order by "
                    + SORT_COLUMNS.getOrDefault(page.sort(), "lower(p.name)")
                    + " "
                    + page.direction()
                    + " nulls last, lower(p.name) limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Row.class)
            .list();
    return Page.of(summaries(areaId, rows), page, total);
  }

  @Override
  public List<PartnershipSummary> all(long areaId, Viewer viewer) {
    StringBuilder where = new StringBuilder(" where p.area_id = :area");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("area", areaId);
    visibility(viewer, where, params);
    List<Row> rows =
        jdbc.sql("select " + SUMMARY_COLUMNS + " from partnership p" + where + " order by p.name")
            .params(params)
            .query(Row.class)
            .list();
    return summaries(areaId, rows);
  }

  @Override
  public Optional<PartnershipView> find(long areaId, long id, Viewer viewer) {
    return repository
        .findByAreaIdAndId(areaId, id)
        .filter(p -> viewer.sees(p.id, p.restricted))
        .map(p -> view(p, viewer));
  }

  @Override
  public Map<Long, String> names(long areaId, java.util.Collection<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      jdbc.sql("select id, name from partnership where area_id = :area and id in (:ids)")
          .param("area", areaId)
          .param("ids", ids)
          .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
          .list();
    }
    return names;
  }

  // --- writing

  @Override
  @Transactional
  public long create(long areaId, PartnershipDetails d, String stageReason) {
    checkReferences(areaId, null, d);
    Instant now = Instant.now();
    LocalDate today = LondonTime.today();
    Partnership p = Partnership.create(areaId, d, now);
    p.recordStage(
        d.lifecycleStage(),
        d.startDate() != null && !d.startDate().isAfter(today) ? d.startDate() : today,
        blank(stageReason) ? "Entered in the register" : stageReason,
        actor(),
        now);
    save(p, Map.of(), "created");
    return p.id;
  }

  @Override
  @Transactional
  public void update(long areaId, long id, int version, PartnershipDetails d, String stageReason) {
    Partnership p = loadOpen(areaId, id, version);
    checkReferences(areaId, id, d);
    if (d.lifecycleStage() != p.lifecycleStage && blank(stageReason)) {
      throw new IllegalArgumentException("A change of life-cycle stage needs a reason");
    }
    Map<String, String> before = snapshot(p);
    if (d.lifecycleStage() != p.lifecycleStage) {
      p.recordStage(d.lifecycleStage(), LondonTime.today(), stageReason, actor(), Instant.now());
    }
    p.apply(d);
    save(p, before, "updated");
  }

  @Override
  @Transactional
  public void close(long areaId, long id, int version, LocalDate closedOn, String reason) {
    Partnership p = loadOpen(areaId, id, version);
    Map<String, String> before = snapshot(p);
    p.close(closedOn, reason);
    save(p, before, "closed");
  }

  @Override
  @Transactional
  public void addCost(
      long areaId,
      long id,
      int version,
      long organisationId,
      int financialYear,
      CostKind kind,
      BigDecimal amount,
      String note) {
    Partnership p = loadOpen(areaId, id, version);
    requireOrganisation(areaId, organisationId);
    Map<String, String> before = snapshot(p);
    p.costs.add(
        new Partnership.Cost(
            null, organisationId, financialYear, kind, amount, Partnership.trimmed(note)));
    save(p, before, "cost-added");
  }

  @Override
  @Transactional
  public void removeCost(long areaId, long id, int version, long costId) {
    Partnership p = loadOpen(areaId, id, version);
    Map<String, String> before = snapshot(p);
    p.costs.removeIf(c -> Objects.equals(c.id(), costId));
    save(p, before, "cost-removed");
  }

  @Override
  @Transactional
  public void addBenefit(
      long areaId, long id, int version, BenefitKind kind, String description, String evidence) {
    Partnership p = loadOpen(areaId, id, version);
    Map<String, String> before = snapshot(p);
    p.benefits.add(
        new Partnership.Benefit(null, kind, description.trim(), Partnership.trimmed(evidence)));
    save(p, before, "benefit-added");
  }

  @Override
  @Transactional
  public void removeBenefit(long areaId, long id, int version, long benefitId) {
    Partnership p = loadOpen(areaId, id, version);
    Map<String, String> before = snapshot(p);
    p.benefits.removeIf(b -> Objects.equals(b.id(), benefitId));
    save(p, before, "benefit-removed");
  }

  @Override
  @Transactional
  public void setPartner(
      long areaId, long id, int version, long organisationId, PartnerStance stance) {
    Partnership p = loadOpen(areaId, id, version);
    requireOrganisation(areaId, organisationId);
    Map<String, String> before = snapshot(p);
    p.partners.removeIf(x -> x.organisationId() == organisationId);
    p.partners.add(new Partnership.Partner(organisationId, stance));
    save(p, before, "partner-set");
  }

  @Override
  @Transactional
  public void removePartner(long areaId, long id, int version, long organisationId) {
    Partnership p = loadOpen(areaId, id, version);
    Map<String, String> before = snapshot(p);
    p.partners.removeIf(x -> x.organisationId() == organisationId);
    save(p, before, "partner-removed");
  }

  // --- internals

  /** The partnership as the form saw it: a later version means someone else changed it. */
  private Partnership loadOpen(long areaId, long id, int version) {
    Partnership p =
        repository
            .findByAreaIdAndId(areaId, id)
            .orElseThrow(() -> new NotFoundException("partnership " + id));
    if (p.version != version) {
      throw new StaleEditException(p.name);
    }
    if (p.closed()) {
      throw new IllegalStateException("A closed partnership cannot be changed");
    }
    return p;
  }

  private void save(Partnership p, Map<String, String> before, String action) {
    p.updatedAt = Instant.now();
    try {
      repository.save(p);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException(p.name);
    }
    events.publishEvent(
        new AuditEvent(
            p.areaId,
            "partnership",
            p.id,
            p.name,
            action,
            AuditEvent.changesBetween(before, snapshot(p))));
  }

  private void checkReferences(long areaId, Long id, PartnershipDetails d) {
    if (d.accountableBodyId() != null) {
      requireOrganisation(areaId, d.accountableBodyId());
    }
    Stream.concat(Stream.ofNullable(d.leadOfficerId()), d.portfolioHolderIds().stream())
        .forEach(
            personId ->
                people
                    .find(areaId, personId)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown person")));
    if (d.themeId() != null
        && areas.themes(areaId).stream().noneMatch(t -> t.id() == d.themeId())) {
      throw new IllegalArgumentException("Unknown theme");
    }
    if (d.parentId() != null) {
      if (repository.findByAreaIdAndId(areaId, d.parentId()).isEmpty()) {
        throw new IllegalArgumentException("Unknown parent partnership");
      }
      if (id != null && ancestorsOf(d.parentId()).contains(id)) {
        throw new IllegalArgumentException(
            "A partnership cannot sit under itself or one of its own children");
      }
    }
  }

  /** The partnership and every partnership above it. */
  private Set<Long> ancestorsOf(long id) {
    return new HashSet<>(
        jdbc.sql(
                """
                with recursive up(id, parent_id) as (
                  select id, parent_id from partnership where id = :id
                  union select p.id, p.parent_id from partnership p join up on p.id = up.parent_id
                ) select id from up
                """)
            .param("id", id)
            .query(Long.class)
            .list());
  }

  private void requireOrganisation(long areaId, long organisationId) {
    organisations
        .find(areaId, organisationId)
        .orElseThrow(() -> new IllegalArgumentException("Unknown organisation"));
  }

  private static void visibility(Viewer viewer, StringBuilder where, Map<String, Object> params) {
    if (!viewer.seesAllRestricted()) {
      where.append(" and (not p.restricted");
      if (!viewer.officerOf().isEmpty()) {
        where.append(" or p.id in (:officerOf)");
        params.put("officerOf", viewer.officerOf());
      }
      where.append(")");
    }
  }

  private static void eq(
      StringBuilder where, Map<String, Object> params, String column, Object value) {
    if (value != null) {
      where.append(" and p.").append(column).append(" = :").append(column);
      params.put(column, value instanceof Enum<?> e ? e.name() : value);
    }
  }

  /** A register row as read from the table, before names are resolved. */
  record Row(
      long id,
      long areaId,
      String name,
      String shortName,
      org.entente.partnership.Formality formality,
      org.entente.partnership.CollaborationLevel collaborationLevel,
      org.entente.partnership.TypologyFunction typologyFunction,
      org.entente.partnership.LifecycleStage lifecycleStage,
      boolean significant,
      PartnershipStatus status,
      org.entente.partnership.Geography geography,
      Long accountableBodyId,
      Long themeId,
      Long parentId,
      LocalDate reviewDate,
      boolean restricted) {}

  private List<PartnershipSummary> summaries(long areaId, List<Row> rows) {
    Map<Long, String> bodies =
        organisations.names(
            areaId,
            rows.stream()
                .map(Row::accountableBodyId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, String> themes = themeNames(areaId);
    return rows.stream()
        .map(
            r ->
                new PartnershipSummary(
                    r.id(),
                    r.areaId(),
                    r.name(),
                    r.shortName(),
                    r.formality(),
                    r.collaborationLevel(),
                    r.typologyFunction(),
                    r.lifecycleStage(),
                    r.significant(),
                    r.status(),
                    r.geography(),
                    r.accountableBodyId(),
                    bodies.get(r.accountableBodyId()),
                    r.themeId(),
                    themes.get(r.themeId()),
                    r.parentId(),
                    r.reviewDate(),
                    r.restricted()))
        .toList();
  }

  private Map<Long, String> themeNames(long areaId) {
    return areas.themes(areaId).stream().collect(Collectors.toMap(ThemeRef::id, ThemeRef::name));
  }

  private PartnershipView view(Partnership p, Viewer viewer) {
    long areaId = p.areaId;
    Set<Long> orgIds = new HashSet<>();
    if (p.accountableBodyId != null) {
      orgIds.add(p.accountableBodyId);
    }
    p.partners.forEach(x -> orgIds.add(x.organisationId()));
    p.costs.forEach(x -> orgIds.add(x.organisationId()));
    Map<Long, String> orgNames = organisations.names(areaId, orgIds);
    Set<Long> personIds = new HashSet<>();
    if (p.leadOfficerId != null) {
      personIds.add(p.leadOfficerId);
    }
    p.portfolioHolders.forEach(h -> personIds.add(h.personId()));
    Map<Long, String> personNames = people.names(areaId, personIds);

    PartnershipView.Named parent =
        p.parentId == null
            ? null
            : repository
                .findByAreaIdAndId(areaId, p.parentId)
                .map(x -> new PartnershipView.Named(x.id, x.name))
                .orElse(null);
    List<PartnershipView.Named> children =
        jdbc
            .sql("select id, name, restricted from partnership where parent_id = :id order by name")
            .param("id", p.id)
            .query(
                (rs, n) ->
                    viewer.sees(rs.getLong("id"), rs.getBoolean("restricted"))
                        ? new PartnershipView.Named(rs.getLong("id"), rs.getString("name"))
                        : null)
            .list()
            .stream()
            .filter(Objects::nonNull)
            .toList();
    return new PartnershipView(
        p.id,
        areaId,
        p.version,
        details(p),
        orgNames.get(p.accountableBodyId),
        personNames.get(p.leadOfficerId),
        p.portfolioHolders.stream()
            .map(h -> new PartnershipView.Named(h.personId(), personNames.get(h.personId())))
            .sorted(Comparator.comparing(PartnershipView.Named::name))
            .toList(),
        parent,
        children,
        themeNames(areaId).get(p.themeId),
        p.partners.stream()
            .map(
                x ->
                    new PartnershipView.Partner(
                        x.organisationId(), orgNames.get(x.organisationId()), x.stance()))
            .sorted(Comparator.comparing(PartnershipView.Partner::organisationName))
            .toList(),
        p.costs.stream()
            .map(
                c ->
                    new PartnershipView.Cost(
                        c.id(),
                        c.organisationId(),
                        orgNames.get(c.organisationId()),
                        c.financialYear(),
                        c.kind(),
                        c.amount(),
                        c.note()))
            .sorted(
                Comparator.comparingInt(PartnershipView.Cost::financialYear)
                    .thenComparing(PartnershipView.Cost::organisationName)
                    .thenComparing(PartnershipView.Cost::kind))
            .toList(),
        p.benefits.stream()
            .map(b -> new PartnershipView.Benefit(b.id(), b.kind(), b.description(), b.evidence()))
            .sorted(Comparator.comparing(PartnershipView.Benefit::kind))
            .toList(),
        p.stageChanges.stream()
            .sorted(
                Comparator.comparing(Partnership.StageChange::changedOn)
                    .thenComparing(Partnership.StageChange::recordedAt)
                    .reversed())
            .map(
                s ->
                    new PartnershipView.StageChange(
                        s.stage(), s.changedOn(), s.reason(), s.recordedBy()))
            .toList(),
        p.closedOn,
        p.closureReason);
  }

  private static PartnershipDetails details(Partnership p) {
    return new PartnershipDetails(
        p.name,
        p.shortName,
        p.purpose,
        p.formality,
        p.collaborationLevel,
        p.typologyFunction,
        p.lifecycleStage,
        p.significant,
        p.statutoryBasis,
        p.status,
        p.geography,
        p.geographyDetail,
        p.accountableBodyId,
        p.leadOfficerId,
        p.portfolioHolders.stream().map(Partnership.PortfolioHolder::personId).sorted().toList(),
        p.parentId,
        p.themeId,
        p.startDate,
        p.endDate,
        p.reviewDate,
        p.justification,
        p.terminationArrangements,
        p.restricted);
  }

  /** Readable values of every field, for the change history. */
  private Map<String, String> snapshot(Partnership p) {
    PartnershipView v = view(p, new Viewer(true, Set.of()));
    Map<String, String> m = new LinkedHashMap<>();
    PartnershipDetails d = v.details();
    m.put("name", d.name());
    m.put("shortName", d.shortName());
    m.put("purpose", d.purpose());
    m.put("formality", label("formality", d.formality()));
    m.put("collaborationLevel", label("collaborationLevel", d.collaborationLevel()));
    m.put("typologyFunction", label("typologyFunction", d.typologyFunction()));
    m.put("lifecycleStage", label("lifecycleStage", d.lifecycleStage()));
    m.put("significant", yesNo(d.significant()));
    m.put("statutoryBasis", d.statutoryBasis());
    m.put("status", label("partnershipStatus", d.status()));
    m.put("geography", label("geography", d.geography()));
    m.put("geographyDetail", d.geographyDetail());
    m.put("accountableBody", v.accountableBodyName());
    m.put("leadOfficer", v.leadOfficerName());
    m.put("portfolioHolders", join(v.portfolioHolders().stream().map(PartnershipView.Named::name)));
    m.put("parent", v.parent() == null ? null : v.parent().name());
    m.put("theme", v.themeName());
    m.put("startDate", str(d.startDate()));
    m.put("endDate", str(d.endDate()));
    m.put("reviewDate", str(d.reviewDate()));
    m.put("justification", d.justification());
    m.put("terminationArrangements", d.terminationArrangements());
    m.put("restricted", yesNo(d.restricted()));
    m.put("closureReason", v.closureReason());
    m.put(
        "partners",
        join(
            v.partners().stream()
                .map(
                    x ->
                        x.organisationName()
                            + (x.stance() == null ? "" : " (" + x.stance() + ")"))));
    m.put(
        "costs",
        join(
            v.costs().stream()
                .map(
                    c ->
                        c.organisationName()
                            + " "
                            + c.financialYear()
                            + " "
                            + label("costKind", c.kind())
                            + " £"
                            + c.amount().toPlainString())));
    m.put(
        "benefits",
        join(
            v.benefits().stream()
                .map(b -> label("benefitKind", b.kind()) + ": " + b.description())));
    return m;
  }

  /** Values in the history are kept as users read them, in the words of the day they changed. */
  private String label(String prefix, Enum<?> value) {
    return value == null
        ? null
        : messages.getMessage(prefix + "." + value.name(), null, value.name(), Locale.UK);
  }

  private String yesNo(boolean value) {
    return messages.getMessage(value ? "common.yes" : "common.no", null, Locale.UK);
  }

  private static String join(Stream<String> values) {
    String s = values.collect(Collectors.joining("; "));
    return s.isEmpty() ? null : s;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "system" : auth.getName();
  }
}
