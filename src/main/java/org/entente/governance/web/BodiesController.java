package org.entente.governance.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.Sector;
import org.entente.governance.BodyKind;
import org.entente.governance.BodyView;
import org.entente.governance.Capacity;
import org.entente.governance.RoleLayer;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.DateInput;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partnership's bodies: list, add, open; seats and who fills them. */
@Controller
@RequestMapping("/areas/{area}/partnerships/{pid}/bodies")
class BodiesController {

  private final Structure structure;
  private final PartnershipAccess partnerships;
  private final Organisations organisations;
  private final People people;
  private final MessageSource messages;

  BodiesController(
      Structure structure,
      Organisations organisations,
      People people,
      MessageSource messages,
      PartnershipAccess partnerships) {
    this.structure = structure;
    this.partnerships = partnerships;
    this.organisations = organisations;
    this.people = people;
    this.messages = messages;
  }

  record BodyForm(
      String name,
      BodyKind kind,
      RoleLayer layer,
      String termsOfReference,
      DateInput endDate,
      Boolean expectsVoluntarySeat,
      Boolean expectsElectedSeat,
      Integer version) {

    static BodyForm of(BodyView b) {
      return new BodyForm(
          b.name(),
          b.kind(),
          b.layer(),
          b.termsOfReference(),
          DateInput.of(b.endDate()),
          b.expectsVoluntarySeat(),
          b.expectsElectedSeat(),
          b.version());
    }

    Structure.BodyDetails details() {
      return new Structure.BodyDetails(
          name,
          kind,
          layer,
          termsOfReference,
          endDate == null ? null : endDate.toDate(),
          Boolean.TRUE.equals(expectsVoluntarySeat),
          Boolean.TRUE.equals(expectsElectedSeat));
    }
  }

  record SeatForm(
      String title,
      Long organisationId,
      String sector,
      SeatRole role,
      Boolean voting,
      Integer version) {}

  record AppointForm(
      Long personId,
      Capacity capacity,
      Integer tier,
      String sector,
      Boolean umbrella,
      DateInput from,
      String reason,
      Integer version) {}

  @GetMapping
  String list(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    model.addAttribute("p", p);
    model.addAttribute("bodies", structure.bodiesOf(area.id(), pid));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    return "governance/bodies";
  }

  @GetMapping("/new")
  String newBody(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return bodyForm(
        p,
        null,
        new BodyForm(null, null, null, null, DateInput.of(null), false, false, null),
        model);
  }

  @PostMapping
  String createBody(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") BodyForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    if (!validBody(form, errors)) {
      return bodyForm(p, null, form, model);
    }
    try {
      long id = structure.createBody(area.id(), pid, form.details());
      redirect.addFlashAttribute("flash", message("body.created", form.name().trim()));
      return "redirect:" + base(area, pid) + "/" + id;
    } catch (DuplicateKeyException e) {
      errors.rejectValue("name", "duplicate", message("body.error.duplicate"));
      return bodyForm(p, null, form, model);
    }
  }

  @GetMapping("/{bodyId}/edit")
  String editBody(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    return bodyForm(p, body, BodyForm.of(body), model);
  }

  @PostMapping("/{bodyId}/edit")
  String updateBody(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @ModelAttribute("form") BodyForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    if (!validBody(form, errors)) {
      return bodyForm(p, body, form, model);
    }
    try {
      structure.updateBody(
          area.id(), bodyId, form.version() == null ? -1 : form.version(), form.details());
    } catch (StaleEditException e) {
      BodyView fresh = body(area, pid, bodyId);
      String view = bodyForm(p, fresh, BodyForm.of(fresh), model);
      StaleForms.show(model, "form", BodyForm.of(fresh), message("error.stale"));
      return view;
    } catch (DuplicateKeyException e) {
      errors.rejectValue("name", "duplicate", message("body.error.duplicate"));
      return bodyForm(p, body, form, model);
    }
    redirect.addFlashAttribute("flash", message("body.updated", form.name().trim()));
    return "redirect:" + base(area, pid) + "/" + bodyId;
  }

  private boolean validBody(BodyForm form, BindingResult errors) {
    if (form.name() == null || form.name().isBlank()) {
      errors.rejectValue("name", "required", message("body.error.name"));
    }
    if (form.kind() == null) {
      errors.rejectValue("kind", "required", message("body.error.kind"));
    }
    if (form.endDate() != null && form.endDate().isInvalid()) {
      errors.rejectValue("endDate", "invalid", message("date.invalid"));
    }
    return !errors.hasErrors();
  }

  @GetMapping("/{bodyId}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    model.addAttribute("p", p);
    model.addAttribute("body", body(area, pid, bodyId));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    return "governance/body";
  }

  @GetMapping("/{bodyId}/seats/new")
  String newSeat(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    return seatForm(
        area,
        p,
        body,
        new SeatForm(null, null, null, SeatRole.MEMBER, true, body.version()),
        model);
  }

  @PostMapping("/{bodyId}/seats")
  String addSeat(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @ModelAttribute("form") SeatForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    if (form.title() == null || form.title().isBlank()) {
      errors.rejectValue("title", "required", message("seat.error.title"));
    }
    if (form.organisationId() == null && (form.sector() == null || form.sector().isBlank())) {
      errors.rejectValue("organisationId", "required", message("seat.error.holder"));
    }
    if (form.role() == null) {
      errors.rejectValue("role", "required", message("seat.error.role"));
    }
    if (errors.hasErrors()) {
      return seatForm(area, p, body, form, model);
    }
    try {
      structure.addSeat(
          area.id(),
          bodyId,
          form.version() == null ? -1 : form.version(),
          new Structure.SeatDetails(
              form.title(),
              form.organisationId(),
              blankToNull(form.sector()),
              form.role(),
              !Boolean.FALSE.equals(form.voting())));
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return seatForm(area, p, body(area, pid, bodyId), form, model);
    }
    redirect.addFlashAttribute("flash", message("seat.added", form.title().trim()));
    return "redirect:" + base(area, pid) + "/" + bodyId;
  }

  @GetMapping("/{bodyId}/seats/{seatId}/appoint")
  String appointForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @PathVariable long seatId,
      @RequestParam(defaultValue = "MEMBER") Capacity capacity,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    return appointPage(
        area,
        p,
        body,
        seat(body, seatId),
        new AppointForm(
            null,
            capacity,
            null,
            null,
            false,
            DateInput.of(LondonTime.today()),
            null,
            body.version()),
        model);
  }

  @PostMapping("/{bodyId}/seats/{seatId}/appoint")
  String appoint(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @PathVariable long seatId,
      @ModelAttribute("form") AppointForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    BodyView.SeatView seat = seat(body, seatId);
    if (form.personId() == null) {
      errors.rejectValue("personId", "required", message("appoint.error.person"));
    }
    if (form.tier() == null || form.tier() < 1 || form.tier() > 4) {
      errors.rejectValue("tier", "required", message("appoint.error.tier"));
    }
    if (form.sector() == null || form.sector().isBlank()) {
      errors.rejectValue("sector", "required", message("appoint.error.sector"));
    }
    LocalDate from = form.from() == null ? null : form.from().toDate();
    if (from == null) {
      errors.rejectValue("from", "invalid", message("date.invalid"));
    }
    Capacity capacity = form.capacity() == null ? Capacity.MEMBER : form.capacity();
    BodyView.MembershipView current = capacity == Capacity.MEMBER ? seat.member() : seat.deputy();
    if (current != null && from != null && !from.isAfter(current.from())) {
      errors.rejectValue(
          "from", "beforeCurrent", message("appoint.error.beforeCurrent", current.personName()));
    }
    if (errors.hasErrors()) {
      return appointPage(area, p, body, seat, form, model);
    }
    try {
      structure.appoint(
          area.id(),
          bodyId,
          form.version() == null ? -1 : form.version(),
          seatId,
          new Structure.Appointment(
              form.personId(),
              capacity,
              form.tier(),
              form.sector(),
              Boolean.TRUE.equals(form.umbrella()),
              from),
          form.reason());
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      BodyView fresh = body(area, pid, bodyId);
      return appointPage(area, p, fresh, seat(fresh, seatId), form, model);
    } catch (IllegalArgumentException e) {
      errors.rejectValue("personId", "unknown", message("appoint.error.person"));
      return appointPage(area, p, body, seat, form, model);
    }
    redirect.addFlashAttribute("flash", message("appoint.done", seat.title()));
    return "redirect:" + base(area, pid) + "/" + bodyId;
  }

  /** Ending a membership without a successor, or removing the seat altogether. */
  record SeatChangeForm(Capacity capacity, DateInput on, String reason, Integer version) {}

  @GetMapping("/{bodyId}/seats/{seatId}/{change:end|abolish}")
  String seatChangeForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @PathVariable long seatId,
      @PathVariable String change,
      @RequestParam(defaultValue = "MEMBER") Capacity capacity,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    return seatChangePage(
        p,
        body,
        seat(body, seatId),
        change,
        new SeatChangeForm(capacity, DateInput.of(LondonTime.today()), null, body.version()),
        model);
  }

  @PostMapping("/{bodyId}/seats/{seatId}/{change:end|abolish}")
  String changeSeat(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long bodyId,
      @PathVariable long seatId,
      @PathVariable String change,
      @ModelAttribute("form") SeatChangeForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    BodyView.SeatView seat = seat(body, seatId);
    LocalDate on = form.on() == null ? null : form.on().toDate();
    if (on == null) {
      errors.rejectValue("on", "invalid", message("date.invalid"));
      return seatChangePage(p, body, seat, change, form, model);
    }
    int version = form.version() == null ? -1 : form.version();
    Capacity capacity = form.capacity() == null ? Capacity.MEMBER : form.capacity();
    try {
      if (change.equals("end")) {
        structure.endMembership(area.id(), bodyId, version, seatId, capacity, on, form.reason());
      } else {
        structure.abolishSeat(area.id(), bodyId, version, seatId, on);
      }
    } catch (StaleEditException e) {
      errors.reject("stale", message("error.stale"));
      return seatChangePage(p, body, seat, change, form, model);
    } catch (IllegalStateException e) {
      errors.reject("nobody", message("seatChange.error.nobody"));
      return seatChangePage(p, body, seat, change, form, model);
    }
    redirect.addFlashAttribute("flash", message("seatChange.done." + change, seat.title()));
    return "redirect:" + base(area, pid) + "/" + bodyId;
  }

  // --- helpers

  private String seatChangePage(
      PartnershipView p,
      BodyView body,
      BodyView.SeatView seat,
      String change,
      SeatChangeForm form,
      Model model) {
    model.addAttribute("p", p);
    model.addAttribute("body", body);
    model.addAttribute("seat", seat);
    model.addAttribute("change", change);
    model.addAttribute("form", form);
    return "governance/seat-change";
  }

  private String bodyForm(PartnershipView p, BodyView body, BodyForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("body", body);
    model.addAttribute("form", form);
    model.addAttribute("kinds", options(BodyKind.values(), "bodyKind", true));
    model.addAttribute("layers", options(RoleLayer.values(), "roleLayer", false));
    return "governance/body-form";
  }

  private String seatForm(
      AreaRef area, PartnershipView p, BodyView body, SeatForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("body", body);
    model.addAttribute("form", form);
    model.addAttribute(
        "organisations",
        organisations.all(area.id()).stream().map(o -> Option.of(o.id(), o.name())).toList());
    model.addAttribute("sectors", options(Sector.values(), "sector", false));
    model.addAttribute("roles", options(SeatRole.values(), "seatRole", false));
    model.addAttribute(
        "votingChoices",
        List.of(Option.of(true, message("common.yes")), Option.of(false, message("common.no"))));
    return "governance/seat-form";
  }

  private String appointPage(
      AreaRef area,
      PartnershipView p,
      BodyView body,
      BodyView.SeatView seat,
      AppointForm form,
      Model model) {
    model.addAttribute("p", p);
    model.addAttribute("body", body);
    model.addAttribute("seat", seat);
    model.addAttribute("form", form);
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
            .map(t -> new Option(t, message("tier." + t), message("tier." + t + ".hint")))
            .toList());
    model.addAttribute("sectors", options(Sector.values(), "sector", false));
    return "governance/appoint";
  }

  private List<Option> options(Enum<?>[] values, String prefix, boolean hints) {
    return Arrays.stream(values)
        .map(
            v ->
                new Option(
                    v.name(),
                    message(prefix + "." + v.name()),
                    hints ? message(prefix + "." + v.name() + ".hint") : null))
        .toList();
  }

  private BodyView body(AreaRef area, long pid, long bodyId) {
    return structure
        .body(area.id(), bodyId)
        .filter(b -> b.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("body " + bodyId));
  }

  private static BodyView.SeatView seat(BodyView body, long seatId) {
    return body.seats().stream()
        .filter(s -> s.id() == seatId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("seat " + seatId));
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/bodies";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
