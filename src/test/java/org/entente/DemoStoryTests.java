package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.conflict.StabilityModels;
import org.entente.conflict.engine.Concept;
import org.entente.conflict.engine.StabilityResult;
import org.entente.conflict.engine.Verdict;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.governance.BodySummary;
import org.entente.governance.Structure;
import org.entente.governance.Warning;
import org.entente.governance.Warning.Kind;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.MeetingSummary;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.shared.LondonTime;
import org.entente.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo area tells the story of meetings its users are shown, and no other. */
@IntegrationTest
class DemoStoryTests {

  static final Set<Kind> ATTENDANCE =
      EnumSet.of(Kind.NEVER_MET, Kind.NOT_MET, Kind.FALLING_ATTENDANCE, Kind.RISING_SUBSTITUTION);

  @Autowired Areas areas;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired JdbcClient jdbc;
  @Autowired StabilityModels stabilityModels;
  @Autowired org.entente.conflict.Boards optionsBoards;
  @Autowired org.entente.performance.Strategy strategy;
  @Autowired org.entente.assessment.HealthChecks healthChecks;
  @Autowired org.entente.assessment.InstrumentLibrary instruments;

  AreaRef demo;
  Map<String, BodySummary> bodies;
  Set<Long> demoBodyIds;

  @BeforeEach
  void setUp() {
    demo = areas.require("demo");
    // Other tests add bodies to the demo area as they run; the demo's own were set up long ago.
    Set<Long> demoBodies =
        Set.copyOf(
            jdbc.sql(
                    "select id from body where area_id = ? and created_at < now() - interval '1 day'")
                .param(demo.id())
                .query(Long.class)
                .list());
    bodies =
        structure.bodiesOfArea(demo.id()).stream()
            .filter(b -> demoBodies.contains(b.id()))
            .collect(Collectors.toMap(BodySummary::name, b -> b));
    demoBodyIds = bodies.values().stream().map(BodySummary::id).collect(Collectors.toSet());
  }

  Set<Kind> attendanceWarnings(String body) {
    return bodies.get(body).warnings().stream()
        .map(Warning::kind)
        .filter(ATTENDANCE::contains)
        .collect(Collectors.toSet());
  }

  @Test
  void onlyTheBodiesWhoseStoryItIsCarryAttendanceWarnings() {
    assertThat(attendanceWarnings("Community Tensions and Hate Crime Group"))
        .containsExactly(Kind.RISING_SUBSTITUTION);
    assertThat(attendanceWarnings("Westmere Partnership Board"))
        .containsExactlyInAnyOrder(Kind.NOT_MET, Kind.FALLING_ATTENDANCE);
    bodies.keySet().stream()
        .filter(
            name ->
                !name.equals("Community Tensions and Hate Crime Group")
                    && !name.equals("Westmere Partnership Board"))
        .forEach(name -> assertThat(attendanceWarnings(name)).as(name).isEmpty());
  }

  @Test
  void theCompositionStoryStillShows() {
    assertThat(bodies.get("Shires Strategic Partnership Board").warnings())
        .extracting(Warning::kind)
        .contains(Kind.TOO_LARGE);
    assertThat(bodies.get("Hospital Discharge Task and Finish Group").warnings())
        .extracting(Warning::kind)
        .contains(Kind.PAST_END_DATE);
    assertThat(bodies.get("Safer Shires Board").warnings()).isEmpty();
  }

  @Test
  void thePoliceSendEverMoreJuniorSubstitutesToTheTensionsGroup() {
    BodySummary group = bodies.get("Community Tensions and Hate Crime Group");
    List<MeetingView> lastFour =
        new ArrayList<>(
            meetings.meetingsOf(demo.id(), group.partnershipId()).stream()
                .filter(m -> m.bodyId() == group.id())
                .filter(m -> m.startsAt().isBefore(Instant.now()))
                .limit(4)
                .map(m -> meetings.meeting(demo.id(), m.id()).orElseThrow())
                .toList());
    Collections.reverse(lastFour);
    List<String> police =
        lastFour.stream()
            .map(
                m ->
                    m.attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.SUBSTITUTE)
                        .filter(
                            a ->
                                a.substituteName().startsWith("Gary Webb")
                                    || a.substituteName().startsWith("Ollie Grant")
                                    || a.substituteName().startsWith("Beth Carver")
                                    || a.substituteName().startsWith("Jamie Lister"))
                        .map(a -> a.substituteName() + " " + a.substituteTier())
                        .findFirst()
                        .orElse("none"))
            .toList();
    assertThat(police)
        .containsExactly("Gary Webb 3", "Ollie Grant 4", "Beth Carver 4", "Jamie Lister 4");
  }

  @Test
  void everyBodyThatRunsHasMetAndTheDiaryLooksAhead() {
    List<MeetingSummary> all =
        bodies.values().stream()
            .map(BodySummary::partnershipId)
            .distinct()
            .flatMap(pid -> meetings.meetingsOf(demo.id(), pid).stream())
            .toList();
    Set<Long> met =
        all.stream()
            .filter(m -> m.startsAt().isBefore(Instant.now()))
            .map(MeetingSummary::bodyId)
            .collect(Collectors.toSet());
    assertThat(bodies.get("Safer Shires Board").id()).isIn(met);
    assertThat(met.size()).isGreaterThan(35);
    assertThat(
            all.stream()
                .filter(m -> m.startsAt().isAfter(Instant.now()))
                .filter(m -> m.papersDueOn().isAfter(LondonTime.today().minusDays(1))))
        .hasSizeGreaterThan(30);
  }

  @Test
  void oneMeetingHadItsPapersLateAndTheOthersWereOnTime() {
    List<MeetingSummary> late =
        bodies.values().stream()
            .map(BodySummary::partnershipId)
            .distinct()
            .flatMap(pid -> meetings.meetingsOf(demo.id(), pid).stream())
            .filter(m -> demoBodyIds.contains(m.bodyId()))
            .filter(MeetingSummary::papersLate)
            .toList();
    assertThat(late).extracting(MeetingSummary::bodyName).containsExactly("Safer Shires Board");
    MeetingView meeting = meetings.meeting(demo.id(), late.get(0).id()).orElseThrow();
    assertThat(meeting.startsAt()).isBefore(Instant.now());
  }

  @Test
  void theYouthOutreachDisputeIsHeldTogetherByASanctionNeedingTwoParties() {
    long pid =
        jdbc.sql("select id from partnership where area_id = ? and name = ?")
            .params(demo.id(), "Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    StabilityModels.Summary summary =
        stabilityModels.list(demo.id(), pid, new PageRequest(1, 100, "", false)).items().stream()
            .filter(s -> s.title().equals("Who funds the youth outreach post"))
            .findFirst()
            .orElseThrow();
    StabilityModels.Saved saved = stabilityModels.find(demo.id(), pid, summary.id()).orElseThrow();
    assertThat(saved.model().decisionMakers())
        .extracting(d -> d.name())
        .containsExactly("Council", "Police", "Voluntary sector");
    StabilityResult result = stabilityModels.analysis(saved).result();
    // co-funded, the voluntary sector running the post: stable, though not a Nash equilibrium
    assertThat(result.equilibria(Concept.SEQ)).contains("YYNYN");
    assertThat(result.equilibria(Concept.NASH)).isNotEmpty().doesNotContain("YYNYN");
    Verdict council = result.verdict(Concept.SEQ, "Council", "YYNYN");
    assertThat(council.stable()).isTrue();
    assertThat(council.sanction())
        .extracting(Verdict.Step::decisionMaker)
        .containsExactly("Police", "Voluntary sector");
  }

  @Test
  void theCommunitySafetyOptionsBoardsShowAPersuasionAndATrustDilemma() {
    long pid =
        jdbc.sql("select id from partnership where area_id = ? and name = ?")
            .params(demo.id(), DemoOptionsBoards.PARTNERSHIP)
            .query(Long.class)
            .single();
    Map<String, org.entente.conflict.exchange.DramaResult> results =
        optionsBoards.ofPartnership(demo.id(), pid).stream()
            .collect(
                Collectors.toMap(
                    org.entente.conflict.Boards.BoardSummary::title,
                    b ->
                        org.entente.conflict.exchange.DramaExchange.analyse(
                            optionsBoards.board(demo.id(), pid, b.id()).orElseThrow().model())));
    org.entente.conflict.exchange.DramaResult dispute = results.get(DemoOptionsBoards.DISPUTE);
    assertThat(dispute.mode()).isEqualTo("crisis");
    assertThat(dispute.dilemmas())
        .anySatisfy(
            d -> {
              assertThat(d.type()).isEqualTo("persuasion");
              assertThat(d.character()).isEqualTo(DemoOptionsBoards.COUNCIL);
              assertThat(d.towards()).isEqualTo(DemoOptionsBoards.POLICE);
            });
    org.entente.conflict.exchange.DramaResult agreement = results.get(DemoOptionsBoards.AGREEMENT);
    assertThat(agreement.mode()).isEqualTo("commitment");
    assertThat(agreement.dilemmas())
        .extracting(d -> d.character() + " " + d.type() + " " + d.towards())
        .containsExactly("County Council trust Police");
    assertThat(agreement.dilemmas().get(0).explanation()).contains("has recorded a doubt");
  }

  @Autowired org.entente.conflict.Tensions tensions;
  @Autowired org.entente.conflict.ForceFields forceFields;

  record DemoTension(long id, String partnership, String source, String stage) {}

  @Test
  void theTensionLogShowsTensionsAcrossSourcesAndStagesWithNotesAndAnAction() {
    // other tests log tensions as they run; the demo's were raised days before it loaded
    List<DemoTension> demoTensions =
        jdbc.sql(
                """
                select t.id, p.name as partnership, t.source, t.stage
                from tension t join partnership p on p.id = t.partnership_id
                where t.area_id = ? and t.raised_at < now() - interval '1 day'
                """)
            .param(demo.id())
            .query(DemoTension.class)
            .list();
    assertThat(demoTensions).hasSizeBetween(5, 7);
    assertThat(demoTensions.stream().map(DemoTension::source).distinct()).hasSizeGreaterThan(4);
    assertThat(demoTensions.stream().map(DemoTension::stage).distinct())
        .contains("RAISED", "WITHIN_PARTNERSHIP", "EXTERNAL_HELP", "RESOLVED", "RECURRING");
    assertThat(
            demoTensions.stream()
                .filter(t -> t.partnership().equals("Safer Shires Community Safety Partnership")))
        .hasSizeGreaterThanOrEqualTo(3);
    org.entente.conflict.TensionView funding =
        demoTensions.stream()
            .map(t -> tensions.tension(demo.id(), t.id()).orElseThrow())
            .filter(t -> t.title().equals("Who funds the youth outreach post"))
            .findFirst()
            .orElseThrow();
    assertThat(funding.parties()).extracting(p -> p.name()).contains("Shires Police");
    assertThat(funding.timeline()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(funding.actions()).hasSize(1);
    assertThat(funding.actions().get(0).status().outstanding()).isTrue();
  }

  @Test
  void theForceFieldForMergingTheTwoThemeGroupsHasTwoVersionsThatDiffer() {
    long safer =
        jdbc.sql("select id from partnership where area_id = ? and name = ?")
            .params(demo.id(), "Safer Shires Community Safety Partnership")
            .query(Long.class)
            .single();
    org.entente.conflict.ForceFieldView.Summary merge =
        forceFields.ofPartnership(demo.id(), safer).stream()
            .filter(f -> f.desiredChange().startsWith("Merge the Community Tensions"))
            .findFirst()
            .orElseThrow();
    assertThat(merge.versions()).isEqualTo(2);
    var first = forceFields.analysis(demo.id(), merge.id(), 1).orElseThrow().shown();
    var second = forceFields.analysis(demo.id(), merge.id(), 2).orElseThrow().shown();
    assertThat(org.entente.conflict.ForceFieldView.changes(first, second))
        .extracting(c -> c.kind())
        .contains(
            org.entente.conflict.ForceFieldView.ChangeKind.ADDED,
            org.entente.conflict.ForceFieldView.ChangeKind.REMOVED,
            org.entente.conflict.ForceFieldView.ChangeKind.STRENGTHENED,
            org.entente.conflict.ForceFieldView.ChangeKind.WEAKENED);
    assertThat(second.balance()).isGreaterThan(first.balance());
  }

  @Test
  void theCommunityStrategyHasOutcomesUnderEveryThemeAndIndicatorsThatTellAStory() {
    Set<String> demoOutcomes = new java.util.HashSet<>();
    Set<String> demoIndicators = new java.util.HashSet<>();
    for (String line : DemoPerformance.INDICATORS) {
      String[] f = line.split("\\|");
      demoOutcomes.add(f[1]);
      demoIndicators.add(f[2]);
    }
    List<org.entente.performance.OutcomeView> outcomes =
        strategy.outcomes(demo.id()).stream()
            .filter(o -> demoOutcomes.contains(o.title()))
            .toList();
    Set<Long> themes =
        outcomes.stream()
            .map(org.entente.performance.OutcomeView::themeId)
            .collect(Collectors.toSet());
    assertThat(themes).hasSizeBetween(5, 7);
    assertThat(outcomes).allMatch(o -> !o.details().contributorIds().isEmpty());
    List<org.entente.performance.IndicatorSummary> indicators =
        strategy
            .indicators(
                demo.id(), outcomes.stream().map(org.entente.performance.OutcomeView::id).toList())
            .stream()
            .filter(i -> demoIndicators.contains(i.name()))
            .toList();
    assertThat(indicators).hasSizeBetween(35, 45);
    Map<org.entente.performance.Rag, Long> statuses =
        indicators.stream()
            .collect(Collectors.groupingBy(i -> i.latest().rag(), Collectors.counting()));
    // most on track, some drifting into amber or red
    assertThat(statuses.getOrDefault(org.entente.performance.Rag.GREEN, 0L))
        .isGreaterThan(indicators.size() / 3);
    assertThat(
            statuses.getOrDefault(org.entente.performance.Rag.RED, 0L)
                + statuses.getOrDefault(org.entente.performance.Rag.AMBER, 0L))
        .isGreaterThanOrEqualTo(5);
    java.time.LocalDate today = LondonTime.today();
    for (var i : indicators) {
      var series = strategy.measurements(i.id(), today.minusYears(10), today);
      assertThat(series.keySet().stream().min(java.time.LocalDate::compareTo).orElseThrow())
          .as(i.name())
          .isBefore(today.minusYears(3));
    }
    // some sources stopped reporting: their latest value is older than the last period
    assertThat(
            indicators.stream()
                .filter(
                    i ->
                        i.latest()
                            .end()
                            .isBefore(i.frequency().previous(i.frequency().periodEnd(today)))))
        .isNotEmpty();
    assertThat(indicators.stream().filter(i -> !strategy.revisions(i.id()).isEmpty()).count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void theCommunitySafetyRisksTellTheOutreachStory(@Autowired org.entente.risk.Risks risks) {
    long csp =
        jdbc.sql("select id from partnership where area_id = ? and name = ?")
            .params(demo.id(), DemoRisks.CSP)
            .query(Long.class)
            .single();
    List<org.entente.risk.RiskView> register =
        risks.ofPartnership(demo.id(), csp).stream()
            .filter(r -> r.id() <= lastDemoRisk())
            .sorted(
                java.util.Comparator.comparingInt(
                        (org.entente.risk.RiskView r) -> r.residual().score())
                    .reversed())
            .toList();
    assertThat(register).hasSizeBetween(4, 8);
    assertThat(register.get(0).title()).isEqualTo(DemoRisks.TOP_CSP_RISK);
    assertThat(register.get(0).residualBand()).isEqualTo(org.entente.risk.RiskBand.RED);
    assertThat(register.get(1).title()).isEqualTo("Police withdraw from the youth outreach scheme");
    assertThat(register.get(0).reviewOverdue(org.entente.shared.LondonTime.today())).isTrue();
    // every thematic partnership keeps a register of four to eight risks, and the theme its own
    DemoRisks.REGISTERS.forEach((name, list) -> assertThat(list).as(name).hasSizeBetween(4, 8));
    long theme =
        jdbc.sql("select id from theme where area_id = ? and name = ?")
            .params(demo.id(), DemoRisks.SAFER_THEME)
            .query(Long.class)
            .single();
    assertThat(risks.ofTheme(demo.id(), theme).stream().filter(r -> r.id() <= lastDemoRisk()))
        .hasSize(DemoRisks.THEME.size());
  }

  /** Risks the demo loaded, before any test added its own. */
  long lastDemoRisk() {
    return jdbc.sql(
            "select coalesce(max(id), 0) from risk where area_id = ?"
                + " and created_at = (select min(created_at) from risk)")
        .param(demo.id())
        .query(Long.class)
        .single();
  }

  // --- health checks

  List<org.entente.assessment.HealthCheckRound> rounds(String partnership, String instrument) {
    return jdbc
        .sql(
            """
            select r.id from health_check_round r join partnership p on p.id = r.partnership_id
            where r.area_id = ? and p.name = ? and r.instrument_key = ?
              and r.created_at < now() - interval '1 day' order by r.opened_at
            """)
        .params(demo.id(), partnership, instrument)
        .query(Long.class)
        .list()
        .stream()
        .map(id -> healthChecks.round(demo.id(), id).orElseThrow())
        .toList();
  }

  org.entente.assessment.Results results(org.entente.assessment.HealthCheckRound r) {
    return org.entente.assessment.Scoring.score(
        instruments.find(r.instrumentKey(), r.instrumentVersion()).orElseThrow().scoring(),
        healthChecks.responses(r.id()),
        r.scoringOptions());
  }

  @Test
  void theStrategicPartnershipImprovesItsPerformanceAndRiskManagementOverThreeRounds() {
    var rounds = rounds("Shires Strategic Partnership", "audit-commission-governance");
    assertThat(rounds).hasSize(3);
    assertThat(rounds)
        .allMatch(
            r ->
                r.state() == org.entente.assessment.RoundState.CLOSED
                    && r.instrumentVersion() == 1);
    assertThat(rounds.get(0).openedAt())
        .isBefore(Instant.now().minus(java.time.Duration.ofDays(600)));
    assertThat(healthChecks.previousRound(rounds.get(2).id()))
        .map(org.entente.assessment.HealthCheckRound::id)
        .contains(rounds.get(1).id());
    var change =
        org.entente.assessment.Scoring.change(results(rounds.get(0)), results(rounds.get(2)));
    Map<String, Double> moved =
        change.dimensions().stream()
            .collect(
                Collectors.toMap(
                    org.entente.assessment.Change.Delta::key,
                    org.entente.assessment.Change.Delta::change));
    assertThat(moved.get("performance-management")).isGreaterThan(1.0);
    assertThat(moved.get("risk-management")).isGreaterThan(1.0);
    assertThat(Math.abs(moved.get("termination-arrangements"))).isLessThan(0.5);
  }

  @Test
  void theVoluntarySectorAndThePoliceDisagreeAboutTrustInSaferShires() {
    var rounds = rounds("Safer Shires Community Safety Partnership", "partnership-audit");
    assertThat(rounds).hasSize(1);
    var results = results(rounds.get(0));
    double voluntary = dimensionMean(results.sectors(), "VOLUNTARY", "i-trust");
    double police =
        results.organisations().stream()
            .filter(g -> g.name().contains("Police") && !g.suppressed())
            .mapToDouble(g -> dimensionMean(List.of(g), g.name(), "i-trust"))
            .max()
            .orElseThrow();
    assertThat(voluntary).isLessThan(2.0);
    assertThat(police).isGreaterThan(3.0);
    assertThat(
            results.dimensions().stream()
                .filter(d -> d.dimension().equals("i-trust"))
                .findFirst()
                .orElseThrow()
                .summary()
                .disputed())
        .isTrue();
  }

  double dimensionMean(List<org.entente.assessment.GroupResult> groups, String name, String dim) {
    return groups.stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow()
        .dimensions()
        .stream()
        .filter(d -> d.dimension().equals(dim))
        .findFirst()
        .orElseThrow()
        .summary()
        .mean();
  }

  @Test
  void aRoundIsOpenNowWithSomeAnswersIn() {
    var open =
        rounds("Safer Shires Community Safety Partnership", "audit-commission-governance").stream()
            .filter(r -> r.state() == org.entente.assessment.RoundState.OPEN)
            .toList();
    assertThat(open).hasSize(1);
    assertThat(healthChecks.responses(open.get(0).id())).isNotEmpty();
    assertThat(open.get(0).closesOn()).isAfter(LondonTime.today());
  }
}
