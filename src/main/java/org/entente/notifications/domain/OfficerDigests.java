package org.entente.notifications.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.identity.Accounts;
import org.entente.identity.Grant;
import org.entente.identity.Role;
import org.entente.identity.UserSummary;
import org.entente.meetings.ActionSummary;
import org.entente.meetings.Actions;
import org.entente.meetings.MeetingSummary;
import org.entente.meetings.Meetings;
import org.entente.notifications.ReminderKind;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A weekly email for each partnership officer about the partnerships they are officer of: meetings
 * in the next two weeks with the date their papers are due, and actions overdue and due within the
 * week. Sent once per ISO week, by the first run on or after Monday. Area administrators get one
 * only for partnerships they are also officer of: the area's home page is their overview, and a
 * digest of every partnership of an area would be too long to read.
 */
@Component
class OfficerDigests implements ReminderSource {

  static final int MEETING_DAYS = 14;

  /** Overdue actions listed by name in a digest; the rest are counted, with a link to the list. */
  static final int OVERDUE_LISTED = 10;

  private final Accounts accounts;
  private final Meetings meetings;
  private final Actions actions;
  private final Register register;
  private final ReminderMail mail;

  OfficerDigests(
      Accounts accounts, Meetings meetings, Actions actions, Register register, ReminderMail mail) {
    this.accounts = accounts;
    this.meetings = meetings;
    this.actions = actions;
    this.register = register;
    this.mail = mail;
  }

  @Override
  public List<Reminder> due(AreaRef area, LocalDate today) {
    List<UserSummary> active =
        accounts.usersOf(area.id()).stream().filter(UserSummary::active).toList();
    Map<Long, List<Grant>> grants =
        accounts.grantsIn(area.id(), active.stream().map(UserSummary::id).toList());
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Supplier<List<ActionSummary>> dueThisWeek =
        memo(
            () ->
                actions.outstandingDueBetween(
                    area.id(), today, today.plusDays(ActionReminders.DUE_SOON_DAYS), today));
    List<Reminder> due = new ArrayList<>();
    for (UserSummary user : active) {
      Set<Long> partnerships =
          grants.getOrDefault(user.id(), List.of()).stream()
              .filter(g -> g.role() == Role.OFFICER && g.partnershipId() != null)
              .map(Grant::partnershipId)
              .collect(Collectors.toCollection(TreeSet::new));
      if (partnerships.isEmpty()) {
        continue;
      }
      due.add(
          new Reminder(
              ReminderKind.OFFICER_DIGEST,
              area.id(),
              user.email(),
              monday,
              area.id(),
              () -> letter(area, user, partnerships, today, dueThisWeek.get())));
    }
    return due;
  }

  private Reminder.Letter letter(
      AreaRef area,
      UserSummary officer,
      Collection<Long> partnerships,
      LocalDate today,
      List<ActionSummary> dueInArea) {
    Map<Long, String> names = register.names(area.id(), partnerships);
    String areaPath = "/areas/" + area.slug();
    StringBuilder text = new StringBuilder();
    text.append(mail.text("reminders.digest.greeting", officer.displayName()))
        .append("\n\n")
        .append(mail.text("reminders.digest.intro", area.name(), mail.date(today)))
        .append("\n");
    names.values().stream()
        .sorted()
        .forEach(n -> text.append(mail.text("reminders.digest.partnership", n)).append("\n"));

    Instant from = today.atStartOfDay(LondonTime.ZONE).toInstant();
    Instant to = today.plusDays(MEETING_DAYS + 1).atStartOfDay(LondonTime.ZONE).toInstant();
    List<MeetingSummary> upcoming = meetings.scheduledBetween(area.id(), partnerships, from, to);
    text.append("\n").append(mail.text("reminders.digest.meetings", MEETING_DAYS)).append("\n");
    if (upcoming.isEmpty()) {
      text.append(mail.text("reminders.digest.meetings.none")).append("\n");
    }
    for (MeetingSummary m : upcoming) {
      text.append(
              mail.text(
                  "reminders.digest.meeting",
                  mail.dateTime(m.startsAt()),
                  m.bodyName(),
                  names.get(m.partnershipId()),
                  m.place(),
                  mail.date(m.papersDueOn()),
                  mail.link(
                      areaPath + "/partnerships/" + m.partnershipId() + "/meetings/" + m.id())))
          .append("\n");
    }

    Page<ActionSummary> overdue =
        actions.search(
            area.id(),
            partnerships,
            new Actions.ActionFilter(Actions.Show.OVERDUE, null),
            today,
            new PageRequest(1, OVERDUE_LISTED, "dueOn", false));
    text.append("\n").append(mail.text("reminders.digest.overdue", overdue.total())).append("\n");
    overdue.items().forEach(a -> text.append(actionLine(areaPath, a)).append("\n"));
    if (overdue.total() > overdue.items().size()) {
      text.append(
              mail.text(
                  "reminders.digest.overdue.more",
                  overdue.total() - overdue.items().size(),
                  mail.link(areaPath + "/actions?show=OVERDUE")))
          .append("\n");
    }

    List<ActionSummary> dueSoon =
        dueInArea.stream().filter(a -> partnerships.contains(a.partnershipId())).toList();
    text.append("\n")
        .append(
            mail.text("reminders.digest.dueSoon", dueSoon.size(), ActionReminders.DUE_SOON_DAYS))
        .append("\n");
    dueSoon.forEach(a -> text.append(actionLine(areaPath, a)).append("\n"));

    text.append("\n").append(mail.footer());
    return new Reminder.Letter(
        mail.text("reminders.digest.subject", area.name(), mail.date(today)), text.toString());
  }

  private String actionLine(String areaPath, ActionSummary a) {
    return mail.text(
        "reminders.digest.action",
        a.description().replaceAll("\\s+", " ").trim(),
        a.partnershipName(),
        a.ownerName(),
        mail.date(a.dueOn()),
        mail.link(areaPath + "/partnerships/" + a.partnershipId() + "/actions/" + a.id()));
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    Map<Boolean, T> cache = new LinkedHashMap<>();
    return () -> cache.computeIfAbsent(Boolean.TRUE, k -> supplier.get());
  }
}
