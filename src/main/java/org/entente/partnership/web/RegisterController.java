package org.entente.partnership.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.audit.AuditTrail;
import org.entente.directory.AreaRef;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.Formality;
import org.entente.partnership.Geography;
import org.entente.partnership.LifecycleStage;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipFilter;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.partnership.TypologyFunction;
import org.entente.shared.DateInput;
import org.entente.shared.ListLinks;
import org.entente.shared.Option;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register: browse, open, add, edit and close partnerships. */
@Controller
@RequestMapping("/areas/{area}/partnerships")
class RegisterController {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Register register;
  private final PartnershipAccess readers;
  private final Choices choices;
  private final AuditTrail audit;
  private final Messages messages;

  RegisterController(
      Register register,
      PartnershipAccess readers,
      Choices choices,
      AuditTrail audit,
      Messages messages) {
    this.register = register;
    this.readers = readers;
    this.choices = choices;
    this.audit = audit;
    this.messages = messages;
  }

  /** The register's filters, sort and page as they arrive in the query string. */
  record RegisterQuery(
      String q,
      Formality formality,
      TypologyFunction function,
      CollaborationLevel level,
      LifecycleStage stage,
      Boolean significant,
      PartnershipStatus status,
      Long body,
      Long theme,
      Integer page,
      Integer size,
      String sort,
      String order) {

    PartnershipFilter filter() {
      return new PartnershipFilter(
          q, formality, function, level, stage, significant, status, body, theme);
    }
  }

  @GetMapping
  String list(
      AreaRef area,
      @ModelAttribute("query") RegisterQuery query,
      BindingResult ignoredBadFilters,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    PageRequest pageRequest =
        PageRequest.of(
            query.page(), query.size(), query.sort(), query.order(), Register.SORT_KEYS, "name");
    Page<?> page =
        register.search(area.id(), query.filter(), readers.viewer(user, area.id()), pageRequest);
    model.addAttribute("page", page);
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("canCreate", readers.isAdmin(area, user));
    model.addAttribute("today", LocalDate.now(LONDON));
    addFilterChoices(area, model);
    return "partnership/register";
  }

  @GetMapping("/{id}")
  String show(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    PartnershipView partnership = readers.readable(area, id, user);
    model.addAttribute("p", partnership);
    model.addAttribute("canEdit", readers.canEdit(area, partnership, user));
    model.addAttribute("costs", CostTable.of(partnership.costs()));
    model.addAttribute("changes", audit.historyOf("partnership", id));
    model.addAttribute("today", LocalDate.now(LONDON));
    return "partnership/partnership";
  }

  @GetMapping("/new")
  String createForm(AreaRef area, Authentication user, Model model) {
    requireAdmin(area, user);
    return form(area, user, null, PartnershipForm.empty(), model);
  }

  @PostMapping
  String create(
      AreaRef area,
      @Valid @ModelAttribute("form") PartnershipForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    requireAdmin(area, user);
    checkDates(form, errors);
    if (errors.hasErrors()) {
      return form(area, user, null, form, model);
    }
    try {
      long id = register.create(area.id(), form.toDetails(), form.stageReason());
      redirect.addFlashAttribute("flash", messages.get("saved.created", form.name().trim()));
      return "redirect:/areas/" + area.slug() + "/partnerships/" + id;
    } catch (DuplicateKeyException e) {
      errors.rejectValue("name", "duplicate", messages.get("error.name.duplicate"));
    } catch (IllegalArgumentException e) {
      errors.reject("reference", e.getMessage());
    }
    return form(area, user, null, form, model);
  }

  @GetMapping("/{id}/edit")
  String editForm(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    PartnershipView p = readers.editable(area, id, user);
    return form(area, user, p, PartnershipForm.of(p), model);
  }

  @PostMapping("/{id}/edit")
  String update(
      AreaRef area,
      @PathVariable long id,
      @Valid @ModelAttribute("form") PartnershipForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView current = readers.editable(area, id, user);
    checkDates(form, errors);
    if (form.lifecycleStage() != null
        && form.lifecycleStage() != current.details().lifecycleStage()
        && (form.stageReason() == null || form.stageReason().isBlank())) {
      errors.rejectValue("stageReason", "required", messages.get("error.stageReason.required"));
    }
    if (errors.hasErrors()) {
      return form(area, user, current, form, model);
    }
    try {
      register.update(
          area.id(),
          id,
          form.version() == null ? -1 : form.version(),
          form.toDetails(),
          form.stageReason());
      redirect.addFlashAttribute("flash", messages.get("saved.updated", form.name().trim()));
      return "redirect:/areas/" + area.slug() + "/partnerships/" + id;
    } catch (StaleEditException e) {
      PartnershipView fresh = readers.readable(area, id, user);
      // show what is there now, so the user can redo their change on top of it
      String view = form(area, user, fresh, PartnershipForm.of(fresh), model);
      StaleForms.show(model, "form", PartnershipForm.of(fresh), messages.get("error.stale"));
      return view;
    } catch (DuplicateKeyException e) {
      errors.rejectValue("name", "duplicate", messages.get("error.name.duplicate"));
    } catch (IllegalArgumentException e) {
      errors.reject("reference", e.getMessage());
    }
    return form(area, user, current, form, model);
  }

  /** The close form: a reason and a date. */
  record CloseForm(String reason, DateInput closedOn, Integer version) {}

  @GetMapping("/{id}/close")
  String closeForm(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    PartnershipView p = readers.editable(area, id, user);
    model.addAttribute("p", p);
    model.addAttribute(
        "form", new CloseForm(null, DateInput.of(LocalDate.now(LONDON)), p.version()));
    return "partnership/close";
  }

  @PostMapping("/{id}/close")
  String close(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") CloseForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = readers.editable(area, id, user);
    if (form.reason() == null || form.reason().isBlank()) {
      errors.rejectValue("reason", "required", messages.get("error.closeReason.required"));
    }
    if (form.closedOn() == null || form.closedOn().isBlank()) {
      errors.rejectValue("closedOn", "required", messages.get("error.closedOn.required"));
    } else if (form.closedOn().isInvalid()) {
      errors.rejectValue("closedOn", "invalid", messages.get("error.date.invalid"));
    }
    if (!errors.hasErrors()) {
      try {
        register.close(
            area.id(),
            id,
            form.version() == null ? -1 : form.version(),
            form.closedOn().toDate(),
            form.reason());
        redirect.addFlashAttribute("flash", messages.get("close.done", p.name()));
        return "redirect:/areas/" + area.slug() + "/partnerships/" + id;
      } catch (StaleEditException e) {
        errors.reject("stale", messages.get("error.stale"));
      }
    }
    model.addAttribute("p", p);
    return "partnership/close";
  }

  private void requireAdmin(AreaRef area, Authentication user) {
    if (!readers.isAdmin(area, user)) {
      throw new AccessDeniedException("only administrators add partnerships");
    }
  }

  private void checkDates(PartnershipForm form, BindingResult errors) {
    Map<String, DateInput> dates = new LinkedHashMap<>();
    dates.put("startDate", form.startDate());
    dates.put("endDate", form.endDate());
    dates.put("reviewDate", form.reviewDate());
    dates.forEach(
        (field, input) -> {
          if (input != null && input.isInvalid()) {
            errors.rejectValue(field, "invalid", messages.get("error.date.invalid"));
          }
        });
    LocalDate start = form.startDate() == null ? null : form.startDate().toDate();
    LocalDate end = form.endDate() == null ? null : form.endDate().toDate();
    if (start != null && end != null && end.isBefore(start)) {
      errors.rejectValue("endDate", "beforeStart", messages.get("error.endDate.beforeStart"));
    }
  }

  private String form(
      AreaRef area, Authentication user, PartnershipView p, PartnershipForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("p", p);
    model.addAttribute("formalities", choices.of(Formality.class, "formality", true));
    model.addAttribute("levels", choices.of(CollaborationLevel.class, "collaborationLevel", true));
    model.addAttribute("functions", choices.of(TypologyFunction.class, "typologyFunction", true));
    model.addAttribute("stages", choices.of(LifecycleStage.class, "lifecycleStage", true));
    model.addAttribute(
        "statuses",
        choices.of(PartnershipStatus.class, "partnershipStatus", false).stream()
            .filter(o -> !o.value().equals(PartnershipStatus.CLOSED.name()))
            .toList());
    model.addAttribute("geographies", choices.of(Geography.class, "geography", false));
    model.addAttribute(
        "significance",
        List.of(
            Option.of(true, messages.get("field.significant.true")),
            Option.of(false, messages.get("field.significant.false"))));
    model.addAttribute("organisations", choices.organisations(area.id()));
    model.addAttribute("people", choices.people(area.id()));
    model.addAttribute("themes", choices.themes(area.id()));
    model.addAttribute(
        "parents",
        choices.parents(area.id(), p == null ? null : p.id(), readers.viewer(user, area.id())));
    return "partnership/form";
  }

  private void addFilterChoices(AreaRef area, Model model) {
    model.addAttribute("formalities", choices.of(Formality.class, "formality", false));
    model.addAttribute("levels", choices.of(CollaborationLevel.class, "collaborationLevel", false));
    model.addAttribute("functions", choices.of(TypologyFunction.class, "typologyFunction", false));
    model.addAttribute("stages", choices.of(LifecycleStage.class, "lifecycleStage", false));
    model.addAttribute("statuses", choices.of(PartnershipStatus.class, "partnershipStatus", false));
    model.addAttribute("organisations", choices.organisations(area.id()));
    model.addAttribute("themes", choices.themes(area.id()));
  }
}
