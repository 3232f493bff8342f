package org.entente.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.directory.People;
import org.entente.meetings.ActionStatus;
import org.entente.meetings.ActionSummary;
import org.entente.meetings.ActionView;
import org.entente.meetings.Actions;
import org.entente.partnership.Register;
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
class ActionLog implements Actions {

  private static final Map<String, String> SORT_COLUMNS =
      Map.of("dueOn", "due_on", "status", "status", "description", "lower(description)");

  private final ActionRepository actions;
  private final MeetingRepository meetings;
  private final JdbcClient jdbc;
  private final People people;
  private final Register register;
  private final ApplicationEventPublisher events;

  ActionLog(
      ActionRepository actions,
      MeetingRepository meetings,
      JdbcClient jdbc,
      People people,
      Register register,
      ApplicationEventPublisher events) {
    this.actions = actions;
    this.meetings = meetings;
    this.jdbc = jdbc;
    this.people = people;
    this.register = register;
    this.events = events;
  }

  @Override
  @Transactional
  public long raise(long areaId, long partnershipId, Long meetingId, ActionDetails details) {
    people
        .find(areaId, details.ownerId())
        .orElseThrow(() -> new IllegalArgumentException("unknown owner"));
    if (meetingId != null
        && meetings
            .findByAreaIdAndId(areaId, meetingId)
            .filter(m -> m.partnershipId == partnershipId)
            .isEmpty()) {
      throw new IllegalArgumentException("not a meeting of the partnership");
    }
    Action a = actions.save(Action.raise(areaId, partnershipId, meetingId, details, Instant.now()));
    audit(a, "raised", Map.of(), snapshot(a));
    return a.id;
  }

  @Override
  public Optional<ActionView> action(long areaId, long actionId) {
    return actions
        .findByAreaIdAndId(areaId, actionId)
        .map(
            a ->
                new ActionView(
                    a.id,
                    a.areaId,
                    a.partnershipId,
                    a.meetingId,
                    a.version,
                    a.description,
                    a.ownerPersonId,
                    people.names(areaId, List.of(a.ownerPersonId)).get(a.ownerPersonId),
                    a.dueOn,
                    a.status,
                    a.notes.stream()
                        .sorted(
                            Comparator.comparing((Action.Note n) -> n.notedOn)
                                .thenComparing(n -> n.id)
                                .reversed())
                        .map(n -> new ActionView.Note(n.notedOn, n.text, n.notedBy))
                        .toList()));
  }

  @Override
  public List<ActionSummary> ofMeeting(long areaId, long meetingId, LocalDate today) {
    List<Action> found = actions.findByAreaIdAndMeetingIdOrderByDueOnAsc(areaId, meetingId);
    Map<Long, String> owners =
        people.names(areaId, found.stream().map(a -> a.ownerPersonId).collect(Collectors.toSet()));
    Map<Long, String> partnerships =
        register.names(
            areaId, found.stream().map(a -> a.partnershipId).collect(Collectors.toSet()));
    return found.stream()
        .map(
            a ->
                new ActionSummary(
                    a.id,
                    a.partnershipId,
                    partnerships.get(a.partnershipId),
                    a.meetingId,
                    a.description,
                    a.ownerPersonId,
                    owners.get(a.ownerPersonId),
                    a.dueOn,
                    a.status,
                    a.status.overdue(a.dueOn, today)))
        .toList();
  }

  @Override
  @Transactional
  public void progress(
      long areaId, long actionId, int version, ActionStatus status, String note, String by) {
    Action a =
        actions
            .findByAreaIdAndId(areaId, actionId)
            .orElseThrow(() -> new NotFoundException("action " + actionId));
    if (a.version != version) {
      throw new StaleEditException("action " + actionId);
    }
    Map<String, String> before = snapshot(a);
    a.progress(status, note, by, LondonTime.today());
    try {
      actions.save(a);
    } catch (OptimisticLockingFailureException e) {
      throw new StaleEditException("action " + actionId);
    }
    audit(a, "progressed", before, snapshot(a));
  }

  record Row(
      long id,
      long partnershipId,
      Long meetingId,
      String description,
      long ownerPersonId,
      LocalDate dueOn,
      ActionStatus status) {}

  @Override
  public Page<ActionSummary> search(
      long areaId,
      Collection<Long> partnershipIds,
      ActionFilter filter,
      LocalDate today,
      PageRequest page) {
    if (partnershipIds.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    String where = where(filter);
    long total =
        jdbc.sql("select count(*) from action where " + where)
            .params(params(areaId, partnershipIds, filter, today))
            .query(Long.class)
            .single();
    String order = SORT_COLUMNS.getOrDefault(page.sort(), "due_on") + " " + page.direction();
    List<Row> rows =
        jdbc.sql(
                "select id, partnership_id, meeting_id, description, owner_person_id, due_on,"
                    + " status from action where "
                    + where
                    + " order by "
                    + order
                    + ", id limit :limit offset :offset")
            .params(params(areaId, partnershipIds, filter, today))
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Row.class)
            .list();
    List<ActionSummary> items = summaries(areaId, rows, today);
    return Page.of(items, page, total);
  }

  @Override
  public Counts counts(long areaId, Collection<Long> partnershipIds, LocalDate today) {
    if (partnershipIds.isEmpty()) {
      return new Counts(0, 0);
    }
    return jdbc.sql(
            """
            select count(*) as outstanding,
                   count(*) filter (where due_on < :today) as overdue
            from action
            where area_id = :area and partnership_id in (:ids)
              and status in ('OPEN', 'IN_PROGRESS')
            """)
        .param("area", areaId)
        .param("ids", partnershipIds)
        .param("today", today)
        .query(Counts.class)
        .single();
  }

  @Override
  public List<ActionSummary> outstandingDueBetween(
      long areaId, LocalDate from, LocalDate to, LocalDate today) {
    // served by the partial index action_open_due (area_id, due_on)
    List<Row> rows =
        jdbc.sql(
                """
                select id, partnership_id, meeting_id, description, owner_person_id, due_on, status
                from action
                where area_id = :area and status in ('OPEN', 'IN_PROGRESS')
                  and due_on between :from and :to
                order by due_on, id
                """)
            .param("area", areaId)
            .param("from", from)
            .param("to", to)
            .query(Row.class)
            .list();
    return summaries(areaId, rows, today);
  }

  private List<ActionSummary> summaries(long areaId, List<Row> rows, LocalDate today) {
    Map<Long, String> owners =
        people.names(areaId, rows.stream().map(Row::ownerPersonId).collect(Collectors.toSet()));
    Map<Long, String> partnerships =
        register.names(areaId, rows.stream().map(Row::partnershipId).collect(Collectors.toSet()));
    return rows.stream()
        .map(
            r ->
                new ActionSummary(
                    r.id(),
                    r.partnershipId(),
                    partnerships.get(r.partnershipId()),
                    r.meetingId(),
                    r.description(),
                    r.ownerPersonId(),
                    owners.get(r.ownerPersonId()),
                    r.dueOn(),
                    r.status(),
                    r.status().overdue(r.dueOn(), today)))
        .toList();
  }

  record StatusCount(ActionStatus status, long n, long overdue) {}

  @Override
  public BodyActions ofBody(long areaId, long bodyId, LocalDate from, LocalDate today) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("area", areaId);
    params.put("body", bodyId);
    params.put("today", today);
    if (from != null) {
      params.put("since", from.atStartOfDay(LondonTime.ZONE).toOffsetDateTime());
    }
    Map<ActionStatus, StatusCount> counts = new EnumMap<>(ActionStatus.class);
    jdbc.sql(
            "select a.status, count(*) as n,"
                + " count(*) filter (where a.status in ('OPEN', 'IN_PROGRESS')"
                + " and a.due_on < :today) as overdue"
                + " from action a join meeting m on m.id = a.meeting_id"
                + " where m.area_id = :area and m.body_id = :body and a.area_id = :area"
                + (from == null ? "" : " and m.starts_at >= :since")
                + " group by a.status")
        .params(params)
        .query(StatusCount.class)
        .list()
        .forEach(c -> counts.put(c.status(), c));
    ToLongFunction<ActionStatus> n = s -> counts.containsKey(s) ? counts.get(s).n() : 0;
    return new BodyActions(
        n.applyAsLong(ActionStatus.OPEN),
        n.applyAsLong(ActionStatus.IN_PROGRESS),
        n.applyAsLong(ActionStatus.DONE),
        n.applyAsLong(ActionStatus.DROPPED),
        counts.values().stream().mapToLong(StatusCount::overdue).sum());
  }

  /** Built only from fixed fragments chosen by the filter's enum, never from user text. */
  private static String where(ActionFilter filter) {
    StringBuilder w = new StringBuilder("area_id = :area and partnership_id in (:ids)");
    if (filter.partnershipId() != null) {
      w.append(" and partnership_id = :partnership");
    }
    Show show = filter.show() == null ? Show.OUTSTANDING : filter.show();
    switch (show) {
      case OUTSTANDING -> w.append(" and status in ('OPEN', 'IN_PROGRESS')");
      case OVERDUE -> w.append(" and status in ('OPEN', 'IN_PROGRESS') and due_on < :today");
      case ALL -> {}
      default -> w.append(" and status = '").append(show.name()).append("'");
    }
    return w.toString();
  }

  private static Map<String, Object> params(
      long areaId, Collection<Long> partnershipIds, ActionFilter filter, LocalDate today) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("area", areaId);
    p.put("ids", partnershipIds);
    p.put("today", today);
    if (filter.partnershipId() != null) {
      p.put("partnership", filter.partnershipId());
    }
    return p;
  }

  private Map<String, String> snapshot(Action a) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("description", a.description);
    s.put("owner", people.names(a.areaId, List.of(a.ownerPersonId)).get(a.ownerPersonId));
    s.put("dueOn", a.dueOn.toString());
    s.put("status", a.status.name());
    s.put("notes", String.valueOf(a.notes.size()));
    return s;
  }

  private void audit(
      Action a, String action, Map<String, String> before, Map<String, String> after) {
    events.publishEvent(
        new AuditEvent(
            a.areaId,
            "action",
            a.id,
            a.description.length() > 300 ? a.description.substring(0, 297) + "..." : a.description,
            action,
            AuditEvent.changesBetween(before, after)));
  }
}
