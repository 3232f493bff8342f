package org.entente.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.governance.BodySummary;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.meetings.Actions;
import org.entente.meetings.Agreement;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.Cadence;
import org.entente.meetings.DecisionLayer;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.Minutes;
import org.entente.meetings.MinutesView;
import org.entente.meetings.PaperView;
import org.entente.meetings.Papers;
import org.entente.meetings.PapersDeadline;
import org.entente.meetings.PapersRules;
import org.entente.meetings.PapersState;
import org.entente.meetings.Repetition;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.DateInput;
import org.entente.shared.ListLinks;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.entente.shared.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** A partnership's meetings: list, schedule, open; agenda, attendance, decisions, cancelling. */
@Controller
@RequestMapping("/areas/{area}/partnerships/{pid}/meetings")
class MeetingsController {

  private static final Pattern TIME = Pattern.compile("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$");
  private static final int PLACE_MAX = 300;
  private static final int TITLE_MAX = 300;

  private final Meetings meetings;
  private final Actions actions;
  private final Papers papers;
  private final Minutes minutes;
  private final Structure structure;
  private final People people;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final PapersRules papersRules;
  private final MeetingLookup lookup;

  MeetingsController(
      Meetings meetings,
      Actions actions,
      Papers papers,
      Minutes minutes,
      Structure structure,
      People people,
      PartnershipAccess partnerships,
      MessageSource messages,
      PapersRules papersRules,
      MeetingLookup lookup) {
    this.lookup = lookup;
    this.meetings = meetings;
    this.papers = papers;
    this.minutes = minutes;
    this.actions = actions;
    this.structure = structure;
    this.people = people;
    this.partnerships = partnerships;
    this.messages = messages;
    this.papersRules = papersRules;
  }

  /** A meeting to schedule; the cadence, count and last date only count when it repeats. */
  record ScheduleForm(
      Long bodyId,
      DateInput date,
      String time,
      String place,
      String repeat,
      Cadence cadence,
      String count,
      DateInput until) {

    static final String ONCE = "ONCE";
    static final String REPEATING = "REPEATING";

    boolean repeating() {
      return REPEATING.equals(repeat);
    }
  }

  record MoveForm(DateInput date, String time, String place, Integer version) {}

  record AgendaForm(String title, String presenter, Integer version) {}

  record SeatRow(Long seatId, AttendanceStatus status, Long substituteId, Integer substituteTier) {}

  record AttendanceForm(List<SeatRow> seats, Integer version) {}

  record DecisionForm(
      Long agendaItemId,
      String text,
      DecisionLayer layer,
      Agreement agreement,
      String dissent,
      Integer version) {}

  record CancelForm(String reason, Integer version) {}

  @GetMapping
  String list(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(name = "body", required = false) Long bodyId,
      @RequestParam(name = "page", required = false) Integer page,
      @RequestParam(name = "sort", required = false) String sort,
      @RequestParam(name = "order", required = false) String order,
      HttpServletRequest request,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    Instant now = Instant.now();
    List<BodySummary> bodies = structure.bodiesOf(area.id(), pid);
    Long body =
        bodies.stream().anyMatch(b -> b.id() == (bodyId == null ? -1 : bodyId)) ? bodyId : null;
    // the latest first, unless the reader asks for the oldest
    PageRequest pageRequest =
        PageRequest.of(
            page, null, sort, order == null ? "desc" : order, Meetings.PAST_SORT_KEYS, "startsAt");
    model.addAttribute("p", p);
    model.addAttribute("upcoming", meetings.upcoming(area.id(), pid, now));
    model.addAttribute("past", meetings.past(area.id(), pid, body, now, pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("body", body);
    model.addAttribute(
        "bodyOptions", bodies.stream().map(b -> Option.of(b.id(), b.name())).toList());
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    model.addAttribute("hasBodies", !bodies.isEmpty());
    return "meetings/meetings";
  }

  @GetMapping("/new")
  String scheduleForm(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(name = "body", required = false) Long bodyId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return schedulePage(
        area,
        p,
        new ScheduleForm(
            bodyId,
            DateInput.of(null),
            null,
            null,
            ScheduleForm.ONCE,
            null,
            null,
            DateInput.of(null)),
        model);
  }

  @PostMapping
  String schedule(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") ScheduleForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    if (form.bodyId() == null
        || structure.bodiesOf(area.id(), pid).stream().noneMatch(b -> b.id() == form.bodyId())) {
      errors.rejectValue("bodyId", "required", message("meeting.error.body"));
    }
    LocalDateTime start = start(area, form.date(), form.time(), form.place(), errors);
    Repetition repetition =
        form.repeating()
            ? repetition(area, form, start == null ? null : start.toLocalDate(), errors)
            : null;
    if (errors.hasErrors()) {
      return schedulePage(area, p, form, model);
    }
    Meetings.Schedule schedule = new Meetings.Schedule(form.bodyId(), start, form.place());
    if (repetition != null) {
      List<Long> ids = meetings.scheduleSeries(area.id(), pid, schedule, repetition);
      redirect.addFlashAttribute("flash", message("series.scheduled", ids.size()));
      return "redirect:" + base(area, pid);
    }
    long id = meetings.schedule(area.id(), pid, schedule);
    redirect.addFlashAttribute("flash", message("meeting.scheduled"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  /** Reads how the meeting repeats, rejecting what cannot be scheduled; null when rejected. */
  private Repetition repetition(
      AreaRef area, ScheduleForm form, LocalDate first, BindingResult errors) {
    if (form.cadence() == null) {
      errors.rejectValue("cadence", "required", message("series.error.cadence"));
    }
    Integer count = null;
    if (form.count() != null && !form.count().isBlank()) {
      try {
        count = Integer.valueOf(form.count().trim());
      } catch (NumberFormatException e) {
        errors.rejectValue("count", "invalid", message("series.error.countNumber"));
      }
    }
    DateInput untilInput = form.until() == null ? DateInput.of(null) : form.until();
    if (untilInput.isInvalid()) {
      errors.rejectValue("until", "invalid", message("series.error.until"));
    }
    if (first == null
        || form.cadence() == null
        || errors.hasFieldErrors("count")
        || errors.hasFieldErrors("until")) {
      return null;
    }
    LocalDate until = untilInput.toDate();
    Repetition repetition = new Repetition(form.cadence(), count, until);
    var problem = repetition.problem(first);
    if (problem.isPresent()) {
      String field = count == null && until != null ? "until" : "count";
      switch (problem.get()) {
        case NO_LIMIT -> errors.rejectValue("count", "required", message("series.error.noLimit"));
        case BOTH_LIMITS -> errors.rejectValue("count", "both", message("series.error.both"));
        case TOO_FEW -> errors.rejectValue(field, "few", message("series.error.tooFew"));
        case TOO_MANY ->
            errors.rejectValue(
                field, "many", message("series.error.tooMany", Repetition.MAX_OCCURRENCES));
        case UNTIL_NOT_AFTER_START ->
            errors.rejectValue("until", "before", message("series.error.untilBefore"));
        case NO_CADENCE ->
            errors.rejectValue("cadence", "required", message("series.error.cadence"));
      }
      return null;
    }
    PapersDeadline deadline = papersRules.deadline(area.id());
    List<LocalDate> dates = repetition.dates(first);
    dates.stream()
        .filter(d -> !deadline.knows(d))
        .findFirst()
        .ifPresent(
            d ->
                errors.rejectValue(
                    until != null ? "until" : "count",
                    "unknown",
                    message("series.error.year", d.getYear())));
    return repetition;
  }

  @GetMapping("/{meetingId}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    MeetingView m = lookup.meeting(area, pid, meetingId);
    BodyView body = body(area, m);
    Map<Long, MeetingView.AttendanceView> attendance =
        m.attendance().stream()
            .collect(Collectors.toMap(MeetingView.AttendanceView::seatId, Function.identity()));
    model.addAttribute("p", p);
    model.addAttribute("m", m);
    model.addAttribute("seats", seatsAt(body, m));
    model.addAttribute("attendance", attendance);
    model.addAttribute("mix", m.decisionMix());
    model.addAttribute("actions", actions.ofMeeting(area.id(), meetingId, LondonTime.today()));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user) && !m.cancelled());
    List<PaperView> paperList = papers.ofMeeting(area.id(), meetingId);
    int late = (int) paperList.stream().filter(PaperView::late).count();
    model.addAttribute("papers", paperList);
    model.addAttribute("latePapers", late);
    model.addAttribute(
        "papersState",
        PapersState.of(
            m.status(),
            m.startsAt(),
            m.papersDueOn(),
            paperList.size(),
            late,
            LondonTime.today(),
            Instant.now()));
    model.addAttribute(
        "paperSizes",
        paperList.stream().collect(Collectors.toMap(PaperView::id, x -> Sizes.label(x.size()))));
    Optional<MinutesView> mins = minutes.of(area.id(), meetingId);
    model.addAttribute("minutes", mins.orElse(null));
    model.addAttribute(
        "canApproveMinutes",
        mins.isPresent()
            && mins.get().editable()
            && !minutes.approvalMeetings(area.id(), meetingId).isEmpty());
    return "meetings/meeting";
  }

  @GetMapping("/{meetingId}/agenda/new")
  String agendaForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    return page(
        p, m, "form", new AgendaForm(null, null, m.version()), "meetings/agenda-item", model);
  }

  @PostMapping("/{meetingId}/agenda")
  String addAgendaItem(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") AgendaForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    if (form.title() == null || form.title().isBlank()) {
      errors.rejectValue("title", "required", message("agenda.error.title"));
    } else if (form.title().trim().length() > TITLE_MAX) {
      errors.rejectValue("title", "long", message("agenda.error.titleLong", TITLE_MAX));
    }
    if (form.presenter() != null && form.presenter().trim().length() > 200) {
      errors.rejectValue("presenter", "long", message("agenda.error.presenterLong", 200));
    }
    if (errors.hasErrors()) {
      return page(p, m, "form", form, "meetings/agenda-item", model);
    }
    try {
      meetings.addAgendaItem(
          area.id(), meetingId, version(form.version()), form.title(), form.presenter());
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return page(
          p, lookup.meeting(area, pid, meetingId), "form", form, "meetings/agenda-item", model);
    }
    redirect.addFlashAttribute("flash", message("agenda.added", form.title().trim()));
    return "redirect:" + base(area, pid) + "/" + meetingId + "#agenda";
  }

  @GetMapping("/{meetingId}/attendance")
  String attendanceForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    return attendancePage(area, p, m, recordedAttendance(area, m), model);
  }

  @PostMapping("/{meetingId}/attendance")
  String recordAttendance(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") AttendanceForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    List<Long> seatIds = seatsAt(body(area, m), m).stream().map(BodyView.SeatView::id).toList();
    List<SeatRow> rows = form.seats() == null ? List.of() : form.seats();
    if (rows.size() != seatIds.size()
        || !rows.stream().map(SeatRow::seatId).toList().equals(seatIds)) {
      // the body's seats changed since the form was drawn: show it again as it is now
      MeetingView fresh = lookup.meeting(area, pid, meetingId);
      AttendanceForm current = recordedAttendance(area, fresh);
      String view = attendancePage(area, p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    List<Meetings.SeatAttendance> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SeatRow r = rows.get(i);
      if (r.status() == null) {
        continue;
      }
      if (r.status() == AttendanceStatus.SUBSTITUTE) {
        if (r.substituteId() == null || people.find(area.id(), r.substituteId()).isEmpty()) {
          errors.rejectValue(
              "seats[" + i + "].substituteId", "required", message("attendance.error.substitute"));
        }
        if (r.substituteTier() == null || r.substituteTier() < 1 || r.substituteTier() > 4) {
          errors.rejectValue(
              "seats[" + i + "].substituteTier", "required", message("attendance.error.tier"));
        }
      }
      entries.add(
          new Meetings.SeatAttendance(
              r.seatId(), r.status(), r.substituteId(), r.substituteTier()));
    }
    if (errors.hasErrors()) {
      return attendancePage(area, p, m, form, model);
    }
    try {
      meetings.recordAttendance(area.id(), meetingId, version(form.version()), entries);
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return attendancePage(area, p, lookup.meeting(area, pid, meetingId), form, model);
    }
    redirect.addFlashAttribute("flash", message("attendance.recorded"));
    return "redirect:" + base(area, pid) + "/" + meetingId + "#attendance";
  }

  @GetMapping("/{meetingId}/decisions/new")
  String decisionForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    return decisionPage(p, m, new DecisionForm(null, null, null, null, null, m.version()), model);
  }

  @PostMapping("/{meetingId}/decisions")
  String recordDecision(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") DecisionForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    if (form.agendaItemId() != null
        && m.agenda().stream().noneMatch(i -> i.id() == form.agendaItemId())) {
      errors.rejectValue("agendaItemId", "unknown", message("decision.error.item"));
    }
    if (form.text() == null || form.text().isBlank()) {
      errors.rejectValue("text", "required", message("decision.error.text"));
    }
    if (form.layer() == null) {
      errors.rejectValue("layer", "required", message("decision.error.layer"));
    }
    if (form.agreement() == null) {
      errors.rejectValue("agreement", "required", message("decision.error.agreement"));
    } else if (form.agreement() == Agreement.CONTESTED
        && (form.dissent() == null || form.dissent().isBlank())) {
      errors.rejectValue("dissent", "required", message("decision.error.dissent"));
    }
    if (errors.hasErrors()) {
      return decisionPage(p, m, form, model);
    }
    try {
      meetings.recordDecision(
          area.id(),
          meetingId,
          version(form.version()),
          new Meetings.DecisionDetails(
              form.agendaItemId(), form.text(), form.layer(), form.agreement(), form.dissent()));
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return decisionPage(p, lookup.meeting(area, pid, meetingId), form, model);
    }
    redirect.addFlashAttribute("flash", message("decision.recorded"));
    return "redirect:" + base(area, pid) + "/" + meetingId + "#decisions";
  }

  @GetMapping("/{meetingId}/move")
  String moveForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    var at = m.startsAt().atZone(LondonTime.ZONE);
    MoveForm form =
        new MoveForm(
            DateInput.of(at.toLocalDate()), at.toLocalTime().toString(), m.place(), m.version());
    return page(p, m, "form", form, "meetings/move", model);
  }

  @PostMapping("/{meetingId}/move")
  String move(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") MoveForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    LocalDateTime start = start(area, form.date(), form.time(), form.place(), errors);
    if (!errors.hasErrors()
        && start.atZone(LondonTime.ZONE).toInstant().equals(m.startsAt())
        && form.place().trim().equals(m.place())) {
      errors.reject("unchanged", message("move.error.unchanged"));
    }
    if (errors.hasErrors()) {
      return page(p, m, "form", form, "meetings/move", model);
    }
    try {
      meetings.move(area.id(), meetingId, version(form.version()), start, form.place());
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return page(p, lookup.meeting(area, pid, meetingId), "form", form, "meetings/move", model);
    }
    redirect.addFlashAttribute("flash", message("meeting.moved"));
    return "redirect:" + base(area, pid) + "/" + meetingId;
  }

  @GetMapping("/{meetingId}/cancel")
  String cancelForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    return page(p, m, "form", new CancelForm(null, m.version()), "meetings/cancel", model);
  }

  @PostMapping("/{meetingId}/cancel")
  String cancel(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") CancelForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    if (form.reason() != null && form.reason().trim().length() > 500) {
      errors.rejectValue("reason", "long", message("cancel.error.reasonLong", 500));
      return page(p, m, "form", form, "meetings/cancel", model);
    }
    try {
      meetings.cancel(area.id(), meetingId, version(form.version()), form.reason());
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return page(p, lookup.meeting(area, pid, meetingId), "form", form, "meetings/cancel", model);
    }
    redirect.addFlashAttribute("flash", message("meeting.cancelled"));
    return "redirect:" + base(area, pid) + "/" + meetingId;
  }

  @ExceptionHandler(MeetingCancelledException.class)
  String cancelled(MeetingCancelledException e, HttpServletRequest request) {
    RequestContextUtils.getOutputFlashMap(request)
        .put("flashError", message("meeting.error.cancelled"));
    return "redirect:" + e.meetingPath();
  }

  // --- helpers

  private AttendanceForm recordedAttendance(AreaRef area, MeetingView m) {
    Map<Long, MeetingView.AttendanceView> recorded =
        m.attendance().stream()
            .collect(Collectors.toMap(MeetingView.AttendanceView::seatId, Function.identity()));
    List<SeatRow> rows =
        seatsAt(body(area, m), m).stream()
            .map(
                s -> {
                  MeetingView.AttendanceView a = recorded.get(s.id());
                  return a == null
                      ? new SeatRow(s.id(), null, null, null)
                      : new SeatRow(s.id(), a.status(), a.substitutePersonId(), a.substituteTier());
                })
            .toList();
    return new AttendanceForm(rows, m.version());
  }

  /**
   * Checks the date, time and place a schedule or move form gives, telling on each field what is
   * wrong, including a day the area's bank holidays do not reach yet; the start, or null if the
   * date or time is wrong.
   */
  private LocalDateTime start(
      AreaRef area, DateInput dateInput, String timeText, String place, BindingResult errors) {
    LocalDate date = dateInput == null ? null : dateInput.toDate();
    if (date == null) {
      errors.rejectValue("date", "invalid", message("meeting.error.date"));
    } else if (!papersRules.deadline(area.id()).knows(date)) {
      WorkingDays known = papersRules.deadline(area.id()).workingDays();
      errors.rejectValue(
          "date",
          "unknown",
          message("meeting.error.year", date.getYear(), known.firstYear(), known.lastYear()));
    }
    LocalTime time = time(timeText);
    if (time == null) {
      errors.rejectValue("time", "invalid", message("meeting.error.time"));
    }
    if (place == null || place.isBlank()) {
      errors.rejectValue("place", "required", message("meeting.error.place"));
    } else if (place.trim().length() > PLACE_MAX) {
      errors.rejectValue("place", "long", message("meeting.error.placeLong", PLACE_MAX));
    }
    return date == null || time == null ? null : LocalDateTime.of(date, time);
  }

  private String schedulePage(AreaRef area, PartnershipView p, ScheduleForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("form", form);
    model.addAttribute(
        "bodies",
        structure.bodiesOf(area.id(), p.id()).stream()
            .map(b -> Option.of(b.id(), b.name()))
            .toList());
    model.addAttribute("clearDays", papersRules.rule(area.id()).clearDays());
    model.addAttribute(
        "repeatChoices",
        List.of(
            Option.of(ScheduleForm.ONCE, message("schedule.repeat.once")),
            Option.of(ScheduleForm.REPEATING, message("schedule.repeat.repeating"))));
    model.addAttribute(
        "cadences",
        Arrays.stream(Cadence.values())
            .map(
                c ->
                    new Option(
                        c.name(),
                        message("cadence." + c.name()),
                        messages.getMessage(
                            "cadence." + c.name() + ".hint",
                            null,
                            null,
                            LocaleContextHolder.getLocale())))
            .toList());
    model.addAttribute("maxOccurrences", Repetition.MAX_OCCURRENCES);
    return "meetings/schedule";
  }

  private String attendancePage(
      AreaRef area, PartnershipView p, MeetingView m, AttendanceForm form, Model model) {
    model.addAttribute(
        "seatsById",
        seatsAt(body(area, m), m).stream()
            .collect(Collectors.toMap(BodyView.SeatView::id, Function.identity())));
    model.addAttribute(
        "statuses",
        Arrays.stream(AttendanceStatus.values())
            .map(s -> Option.of(s.name(), message("attendanceStatus." + s.name())))
            .toList());
    model.addAttribute(
        "people",
        people.all(area.id()).stream()
            .map(
                x ->
                    Option.of(
                        x.id(),
                        x.jobTitle() == null ? x.name() : x.name() + " (" + x.jobTitle() + ")"))
            .toList());
    model.addAttribute(
        "tiers",
        List.of(1, 2, 3, 4).stream()
            .map(t -> Option.of(t, message("tier." + t) + ": " + message("tier." + t + ".hint")))
            .toList());
    return page(p, m, "form", form, "meetings/attendance", model);
  }

  private String decisionPage(PartnershipView p, MeetingView m, DecisionForm form, Model model) {
    model.addAttribute(
        "items",
        m.agenda().stream().map(i -> Option.of(i.id(), i.position() + ". " + i.title())).toList());
    model.addAttribute(
        "layers",
        Arrays.stream(DecisionLayer.values())
            .map(l -> Option.of(l.name(), message("decisionLayer." + l.name())))
            .toList());
    model.addAttribute(
        "agreements",
        Arrays.stream(Agreement.values())
            .map(
                a ->
                    new Option(
                        a.name(),
                        message("agreement." + a.name()),
                        message("agreement." + a.name() + ".hint")))
            .toList());
    return page(p, m, "form", form, "meetings/decision", model);
  }

  private static String page(
      PartnershipView p, MeetingView m, String name, Object form, String view, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("m", m);
    model.addAttribute(name, form);
    return view;
  }

  /** The body's seats that were not abolished by the day of the meeting. */
  private static List<BodyView.SeatView> seatsAt(BodyView body, MeetingView m) {
    return body.seats().stream()
        .filter(s -> s.abolishedOn() == null || s.abolishedOn().isAfter(m.date()))
        .toList();
  }

  private BodyView body(AreaRef area, MeetingView m) {
    return structure
        .body(area.id(), m.bodyId())
        .orElseThrow(() -> new NotFoundException("body " + m.bodyId()));
  }

  static LocalTime time(String text) {
    if (text == null) {
      return null;
    }
    Matcher t = TIME.matcher(text);
    if (!t.matches()) {
      return null;
    }
    int hour = Integer.parseInt(t.group(1));
    int minute = Integer.parseInt(t.group(2));
    return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
  }

  private static int version(Integer v) {
    return v == null ? -1 : v;
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/meetings";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
