package org.entente.meetings.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.directory.People;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.meetings.Agreement;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.BodyRecord;
import org.entente.meetings.CalendarEntry;
import org.entente.meetings.DecisionMix;
import org.entente.meetings.MeetingStatus;
import org.entente.meetings.MeetingSummary;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.PapersDeadline;
import org.entente.meetings.PapersRules;
import org.entente.meetings.PapersState;
import org.entente.meetings.Repetition;
import org.entente.shared.LondonTime;
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
class MeetingBook implements Meetings {

  private final MeetingRepository meetings;
  private final Structure structure;
  private final People people;
  private final ApplicationEventPublisher events;
  private final PapersRules papersRules;
  private final JdbcClient jdbc;

  MeetingBook(
      MeetingRepository meetings,
      Structure structure,
      People people,
      ApplicationEventPublisher events,
      PapersRules papersRules,
      JdbcClient jdbc) {
    this.meetings = meetings;
    this.structure = structure;
    this.people = people;
    this.events = events;
    this.papersRules = papersRules;
    this.jdbc = jdbc;
  }

  @Override
  public List<MeetingSummary> meetingsOf(long areaId, long partnershipId) {
    return summaries(
        areaId, meetings.findByAreaIdAndPartnershipIdOrderByStartsAtDesc(areaId, partnershipId));
  }

  @Override
  public List<MeetingSummary> upcoming(long areaId, long partnershipId, Instant from) {
    return summaries(
        areaId,
        meetings.findByAreaIdAndPartnershipIdInAndStartsAtGreaterThanEqualOrderByStartsAt(
            areaId, List.of(partnershipId), from));
  }

  @Override
  public Page<MeetingSummary> past(
      long areaId, long partnershipId, Long bodyId, Instant before, PageRequest page) {
    // served by the index meeting_partnership (area_id, partnership_id, starts_at)
    String where =
        " from meeting where area_id = :area and partnership_id = :partnership"
            + " and starts_at < :before"
            + (bodyId == null ? "" : " and body_id = :body");
    Map<String, Object> params = new HashMap<>();
    params.put("area", areaId);
    params.put("partnership", partnershipId);
    params.put("before", Timestamp.from(before));
    if (bodyId != null) {
      params.put("body", bodyId);
    }
    long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
    String order = page.descending() ? " desc" : " asc";
    List<Long> ids =
        jdbc.sql(
                "select id"
                    + where
                    + " order by starts_at"
                    + order
                    + ", id"
                    + order
                    + " limit :size offset :offset")
            .params(params)
            .param("size", page.size())
            .param("offset", page.offset())
            .query(Long.class)
            .list();
    Map<Long, Meeting> byId = new HashMap<>();
    meetings.findAllById(ids).forEach(m -> byId.put(m.id, m));
    return Page.of(summaries(areaId, ids.stream().map(byId::get).toList()), page, total);
  }

  private Map<Long, String> bodyNames(long areaId, List<Meeting> found) {
    return structure.bodyNames(
        areaId, found.stream().map(m -> m.bodyId).collect(Collectors.toSet()));
  }

  /** The meetings as a list shows them, in the order given, with their papers counted at once. */
  private List<MeetingSummary> summaries(long areaId, List<Meeting> found) {
    Map<Long, String> bodyNames = bodyNames(areaId, found);
    Map<Long, PaperCount> papers = paperCounts(found.stream().map(m -> m.id).toList());
    LocalDate today = LondonTime.today();
    Instant now = Instant.now();
    return found.stream()
        .map(m -> summary(m, bodyNames.get(m.bodyId), papers.get(m.id), today, now))
        .toList();
  }

  @Override
  public List<MeetingSummary> scheduledBetween(
      long areaId, Collection<Long> partnershipIds, Instant from, Instant to) {
    if (partnershipIds.isEmpty()) {
      return List.of();
    }
    List<Meeting> found =
        meetings
            .findByAreaIdAndPartnershipIdInAndStatusAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
                areaId, partnershipIds, MeetingStatus.SCHEDULED, from, to);
    return summaries(areaId, found);
  }

  @Override
  public List<PapersDue> papersDueBetween(LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select m.id, m.area_id, m.partnership_id, m.body_id, m.starts_at, m.papers_due_on,
                   (select count(*) from paper p where p.meeting_id = m.id) as papers
              from meeting m
             where m.status = 'SCHEDULED' and m.papers_due_on between :from and :to
             order by m.papers_due_on, m.starts_at, m.id
            """)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new PapersDue(
                    rs.getLong("id"),
                    rs.getLong("area_id"),
                    rs.getLong("partnership_id"),
                    rs.getLong("body_id"),
                    rs.getTimestamp("starts_at").toInstant(),
                    rs.getDate("papers_due_on").toLocalDate(),
                    rs.getInt("papers")))
        .list();
  }

  record PaperCount(int papers, int late) {}

  /** Papers and late papers of each of the meetings that has any, in one query. */
  private Map<Long, PaperCount> paperCounts(Collection<Long> meetingIds) {
    Map<Long, PaperCount> counts = new HashMap<>();
    if (meetingIds.isEmpty()) {
      return counts;
    }
    jdbc.sql(
            """
            select p.meeting_id, count(*) as papers,
                   count(*) filter (where p.published_on > m.papers_due_on) as late
              from paper p join meeting m on m.id = p.meeting_id
             where p.meeting_id in (:meetings)
             group by p.meeting_id
            """)
        .param("meetings", meetingIds)
        .query(
            rs -> {
              counts.put(
                  rs.getLong("meeting_id"), new PaperCount(rs.getInt("papers"), rs.getInt("late")));
            });
    return counts;
  }

  static MeetingSummary summary(
      Meeting m, String bodyName, PaperCount count, LocalDate today, Instant now) {
    PaperCount c = count == null ? new PaperCount(0, 0) : count;
    return new MeetingSummary(
        m.id,
        m.partnershipId,
        m.bodyId,
        bodyName,
        m.startsAt,
        m.place,
        m.status,
        m.papersDueOn,
        c.papers(),
        PapersState.of(m.status, m.startsAt, m.papersDueOn, c.papers(), c.late(), today, now));
  }

  @Override
  public Optional<MeetingView> meeting(long areaId, long meetingId) {
    return meetings.findByAreaIdAndId(areaId, meetingId).map(this::view);
  }

  @Override
  @Transactional
  public long schedule(long areaId, long partnershipId, Schedule s) {
    BodyView body =
        structure
            .body(areaId, s.bodyId())
            .filter(b -> b.partnershipId() == partnershipId)
            .orElseThrow(() -> new IllegalArgumentException("not a body of the partnership"));
    PapersDeadline deadline = papersRules.deadline(areaId);
    Instant startsAt = s.startsAt().atZone(LondonTime.ZONE).toInstant();
    Meeting m =
        meetings.save(
            Meeting.schedule(
                areaId,
                partnershipId,
                body.id(),
                startsAt,
                s.place(),
                deadline.clearDays(),
                deadline.dueOn(s.startsAt().toLocalDate()),
                Instant.now()));
    audit(m, body.name(), "scheduled", Map.of(), snapshot(m, body));
    return m.id;
  }

  @Override
  @Transactional
  public List<Long> scheduleSeries(
      long areaId, long partnershipId, Schedule first, Repetition repetition) {
    BodyView body =
        structure
            .body(areaId, first.bodyId())
            .filter(b -> b.partnershipId() == partnershipId)
            .orElseThrow(() -> new IllegalArgumentException("not a body of the partnership"));
    List<LocalDate> days = repetition.dates(first.startsAt().toLocalDate());
    PapersDeadline deadline = papersRules.deadline(areaId);
    Instant now = Instant.now();
    long seriesId =
        jdbc.sql(
                "insert into meeting_series (area_id, body_id, cadence, created_at)"
                    + " values (:area, :body, :cadence, :now) returning id")
            .param("area", areaId)
            .param("body", body.id())
            .param("cadence", repetition.cadence().name())
            .param("now", Timestamp.from(now))
            .query(Long.class)
            .single();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      Instant startsAt =
          day.atTime(first.startsAt().toLocalTime()).atZone(LondonTime.ZONE).toInstant();
      Meeting m =
          meetings.save(
              Meeting.schedule(
                      areaId,
                      partnershipId,
                      body.id(),
                      startsAt,
                      first.place(),
                      deadline.clearDays(),
                      deadline.dueOn(day),
                      now)
                  .inSeries(seriesId, i + 1));
      Map<String, String> after = new LinkedHashMap<>(snapshot(m, body));
      after.put("series", (i + 1) + " of " + days.size());
      audit(m, body.name(), "scheduled", Map.of(), after);
      ids.add(m.id);
    }
    return List.copyOf(ids);
  }

  @Override
  @Transactional
  public void move(long areaId, long meetingId, int version, LocalDateTime startsAt, String place) {
    Meeting meeting = load(areaId, meetingId, version);
    // the clear days the meeting was scheduled with, counted with the area's bank holidays now
    PapersDeadline deadline =
        new PapersDeadline(papersRules.deadline(areaId).workingDays(), meeting.clearDays);
    Instant at = startsAt.atZone(LondonTime.ZONE).toInstant();
    LocalDate dueOn = deadline.dueOn(startsAt.toLocalDate());
    apply(meeting, body(meeting), "moved", m -> m.move(at, place, dueOn));
  }

  @Override
  @Transactional
  public void cancel(long areaId, long meetingId, int version, String reason) {
    change(areaId, meetingId, version, "cancelled", m -> m.cancel(reason));
  }

  @Override
  @Transactional
  public void addAgendaItem(
      long areaId, long meetingId, int version, String title, String presenter) {
    change(areaId, meetingId, version, "agenda-item-added", m -> m.addAgendaItem(title, presenter));
  }

  @Override
  @Transactional
  public void recordAttendance(
      long areaId, long meetingId, int version, List<SeatAttendance> seats) {
    Meeting meeting = load(areaId, meetingId, version);
    BodyView body = body(meeting);
    Set<Long> seatIds =
        body.seats().stream().map(BodyView.SeatView::id).collect(Collectors.toSet());
    for (SeatAttendance s : seats) {
      if (!seatIds.contains(s.seatId())) {
        throw new IllegalArgumentException("not a seat of the body");
      }
      if (s.substitutePersonId() != null && people.find(areaId, s.substitutePersonId()).isEmpty()) {
        throw new IllegalArgumentException("unknown substitute");
      }
    }
    apply(meeting, body, "attendance-recorded", m -> m.recordAttendance(seats));
  }

  @Override
  @Transactional
  public void recordDecision(long areaId, long meetingId, int version, DecisionDetails decision) {
    change(areaId, meetingId, version, "decision-recorded", m -> m.recordDecision(decision));
  }

  /** A meeting of the period with one seat's attendance, or with none when nothing was recorded. */
  record AttendanceRow(
      long meetingId,
      LocalDate day,
      Long seatId,
      AttendanceStatus status,
      Integer substituteTier) {}

  record AgreementCount(Agreement agreement, int n) {}

  @Override
  public BodyRecord record(long areaId, long bodyId, LocalDate from) {
    BodyView body =
        structure.body(areaId, bodyId).orElseThrow(() -> new NotFoundException("body " + bodyId));
    // meetings held: not cancelled and already begun; the meeting_body index serves the range
    String held =
        "m.area_id = :area and m.body_id = :body and m.status = 'SCHEDULED'"
            + " and m.starts_at <= :until"
            + (from == null ? "" : " and m.starts_at >= :since");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("area", areaId);
    params.put("body", bodyId);
    params.put("until", OffsetDateTime.now(ZoneOffset.UTC));
    if (from != null) {
      params.put("since", from.atStartOfDay(LondonTime.ZONE).toOffsetDateTime());
    }
    List<AttendanceRow> rows =
        jdbc.sql(
                "select m.id as meeting_id,"
                    + " (m.starts_at at time zone 'Europe/London')::date as day,"
                    + " a.seat_id, a.status, a.substitute_tier"
                    + " from meeting m left join attendance a on a.meeting_id = m.id where "
                    + held
                    + " order by m.starts_at, m.id")
            .params(params)
            .query(AttendanceRow.class)
            .list();
    Map<Long, BodyRecord.MeetingDate> heldMeetings = new LinkedHashMap<>();
    List<BodyRecord.Attended> attendance = new ArrayList<>();
    for (AttendanceRow r : rows) {
      heldMeetings.putIfAbsent(r.meetingId(), new BodyRecord.MeetingDate(r.meetingId(), r.day()));
      if (r.seatId() != null) {
        attendance.add(
            new BodyRecord.Attended(r.meetingId(), r.seatId(), r.status(), r.substituteTier()));
      }
    }
    Map<Agreement, Integer> agreements = new EnumMap<>(Agreement.class);
    jdbc.sql(
            "select d.agreement, count(*) as n from decision d"
                + " join meeting m on m.id = d.meeting_id where "
                + held
                + " group by d.agreement")
        .params(params)
        .query(AgreementCount.class)
        .list()
        .forEach(c -> agreements.put(c.agreement(), c.n()));
    List<BodyRecord.Seat> seats =
        body.seats().stream()
            .map(
                s ->
                    new BodyRecord.Seat(
                        s.id(),
                        s.title(),
                        s.organisationName(),
                        s.sector(),
                        s.history().stream()
                            .map(BodyView.MembershipView::from)
                            .min(Comparator.naturalOrder())
                            .orElse(null),
                        s.abolishedOn()))
            .toList();
    return BodyRecord.assemble(
        bodyId,
        from,
        List.copyOf(heldMeetings.values()),
        seats,
        attendance,
        new DecisionMix(
            agreements.getOrDefault(Agreement.AGREED_BY_ALL, 0),
            agreements.getOrDefault(Agreement.DEBATED_AND_RESOLVED, 0),
            agreements.getOrDefault(Agreement.CONTESTED, 0)));
  }

  @Override
  public List<CalendarEntry> calendar(
      long areaId, Collection<Long> partnershipIds, Long bodyId, Instant from) {
    if (partnershipIds.isEmpty()) {
      return List.of();
    }
    List<Meeting> found =
        bodyId == null
            ? meetings.findByAreaIdAndPartnershipIdInAndStartsAtGreaterThanEqualOrderByStartsAt(
                areaId, partnershipIds, from)
            : meetings
                .findByAreaIdAndBodyIdAndStartsAtGreaterThanEqualOrderByStartsAt(
                    areaId, bodyId, from)
                .stream()
                .filter(m -> partnershipIds.contains(m.partnershipId))
                .toList();
    Map<Long, String> bodyNames = bodyNames(areaId, found);
    return found.stream()
        .map(
            m ->
                new CalendarEntry(
                    m.id,
                    m.partnershipId,
                    m.bodyId,
                    bodyNames.get(m.bodyId),
                    m.startsAt,
                    m.place,
                    m.status,
                    m.cancelledReason,
                    m.version,
                    m.updatedAt,
                    m.orderedAgenda().stream().map(i -> i.title).toList()))
        .toList();
  }

  // --- internals

  private void change(
      long areaId,
      long meetingId,
      int version,
      String action,
      java.util.function.Consumer<Meeting> edit) {
    Meeting meeting = load(areaId, meetingId, version);
    apply(meeting, body(meeting), action, edit);
  }

  private void apply(
      Meeting meeting, BodyView body, String action, java.util.function.Consumer<Meeting> edit) {
    Map<String, String> before = snapshot(meeting, body);
    edit.accept(meeting);
    meeting.updatedAt = Instant.now();
    try {
      meetings.save(meeting);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException(body.name());
    }
    audit(meeting, body.name(), action, before, snapshot(meeting, body));
  }

  private Meeting load(long areaId, long meetingId, int version) {
    Meeting m =
        meetings
            .findByAreaIdAndId(areaId, meetingId)
            .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    if (m.version != version) {
      throw new StaleEditException("meeting " + meetingId);
    }
    return m;
  }

  private BodyView body(Meeting m) {
    return structure
        .body(m.areaId, m.bodyId)
        .orElseThrow(() -> new NotFoundException("body " + m.bodyId));
  }

  private MeetingView view(Meeting m) {
    String bodyName = structure.body(m.areaId, m.bodyId).map(BodyView::name).orElse(null);
    Set<Long> personIds = new HashSet<>();
    m.attendance.stream()
        .map(a -> a.substitutePersonId)
        .filter(Objects::nonNull)
        .forEach(personIds::add);
    Map<Long, String> names = people.names(m.areaId, personIds);
    Map<Long, Meeting.AgendaItem> items =
        m.agenda.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
    return new MeetingView(
        m.id,
        m.areaId,
        m.partnershipId,
        m.bodyId,
        bodyName,
        m.version,
        m.startsAt,
        m.place,
        m.status,
        m.cancelledReason,
        m.clearDays,
        m.papersDueOn,
        m.seriesId,
        m.seriesPosition,
        m.seriesId == null ? 1 : (int) meetings.countBySeriesId(m.seriesId),
        m.orderedAgenda().stream()
            .map(i -> new MeetingView.AgendaItemView(i.id, i.position, i.title, i.presenter))
            .toList(),
        m.attendance.stream()
            .map(
                a ->
                    new MeetingView.AttendanceView(
                        a.seatId,
                        a.status,
                        a.substitutePersonId,
                        a.substitutePersonId == null ? null : names.get(a.substitutePersonId),
                        a.substituteTier))
            .toList(),
        m.orderedDecisions().stream()
            .map(
                d ->
                    new MeetingView.DecisionView(
                        d.id,
                        d.position,
                        d.agendaItemId,
                        d.agendaItemId == null || !items.containsKey(d.agendaItemId)
                            ? null
                            : items.get(d.agendaItemId).title,
                        d.text,
                        d.layer,
                        d.agreement,
                        d.dissent))
            .toList());
  }

  /** Readable values of the meeting, for the history: seats and substitutes by name. */
  private Map<String, String> snapshot(Meeting m, BodyView body) {
    Map<Long, String> seatTitles =
        body.seats().stream()
            .collect(Collectors.toMap(BodyView.SeatView::id, BodyView.SeatView::title));
    Map<Long, String> substitutes =
        people.names(
            m.areaId,
            m.attendance.stream()
                .map(a -> a.substitutePersonId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<String, String> s = new LinkedHashMap<>();
    s.put("startsAt", m.startsAt.toString());
    s.put("place", m.place);
    s.put("status", m.status.name());
    s.put("papersDueOn", m.papersDueOn.toString());
    s.put("cancelledReason", m.cancelledReason);
    s.put(
        "agenda",
        m.orderedAgenda().stream()
            .map(i -> i.position + ". " + i.title)
            .collect(Collectors.joining("; ")));
    s.put(
        "attendance",
        m.attendance.stream()
            .sorted(java.util.Comparator.comparing(a -> seatTitles.getOrDefault(a.seatId, "")))
            .map(
                a ->
                    seatTitles.getOrDefault(a.seatId, "seat " + a.seatId)
                        + ": "
                        + a.status
                        + (a.substitutePersonId == null
                            ? ""
                            : " ("
                                + substitutes.get(a.substitutePersonId)
                                + ", tier "
                                + a.substituteTier
                                + ")"))
            .collect(Collectors.joining("; ")));
    s.put(
        "decisions",
        m.orderedDecisions().stream()
            .map(d -> d.position + ". " + d.text + " [" + d.layer + ", " + d.agreement + "]")
            .collect(Collectors.joining("; ")));
    return s;
  }

  private void audit(
      Meeting m,
      String bodyName,
      String action,
      Map<String, String> before,
      Map<String, String> after) {
    LocalDate day = m.startsAt.atZone(LondonTime.ZONE).toLocalDate();
    events.publishEvent(
        new AuditEvent(
            m.areaId,
            "meeting",
            m.id,
            bodyName + ", " + day,
            action,
            AuditEvent.changesBetween(before, after)));
  }
}
