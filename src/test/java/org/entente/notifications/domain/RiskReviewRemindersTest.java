package org.entente.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.notifications.domain.ReminderFixtures.body;
import static org.entente.notifications.domain.ReminderFixtures.to;
import static org.entente.notifications.domain.ReminderFixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.entente.IntegrationTest;
import org.entente.notifications.ReminderKind;
import org.entente.notifications.ReminderPreferences;
import org.entente.notifications.domain.ReminderFixtures.Partnership;
import org.entente.risk.RiskDetails;
import org.entente.risk.RiskKind;
import org.entente.risk.RiskScore;
import org.entente.risk.RiskStatus;
import org.entente.risk.Risks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A risk's owner is emailed, once per review date, when the review falls due within seven days and
 * when it is overdue, unless they turned that kind of reminder off; closed risks are left alone.
 */
@IntegrationTest
class RiskReviewRemindersTest {

  @RegisterExtension static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ApplicationContext context;
  @Autowired ReminderDesk desk;
  @Autowired ReminderPreferences preferences;
  @Autowired Risks risks;

  ReminderFixtures f;

  @BeforeEach
  void fixtures() {
    f = ReminderFixtures.of(context);
  }

  long risk(Partnership p, String title, long owner, LocalDate reviewOn, RiskStatus status) {
    return risks.record(
        f.area(),
        p.id(),
        null,
        new RiskDetails(
            title,
            "What could happen",
            null,
            null,
            null,
            RiskKind.PARTNERSHIP,
            owner,
            new RiskScore(4, 4),
            new RiskScore(3, 3),
            List.of(),
            Set.of(),
            null,
            reviewOn,
            status));
  }

  List<String> subjects(String address) {
    return to(mail, address).stream()
        .map(ReminderFixtures::subject)
        .filter(s -> s.startsWith("Risk review"))
        .toList();
  }

  @Test
  void ownersAreRemindedOnceWhenAReviewIsDueWithinTheWeekAndWhenItIsOverdue() {
    LocalDate monday = LocalDate.of(2031, 6, 2);
    Partnership p = f.partnership();
    String rosa = unique("rosa") + "@example.org";
    long rosaId = f.person("Rosa Owner", rosa);
    long soon = risk(p, "Outreach funding ends", rosaId, monday.plusDays(6), RiskStatus.OPEN);
    risk(p, "Too far off", rosaId, monday.plusDays(7), RiskStatus.OPEN);
    risk(p, "Closed one", rosaId, monday.plusDays(1), RiskStatus.CLOSED);
    long late = risk(p, "Police withdraw", rosaId, monday.minusDays(2), RiskStatus.OPEN);

    desk.sendDue(monday);

    assertThat(subjects(rosa))
        .containsExactlyInAnyOrder(
            "Risk review due on Sunday 8 June 2031: Outreach funding ends",
            "Risk review overdue since Saturday 31 May 2031: Police withdraw");
    String text =
        to(mail, rosa).stream()
            .map(ReminderFixtures::body)
            .filter(b -> b.contains("Outreach funding ends"))
            .findFirst()
            .orElseThrow();
    assertThat(text)
        .contains(
            "Dear Rosa Owner,",
            "A risk on the register of " + p.name() + " that you own is due for review on",
            "Review it at http://localhost/areas/demo/risks/" + soon,
            "go to http://localhost/account/reminders");
    assertThat(body(to(mail, rosa).get(0))).contains("/areas/demo/risks/");

    desk.sendDue(monday);
    assertThat(subjects(rosa)).as("each sent once").hasSize(2);

    // the next day the review of "Too far off" is within the week too
    desk.sendDue(monday.plusDays(1));
    assertThat(subjects(rosa))
        .hasSize(3)
        .anyMatch(s -> s.contains("Too far off"))
        .noneMatch(s -> s.contains("Closed one"));
    assertThat(late).isPositive();
  }

  @Test
  void anOwnerWhoTurnedRiskReviewsOffGetsNone() {
    LocalDate day = LocalDate.of(2031, 9, 10);
    Partnership p = f.partnership();
    String quiet = unique("quiet") + "@example.org";
    long accountId = f.account(unique("quiet"), quiet, "Quiet Owner");
    long person = f.person("Quiet Owner", quiet);
    EnumSet<ReminderKind> others = EnumSet.allOf(ReminderKind.class);
    others.remove(ReminderKind.RISK_REVIEW_DUE_SOON);
    others.remove(ReminderKind.RISK_REVIEW_OVERDUE);
    preferences.choose(accountId, others);
    risk(p, "Quiet risk", person, day.plusDays(1), RiskStatus.OPEN);
    risk(p, "Quiet late risk", person, day.minusDays(1), RiskStatus.OPEN);

    desk.sendDue(day);

    assertThat(subjects(quiet)).isEmpty();
  }
}
