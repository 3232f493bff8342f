package org.entente.notifications.domain;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.entente.directory.Areas;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.meetings.Actions;
import org.entente.meetings.Meetings;
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

  ReminderFixtures(
      Areas areas,
      Register register,
      Structure structure,
      Meetings meetings,
      Actions actions,
      People people,
      Accounts accounts) {
    this.areas = areas;
    this.register = register;
    this.structure = structure;
    this.meetings = meetings;
    this.actions = actions;
    this.people = people;
    this.accounts = accounts;
  }

  static ReminderFixtures of(ApplicationContext context) {
    return new ReminderFixtures(
        context.getBean(Areas.class),
        context.getBean(Register.class),
        context.getBean(Structure.class),
        context.getBean(Meetings.class),
        context.getBean(Actions.class),
        context.getBean(People.class),
        context.getBean(Accounts.class));
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
