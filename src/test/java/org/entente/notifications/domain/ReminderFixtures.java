package org.entente.notifications.domain;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.meetings.Actions;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.Papers;
import org.entente.meetings.PapersDeadline;
import org.entente.meetings.PapersRules;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.springframework.context.ApplicationContext;

/** Builds what reminders are about: a partnership, its board, meetings, people and actions. */
class ReminderFixtures {

  final Areas areas;
  final Register register;
  final Structure structure;
  final Meetings meetings;
  final Actions actions;
  final People people;
  final Accounts accounts;
  final Papers papers;
  final PapersRules rules;

  ReminderFixtures(
      Areas areas,
      Register register,
      Structure structure,
      Meetings meetings,
      Actions actions,
      People people,
      Accounts accounts,
      Papers papers,
      PapersRules rules) {
    this.areas = areas;
    this.register = register;
    this.structure = structure;
    this.meetings = meetings;
    this.actions = actions;
    this.people = people;
    this.accounts = accounts;
    this.papers = papers;
    this.rules = rules;
  }

  static ReminderFixtures of(ApplicationContext context) {
    return new ReminderFixtures(
        context.getBean(Areas.class),
        context.getBean(Register.class),
        context.getBean(Structure.class),
        context.getBean(Meetings.class),
        context.getBean(Actions.class),
        context.getBean(People.class),
        context.getBean(Accounts.class),
        context.getBean(Papers.class),
        context.getBean(PapersRules.class));
  }

  long area() {
    return areas.require("demo").id();
  }

  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36);
  }

  record Partnership(long id, String name, long board) {}

  Partnership partnership() {
    String name = unique("Reminder Partnership ");
    long pid = register.create(area(), TestPartnerships.minimal(name, "Reminds", false), null);
    long board =
        structure.createBody(
            area(),
            pid,
            new Structure.BodyDetails("Board", BodyKind.BOARD, null, null, null, false, false));
    return new Partnership(pid, name, board);
  }

  long meeting(Partnership p, LocalDateTime at) {
    return meetings.schedule(area(), p.id(), new Meetings.Schedule(p.board(), at, "County Hall"));
  }

  /**
   * A meeting whose papers are due on the given day under the area's rule, which must be the day
   * before a working day: the meeting is as many working days after that one as the rule asks.
   */
  MeetingView meetingWithPapersDueOn(Partnership p, LocalDate papersDueOn) {
    PapersDeadline deadline = rules.deadline(area());
    LocalDate meetingOn =
        deadline.clearDays() == 0
            ? papersDueOn
            : deadline.workingDays().addWorkingDays(papersDueOn.plusDays(1), deadline.clearDays());
    MeetingView m =
        meetings.meeting(area(), meeting(p, meetingOn.atTime(LocalTime.of(10, 0)))).orElseThrow();
    if (!m.papersDueOn().equals(papersDueOn)) {
      throw new IllegalStateException("papers due " + m.papersDueOn() + ", not " + papersDueOn);
    }
    return m;
  }

  /** Attaches a small PDF to the meeting, as its agenda. */
  void attachPaper(long meetingId) {
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    try {
      papers.attach(
          area(),
          meetingId,
          new Papers.PaperDetails(null, "Agenda", false, null),
          "agenda.pdf",
          new ByteArrayInputStream(pdf),
          "Test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  void cancel(long meetingId) {
    meetings.cancel(
        area(),
        meetingId,
        meetings.meeting(area(), meetingId).orElseThrow().version(),
        "No longer needed");
  }

  /** A person of the demo area with an email address of their own. */
  long person(String name, String email) {
    return people.create(area(), new People.PersonDetails(name, "Officer", null, email)).id();
  }

  long action(Partnership p, String description, long owner, LocalDate dueOn) {
    return actions.raise(
        area(), p.id(), null, new Actions.ActionDetails(description, owner, dueOn));
  }

  long account(String username, String email, String name) {
    long id = accounts.create(area(), username, email, name, null);
    accounts.grant(id, area(), Role.MEMBER, null);
    return id;
  }

  long officer(Partnership p, String username, String email, String name) {
    long id = accounts.create(area(), username, email, name, null);
    accounts.grant(id, area(), Role.OFFICER, p.id());
    return id;
  }

  static List<MimeMessage> to(GreenMailOperations mail, String address) {
    return Arrays.asList(mail.getReceivedMessagesForDomain(address));
  }

  static String body(MimeMessage message) {
    try {
      return ((String) message.getContent()).replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
