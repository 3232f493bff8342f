package org.entente.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.directory.OrganisationRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.Sector;
import org.entente.governance.AttendanceCheck;
import org.entente.governance.BodyKind;
import org.entente.governance.BodySummary;
import org.entente.governance.BodyView;
import org.entente.governance.Capacity;
import org.entente.governance.Composition;
import org.entente.governance.CompositionCheck;
import org.entente.governance.Guidance;
import org.entente.governance.MeetingRecord;
import org.entente.governance.Structure;
import org.entente.governance.Warning;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BodyRegister implements Structure {

  private final BodyRepository bodies;
  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final People people;
  private final Register register;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<MeetingRecord> meetingRecord;

  BodyRegister(
      BodyRepository bodies,
      JdbcClient jdbc,
      Organisations organisations,
      People people,
      Register register,
      ApplicationEventPublisher events,
      ObjectProvider<MeetingRecord> meetingRecord) {
    this.bodies = bodies;
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.people = people;
    this.register = register;
    this.events = events;
    this.meetingRecord = meetingRecord;
  }

  @Override
  public List<BodySummary> bodiesOf(long areaId, long partnershipId) {
    return summaries(areaId, bodies.findByAreaIdAndPartnershipIdOrderByName(areaId, partnershipId));
  }

  @Override
  public Map<Long, String> bodyNames(long areaId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    jdbc.sql("select id, name from body where area_id = :area and id in (:ids)")
        .param("area", areaId)
        .param("ids", ids)
        .query(
            rs -> {
              names.put(rs.getLong("id"), rs.getString("name"));
            });
    return names;
  }

  @Override
  public Optional<BodyView> body(long areaId, long bodyId) {
    return bodies.findByAreaIdAndId(areaId, bodyId).map(b -> view(b, areaId));
  }

  @Override
  @Transactional
  public long createBody(long areaId, long partnershipId, BodyDetails details) {
    requirePartnership(areaId, partnershipId);
    Body body = bodies.save(Body.create(areaId, partnershipId, details, Instant.now()));
    audit(body, "created", Map.of(), snapshot(body));
    return body.id;
  }

  @Override
  @Transactional
  public void updateBody(long areaId, long bodyId, int version, BodyDetails details) {
    Body body = load(areaId, bodyId, version);
    Map<String, String> before = snapshot(body);
    body.apply(details);
    save(body);
    audit(body, "updated", before, snapshot(body));
  }

  @Override
  @Transactional
  public long addSeat(long areaId, long bodyId, int version, SeatDetails details) {
    Body body = load(areaId, bodyId, version);
    if (details.organisationId() != null) {
      organisations
          .find(areaId, details.organisationId())
          .orElseThrow(() -> new IllegalArgumentException("Unknown organisation"));
    }
    Map<String, String> before = snapshot(body);
    Body.Seat seat = body.addSeat(details);
    save(body);
    audit(body, "seat-added", before, snapshot(body));
    return seat.id;
  }

  @Override
  @Transactional
  public void appoint(
      long areaId,
      long bodyId,
      int version,
      long seatId,
      Appointment appointment,
      String replacedBecause) {
    Body body = load(areaId, bodyId, version);
    people
        .find(areaId, appointment.personId())
        .orElseThrow(() -> new IllegalArgumentException("Unknown person"));
    Body.Seat seat = body.seat(seatId).orElseThrow(() -> new NotFoundException("seat " + seatId));
    Map<String, String> before = snapshot(body);
    seat.appoint(appointment, replacedBecause);
    save(body);
    audit(body, "appointed", before, snapshot(body));
  }

  @Override
  @Transactional
  public void endMembership(
      long areaId,
      long bodyId,
      int version,
      long seatId,
      Capacity capacity,
      LocalDate lastDay,
      String reason) {
    Body body = load(areaId, bodyId, version);
    Body.Seat seat = body.seat(seatId).orElseThrow(() -> new NotFoundException("seat " + seatId));
    Map<String, String> before = snapshot(body);
    if (!seat.vacate(capacity, lastDay, reason)) {
      throw new IllegalStateException("Nobody holds this seat as " + capacity);
    }
    save(body);
    audit(body, "membership-ended", before, snapshot(body));
  }

  @Override
  @Transactional
  public void abolishSeat(long areaId, long bodyId, int version, long seatId, LocalDate from) {
    Body body = load(areaId, bodyId, version);
    Body.Seat seat = body.seat(seatId).orElseThrow(() -> new NotFoundException("seat " + seatId));
    Map<String, String> before = snapshot(body);
    seat.abolish(from);
    save(body);
    audit(body, "seat-abolished", before, snapshot(body));
  }

  @Override
  public List<Guidance> guidance(long areaId) {
    return List.copyOf(guidanceByKind(areaId).values());
  }

  @Override
  @Transactional
  public void setGuidance(long areaId, Guidance g) {
    Guidance before = guidanceByKind(areaId).get(g.kind());
    jdbc.sql(
            """
            insert into body_kind_guidance
              (area_id, kind, min_size, max_size, meeting_interval_days, deputies_required, lowest_tier)
            values (:area, :kind, :min, :max, :interval, :deputies, :tier)
            on conflict (area_id, kind) do update set min_size = excluded.min_size,
              max_size = excluded.max_size, meeting_interval_days = excluded.meeting_interval_days,
              deputies_required = excluded.deputies_required, lowest_tier = excluded.lowest_tier,
              version = body_kind_guidance.version + 1
            """)
        .param("area", areaId)
        .param("kind", g.kind().name())
        .param("min", g.minSize())
        .param("max", g.maxSize())
        .param("interval", g.meetingIntervalDays())
        .param("deputies", g.deputiesRequired())
        .param("tier", g.lowestTier())
        .update();
    events.publishEvent(
        new AuditEvent(
            areaId,
            "body-guidance",
            g.kind().ordinal(),
            g.kind().name(),
            "updated",
            AuditEvent.changesBetween(guidanceSnapshot(before), guidanceSnapshot(g))));
  }

  @Override
  public List<BodySummary> bodiesOfArea(long areaId) {
    return summaries(areaId, bodies.findByAreaId(areaId)).stream()
        .sorted(Comparator.comparing(BodySummary::name))
        .toList();
  }

  @Override
  public List<Representation> representation(long areaId, Long personId, Long organisationId) {
    record Row(
        long bodyId,
        long partnershipId,
        String bodyName,
        String seatTitle,
        Long organisationId,
        long personId,
        Capacity capacity,
        int tier,
        LocalDate fromDate,
        LocalDate toDate,
        String endReason) {}
    List<Row> rows =
        jdbc.sql(
                """
                select b.id as body_id, b.partnership_id, b.name as body_name,
                       s.title as seat_title, s.organisation_id, m.person_id, m.capacity, m.tier,
                       m.from_date, m.to_date, m.end_reason
                from membership m join seat s on s.id = m.seat_id join body b on b.id = s.body_id
                where b.area_id = :area
                  and (cast(:person as bigint) is null or m.person_id = :person)
                  and (cast(:organisation as bigint) is null or s.organisation_id = :organisation)
                order by m.from_date desc, b.name, s.title
                """)
            .param("area", areaId)
            .param("person", personId)
            .param("organisation", organisationId)
            .query(Row.class)
            .list();
    Map<Long, String> partnerships =
        register.names(areaId, rows.stream().map(Row::partnershipId).collect(Collectors.toSet()));
    Map<Long, String> persons =
        people.names(areaId, rows.stream().map(Row::personId).collect(Collectors.toSet()));
    Map<Long, String> orgs =
        organisations.names(
            areaId,
            rows.stream()
                .map(Row::organisationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    return rows.stream()
        .map(
            r ->
                new Representation(
                    r.partnershipId(),
                    partnerships.get(r.partnershipId()),
                    r.bodyId(),
                    r.bodyName(),
                    r.seatTitle(),
                    r.organisationId() == null ? null : orgs.get(r.organisationId()),
                    r.personId(),
                    persons.get(r.personId()),
                    r.capacity(),
                    r.tier(),
                    r.fromDate(),
                    r.toDate(),
                    r.endReason()))
        .toList();
  }

  // --- internals

  private static Map<String, String> guidanceSnapshot(Guidance g) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("minSize", String.valueOf(g.minSize()));
    m.put("maxSize", String.valueOf(g.maxSize()));
    m.put("meetingIntervalDays", String.valueOf(g.meetingIntervalDays()));
    m.put("deputiesRequired", String.valueOf(g.deputiesRequired()));
    m.put("lowestTier", String.valueOf(g.lowestTier()));
    return m;
  }

  private List<BodySummary> summaries(long areaId, List<Body> list) {
    Map<BodyKind, Guidance> guidance = guidanceByKind(areaId);
    Map<Long, OrganisationRef> orgs = organisationsOf(areaId);
    Map<Long, MeetingRecord.Attendance> attendance =
        attendance(list.stream().map(b -> b.id).toList());
    return list.stream()
        .map(b -> summary(b, orgs, guidance.get(b.kind), attendance.get(b.id)))
        .toList();
  }

  private Map<Long, MeetingRecord.Attendance> attendance(List<Long> bodyIds) {
    MeetingRecord record = meetingRecord.getIfAvailable();
    return record == null || bodyIds.isEmpty()
        ? Map.of()
        : record.attendance(bodyIds, LondonTime.today());
  }

  /**
   * What guidance says is wrong with the body now. A body past its end date is not expected to meet
   * any more, so how it meets is judged only while it runs.
   */
  private static List<Warning> warnings(
      Body b, Composition c, Guidance guidance, MeetingRecord.Attendance attendance) {
    LocalDate today = LondonTime.today();
    List<Warning> warnings = new ArrayList<>(CompositionCheck.warnings(c, guidance, today));
    if (b.endDate == null || !b.endDate.isBefore(today)) {
      LocalDate since = b.createdAt.atZone(LondonTime.ZONE).toLocalDate();
      warnings.addAll(AttendanceCheck.warnings(guidance, since, attendance, today));
    }
    return warnings;
  }

  private BodySummary summary(
      Body b,
      Map<Long, OrganisationRef> orgs,
      Guidance guidance,
      MeetingRecord.Attendance attendance) {
    Composition c = composition(b, orgs);
    return new BodySummary(
        b.id,
        b.partnershipId,
        b.name,
        b.kind,
        b.roleLayer,
        b.endDate,
        c.seats().size(),
        (int) c.seats().stream().filter(Composition.SeatHolding::vacant).count(),
        warnings(b, c, guidance, attendance));
  }

  private Map<BodyKind, Guidance> guidanceByKind(long areaId) {
    Map<BodyKind, Guidance> byKind = new EnumMap<>(BodyKind.class);
    for (BodyKind kind : BodyKind.values()) {
      byKind.put(kind, kind.defaults());
    }
    jdbc.sql(
            """
            select kind, min_size, max_size, meeting_interval_days, deputies_required, lowest_tier
            from body_kind_guidance where area_id = :area
            """)
        .param("area", areaId)
        .query(Guidance.class)
        .list()
        .forEach(g -> byKind.put(g.kind(), g));
    return byKind;
  }

  private void requirePartnership(long areaId, long partnershipId) {
    if (register.names(areaId, List.of(partnershipId)).isEmpty()) {
      throw new NotFoundException("partnership " + partnershipId);
    }
  }

  private Body load(long areaId, long bodyId, int version) {
    Body body =
        bodies
            .findByAreaIdAndId(areaId, bodyId)
            .orElseThrow(() -> new NotFoundException("body " + bodyId));
    if (body.version != version) {
      throw new StaleEditException(body.name);
    }
    return body;
  }

  private void save(Body body) {
    try {
      bodies.save(body);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException(body.name);
    }
  }

  private Map<Long, OrganisationRef> organisationsOf(long areaId) {
    return organisations.all(areaId).stream()
        .collect(Collectors.toMap(OrganisationRef::id, o -> o));
  }

  private Composition composition(Body b, Map<Long, OrganisationRef> orgs) {
    List<Composition.SeatHolding> seats = new ArrayList<>();
    for (Body.Seat s : openSeats(b)) {
      Optional<Body.Membership> member = s.current(Capacity.MEMBER, LondonTime.today());
      Sector orgSector =
          s.organisationId == null || !orgs.containsKey(s.organisationId)
              ? null
              : orgs.get(s.organisationId).sector();
      boolean voluntary = Sector.VOLUNTARY.name().equals(s.sector) || orgSector == Sector.VOLUNTARY;
      boolean elected =
          Sector.ELECTED.name().equals(s.sector)
              || member.map(m -> Sector.ELECTED.name().equals(m.sector)).orElse(false);
      seats.add(
          new Composition.SeatHolding(
              s.id,
              s.title,
              voluntary,
              elected,
              member.map(m -> m.tier).orElse(null),
              s.current(Capacity.DEPUTY, LondonTime.today()).isPresent()));
    }
    return new Composition(
        b.kind, b.roleLayer, b.endDate, b.expectsVoluntarySeat, b.expectsElectedSeat, seats);
  }

  private static List<Body.Seat> openSeats(Body b) {
    return b.seats.stream()
        .filter(s -> s.abolishedOn == null || s.abolishedOn.isAfter(LondonTime.today()))
        .sorted(seatOrder())
        .toList();
  }

  private static Comparator<Body.Seat> seatOrder() {
    return Comparator.comparing((Body.Seat s) -> s.seatRole.ordinal())
        .thenComparing(s -> s.title.toLowerCase());
  }

  private BodyView view(Body b, long areaId) {
    Map<Long, OrganisationRef> orgs = organisationsOf(areaId);
    Set<Long> personIds = new HashSet<>();
    b.seats.forEach(s -> s.memberships.forEach(m -> personIds.add(m.personId)));
    Map<Long, String> names = people.names(areaId, personIds);
    List<BodyView.SeatView> seats =
        b.seats.stream()
            .sorted(seatOrder())
            .map(
                s ->
                    new BodyView.SeatView(
                        s.id,
                        s.title,
                        s.organisationId,
                        s.organisationId == null || !orgs.containsKey(s.organisationId)
                            ? null
                            : orgs.get(s.organisationId).name(),
                        s.sector,
                        s.seatRole,
                        s.voting,
                        s.abolishedOn,
                        s.current(Capacity.MEMBER, LondonTime.today())
                            .map(m -> membership(m, names))
                            .orElse(null),
                        s.current(Capacity.DEPUTY, LondonTime.today())
                            .map(m -> membership(m, names))
                            .orElse(null),
                        s.memberships.stream()
                            .sorted(
                                Comparator.comparing((Body.Membership m) -> m.fromDate).reversed())
                            .map(m -> membership(m, names))
                            .toList()))
            .toList();
    return new BodyView(
        b.id,
        b.areaId,
        b.partnershipId,
        b.version,
        b.name,
        b.kind,
        b.roleLayer,
        b.termsOfReference,
        b.endDate,
        b.expectsVoluntarySeat,
        b.expectsElectedSeat,
        seats,
        warnings(
            b,
            composition(b, orgs),
            guidanceByKind(areaId).get(b.kind),
            attendance(List.of(b.id)).get(b.id)));
  }

  private static BodyView.MembershipView membership(Body.Membership m, Map<Long, String> names) {
    return new BodyView.MembershipView(
        m.id,
        m.personId,
        names.get(m.personId),
        m.capacity,
        m.tier,
        m.sector,
        m.umbrella,
        m.fromDate,
        m.toDate,
        m.endReason);
  }

  /** Readable values of the body and who holds each seat, for the history. */
  private Map<String, String> snapshot(Body b) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", b.name);
    m.put("kind", b.kind.name());
    m.put("roleLayer", b.roleLayer.name());
    m.put("termsOfReference", b.termsOfReference);
    m.put("endDate", b.endDate == null ? null : b.endDate.toString());
    Set<Long> personIds = new HashSet<>();
    b.seats.forEach(s -> s.memberships.forEach(x -> personIds.add(x.personId)));
    Map<Long, String> names = people.names(b.areaId, personIds);
    m.put(
        "seats",
        openSeats(b).stream()
            .map(
                s ->
                    s.title
                        + s.current(Capacity.MEMBER, LondonTime.today())
                            .map(x -> ": " + names.get(x.personId))
                            .orElse(": vacant")
                        + s.current(Capacity.DEPUTY, LondonTime.today())
                            .map(x -> " (deputy " + names.get(x.personId) + ")")
                            .orElse(""))
            .collect(Collectors.joining("; ")));
    return m;
  }

  private void audit(Body b, String action, Map<String, String> before, Map<String, String> after) {
    events.publishEvent(
        new AuditEvent(
            b.areaId, "body", b.id, b.name, action, AuditEvent.changesBetween(before, after)));
  }
}
