package org.entente.notifications.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.identity.Accounts;
import org.entente.identity.Grant;
import org.entente.identity.Role;
import org.entente.identity.UserSummary;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.Meetings.PapersDue;
import org.entente.meetings.PapersRules;
import org.entente.notifications.ReminderKind;
import org.entente.partnership.Register;
import org.entente.shared.BankHolidaysNotKnownException;
import org.entente.shared.LondonTime;
import org.entente.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the officers of a partnership, once per meeting and due date, when none of a scheduled
 * meeting's papers is published yet: two working days before the papers are due (working days as
 * the area counts them, with its bank holidays), and again once the due date has passed while the
 * meeting is still to come. The same officers as get the weekly digest: active accounts holding the
 * officer role for the partnership.
 */
@Component
class PapersReminders implements ReminderSource {

  private static final Logger log = LoggerFactory.getLogger(PapersReminders.class);

  /** Papers due on a day up to this many working days from today count as due soon. */
  static final int DUE_SOON_WORKING_DAYS = 2;

  /**
   * How far ahead, in calendar days, a run looks for due dates: more than two working days ever
   * span, even over Christmas or Easter.
   */
  static final int LOOK_AHEAD_DAYS = 14;

  /**
   * How far back a run looks for papers that are late. A meeting whose papers were due longer ago
   * has almost always been held; one that has not was reminded of on the days after its due date.
   */
  static final int LATE_WITHIN_DAYS = 14;

  private final Meetings meetings;
  private final PapersRules rules;
  private final Accounts accounts;
  private final Register register;
  private final ReminderMail mail;

  PapersReminders(
      Meetings meetings,
      PapersRules rules,
      Accounts accounts,
      Register register,
      ReminderMail mail) {
    this.meetings = meetings;
    this.rules = rules;
    this.accounts = accounts;
    this.register = register;
    this.mail = mail;
  }

  @Override
  public List<Reminder> due(AreaRef area, LocalDate today) {
    return forRun(today).due(area, today);
  }

  /** Looks up the meetings of every area once; each area then takes its own. */
  @Override
  public ReminderSource forRun(LocalDate today) {
    Map<Long, List<PapersDue>> unpublished =
        meetings
            .papersDueBetween(today.minusDays(LATE_WITHIN_DAYS), today.plusDays(LOOK_AHEAD_DAYS))
            .stream()
            .filter(d -> !d.anyPublished())
            .collect(Collectors.groupingBy(PapersDue::areaId));
    return (area, day) -> reminders(area, day, unpublished.getOrDefault(area.id(), List.of()));
  }

  private List<Reminder> reminders(AreaRef area, LocalDate today, List<PapersDue> unpublished) {
    if (unpublished.isEmpty()) {
      return List.of();
    }
    LocalDate dueSoonUntil = dueSoonUntil(area, today);
    List<PapersDue> concerned = new ArrayList<>();
    for (PapersDue d : unpublished) {
      boolean dueSoon =
          !d.papersDueOn().isBefore(today)
              && dueSoonUntil != null
              && !d.papersDueOn().isAfter(dueSoonUntil);
      // a meeting held, or being held today, is past being helped by a reminder
      boolean late =
          d.papersDueOn().isBefore(today)
              && d.startsAt().atZone(LondonTime.ZONE).toLocalDate().isAfter(today);
      if (dueSoon || late) {
        concerned.add(d);
      }
    }
    if (concerned.isEmpty()) {
      return List.of();
    }
    Map<Long, List<UserSummary>> officers = officersByPartnership(area);
    Supplier<Map<Long, String>> names =
        memo(
            () ->
                register.names(
                    area.id(),
                    concerned.stream().map(PapersDue::partnershipId).collect(Collectors.toSet())));
    Map<Long, MeetingView> views = new HashMap<>();
    List<Reminder> due = new ArrayList<>();
    for (PapersDue d : concerned) {
      ReminderKind kind =
          d.papersDueOn().isBefore(today) ? ReminderKind.PAPERS_LATE : ReminderKind.PAPERS_DUE_SOON;
      for (UserSummary officer : officers.getOrDefault(d.partnershipId(), List.of())) {
        if (officer.email() == null || officer.email().isBlank()) {
          continue;
        }
        due.add(
            new Reminder(
                kind,
                d.meetingId(),
                officer.email(),
                d.papersDueOn(),
                area.id(),
                () ->
                    letter(
                        kind,
                        area,
                        officer,
                        views.computeIfAbsent(d.meetingId(), id -> meeting(area, id)),
                        names.get().get(d.partnershipId()))));
      }
    }
    return due;
  }

  /**
   * The last due date that is due soon: two working days from today as the area counts them, or
   * none when the area's bank holidays do not reach that far (reminders resume once they do).
   */
  private LocalDate dueSoonUntil(AreaRef area, LocalDate today) {
    WorkingDays workingDays = rules.deadline(area.id()).workingDays();
    try {
      return workingDays.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
    } catch (BankHolidaysNotKnownException e) {
      log.warn(
          "No reminders of papers due soon in area {}: its bank holidays are not known: {}",
          area.slug(),
          e.getMessage());
      return null;
    }
  }

  /** The active accounts that are officer of each partnership of the area. */
  private Map<Long, List<UserSummary>> officersByPartnership(AreaRef area) {
    List<UserSummary> active =
        accounts.usersOf(area.id()).stream().filter(UserSummary::active).toList();
    Map<Long, List<Grant>> grants =
        accounts.grantsIn(area.id(), active.stream().map(UserSummary::id).toList());
    Map<Long, List<UserSummary>> officers = new HashMap<>();
    for (UserSummary user : active) {
      Set<Long> partnerships =
          grants.getOrDefault(user.id(), List.of()).stream()
              .filter(g -> g.role() == Role.OFFICER && g.partnershipId() != null)
              .map(Grant::partnershipId)
              .collect(Collectors.toSet());
      partnerships.forEach(pid -> officers.computeIfAbsent(pid, k -> new ArrayList<>()).add(user));
    }
    return officers;
  }

  private MeetingView meeting(AreaRef area, long meetingId) {
    return meetings
        .meeting(area.id(), meetingId)
        .orElseThrow(() -> new IllegalStateException("meeting " + meetingId + " has gone"));
  }

  private Reminder.Letter letter(
      ReminderKind kind,
      AreaRef area,
      UserSummary officer,
      MeetingView meeting,
      String partnershipName) {
    String prefix =
        kind == ReminderKind.PAPERS_LATE ? "reminders.papersLate" : "reminders.papersDueSoon";
    String link =
        mail.link(
            "/areas/"
                + area.slug()
                + "/partnerships/"
                + meeting.partnershipId()
                + "/meetings/"
                + meeting.id());
    return new Reminder.Letter(
        mail.text(
            prefix + ".subject",
            mail.date(meeting.papersDueOn()),
            meeting.bodyName(),
            partnershipName,
            mail.date(meeting.date())),
        mail.text(
                prefix + ".body",
                officer.displayName(),
                meeting.bodyName(),
                partnershipName,
                mail.dateTime(meeting.startsAt()),
                meeting.place(),
                mail.date(meeting.papersDueOn()),
                area.name(),
                meeting.clearDays(),
                link)
            + "\n\n"
            + mail.footer());
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    Map<Boolean, T> cache = new HashMap<>();
    return () -> cache.computeIfAbsent(Boolean.TRUE, k -> supplier.get());
  }
}
