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
import java.util.EnumSet;
import java.util.List;
import org.entente.IntegrationTest;
import org.entente.meetings.MeetingView;
import org.entente.notifications.ReminderKind;
import org.entente.notifications.ReminderPreferences;
import org.entente.notifications.domain.ReminderFixtures.Partnership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Officers of a partnership are emailed, once each, when a meeting's papers are due within two
 * working days and none is published, and when they are late; as each officer chose.
 */
@IntegrationTest
class PapersRemindersTest {

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
  void officersAreRemindedOnceOfPapersDueWithinTwoWorkingDays() {
    LocalDate thursday = LocalDate.of(2030, 3, 7);
    Partnership p = f.partnership();
    // due on Monday: four days away, but only two working days
    MeetingView dueMonday = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 3, 11));
    MeetingView dueTuesday = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 3, 12));
    MeetingView published = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 3, 11));
    f.attachPaper(published.id());
    MeetingView cancelled = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 3, 11));
    f.cancel(cancelled.id());

    String olu = unique("olu") + "@example.org";
    f.officer(p, unique("olu"), olu, "Olu Officer");
    String pat = unique("pat") + "@example.org";
    f.officer(p, unique("pat"), pat, "Pat Officer");
    String quiet = unique("quiet") + "@example.org";
    long quietId = f.officer(p, unique("quiet"), quiet, "Quiet Officer");
    EnumSet<ReminderKind> allButDueSoon = EnumSet.allOf(ReminderKind.class);
    allButDueSoon.remove(ReminderKind.PAPERS_DUE_SOON);
    preferences.choose(quietId, allButDueSoon);
    String member = unique("member") + "@example.org";
    f.account(unique("member"), member, "Mo Member");

    desk.sendDue(thursday);

    String dueMondaySubject =
        "Papers due on Monday 11 March 2030: Board of "
            + p.name()
            + " on "
            + ReminderMail.LONG_DATE.format(dueMonday.date());
    for (String officer : List.of(olu, pat)) {
      assertThat(papersTo(officer))
          .extracting(ReminderFixtures::subject)
          .containsExactly(dueMondaySubject);
    }
    String text = body(papersTo(olu).get(0));
    assertThat(text)
        .contains(
            "Dear Olu Officer,",
            "No papers have been published yet for the meeting of the Board of "
                + p.name()
                + " on "
                + ReminderMail.LONG_DATE.format(dueMonday.date())
                + ", 10:00, at County Hall.",
            "They are due on Monday 11 March 2030",
            dueMonday.clearDays() + " clear working day",
            "Attach the papers on the page of the meeting: "
                + "http://localhost/areas/demo/partnerships/"
                + p.id()
                + "/meetings/"
                + dueMonday.id(),
            "go to http://localhost/account/reminders")
        .doesNotContain("/meetings/" + published.id(), "/meetings/" + cancelled.id());
    assertThat(papersTo(quiet)).as("this officer turned papers due soon off").isEmpty();
    assertThat(to(mail, member)).as("not an officer").isEmpty();

    desk.sendDue(thursday);
    assertThat(papersTo(olu)).as("sent once").hasSize(1);

    // on Friday, papers due on Tuesday are two working days away
    desk.sendDue(thursday.plusDays(1));
    assertThat(papersTo(olu))
        .extracting(ReminderFixtures::subject)
        .containsExactly(
            dueMondaySubject,
            "Papers due on Tuesday 12 March 2030: Board of "
                + p.name()
                + " on "
                + ReminderMail.LONG_DATE.format(dueTuesday.date()));
    assertThat(papersTo(olu).stream().map(ReminderFixtures::body))
        .noneMatch(b -> b.contains("/meetings/" + published.id()))
        .noneMatch(b -> b.contains("/meetings/" + cancelled.id()));
    assertThat(papersTo(pat)).hasSize(2);
    assertThat(papersTo(quiet)).isEmpty();
  }

  @Test
  void officersAreToldOnceWhenPapersOfAComingMeetingAreLate() {
    LocalDate wednesday = LocalDate.of(2030, 4, 10);
    Partnership p = f.partnership();
    MeetingView late = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 4, 8));
    MeetingView held = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 4, 1));
    assertThat(held.date()).as("already held").isBefore(wednesday);
    MeetingView published = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 4, 8));
    f.attachPaper(published.id());
    MeetingView cancelled = f.meetingWithPapersDueOn(p, LocalDate.of(2030, 4, 8));
    f.cancel(cancelled.id());

    String olu = unique("olu") + "@example.org";
    f.officer(p, unique("olu"), olu, "Olu Officer");
    String quiet = unique("quiet") + "@example.org";
    long quietId = f.officer(p, unique("quiet"), quiet, "Quiet Officer");
    EnumSet<ReminderKind> allButLate = EnumSet.allOf(ReminderKind.class);
    allButLate.remove(ReminderKind.PAPERS_LATE);
    preferences.choose(quietId, allButLate);
    String busy = unique("busy") + "@example.org";
    long busyId = f.officer(p, unique("busy"), busy, "Busy Officer");
    preferences.choose(busyId, EnumSet.of(ReminderKind.PAPERS_LATE));

    desk.sendDue(wednesday);
    desk.sendDue(wednesday.plusDays(1));
    desk.sendDue(late.date().minusDays(1));

    String subject =
        "Papers late, due Monday 8 April 2030: Board of "
            + p.name()
            + " on "
            + ReminderMail.LONG_DATE.format(late.date());
    for (String officer : List.of(olu, busy)) {
      assertThat(papersTo(officer)).extracting(ReminderFixtures::subject).containsExactly(subject);
    }
    assertThat(body(papersTo(olu).get(0)))
        .contains(
            "Dear Olu Officer,",
            "were due on Monday 8 April 2030, and none has been published yet",
            "http://localhost/areas/demo/partnerships/" + p.id() + "/meetings/" + late.id(),
            "http://localhost/account/reminders")
        .doesNotContain(
            "/meetings/" + held.id(), "/meetings/" + published.id(), "/meetings/" + cancelled.id());
    assertThat(papersTo(quiet)).as("this officer turned late papers off").isEmpty();
  }

  private static List<MimeMessage> papersTo(String address) {
    return to(mail, address).stream().filter(m -> subject(m).startsWith("Papers")).toList();
  }
}
