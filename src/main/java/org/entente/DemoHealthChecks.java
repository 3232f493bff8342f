package org.entente;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.entente.assessment.DimensionText;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.ItemText;
import org.entente.assessment.Scale;
import org.entente.shared.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health checks of the demo area, loaded after the rest of the demo: three rounds of the Audit
 * Commission governance questions over two years for the Shires Strategic Partnership, in which
 * performance and risk management improve while termination arrangements stay weak; a round of the
 * partnership audit for the Safer Shires Community Safety Partnership in which the voluntary sector
 * and the police see trust and leadership very differently; and a round open now for Safer Shires
 * with some answers in. Items are read from the instrument library; chance is seeded, so the story
 * reads the same whatever day the demo is loaded.
 */
@Component
@Order(20)
class DemoHealthChecks implements ApplicationRunner {

  static final String STRATEGIC = "Shires Strategic Partnership";
  static final String SAFER = "Safer Shires Community Safety Partnership";
  static final String GOVERNANCE = "audit-commission-governance";
  static final String AUDIT = "partnership-audit";

  /** Dimensions of the governance questions that improve from round to round. */
  static final List<String> IMPROVING = List.of("performance-management", "risk-management");

  /** Dimensions of the partnership audit on which the voluntary sector and the police differ. */
  static final List<String> DISPUTED = List.of("i-trust", "g-leadership");

  private static final Logger log = LoggerFactory.getLogger(DemoHealthChecks.class);

  private final String load;
  private final InstrumentLibrary library;
  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final TransactionTemplate transaction;

  DemoHealthChecks(
      @Value("${entente.demo.load:auto}") String load,
      InstrumentLibrary library,
      DataSource dataSource,
      TransactionTemplate transaction) {
    this.load = load;
    this.library = library;
    this.jdbc = JdbcClient.create(dataSource);
    this.batches = new JdbcTemplate(dataSource);
    this.transaction = transaction;
  }

  record Person(
      long personId,
      String name,
      String email,
      Long organisationId,
      String organisation,
      String sector,
      String organisationType) {}

  @Override
  public void run(ApplicationArguments args) {
    if ("false".equals(load)) {
      return;
    }
    Long area =
        jdbc.sql("select id from area where slug = :slug")
            .param("slug", DemoArea.SLUG)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (area == null
        || jdbc.sql("select exists (select 1 from health_check_round where area_id = :a)")
            .param("a", area)
            .query(Boolean.class)
            .single()) {
      return;
    }
    Long strategic = partnership(area, STRATEGIC);
    Long safer = partnership(area, SAFER);
    InstrumentText governance = library.find(GOVERNANCE, 1).orElse(null);
    InstrumentText audit = library.find(AUDIT, 1).orElse(null);
    if (strategic == null || safer == null || governance == null || audit == null) {
      return;
    }
    transaction.executeWithoutResult(
        status -> new Loader(area, LondonTime.today()).load(strategic, safer, governance, audit));
    log.info("Loaded the demo area's health checks");
  }

  private Long partnership(long area, String name) {
    return jdbc.sql("select id from partnership where area_id = :a and name = :n")
        .param("a", area)
        .param("n", name)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /** Writes the rounds, a batch per table. */
  private final class Loader {

    private final long area;
    private final LocalDate today;
    private final List<Object[]> respondents = new ArrayList<>();
    private final List<Object[]> answers = new ArrayList<>();
    private final List<Object[]> links = new ArrayList<>();

    Loader(long area, LocalDate today) {
      this.area = area;
      this.today = today;
    }

    void load(long strategic, long safer, InstrumentText governance, InstrumentText audit) {
      List<Person> board = members(strategic);
      List<Person> community = members(safer);
      // two years of the governance questions: opened 24, 12 and 2 months ago
      int[] monthsAgo = {24, 12, 2};
      for (int r = 0; r < monthsAgo.length; r++) {
        LocalDate opened = today.minusMonths(monthsAgo[r]);
        int round = r;
        closed(
            strategic,
            governance,
            opened,
            opened.plusDays(21),
            true,
            board,
            (person, dimension, random) -> governanceScore(round, person, dimension, random));
      }
      LocalDate auditOpened = today.minusMonths(5);
      closed(
          safer,
          audit,
          auditOpened,
          auditOpened.plusDays(28),
          false,
          community,
          (person, dimension, random) -> auditScore(person, dimension, random));
      open(safer, governance, today.minusDays(10), today.plusDays(11), community);
      batches.batchUpdate(
          "insert into health_check_respondent (id, round_id, person_id, name, email,"
              + " organisation_id, organisation_name, sector, invited_at, started_at, saved_at,"
              + " finished_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
          respondents);
      batches.batchUpdate(
          "insert into health_check_link (token_hash, respondent_id, issued_at) values (?, ?, ?)",
          links);
      batches.batchUpdate(
          "insert into health_check_answer (respondent_id, item_key, value, dont_know)"
              + " values (?, ?, ?, ?)",
          answers);
    }

    /** Current members of every body of the partnership who have an email address. */
    private List<Person> members(long partnership) {
      Map<Long, Person> people = new LinkedHashMap<>();
      jdbc.sql(
              """
              select x.id as person_id, x.name, lower(x.email) as email,
                     coalesce(s.organisation_id, x.organisation_id) as organisation_id,
                     o.name as organisation, m.sector, o.type as organisation_type
              from membership m join seat s on s.id = m.seat_id
              join body b on b.id = s.body_id
              join person x on x.id = m.person_id
              left join organisation o on o.id = coalesce(s.organisation_id, x.organisation_id)
              where b.partnership_id = :p and m.capacity = 'MEMBER' and m.to_date is null
                and s.abolished_on is null and x.email is not null
              order by b.id, s.id
              """)
          .param("p", partnership)
          .query(Person.class)
          .list()
          .forEach(p -> people.putIfAbsent(p.personId(), p));
      return new ArrayList<>(people.values());
    }

    interface Scorer {
      double score(Person person, String dimension, Random random);
    }

    private long round(
        long partnership,
        InstrumentText instrument,
        String state,
        boolean anonymous,
        LocalDate opened,
        LocalDate closes) {
      Instant openedAt = opened.atTime(9, 0).atZone(LondonTime.ZONE).toInstant();
      Instant closedAt =
          state.equals("CLOSED")
              ? closes.plusDays(1).atTime(0, 5).atZone(LondonTime.ZONE).toInstant()
              : null;
      return jdbc.sql(
              """
              insert into health_check_round (area_id, partnership_id, instrument_key,
                  instrument_version, state, anonymous, minimum_group_size, closes_on,
                  started_by, opened_at, closed_at, closed_by, created_at)
              values (:a, :p, :k, :v, :s, :anon, 3, :closes, 'Partnership officer', :opened,
                      :closed, :closedBy, :created)
              returning id
              """)
          .param("a", area)
          .param("p", partnership)
          .param("k", instrument.key())
          .param("v", instrument.version())
          .param("s", state)
          .param("anon", anonymous)
          .param("closes", Date.valueOf(closes))
          .param("opened", Timestamp.from(openedAt))
          .param("closed", closedAt == null ? null : Timestamp.from(closedAt))
          .param("closedBy", closedAt == null ? null : "closing date")
          .param("created", Timestamp.from(openedAt.minusSeconds(3600)))
          .query(Long.class)
          .single();
    }

    /** A closed round: most respondents finished, a few never answered. */
    private void closed(
        long partnership,
        InstrumentText instrument,
        LocalDate opened,
        LocalDate closes,
        boolean anonymous,
        List<Person> people,
        Scorer scorer) {
      long round = round(partnership, instrument, "CLOSED", anonymous, opened, closes);
      Random random = new Random(instrument.key().hashCode() * 31L + opened.getYear());
      for (int n = 0; n < people.size(); n++) {
        Person p = people.get(n);
        boolean answered = random.nextDouble() < 0.88;
        long respondent =
            respondent(
                round,
                p,
                opened,
                answered ? opened.plusDays(2 + random.nextInt(15)) : null,
                answered);
        if (answered) {
          answer(respondent, instrument, p, scorer, random, 1.0);
        }
      }
    }

    /** The round open now: some finished, some part-way, the rest not yet started. */
    private void open(
        long partnership,
        InstrumentText instrument,
        LocalDate opened,
        LocalDate closes,
        List<Person> people) {
      long round = round(partnership, instrument, "OPEN", true, opened, closes);
      Random random = new Random(42);
      for (int n = 0; n < people.size(); n++) {
        Person p = people.get(n);
        int stage = n % 5; // 0, 1: finished; 2: part-way; 3, 4: not started
        LocalDate answeredOn = opened.plusDays(1 + n % 8);
        long respondent = respondent(round, p, opened, stage <= 2 ? answeredOn : null, stage <= 1);
        if (stage <= 2) {
          answer(
              respondent,
              instrument,
              p,
              (x, d, r) -> 3.1 + r.nextGaussian() * 0.6,
              random,
              stage <= 1 ? 1.0 : 0.4);
        }
      }
    }

    private long respondent(
        long round, Person p, LocalDate invited, LocalDate answeredOn, boolean finished) {
      long id =
          jdbc.sql("select nextval(pg_get_serial_sequence('health_check_respondent', 'id'))")
              .query(Long.class)
              .single();
      Timestamp invitedAt = at(invited, 9);
      Timestamp answeredAt = answeredOn == null ? null : at(answeredOn, 14);
      respondents.add(
          new Object[] {
            id,
            round,
            p.personId(),
            p.name(),
            p.email(),
            p.organisationId(),
            p.organisation(),
            p.sector(),
            invitedAt,
            answeredAt,
            answeredAt,
            finished ? answeredAt : null
          });
      // a link nobody holds: the demo's respondents answer no more
      links.add(
          new Object[] {
            org.springframework.util.DigestUtils.md5DigestAsHex(
                    UUID.randomUUID().toString().getBytes())
                + org.springframework.util.DigestUtils.md5DigestAsHex(
                    UUID.randomUUID().toString().getBytes()),
            id,
            invitedAt
          });
      return id;
    }

    private void answer(
        long respondent,
        InstrumentText instrument,
        Person p,
        Scorer scorer,
        Random random,
        double share) {
      Scale scale = instrument.scoring().scale();
      for (DimensionText d : instrument.dimensions()) {
        for (ItemText item : d.items()) {
          if (random.nextDouble() > share) {
            continue;
          }
          if (scale.dontKnowAllowed() && random.nextDouble() < 0.04) {
            answers.add(new Object[] {respondent, item.key(), null, true});
            continue;
          }
          double score = scorer.score(p, d.key(), random);
          int value = (int) Math.max(scale.min(), Math.min(scale.max(), Math.round(score)));
          if (item.reversed()) {
            value = scale.min() + scale.max() - value;
          }
          answers.add(new Object[] {respondent, item.key(), value, false});
        }
      }
    }

    private Timestamp at(LocalDate day, int hour) {
      return Timestamp.from(day.atTime(hour, 0).atZone(LondonTime.ZONE).toInstant());
    }
  }

  /**
   * A governance answer on 1 to 5: performance and risk management climb from weak to good over the
   * three rounds, termination arrangements stay weak, the rest hold steady.
   */
  static double governanceScore(int round, Person person, String dimension, Random random) {
    double base;
    if (IMPROVING.contains(dimension)) {
      base = new double[] {2.1, 3.0, 3.9}[round];
    } else if (dimension.equals("termination-arrangements")) {
      base = 2.2;
    } else {
      base = 3.4 + 0.1 * round;
    }
    return base + random.nextGaussian() * 0.6;
  }

  /**
   * A partnership-audit answer on 1 to 4: on trust and leadership the voluntary sector says "not in
   * place" and the police "fully in place"; elsewhere opinion is mixed but close.
   */
  static double auditScore(Person person, String dimension, Random random) {
    if (DISPUTED.contains(dimension)) {
      if ("VOLUNTARY".equals(person.sector())) {
        return 1.1 + random.nextGaussian() * 0.3;
      }
      if ("POLICE".equals(person.organisationType())) {
        return 3.9 + random.nextGaussian() * 0.3;
      }
      return 2.6 + random.nextGaussian() * 0.5;
    }
    return 2.8 + random.nextGaussian() * 0.5;
  }
}
