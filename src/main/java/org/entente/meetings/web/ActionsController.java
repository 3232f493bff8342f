package org.entente.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.meetings.ActionStatus;
import org.entente.meetings.ActionView;
import org.entente.meetings.Actions;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.shared.DateInput;
import org.entente.shared.ListLinks;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actions: raised for a partnership (often at a meeting), progressed, and listed across the area.
 */
@Controller
class ActionsController {

  private static final int DESCRIPTION_MAX = 1000;
  private static final int NOTE_MAX = 2000;

  private final Actions actions;
  private final Meetings meetings;
  private final People people;
  private final Register register;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  ActionsController(
      Actions actions,
      Meetings meetings,
      People people,
      Register register,
      PartnershipAccess partnerships,
      MessageSource messages) {
    this.actions = actions;
    this.meetings = meetings;
    this.people = people;
    this.register = register;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  record ActionForm(String description, Long ownerId, DateInput dueOn, Long meetingId) {}

  record ProgressForm(ActionStatus status, String note, Integer version) {}

  record ListFilter(Actions.Show show, Long partnership) {}

  @GetMapping("/areas/{area}/partnerships/{pid}/actions/new")
  String raiseForm(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(required = false) Long meeting,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return raisePage(
        area,
        p,
        new ActionForm(null, null, DateInput.of(null), meeting(area, pid, meeting)),
        model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/actions")
  String raise(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") ActionForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    Long meetingId = meeting(area, pid, form.meetingId());
    if (form.description() == null || form.description().isBlank()) {
      errors.rejectValue("description", "required", message("action.error.description"));
    } else if (form.description().trim().length() > DESCRIPTION_MAX) {
      errors.rejectValue(
          "description", "long", message("action.error.descriptionLong", DESCRIPTION_MAX));
    }
    if (form.ownerId() == null || people.find(area.id(), form.ownerId()).isEmpty()) {
      errors.rejectValue("ownerId", "required", message("action.error.owner"));
    }
    LocalDate due = form.dueOn() == null ? null : form.dueOn().toDate();
    if (due == null) {
      errors.rejectValue("dueOn", "invalid", message("action.error.dueOn"));
    }
    if (errors.hasErrors()) {
      return raisePage(area, p, form, model);
    }
    long id =
        actions.raise(
            area.id(),
            pid,
            meetingId,
            new Actions.ActionDetails(form.description(), form.ownerId(), due));
    redirect.addFlashAttribute("flash", message("action.raised"));
    return meetingId == null
        ? "redirect:" + base(area, pid) + "/" + id
        : "redirect:/areas/"
            + area.slug()
            + "/partnerships/"
            + pid
            + "/meetings/"
            + meetingId
            + "#actions";
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/actions/{actionId}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long actionId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    ActionView a = action(area, pid, actionId);
    return actionPage(area, p, a, new ProgressForm(a.status(), null, a.version()), user, model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/actions/{actionId}/progress")
  String progress(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long actionId,
      @ModelAttribute("form") ProgressForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    ActionView a = action(area, pid, actionId);
    boolean noNote = form.note() == null || form.note().isBlank();
    if (form.status() == null) {
      errors.rejectValue("status", "required", message("progress.error.status"));
    } else if (form.status() == a.status() && noNote) {
      errors.rejectValue("note", "required", message("progress.error.nothing"));
    }
    if (!noNote && form.note().trim().length() > NOTE_MAX) {
      errors.rejectValue("note", "long", message("progress.error.noteLong", NOTE_MAX));
    }
    if (errors.hasErrors()) {
      return actionPage(area, p, a, form, user, model);
    }
    try {
      actions.progress(
          area.id(),
          actionId,
          form.version() == null ? -1 : form.version(),
          form.status(),
          form.note(),
          MeetingLookup.who(user));
    } catch (StaleEditException e) {
      ActionView fresh = action(area, pid, actionId);
      ProgressForm current = new ProgressForm(fresh.status(), null, fresh.version());
      String view = actionPage(area, p, fresh, current, user, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("progress.saved"));
    return "redirect:" + base(area, pid) + "/" + actionId;
  }

  @GetMapping("/areas/{area}/actions")
  String list(
      AreaRef area,
      @ModelAttribute("filter") ListFilter filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    Set<Long> visible = partnerships.visible(area, user);
    Long partnership =
        filter.partnership() != null && visible.contains(filter.partnership())
            ? filter.partnership()
            : null;
    Actions.Show show = filter.show() == null ? Actions.Show.OUTSTANDING : filter.show();
    PageRequest pageRequest = PageRequest.of(page, size, sort, order, Actions.SORT_KEYS, "dueOn");
    model.addAttribute("filter", new ListFilter(show, partnership));
    model.addAttribute(
        "page",
        actions.search(
            area.id(),
            visible,
            new Actions.ActionFilter(show, partnership),
            LondonTime.today(),
            pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute(
        "shows",
        Arrays.stream(Actions.Show.values())
            .map(s -> Option.of(s.name(), message("actions.show." + s.name())))
            .toList());
    model.addAttribute(
        "partnerships",
        register.names(area.id(), visible).entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
            .map(e -> Option.of(e.getKey(), e.getValue()))
            .toList());
    return "meetings/actions";
  }

  // --- helpers

  private String raisePage(AreaRef area, PartnershipView p, ActionForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("form", form);
    model.addAttribute(
        "meeting",
        form.meetingId() == null
            ? null
            : meetings.meeting(area.id(), form.meetingId()).orElse(null));
    model.addAttribute(
        "people",
        people.all(area.id()).stream()
            .map(
                x ->
                    Option.of(
                        x.id(),
                        x.jobTitle() == null ? x.name() : x.name() + " (" + x.jobTitle() + ")"))
            .toList());
    return "meetings/action-form";
  }

  private String actionPage(
      AreaRef area,
      PartnershipView p,
      ActionView a,
      ProgressForm form,
      Authentication user,
      Model model) {
    model.addAttribute("p", p);
    model.addAttribute("a", a);
    model.addAttribute("form", form);
    model.addAttribute("overdue", a.overdue(LondonTime.today()));
    model.addAttribute(
        "meeting",
        a.meetingId() == null ? null : meetings.meeting(area.id(), a.meetingId()).orElse(null));
    model.addAttribute(
        "statuses",
        Arrays.stream(ActionStatus.values())
            .map(s -> Option.of(s.name(), message("actionStatus." + s.name())))
            .toList());
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    return "meetings/action";
  }

  /** A meeting of this partnership, or nothing when none was given. */
  private Long meeting(AreaRef area, long pid, Long meetingId) {
    if (meetingId == null) {
      return null;
    }
    return meetings
        .meeting(area.id(), meetingId)
        .filter(m -> m.partnershipId() == pid)
        .map(MeetingView::id)
        .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
  }

  private ActionView action(AreaRef area, long pid, long actionId) {
    return actions
        .action(area.id(), actionId)
        .filter(a -> a.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("action " + actionId));
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/actions";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
