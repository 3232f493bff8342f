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
}
