package org.entente;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.entente.performance.Frequency;
import org.entente.performance.Trajectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo area's community strategy: two outcomes under each theme, led by the partnership of that
 * theme with one or two others contributing, and three indicators for each with four years of
 * monthly or quarterly figures up to the day the demo is loaded. Most are on track; some drift off
 * their trajectory in the last year, some have gaps where a source stopped reporting, and a few
 * have not moved at all. A handful of values were revised after late returns.
 */
final class DemoPerformance {

  /** How an indicator's figures behave against its trajectory. */
  enum Story {
    ON_TRACK,
    DRIFTING,
    GAPS,
    FLAT
  }

  /**
   * theme | outcome | indicator | unit | H or L | M or Q | baseline | target in four years | story
   */
  static final String[] INDICATORS = {
    "Safer communities|Fewer people are harmed by crime and antisocial behaviour|Recorded crime per 1,000 residents|per 1,000|L|M|62|54|ON_TRACK",
    "Safer communities|Fewer people are harmed by crime and antisocial behaviour|Antisocial behaviour incidents|incidents|L|M|1450|1200|DRIFTING",
    "Safer communities|Fewer people are harmed by crime and antisocial behaviour|Residents who feel safe after dark|%|H|Q|61|70|ON_TRACK",
    "Safer communities|Victims of domestic abuse get help sooner|Repeat referrals to MARAC|%|L|Q|31|24|DRIFTING",
    "Safer communities|Victims of domestic abuse get help sooner|Days from report to first support|days|L|M|12|7|ON_TRACK",
    "Safer communities|Victims of domestic abuse get help sooner|Refuge places available|places|H|Q|38|48|GAPS",
    "Healthier lives|People live longer in good health|Adults who are physically active|%|H|Q|62|68|ON_TRACK",
    "Healthier lives|People live longer in good health|Adults who smoke|%|L|Q|14.2|11|ON_TRACK",
    "Healthier lives|People live longer in good health|NHS health checks completed|checks|H|M|820|1000|GAPS",
    "Healthier lives|Older people live independently at home|Delayed transfers of care|days|L|M|2100|1500|DRIFTING",
    "Healthier lives|Older people live independently at home|Still at home 91 days after reablement|%|H|Q|79|86|ON_TRACK",
    "Healthier lives|Older people live independently at home|Emergency admissions after a fall, 65 and over|per 100,000|L|Q|2250|2000|FLAT",
    "Thriving economy|More residents are in good, secure work|Employment rate, 16 to 64|%|H|Q|74.1|76.5|ON_TRACK",
    "Thriving economy|More residents are in good, secure work|Claimant count|people|L|M|6200|5200|DRIFTING",
    "Thriving economy|More residents are in good, secure work|Jobs paying the real living wage|%|H|Q|78|84|ON_TRACK",
    "Thriving economy|Local businesses start and grow|New business registrations|businesses|H|Q|410|480|ON_TRACK",
    "Thriving economy|Local businesses start and grow|Business survival after three years|%|H|Q|55|60|FLAT",
    "Thriving economy|Local businesses start and grow|Apprenticeship starts|starts|H|M|140|180|GAPS",
    "Stronger communities|People take part in their community|Residents who volunteer monthly|%|H|Q|21|26|ON_TRACK",
    "Stronger communities|People take part in their community|Community groups funded|groups|H|Q|65|90|ON_TRACK",
    "Stronger communities|People take part in their community|Residents who feel they belong|%|H|Q|58|65|DRIFTING",
    "Stronger communities|Fewer people are lonely or isolated|Adults who feel lonely often|%|L|Q|8.1|6.5|ON_TRACK",
    "Stronger communities|Fewer people are lonely or isolated|Social prescribing referrals|referrals|H|M|210|320|ON_TRACK",
    "Stronger communities|Fewer people are lonely or isolated|Rural bus journeys per head|journeys|H|Q|9.5|11|FLAT",
    "Children and young people|Children get the best start in life|Good level of development at age five|%|H|Q|64|70|ON_TRACK",
    "Children and young people|Children get the best start in life|Two-year-olds taking up free childcare|%|H|Q|71|80|GAPS",
    "Children and young people|Children get the best start in life|Children in low-income families|%|L|Q|18|15|DRIFTING",
    "Children and young people|Young people are safe and achieve|First-time entrants to youth justice|per 100,000|L|Q|190|150|ON_TRACK",
    "Children and young people|Young people are safe and achieve|Young people not in education, employment or training|%|L|M|5.2|4|ON_TRACK",
    "Children and young people|Young people are safe and achieve|Persistent absence from school|%|L|Q|22|16|DRIFTING",
    "Environment and climate|The county reaches net zero|Carbon emissions per resident|tonnes|L|Q|5.4|4.4|ON_TRACK",
    "Environment and climate|The county reaches net zero|Public electric vehicle charge points|charge points|H|Q|180|420|ON_TRACK",
    "Environment and climate|The county reaches net zero|Homes with an energy rating of C or above|%|H|Q|41|52|FLAT",
    "Environment and climate|Less waste and cleaner places|Household waste recycled|%|H|M|44|52|DRIFTING",
    "Environment and climate|Less waste and cleaner places|Fly-tipping incidents|incidents|L|M|380|300|ON_TRACK",
    "Environment and climate|Less waste and cleaner places|Streets of an acceptable standard|%|H|Q|88|93|GAPS",
    "Housing|Everyone has a safe, affordable home|Affordable homes completed|homes|H|Q|95|140|DRIFTING",
    "Housing|Everyone has a safe, affordable home|Households in temporary accommodation|households|L|M|310|240|FLAT",
    "Housing|Everyone has a safe, affordable home|Homelessness prevented within 56 days|%|H|Q|58|66|ON_TRACK",
    "Housing|Nobody sleeps rough|People sleeping rough on a single night|people|L|M|24|10|ON_TRACK",
    "Housing|Nobody sleeps rough|Rough sleepers helped into settled homes|%|H|Q|62|75|GAPS",
  };

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final long areaId;
  private final LocalDate today;

  DemoPerformance(DataSource dataSource, long areaId, LocalDate today) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batches = new JdbcTemplate(dataSource);
    this.areaId = areaId;
    this.today = today;
  }

  record Partnership(long id, String name, Long themeId) {}

  void load() {
    Map<String, Long> themes = new LinkedHashMap<>();
    jdbc.sql("select id, name from theme where area_id = :area order by id")
        .param("area", areaId)
        .query(
            (java.sql.ResultSet rs) -> {
              themes.put(rs.getString(2), rs.getLong(1));
            });
    List<Partnership> partnerships =
        jdbc.sql(
                "select id, name, theme_id from partnership where area_id = :area"
                    + " and status <> 'CLOSED' and restricted = false order by id")
            .param("area", areaId)
            .query(Partnership.class)
            .list();
    if (partnerships.isEmpty()) {
      return;
    }
    LocalDate baselineOn = Frequency.ANNUAL.periodEnd(today).minusYears(5);
    Map<String, Long> outcomes = new LinkedHashMap<>();
    List<Object[]> contributors = new ArrayList<>();
    List<Object[]> targets = new ArrayList<>();
    List<Object[]> measurements = new ArrayList<>();
    List<Object[]> revisions = new ArrayList<>();
    int n = 0;
    for (String line : INDICATORS) {
      String[] f = line.split("\\|");
      Long themeId = themes.get(f[0]);
      if (themeId == null) {
        continue;
      }
      String key = f[0] + "|" + f[1];
      Long outcomeId = outcomes.get(key);
      if (outcomeId == null) {
        Random random = new Random(key.hashCode());
        Partnership lead =
            partnerships.stream()
                .filter(p -> themeId.equals(p.themeId()))
                .findFirst()
                .orElse(partnerships.get(0));
        outcomeId =
            jdbc.sql(
                    "insert into outcome (area_id, theme_id, title, description,"
                        + " lead_partnership_id) values (:area, :theme, :title, :description,"
                        + " :lead) returning id")
                .param("area", areaId)
                .param("theme", themeId)
                .param("title", f[1])
                .param(
                    "description",
                    "An outcome of the Shires Community Strategy under the theme "
                        + f[0].toLowerCase(java.util.Locale.UK)
                        + ".")
                .param("lead", lead.id())
                .query(Long.class)
                .single();
        outcomes.put(key, outcomeId);
        // The county-wide strategic partnership contributes to every outcome it does not lead,
        // and one other partnership to most.
        if (partnerships.get(0).id() != lead.id()) {
          contributors.add(new Object[] {outcomeId, partnerships.get(0).id()});
        }
        Partnership other = partnerships.get(1 + random.nextInt(partnerships.size() - 1));
        if (other.id() != lead.id() && other.id() != partnerships.get(0).id()) {
          contributors.add(new Object[] {outcomeId, other.id()});
        }
      }
      boolean higher = f[4].equals("H");
      Frequency frequency = f[5].equals("M") ? Frequency.MONTHLY : Frequency.QUARTERLY;
      BigDecimal baseline = new BigDecimal(f[6]);
      BigDecimal goal = new BigDecimal(f[7]);
      Story story = Story.valueOf(f[8]);
      int scale =
          Math.max(baseline.scale(), goal.scale()) + (baseline.abs().doubleValue() < 100 ? 1 : 0);
      long indicatorId =
          jdbc.sql(
                  "insert into indicator (area_id, outcome_id, name, definition, unit, polarity,"
                      + " frequency, source, kind, baseline_value, baseline_on, tolerance_kind,"
                      + " tolerance_amount) values (:area, :outcome, :name, :definition, :unit,"
                      + " :polarity, :frequency, :source, :kind, :baseline, :baselineOn, 'PERCENT',"
                      + " :tolerance) returning id")
              .param("area", areaId)
              .param("outcome", outcomeId)
              .param("name", f[2])
              .param(
                  "definition",
                  f[2]
                      + ", as reported for each "
                      + (frequency == Frequency.MONTHLY ? "month" : "quarter")
                      + ".")
              .param("unit", f[3])
              .param("polarity", higher ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER")
              .param("frequency", frequency.name())
              .param(
                  "source",
                  n % 3 == 0
                      ? "Office for National Statistics"
                      : n % 3 == 1 ? "Partners' own records" : "Shires residents' survey")
              .param(
                  "kind",
                  n % 3 == 0 ? "NATIONAL" : n % 3 == 1 ? "LOCAL_AGREEMENT" : "PARTNERSHIP_SPECIFIC")
              .param("baseline", baseline)
              .param("baselineOn", Date.valueOf(baselineOn))
              .param("tolerance", new BigDecimal(n % 2 == 0 ? "5" : "3"))
              .query(Long.class)
              .single();
      // Halfway there in two and a half years, all the way in five.
      LocalDate midway =
          baselineOn
              .plusYears(2)
              .plusMonths(6)
              .with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
      LocalDate end = baselineOn.plusYears(5);
      BigDecimal half =
          baseline.add(
              goal.subtract(baseline).divide(BigDecimal.valueOf(2), scale, RoundingMode.HALF_UP));
      targets.add(new Object[] {indicatorId, Date.valueOf(midway), half});
      targets.add(new Object[] {indicatorId, Date.valueOf(end), goal});

      Random random = new Random(f[2].hashCode());
      LocalDate last = frequency.previous(frequency.periodEnd(today));
      LocalDate start = frequency.next(frequency.periodEnd(baselineOn));
      long periods = 0;
      for (LocalDate p = start; !p.isAfter(last); p = frequency.next(p)) {
        periods++;
      }
      long index = 0;
      double span = Math.abs(goal.doubleValue() - baseline.doubleValue());
      double better = higher ? 1 : -1;
      Trajectory trajectory =
          new Trajectory(
              new Trajectory.Point(baselineOn, baseline),
              List.of(new Trajectory.Point(midway, half), new Trajectory.Point(end, goal)));
      for (LocalDate p = start; !p.isAfter(last); p = frequency.next(p), index++) {
        double target = trajectory.targetOn(p).doubleValue();
        double margin =
            switch (story) {
              case ON_TRACK, GAPS -> 0.02 + random.nextDouble() * 0.05;
              case DRIFTING ->
                  index < periods * 0.6
                      ? 0.02 + random.nextDouble() * 0.04
                      : -0.5 * (index - periods * 0.6) / (periods * 0.4);
              case FLAT -> 0;
            };
        double value0 =
            story == Story.FLAT
                ? baseline.doubleValue() + (random.nextDouble() - 0.5) * span * 0.1
                : target + better * span * margin;
        if (story == Story.GAPS && (random.nextInt(5) == 0 || index >= periods - 2)) {
          continue;
        }
        BigDecimal value = BigDecimal.valueOf(value0).setScale(scale, RoundingMode.HALF_UP);
        Timestamp entered =
            Timestamp.from(p.plusDays(20).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        boolean revised = n % 7 == 3 && index == periods - 4;
        measurements.add(
            new Object[] {
              indicatorId,
              Date.valueOf(p),
              value,
              revised ? 1 : 0,
              revised ? "Priya Patel" : "Performance team",
              entered
            });
        if (revised) {
          BigDecimal old =
              value.subtract(BigDecimal.valueOf(span * 0.04)).setScale(scale, RoundingMode.HALF_UP);
          revisions.add(
              new Object[] {
                indicatorId,
                Date.valueOf(p),
                old,
                value,
                "Priya Patel",
                Timestamp.from(p.plusDays(50).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)),
                "Late returns from two districts"
              });
        }
      }
      n++;
    }
    batches.batchUpdate(
        "insert into outcome_contributor (outcome_id, partnership_id) values (?, ?) on conflict do nothing",
        contributors);
    batches.batchUpdate(
        "insert into indicator_target (indicator_id, target_on, value) values (?, ?, ?)", targets);
    batches.batchUpdate(
        "insert into measurement (indicator_id, period_end, value, version, entered_by, entered_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        measurements);
    batches.batchUpdate(
        "insert into measurement_revision (indicator_id, period_end, old_value, new_value,"
            + " revised_by, revised_at, note) values (?, ?, ?, ?, ?, ?, ?)",
        revisions);
  }
}
