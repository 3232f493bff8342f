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
