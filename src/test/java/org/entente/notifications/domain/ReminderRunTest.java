package org.entente.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.notifications.domain.ReminderFixtures.body;
import static org.entente.notifications.domain.ReminderFixtures.subject;
import static org.entente.notifications.domain.ReminderFixtures.to;
import static org.entente.notifications.domain.ReminderFixtures.unique;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.entente.IntegrationTest;
import org.entente.meetings.ActionStatus;
import org.entente.notifications.ReminderKind;
import org.entente.notifications.ReminderPreferences;
import org.entente.notifications.domain.ReminderFixtures.Partnership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A run of the reminders on a chosen day emails action owners and officers what is due, as each
 * chose, and a second run sends nothing more.
 */
@IntegrationTest
class ReminderRunTest {

  @RegisterExtension static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ApplicationContext context;
  @Autowired ReminderDesk desk;
  @Autowired ReminderPreferences preferences;

  ReminderFixtures f;

  @BeforeEach
  void fixtures() {
    f = ReminderFixtures.of(context);
  }

  @Test
  void ownersAndOfficersGetWhatIsDueOnceAndOnlyWhatTheyChose() {
    LocalDate monday = LocalDate.of(2029, 3, 5);
    Partnership p = f.partnership();
    long meeting = f.meeting(p, LocalDateTime.of(2029, 3, 14, 10, 0));
    LocalDate papersDue = f.meetings.meeting(f.area(), meeting).orElseThrow().papersDueOn();
    f.meeting(p, LocalDateTime.of(2029, 3, 27, 10, 0)); // beyond the digest's two weeks

    String ada = unique("ada") + "@example.org";
    long adaId = f.person("Ada Owner", ada);
    long dueSoon = f.action(p, "Draft the hate crime leaflet", adaId, monday.plusDays(3));
    long overdue = f.action(p, "Book the venue for the summit", adaId, monday.minusDays(4));
    f.action(p, "Far off task", adaId, monday.plusDays(15));
    long done = f.action(p, "Already finished task", adaId, monday.plusDays(2));
    f.actions.progress(
        f.area(),
        done,
        f.actions.action(f.area(), done).orElseThrow().version(),
        ActionStatus.DONE,
        null,
        "Test");

    // Bea's account has her directory address in other letters' case, and wants no due-soon emails
    String bea = unique("bea") + "@example.org";
    long beaId = f.person("Bea Owner", bea);
    f.action(p, "Call the fire service", beaId, monday.plusDays(4));
    long beaAccount = f.account(unique("bea"), bea.toUpperCase(), "Bea Owner");
    preferences.choose(beaAccount, EnumSet.of(ReminderKind.ACTION_OVERDUE));

    String olu = unique("olu") + "@example.org";
    f.officer(p, unique("olu"), olu, "Olu Officer");
    String quiet = unique("quiet") + "@example.org";
    long quietId = f.officer(p, unique("quiet"), quiet, "Quiet Officer");
    preferences.choose(quietId, EnumSet.of(ReminderKind.ACTION_DUE_SOON));

    ReminderDesk.Outcome first = desk.sendDue(monday);

    assertThat(first.failed()).isZero();
    assertThat(mail.getReceivedMessages()).hasSize(first.sent());

    List<MimeMessage> toAda = to(mail, ada);
    assertThat(toAda)
        .extracting(ReminderFixtures::subject)
        .containsExactlyInAnyOrder(
            "Action due on Thursday 8 March 2029: Draft the hate crime leaflet",
            "Action overdue since Thursday 1 March 2029: Book the venue for the summit");
    String dueSoonBody = body(emailWithSubject(toAda, "Action due on"));
    assertThat(dueSoonBody)
        .contains(
            "Dear Ada Owner,",
            "An action of " + p.name() + " that you own is due on Thursday 8 March 2029",
            "Draft the hate crime leaflet",
            "http://localhost/areas/demo/partnerships/" + p.id() + "/actions/" + dueSoon,
            "go to http://localhost/account/reminders");
    assertThat(body(emailWithSubject(toAda, "Action overdue")))
        .contains(
            "was due on Thursday 1 March 2029 and is not yet done",
            "http://localhost/areas/demo/partnerships/" + p.id() + "/actions/" + overdue,
            "http://localhost/account/reminders");

    assertThat(to(mail, bea)).as("Bea turned due-soon reminders off").isEmpty();
    assertThat(to(mail, quiet)).as("this officer turned the digest off").isEmpty();

    List<MimeMessage> toOlu = digests(to(mail, olu));
    assertThat(toOlu).hasSize(1);
    assertThat(subject(toOlu.get(0)))
        .isEqualTo(
            "Your partnerships in "
                + f.areas.require("demo").name()
                + ": the week from Monday 5 March 2029");
    String digest = body(toOlu.get(0));
    assertThat(digest)
        .contains(
            "Dear Olu Officer,",
            "- " + p.name(),
            "Meetings in the next 14 days",
            "Wednesday 14 March 2029, 10:00: Board of " + p.name() + ", County Hall.",
            "Papers due " + ReminderMail.LONG_DATE.format(papersDue) + ".",
            "http://localhost/areas/demo/partnerships/" + p.id() + "/meetings/" + meeting,
            "1 action is overdue",
            "Book the venue for the summit ("
                + p.name()
                + ", owner Ada Owner), due Thursday 1 March 2029",
            "2 actions are due in the next 7 days",
            "Draft the hate crime leaflet",
            "Call the fire service",
            "http://localhost/account/reminders")
        .doesNotContain("27 March", "Far off task", "Already finished task");

    ReminderDesk.Outcome second = desk.sendDue(monday);
    assertThat(second.sent()).isZero();
    ReminderDesk.Outcome laterThatWeek = desk.sendDue(monday.plusDays(2));
    assertThat(digests(to(mail, olu))).as("one digest a week").hasSize(1);
    // the meeting's papers, due on Tuesday and still not published, were reminded of apart
    assertThat(to(mail, olu))
        .extracting(ReminderFixtures::subject)
        .filteredOn(s -> s.startsWith("Papers"))
        .containsExactly(
            "Papers due on "
                + ReminderMail.LONG_DATE.format(papersDue)
                + ": Board of "
                + p.name()
                + " on Wednesday 14 March 2029",
            "Papers late, due "
                + ReminderMail.LONG_DATE.format(papersDue)
                + ": Board of "
                + p.name()
                + " on Wednesday 14 March 2029");
    assertThat(to(mail, ada)).hasSize(2);
    assertThat(mail.getReceivedMessages()).hasSize(first.sent() + laterThatWeek.sent());

    // the next Monday brings the next digest, and Bea's action, now overdue, its reminder
    desk.sendDue(monday.plusWeeks(1));
    assertThat(digests(to(mail, olu))).hasSize(2);
    assertThat(to(mail, bea))
        .extracting(ReminderFixtures::subject)
        .containsExactly("Action overdue since Friday 9 March 2029: Call the fire service");
  }

  @Test
  void anOwnerWithoutAnAccountIsRemindedOnceByTheDirectoryAddress() {
    LocalDate today = LocalDate.of(2029, 4, 17);
    Partnership p = f.partnership();
    String cy = unique("cy") + "@example.org";
    long cyId = f.person("Cy Owner", cy);
    f.action(p, "Publish the annual report", cyId, today.plusDays(7));

    desk.sendDue(today);
    desk.sendDue(today.plusDays(1));

    assertThat(to(mail, cy))
        .extracting(ReminderFixtures::subject)
        .containsExactly("Action due on Tuesday 24 April 2029: Publish the annual report");
  }

  private static List<MimeMessage> digests(List<MimeMessage> messages) {
    return messages.stream().filter(m -> subject(m).startsWith("Your partnerships in")).toList();
  }

  private static MimeMessage emailWithSubject(List<MimeMessage> messages, String start) {
    return messages.stream()
        .filter(m -> subject(m).startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no email with subject " + start));
  }
}
