package org.entente.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.entente.directory.AreaRef;
import org.entente.meetings.MeetingSummary;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.Minutes;
import org.entente.meetings.MinutesStatus;
import org.entente.meetings.MinutesView;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The minutes of a meeting: drafted, approved at the body's next meeting, published. */
@Controller
@RequestMapping("/areas/{area}/partnerships/{pid}/meetings/{meetingId}/minutes")
class MinutesController {

  private static final int TEXT_MAX = 100_000;

  private final Meetings meetings;
  private final Minutes minutes;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final LondonTime time;
  private final MeetingLookup lookup;

  MinutesController(
      Meetings meetings,
      Minutes minutes,
      PartnershipAccess partnerships,
      MessageSource messages,
      LondonTime time,
      MeetingLookup lookup) {
    this.time = time;
    this.lookup = lookup;
    this.meetings = meetings;
    this.minutes = minutes;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  record DraftForm(String text, Integer version) {}

  record ApproveForm(Long atMeetingId, Integer version) {}

  record PublishForm(Integer version) {}

  @GetMapping
  String draftForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    Optional<MinutesView> current = minutes.of(area.id(), meetingId);
    if (current.isPresent() && !current.get().editable()) {
      throw new MinutesSettledException(MeetingLookup.path(area, pid, meetingId));
    }
    DraftForm form =
        current.map(x -> new DraftForm(x.text(), x.version())).orElse(new DraftForm(null, null));
    return page(p, m, form, "meetings/minutes-form", model);
  }

  @PostMapping
  String draft(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") DraftForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    if (form.text() == null || form.text().isBlank()) {
      errors.rejectValue("text", "required", message("minutes.error.text"));
    } else if (form.text().length() > TEXT_MAX) {
      errors.rejectValue("text", "long", message("minutes.error.textLong", TEXT_MAX));
    }
    if (errors.hasErrors()) {
      return page(p, m, form, "meetings/minutes-form", model);
    }
    try {
      minutes.draft(area.id(), meetingId, form.version(), form.text(), MeetingLookup.who(user));
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return page(p, m, form, "meetings/minutes-form", model);
    } catch (IllegalStateException e) {
      throw new MinutesSettledException(MeetingLookup.path(area, pid, meetingId));
    }
    redirect.addFlashAttribute("flash", message("minutes.saved"));
    return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#minutes";
  }

  @GetMapping("/approve")
  String approveForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    MinutesView current = draftMinutes(area, pid, meetingId);
    return approvePage(area, p, m, new ApproveForm(null, current.version()), model);
  }

  @PostMapping("/approve")
  String approve(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") ApproveForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    MeetingView m = lookup.openMeeting(area, pid, meetingId);
    draftMinutes(area, pid, meetingId);
    List<MeetingSummary> candidates = minutes.approvalMeetings(area.id(), meetingId);
    if (form.atMeetingId() == null
        || candidates.stream().noneMatch(c -> c.id() == form.atMeetingId())) {
      errors.rejectValue("atMeetingId", "required", message("minutes.error.approvedAt"));
      return approvePage(area, p, m, form, model);
    }
    try {
      minutes.approve(
          area.id(), meetingId, form.version() == null ? -1 : form.version(), form.atMeetingId());
    } catch (StaleEditException e) {
      MinutesView now = minutes.of(area.id(), meetingId).orElseThrow();
      String view = approvePage(area, p, m, form, model);
      StaleForms.show(
          model,
          "form",
          new ApproveForm(form.atMeetingId(), now.version()),
          message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("minutes.approved"));
    return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#minutes";
  }

  @PostMapping("/publish")
  String publish(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long meetingId,
      @ModelAttribute("form") PublishForm form,
      Authentication user,
      RedirectAttributes redirect) {
    partnerships.editable(area, pid, user);
    lookup.openMeeting(area, pid, meetingId);
    MinutesView current =
        minutes
            .of(area.id(), meetingId)
            .orElseThrow(() -> new NotFoundException("minutes of meeting " + meetingId));
    if (current.status() != MinutesStatus.APPROVED) {
      throw new MinutesSettledException(MeetingLookup.path(area, pid, meetingId));
    }
    try {
      minutes.publish(area.id(), meetingId, form.version() == null ? -1 : form.version());
    } catch (StaleEditException e) {
      redirect.addFlashAttribute("flashError", message("error.stale"));
      return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#minutes";
    }
    redirect.addFlashAttribute("flash", message("minutes.published"));
    return "redirect:" + MeetingLookup.path(area, pid, meetingId) + "#minutes";
  }

  @ExceptionHandler(MeetingCancelledException.class)
  String cancelled(MeetingCancelledException e, HttpServletRequest request) {
    RequestContextUtils.getOutputFlashMap(request)
        .put("flashError", message("meeting.error.cancelled"));
    return "redirect:" + e.meetingPath();
  }

  @ExceptionHandler(MinutesSettledException.class)
  String settled(MinutesSettledException e, HttpServletRequest request) {
    RequestContextUtils.getOutputFlashMap(request)
        .put("flashError", message("minutes.error.settled"));
    return "redirect:" + e.meetingPath() + "#minutes";
  }

  // --- helpers

  private String approvePage(
      AreaRef area, PartnershipView p, MeetingView m, ApproveForm form, Model model) {
    model.addAttribute(
        "candidates",
        minutes.approvalMeetings(area.id(), m.id()).stream()
            .map(c -> Option.of(c.id(), time.format(c.startsAt()) + ", " + c.place()))
            .toList());
    return page(p, m, form, "meetings/minutes-approve", model);
  }

  private MinutesView draftMinutes(AreaRef area, long pid, long meetingId) {
    MinutesView current =
        minutes
            .of(area.id(), meetingId)
            .orElseThrow(() -> new NotFoundException("minutes of meeting " + meetingId));
    if (!current.editable()) {
      throw new MinutesSettledException(MeetingLookup.path(area, pid, meetingId));
    }
    return current;
  }

  private static String page(
      PartnershipView p, MeetingView m, Object form, String view, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("m", m);
    model.addAttribute("form", form);
    return view;
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
