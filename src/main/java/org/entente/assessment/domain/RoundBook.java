package org.entente.assessment.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.assessment.Answer;
import org.entente.assessment.AnswerRefusedException;
import org.entente.assessment.HealthCheckRound;
import org.entente.assessment.HealthChecks;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.Invitee;
import org.entente.assessment.Questionnaire;
import org.entente.assessment.RespondentStatus;
import org.entente.assessment.Response;
import org.entente.assessment.RoundClosedException;
import org.entente.assessment.RoundCounts;
import org.entente.assessment.RoundRefusedException;
import org.entente.assessment.RoundState;
import org.entente.assessment.RoundSummary;
import org.entente.assessment.Rounds;
import org.entente.assessment.Scale;
import org.entente.audit.AuditEvent;
import org.entente.directory.OrganisationRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.PersonRef;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Health-check rounds, their respondents and answers, kept in the database. */
@Service
@Transactional(readOnly = true)
class RoundBook implements Rounds, HealthChecks {

  /** Closing dates further ahead than this are surely a typing slip. */
  static final int MAX_DAYS_OPEN = 366;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "closesOn", "r.closes_on",
          "instrument", "r.instrument_key",
          "state", "r.state",
          "created", "r.created_at",
          "partnership", "r.partnership_id");

  private static final String ROUND_COLUMNS =
      "r.id, r.area_id, r.partnership_id, r.instrument_key, r.instrument_version, r.state,"
          + " r.anonymous, r.minimum_group_size, r.closes_on, r.created_at, r.opened_at,"
          + " r.closed_at, r.body_ids, r.extra_emails, r.version";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final InstrumentLibrary library;
  private final Structure structure;
  private final People people;
  private final Organisations organisations;
  private final Register register;
  private final RespondentLinks links;
  private final RoundMail words;
  private final MailSender mail;
  private final ApplicationEventPublisher events;

  RoundBook(
      JdbcClient jdbc,
      JdbcTemplate batches,
      InstrumentLibrary library,
      Structure structure,
      People people,
      Organisations organisations,
      Register register,
      RespondentLinks links,
      RoundMail words,
      MailSender mail,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.library = library;
    this.structure = structure;
    this.people = people;
    this.organisations = organisations;
    this.register = register;
    this.links = links;
    this.words = words;
    this.mail = mail;
    this.events = events;
  }

  // --- reading rounds

  @Override
  public Optional<HealthCheckRound> round(long areaId, long roundId) {
    return jdbc.sql(
            "select "
                + ROUND_COLUMNS
                + " from health_check_round r where r.area_id = :a and r.id = :id")
        .param("a", areaId)
        .param("id", roundId)
        .query(RoundBook::round)
        .optional();
  }

  private Optional<HealthCheckRound> round(long roundId) {
    return jdbc.sql("select " + ROUND_COLUMNS + " from health_check_round r where r.id = :id")
        .param("id", roundId)
        .query(RoundBook::round)
        .optional();
  }

  static HealthCheckRound round(ResultSet rs, int n) throws SQLException {
    Array ids = rs.getArray("body_ids");
    List<Long> bodyIds = ids == null ? List.of() : Arrays.stream((Long[]) ids.getArray()).toList();
    return new HealthCheckRound(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getLong("partnership_id"),
        rs.getString("instrument_key"),
        rs.getInt("instrument_version"),
        RoundState.valueOf(rs.getString("state")),
        rs.getBoolean("anonymous"),
        rs.getInt("minimum_group_size"),
        rs.getObject("closes_on", LocalDate.class),
        instant(rs, "created_at"),
        instant(rs, "opened_at"),
        instant(rs, "closed_at"),
        bodyIds,
        rs.getString("extra_emails"),
        rs.getInt("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  @Override
  public Page<RoundSummary> search(
      long areaId, Collection<Long> partnershipIds, RoundFilter filter, PageRequest page) {
    if (partnershipIds.isEmpty()) {
      return Page.of(List.of(), page, 0);
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("a", areaId);
    params.put("ids", partnershipIds);
    StringBuilder where = new StringBuilder("r.area_id = :a and r.partnership_id in (:ids)");
    if (filter.partnershipId() != null) {
      where.append(" and r.partnership_id = :p");
      params.put("p", filter.partnershipId());
    }
    if (filter.instrumentKey() != null && !filter.instrumentKey().isBlank()) {
      where.append(" and r.instrument_key = :k");
      params.put("k", filter.instrumentKey());
    }
    if (filter.state() != null) {
      where.append(" and r.state = :s");
      params.put("s", filter.state().name());
    }
    long total =
        jdbc.sql("select count(*) from health_check_round r where " + where)
            .params(params)
            .query(Long.class)
            .single();
    String order =
        SORT_COLUMNS.getOrDefault(page.sort(), "r.created_at")
            + " "
            + page.direction()
            + " nulls last, r.id "
            + page.direction();
    record Row(HealthCheckRound round, RoundCounts counts) {}
    List<Row> rows =
        jdbc.sql(
                "select "
                    + ROUND_COLUMNS
                    + ", coalesce(c.invited, 0) as invited, coalesce(c.started, 0) as started,"
                    + " coalesce(c.finished, 0) as finished"
                    + " from health_check_round r left join lateral ("
                    + " select count(*) as invited,"
                    + " count(*) filter (where started_at is not null) as started,"
                    + " count(*) filter (where finished_at is not null) as finished"
                    + " from health_check_respondent x where x.round_id = r.id) c on true"
                    + " where "
                    + where
                    + " order by "
                    + order
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(
                (rs, n) ->
                    new Row(
                        round(rs, n),
                        new RoundCounts(
                            rs.getLong("invited"), rs.getLong("started"), rs.getLong("finished"))))
            .list();
    Map<Long, String> names =
        register.names(
            areaId, rows.stream().map(r -> r.round().partnershipId()).collect(Collectors.toSet()));
    return Page.of(
        rows.stream()
            .map(
                r ->
                    new RoundSummary(
                        r.round().id(),
                        r.round().partnershipId(),
                        names.get(r.round().partnershipId()),
                        r.round().instrumentKey(),
                        r.round().instrumentVersion(),
                        title(r.round()),
                        r.round().state(),
                        r.round().closesOn(),
                        r.counts()))
            .toList(),
        page,
        total);
  }

  private String title(HealthCheckRound r) {
    return library
        .find(r.instrumentKey(), r.instrumentVersion())
        .map(InstrumentText::title)
        .orElse(r.instrumentKey());
  }

  @Override
  public RoundCounts counts(long roundId) {
    return jdbc.sql(
            """
            select count(*) as invited,
                   count(*) filter (where started_at is not null) as started,
                   count(*) filter (where finished_at is not null) as finished
            from health_check_respondent where round_id = :r
            """)
        .param("r", roundId)
        .query(RoundCounts.class)
        .single();
  }

  @Override
  public List<RespondentStatus> respondents(long areaId, long roundId) {
    return jdbc.sql(
            """
            select x.id, x.name, x.email, x.organisation_name, x.started_at, x.finished_at,
                   max(m.sent_at) as last_reminded_at, count(m.id) as reminders
            from health_check_respondent x
            join health_check_round r on r.id = x.round_id and r.area_id = :a
            left join health_check_reminder m on m.respondent_id = x.id
            where x.round_id = :r
            group by x.id
            order by lower(coalesce(x.name, x.email)), x.id
            """)
        .param("a", areaId)
        .param("r", roundId)
        .query(
            (rs, n) ->
                new RespondentStatus(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("organisation_name"),
                    instant(rs, "started_at"),
                    instant(rs, "finished_at"),
                    instant(rs, "last_reminded_at"),
                    rs.getInt("reminders")))
        .list();
  }

  // --- the facade for results

  @Override
  public List<Response> responses(long roundId) {
    Map<Long, Map<String, Answer>> answers = new LinkedHashMap<>();
    Map<Long, String[]> who = new HashMap<>();
    jdbc.sql(
            """
            select x.id, x.sector, x.organisation_name, a.item_key, a.value, a.dont_know
            from health_check_respondent x join health_check_answer a on a.respondent_id = x.id
            where x.round_id = :r
            order by x.id, a.item_key
            """)
        .param("r", roundId)
        .query(
            (rs, n) -> {
              long id = rs.getLong("id");
              who.putIfAbsent(
                  id, new String[] {rs.getString("sector"), rs.getString("organisation_name")});
              answers
                  .computeIfAbsent(id, k -> new HashMap<>())
                  .put(
                      rs.getString("item_key"),
                      rs.getBoolean("dont_know")
                          ? Answer.unknown()
                          : Answer.of(rs.getInt("value")));
              return id;
            })
        .list();
    List<Response> responses = new ArrayList<>();
    answers.forEach(
        (id, given) -> {
          String[] w = who.get(id);
          responses.add(
              new Response(
                  String.valueOf(id),
                  blank(w[0]) ? UNKNOWN_SECTOR : w[0],
                  blank(w[1]) ? NO_ORGANISATION : w[1],
                  given));
        });
    return responses;
  }

  @Override
  public Optional<HealthCheckRound> previousRound(long roundId) {
    HealthCheckRound r = round(roundId).orElseThrow(() -> new NotFoundException("round"));
    return jdbc.sql(
            "select "
                + ROUND_COLUMNS
                + " from health_check_round r where r.area_id = :a and r.partnership_id = :p"
                + " and r.instrument_key = :k and r.state = 'CLOSED' and r.id <> :id"
                + " and r.opened_at < :opened"
                + " order by r.closed_at desc, r.id desc limit 1")
        .param("a", r.areaId())
        .param("p", r.partnershipId())
        .param("k", r.instrumentKey())
        .param("id", r.id())
        .param("opened", Timestamp.from(r.openedAt() == null ? Instant.now() : r.openedAt()))
        .query(RoundBook::round)
        .optional();
  }

  // --- drafts

  @Override
  @Transactional
  public long draft(long areaId, long partnershipId, Draft draft, String by) {
    instrument(draft.instrumentKey(), draft.instrumentVersion());
    long id =
        jdbc.sql(
                """
                insert into health_check_round (area_id, partnership_id, instrument_key,
                    instrument_version, state, anonymous, minimum_group_size, closes_on, body_ids,
                    extra_emails, started_by)
                values (:a, :p, :k, :v, 'DRAFT', :anon, :min, :closes, :bodies, :emails, :by)
                returning id
                """)
            .param("a", areaId)
            .param("p", partnershipId)
            .param("k", draft.instrumentKey())
            .param("v", draft.instrumentVersion())
            .param("anon", draft.anonymous())
            .param("min", Math.max(1, draft.minimumGroupSize()))
            .param("closes", draft.closesOn())
            .param("bodies", draft.bodyIds().toArray(new Long[0]))
            .param("emails", draft.extraEmails())
            .param("by", by)
            .query(Long.class)
            .single();
    audit(areaId, id, "drafted", Map.of(), snapshot(draft, RoundState.DRAFT));
    return id;
  }

  @Override
  @Transactional
  public void saveDraft(long areaId, long roundId, int version, Draft draft) {
    HealthCheckRound r = existing(areaId, roundId);
    if (r.state() != RoundState.DRAFT) {
      throw new RoundRefusedException(null, "round.error.notDraft");
    }
    instrument(draft.instrumentKey(), draft.instrumentVersion());
    int updated =
        jdbc.sql(
                """
                update health_check_round set instrument_key = :k, instrument_version = :v,
                    anonymous = :anon, minimum_group_size = :min, closes_on = :closes,
                    body_ids = :bodies, extra_emails = :emails, version = version + 1
                where id = :id and version = :version and state = 'DRAFT'
                """)
            .param("k", draft.instrumentKey())
            .param("v", draft.instrumentVersion())
            .param("anon", draft.anonymous())
            .param("min", Math.max(1, draft.minimumGroupSize()))
            .param("closes", draft.closesOn())
            .param("bodies", draft.bodyIds().toArray(new Long[0]))
            .param("emails", draft.extraEmails())
            .param("id", roundId)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("round " + roundId);
    }
  }

  @Override
  @Transactional
  public void discardDraft(long areaId, long roundId, int version) {
    HealthCheckRound r = existing(areaId, roundId);
    if (r.state() != RoundState.DRAFT) {
      throw new RoundRefusedException(null, "round.error.notDraft");
    }
    int deleted =
        jdbc.sql(
                "delete from health_check_round where id = :id and version = :v and state = 'DRAFT'")
            .param("id", roundId)
            .param("v", version)
            .update();
    if (deleted == 0) {
      throw new StaleEditException("round " + roundId);
    }
    audit(areaId, roundId, "discarded", Map.of("state", "DRAFT"), Map.of());
  }

  private static Draft draftOf(HealthCheckRound r) {
    return new Draft(
        r.instrumentKey(),
        r.instrumentVersion(),
        r.bodyIds(),
        r.extraEmails(),
        r.closesOn(),
        r.anonymous(),
        r.minimumGroupSize());
  }

  // --- who is invited

  @Override
  public Invitees invitees(
      long areaId, long partnershipId, List<Long> bodyIds, String extraEmails) {
    Map<String, Invitee> invited = new LinkedHashMap<>();
    List<String> withoutEmail = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    Map<Long, String> organisationNames = new HashMap<>();
    for (Long bodyId : bodyIds) {
      BodyView body =
          structure
              .body(areaId, bodyId)
              .filter(b -> b.partnershipId() == partnershipId)
              .orElseThrow(() -> new RoundRefusedException("bodyIds", "round.error.body"));
      for (BodyView.SeatView seat : body.openSeats()) {
        BodyView.MembershipView member = seat.member();
        if (member == null) {
          continue;
        }
        PersonRef person = people.find(areaId, member.personId()).orElse(null);
        if (person == null) {
          continue;
        }
        if (blank(person.email())) {
          if (!withoutEmail.contains(person.name())) {
            withoutEmail.add(person.name());
          }
          continue;
        }
        Long organisationId =
            seat.organisationId() != null ? seat.organisationId() : person.organisationId();
        String organisationName =
            organisationId == null
                ? null
                : organisationNames.computeIfAbsent(
                    organisationId,
                    id -> organisations.find(areaId, id).map(OrganisationRef::name).orElse(null));
        String email = person.email().trim().toLowerCase(Locale.ROOT);
        invited.putIfAbsent(
            email,
            new Invitee(
                person.id(),
                person.name(),
                email,
                organisationId,
                organisationName,
                member.sector()));
      }
    }
    List<String> typed = lines(extraEmails);
    if (!typed.isEmpty()) {
      Map<String, PersonRef> byEmail = new HashMap<>();
      for (PersonRef p : people.all(areaId)) {
        if (!blank(p.email())) {
          byEmail.putIfAbsent(p.email().trim().toLowerCase(Locale.ROOT), p);
        }
      }
      for (String line : typed) {
        if (!EMAIL.matcher(line).matches() || line.length() > 320) {
          bad.add(line);
          continue;
        }
        String email = line.toLowerCase(Locale.ROOT);
        PersonRef person = byEmail.get(email);
        if (person == null) {
          invited.putIfAbsent(email, new Invitee(null, null, email, null, null, null));
          continue;
        }
        OrganisationRef organisation =
            person.organisationId() == null
                ? null
                : organisations.find(areaId, person.organisationId()).orElse(null);
        invited.putIfAbsent(
            email,
            new Invitee(
                person.id(),
                person.name(),
                email,
                organisation == null ? null : organisation.id(),
                organisation == null ? null : organisation.name(),
                organisation == null ? null : organisation.sector().name()));
      }
    }
    return new Invitees(List.copyOf(invited.values()), withoutEmail, bad);
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  // --- starting a round

  @Override
  @Transactional
  public void start(long areaId, long roundId, int version, String by) {
    HealthCheckRound r = existing(areaId, roundId);
    if (r.state() != RoundState.DRAFT) {
      throw new RoundRefusedException(null, "round.error.notDraft");
    }
    if (r.version() != version) {
      throw new StaleEditException("round " + roundId);
    }
    open(r, draftOf(r), by);
  }

  @Override
  @Transactional
  public long startNow(long areaId, long partnershipId, Draft draft, String by) {
    long id = draft(areaId, partnershipId, draft, by);
    open(existing(areaId, id), draft, by);
    return id;
  }

  private void open(HealthCheckRound r, Draft draft, String by) {
    InstrumentText instrument = instrument(draft.instrumentKey(), draft.instrumentVersion());
    LocalDate today = LondonTime.today();
    if (draft.closesOn() == null) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.missing");
    }
    if (!draft.closesOn().isAfter(today)) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.future");
    }
    if (draft.closesOn().isAfter(today.plusDays(MAX_DAYS_OPEN))) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.far");
    }
    if (draft.minimumGroupSize() < 1 || draft.minimumGroupSize() > 100) {
      throw new RoundRefusedException("minimumGroupSize", "round.error.minimumGroupSize");
    }
    Invitees invitees =
        invitees(r.areaId(), r.partnershipId(), draft.bodyIds(), draft.extraEmails());
    if (!invitees.badEmails().isEmpty()) {
      throw new RoundRefusedException("extraEmails", "round.error.emails");
    }
    if (invitees.invited().isEmpty()) {
      throw new RoundRefusedException("bodyIds", "round.error.noRespondents");
    }
    int updated =
        jdbc.sql(
                """
                update health_check_round set state = 'OPEN', opened_at = now(), started_by = :by,
                    version = version + 1
                where id = :id and version = :v and state = 'DRAFT'
                """)
            .param("by", by)
            .param("id", r.id())
            .param("v", r.version())
            .update();
    if (updated == 0) {
      throw new StaleEditException("round " + r.id());
    }
    RoundMail.About about =
        new RoundMail.About(partnershipName(r), instrument.title(), draft.closesOn());
    List<SimpleMailMessage> letters = new ArrayList<>();
    for (Invitee i : invitees.invited()) {
      long respondent =
          jdbc.sql(
                  """
                  insert into health_check_respondent (round_id, person_id, name, email,
                      organisation_id, organisation_name, sector, invited_at)
                  values (:r, :person, :name, :email, :org, :orgName, :sector, now())
                  returning id
                  """)
              .param("r", r.id())
              .param("person", i.personId())
              .param("name", i.name())
              .param("email", i.email())
              .param("org", i.organisationId())
              .param("orgName", i.organisationName())
              .param("sector", i.sector())
              .query(Long.class)
              .single();
      letters.add(words.invitation(i.email(), i.name(), about, links.issue(respondent)));
    }
    Map<String, String> before = snapshot(draft, RoundState.DRAFT);
    Map<String, String> after = snapshot(draft, RoundState.OPEN);
    after.put("respondents", String.valueOf(invitees.invited().size()));
    audit(r.areaId(), r.id(), "started", before, after);
    // last, so that a mail server that refuses rolls back everything above
    mail.send(letters.toArray(new SimpleMailMessage[0]));
  }

  // --- while a round is open

  @Override
  @Transactional
  public int remind(long areaId, long roundId, String by) {
    HealthCheckRound r = existing(areaId, roundId);
    if (!r.acceptsAnswers(LondonTime.today())) {
      throw new RoundRefusedException(null, "round.error.notOpen");
    }
    List<Pending> pending =
        jdbc.sql(
                "select id, name, email from health_check_respondent"
                    + " where round_id = :r and finished_at is null order by id")
            .param("r", roundId)
            .query(Pending.class)
            .list();
    RoundMail.About about =
        new RoundMail.About(
            partnershipName(r),
            instrument(r.instrumentKey(), r.instrumentVersion()).title(),
            r.closesOn());
    List<SimpleMailMessage> letters = new ArrayList<>();
    for (Pending p : pending) {
      jdbc.sql(
              "insert into health_check_reminder (respondent_id, automatic, sent_by)"
                  + " values (:r, false, :by)")
          .param("r", p.id())
          .param("by", by)
          .update();
      letters.add(words.reminder(p.email(), p.name(), about, links.issue(p.id())));
    }
    if (!letters.isEmpty()) {
      audit(
          areaId,
          roundId,
          "reminded",
          Map.of(),
          Map.of("reminders", String.valueOf(letters.size())));
      mail.send(letters.toArray(new SimpleMailMessage[0]));
    }
    return letters.size();
  }

  record Pending(long id, String name, String email) {}

  @Override
  @Transactional
  public void close(long areaId, long roundId, int version, String by) {
    HealthCheckRound r = existing(areaId, roundId);
    if (r.state() != RoundState.OPEN) {
      throw new RoundRefusedException(null, "round.error.notOpen");
    }
    int updated =
        jdbc.sql(
                """
                update health_check_round set state = 'CLOSED', closed_at = now(), closed_by = :by,
                    version = version + 1
                where id = :id and version = :v and state = 'OPEN'
                """)
            .param("by", by)
            .param("id", roundId)
            .param("v", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("round " + roundId);
    }
    audit(areaId, roundId, "closed", Map.of("state", "OPEN"), Map.of("state", "CLOSED"));
  }

  @Override
  @Transactional
  public void extend(long areaId, long roundId, int version, LocalDate closesOn, String by) {
    HealthCheckRound r = existing(areaId, roundId);
    if (r.state() != RoundState.OPEN) {
      throw new RoundRefusedException(null, "round.error.notOpen");
    }
    LocalDate today = LondonTime.today();
    if (closesOn == null) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.missing");
    }
    if (!closesOn.isAfter(today)) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.future");
    }
    if (!closesOn.isAfter(r.closesOn())) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.later");
    }
    if (closesOn.isAfter(today.plusDays(MAX_DAYS_OPEN))) {
      throw new RoundRefusedException("closesOn", "round.error.closesOn.far");
    }
    int updated =
        jdbc.sql(
                "update health_check_round set closes_on = :c, version = version + 1"
                    + " where id = :id and version = :v and state = 'OPEN'")
            .param("c", closesOn)
            .param("id", roundId)
            .param("v", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("round " + roundId);
    }
    audit(
        areaId,
        roundId,
        "extended",
        Map.of("closesOn", r.closesOn().toString()),
        Map.of("closesOn", closesOn.toString()));
  }

  // --- respondents

  record Holder(
      long id,
      long roundId,
      java.sql.Timestamp savedAt,
      java.sql.Timestamp finishedAt,
      int version) {}

  private Optional<Holder> holder(String token) {
    if (!RespondentLinks.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select x.id, x.round_id, x.saved_at, x.finished_at, x.version
            from health_check_link l join health_check_respondent x on x.id = l.respondent_id
            where l.token_hash = :h
            """)
        .param("h", RespondentLinks.hash(token))
        .query(Holder.class)
        .optional();
  }

  @Override
  public Optional<Questionnaire> questionnaire(String token) {
    return holder(token).map(this::questionnaire);
  }

  private Questionnaire questionnaire(Holder h) {
    HealthCheckRound r = round(h.roundId()).orElseThrow();
    Map<String, Answer> answers = new HashMap<>();
    jdbc.sql("select item_key, value, dont_know from health_check_answer where respondent_id = :r")
        .param("r", h.id())
        .query(
            (rs, n) ->
                answers.put(
                    rs.getString("item_key"),
                    rs.getBoolean("dont_know") ? Answer.unknown() : Answer.of(rs.getInt("value"))))
        .list();
    return new Questionnaire(
        h.id(),
        r,
        instrument(r.instrumentKey(), r.instrumentVersion()),
        answers,
        h.savedAt() == null ? null : h.savedAt().toInstant(),
        h.finishedAt() == null ? null : h.finishedAt().toInstant(),
        h.version());
  }

  @Override
  @Transactional
  public Questionnaire answer(
      String token, int version, Map<String, Answer> answers, boolean submit) {
    Holder h = holder(token).orElseThrow(() -> new NotFoundException("respondent"));
    HealthCheckRound r = round(h.roundId()).orElseThrow();
    if (!r.acceptsAnswers(LondonTime.today())) {
      throw new RoundClosedException(r.closedOn());
    }
    InstrumentText instrument = instrument(r.instrumentKey(), r.instrumentVersion());
    check(instrument, answers);
    if (submit && answers.isEmpty()) {
      throw new AnswerRefusedException(null, "nothing answered");
    }
    int updated =
        jdbc.sql(
                """
                update health_check_respondent set version = version + 1, saved_at = now(),
                    started_at = case when :any then coalesce(started_at, now()) else started_at end,
                    finished_at = case when :submit then coalesce(finished_at, now())
                                       else finished_at end
                where id = :id and version = :v
                """)
            .param("any", !answers.isEmpty())
            .param("submit", submit)
            .param("id", h.id())
            .param("v", version)
            .update();
    if (updated == 0) {
      throw new StaleEditException("respondent " + h.id());
    }
    jdbc.sql("delete from health_check_answer where respondent_id = :r")
        .param("r", h.id())
        .update();
    List<Object[]> rows = new ArrayList<>();
    answers.forEach(
        (item, a) ->
            rows.add(new Object[] {h.id(), item, a.dontKnow() ? null : a.value(), a.dontKnow()}));
    batches.batchUpdate(
        "insert into health_check_answer (respondent_id, item_key, value, dont_know)"
            + " values (?, ?, ?, ?)",
        rows);
    // who answered what stays out of the trail: only that a respondent saved
    events.publishEvent(
        AuditEvent.of(
            r.areaId(),
            "health-check respondent",
            h.id(),
            "Respondent " + h.id(),
            submit ? "submitted" : "saved"));
    return questionnaire(holder(token).orElseThrow());
  }

  /** Refuses an unknown item, a value off the scale or a "don't know" the scale does not allow. */
  static void check(InstrumentText instrument, Map<String, Answer> answers) {
    Set<String> items =
        instrument.dimensions().stream()
            .flatMap(d -> d.items().stream())
            .map(i -> i.key())
            .collect(Collectors.toSet());
    Scale scale = instrument.scoring().scale();
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      if (!items.contains(e.getKey())) {
        throw new AnswerRefusedException(e.getKey(), "unknown item");
      }
      Answer a = e.getValue();
      if (a.dontKnow() && !scale.dontKnowAllowed()) {
        throw new AnswerRefusedException(e.getKey(), "no \"don't know\" on this scale");
      }
      if (!a.dontKnow() && !scale.contains(a.value())) {
        throw new AnswerRefusedException(e.getKey(), "off the scale");
      }
    }
  }

  // --- the scheduled job

  /** Closes every open round whose closing date has passed; returns how many. */
  @Transactional
  public int closeDue(LocalDate today) {
    record Closed(long id, long areaId) {}
    List<Closed> closed =
        jdbc.sql(
                """
                update health_check_round set state = 'CLOSED', closed_at = now(),
                    closed_by = 'closing date', version = version + 1
                where state = 'OPEN' and closes_on < :today
                returning id, area_id
                """)
            .param("today", today)
            .query(Closed.class)
            .list();
    closed.forEach(
        c ->
            audit(
                c.areaId(), c.id(), "closed", Map.of("state", "OPEN"), Map.of("state", "CLOSED")));
    return closed.size();
  }

  /** A respondent due the automatic reminder, with what its email says. */
  record Due(
      long respondentId,
      String name,
      String email,
      long roundId,
      long areaId,
      long partnershipId,
      String instrumentKey,
      int instrumentVersion,
      LocalDate closesOn) {}

  /**
   * Respondents of open rounds closing within {@code days} days who have not finished, were invited
   * before then, and have had no automatic reminder.
   */
  List<Due> dueReminders(LocalDate today, int days) {
    return jdbc.sql(
            """
            select x.id as respondent_id, x.name, x.email, r.id as round_id, r.area_id,
                   r.partnership_id, r.instrument_key, r.instrument_version, r.closes_on
            from health_check_round r join health_check_respondent x on x.round_id = r.id
            where r.state = 'OPEN' and r.closes_on >= :today and r.closes_on <= :last
              and x.finished_at is null
              and (x.invited_at at time zone 'Europe/London')::date < r.closes_on - :days
              and not exists (select 1 from health_check_reminder m
                              where m.respondent_id = x.id and m.automatic)
            order by r.id, x.id
            """)
        .param("today", today)
        .param("last", today.plusDays(days))
        .param("days", days)
        .query(Due.class)
        .list();
  }

  /**
   * Sends one automatic reminder unless it has gone already: the row is written first, in the
   * transaction that hands the email over, so a refused email leaves no row and a second node waits
   * on the unique index and then sends nothing.
   */
  @Transactional
  public boolean remindOnce(Due due) {
    int inserted =
        jdbc.sql(
                """
                insert into health_check_reminder (respondent_id, automatic, sent_by)
                values (:r, true, 'automatic') on conflict do nothing
                """)
            .param("r", due.respondentId())
            .update();
    if (inserted == 0) {
      return false;
    }
    String partnership =
        register.names(due.areaId(), List.of(due.partnershipId())).get(due.partnershipId());
    String title =
        library
            .find(due.instrumentKey(), due.instrumentVersion())
            .map(InstrumentText::title)
            .orElse(due.instrumentKey());
    mail.send(
        words.reminder(
            due.email(),
            due.name(),
            new RoundMail.About(partnership, title, due.closesOn()),
            links.issue(due.respondentId())));
    return true;
  }

  // --- helpers

  private HealthCheckRound existing(long areaId, long roundId) {
    return round(areaId, roundId).orElseThrow(() -> new NotFoundException("round " + roundId));
  }

  private InstrumentText instrument(String key, int version) {
    if (key == null) {
      throw new RoundRefusedException("instrument", "round.error.instrument");
    }
    return library
        .find(key, version)
        .orElseThrow(() -> new RoundRefusedException("instrument", "round.error.instrument"));
  }

  private String partnershipName(HealthCheckRound r) {
    return register.names(r.areaId(), List.of(r.partnershipId())).get(r.partnershipId());
  }

  private static Map<String, String> snapshot(Draft d, RoundState state) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("state", state.name());
    s.put("instrument", d.instrumentKey() + " v" + d.instrumentVersion());
    s.put("closesOn", d.closesOn() == null ? null : d.closesOn().toString());
    s.put("anonymous", String.valueOf(d.anonymous()));
    s.put("minimumGroupSize", String.valueOf(d.minimumGroupSize()));
    return s;
  }

  private void audit(
      long areaId,
      long roundId,
      String action,
      Map<String, String> before,
      Map<String, String> after) {
    events.publishEvent(
        new AuditEvent(
            areaId,
            "health-check round",
            roundId,
            "Health check round " + roundId,
            action,
            AuditEvent.changesBetween(before, after)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
