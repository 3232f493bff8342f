package org.entente.conflict.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.entente.conflict.BarrierFamily;
import org.entente.conflict.TensionSeverity;
import org.entente.conflict.TensionSource;
import org.entente.conflict.TensionStage;
import org.entente.conflict.TensionView;
import org.entente.conflict.Tensions;
import org.entente.directory.AreaRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.identity.AccountPrincipal;
import org.entente.meetings.Actions;
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
 * A partnership's tension log: the list, logging and changing a tension, and on its page moving it
 * between stages, adding notes and raising actions for it.
 */
@Controller
class TensionsController {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 5000;
  static final int ACTION_MAX = 1000;

  private final Tensions tensions;
  private final Actions actions;
  private final Organisations organisations;
  private final Structure structure;
  private final People people;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  TensionsController(
      Tensions tensions,
      Actions actions,
      Organisations organisations,
      Structure structure,
      People people,
      PartnershipAccess partnerships,
      MessageSource messages) {
    this.tensions = tensions;
    this.actions = actions;
    this.organisations = organisations;
    this.structure = structure;
    this.people = people;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  record TensionForm(
      String title,
      String description,
      List<Long> organisationIds,
      List<Long> bodyIds,
      TensionSource source,
      TensionSeverity severity,
      BarrierFamily barrier,
      Integer version) {

    static TensionForm of(TensionView t) {
      return new TensionForm(
          t.title(),
          t.description(),
          t.organisationIds(),
          t.bodyIds(),
          t.source(),
          t.severity(),
          t.barrier(),
          t.version());
    }

    Tensions.TensionDetails details() {
      return new Tensions.TensionDetails(
          title,
          description,
          organisationIds == null ? List.of() : organisationIds,
          bodyIds == null ? List.of() : bodyIds,
          source,
          severity,
          barrier);
    }
  }

  record StageForm(TensionStage stage, String note, Integer version) {}

  record NoteForm(String text, Integer version) {}

  record ActionForm(String description, Long ownerId, DateInput dueOn, Integer version) {}

  record ListFilter(TensionStage stage, TensionSource source, TensionSeverity severity) {}

  // --- the list

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/tensions")
  String list(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("filter") ListFilter filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    PageRequest pageRequest =
        PageRequest.of(
            page, size, sort, sort == null ? "desc" : order, Tensions.SORT_KEYS, "raised");
    model.addAttribute("p", p);
    model.addAttribute(
        "page",
        tensions.search(
            area.id(),
            List.of(pid),
            new Tensions.TensionFilter(
                filter.stage(), filter.source(), filter.severity(), null, false),
            pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    filterOptions(model);
    return "conflict/tensions";
  }

  // --- logging and changing a tension

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/new")
  String newForm(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return formPage(
        area,
        p,
        null,
        new TensionForm(null, null, List.of(), List.of(), null, null, null, null),
        model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/tensions")
  String create(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") TensionForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    validate(form, errors);
    if (errors.hasErrors()) {
      return formPage(area, p, null, form, model);
    }
    long id;
    try {
      id = tensions.raise(area.id(), pid, form.details(), who(user));
    } catch (IllegalArgumentException e) {
      errors.reject("party", message("tension.error.party"));
      return formPage(area, p, null, form, model);
    }
    redirect.addFlashAttribute("flash", message("tension.saved"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/{tid}/edit")
  String editForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long tid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    TensionView t = tension(area, pid, tid);
    return formPage(area, p, t, TensionForm.of(t), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/{tid}")
  String update(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long tid,
      @ModelAttribute("form") TensionForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    TensionView t = tension(area, pid, tid);
    validate(form, errors);
    if (errors.hasErrors()) {
      return formPage(area, p, t, form, model);
    }
    try {
      tensions.update(area.id(), tid, version(form.version()), form.details(), who(user));
    } catch (StaleEditException e) {
      TensionView fresh = tension(area, pid, tid);
      String view = formPage(area, p, fresh, TensionForm.of(fresh), model);
      StaleForms.show(model, "form", TensionForm.of(fresh), message("error.stale"));
      return view;
    } catch (IllegalArgumentException e) {
      errors.reject("party", message("tension.error.party"));
      return formPage(area, p, t, form, model);
    }
    redirect.addFlashAttribute("flash", message("tension.updated"));
    return "redirect:" + base(area, pid) + "/" + tid;
  }

  // --- one tension, and what can be done on its page

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/{tid}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long tid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    TensionView t = tension(area, pid, tid);
    return tensionPage(area, p, t, user, model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/{tid}/stage")
  String move(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long tid,
      @ModelAttribute("stageForm") StageForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    TensionView t = tension(area, pid, tid);
    if (form.stage() == null) {
      errors.rejectValue("stage", "required", message("tension.stage.error.stage"));
    } else if (form.stage() == t.stage()) {
      errors.rejectValue("stage", "same", message("tension.stage.error.same"));
    }
    if (form.note() != null && form.note().trim().length() > TEXT_MAX) {
      errors.rejectValue("note", "long", message("tension.note.error.long", TEXT_MAX));
    }
    if (errors.hasErrors()) {
      model.addAttribute("stageForm", form);
      return tensionPage(area, p, t, user, model);
    }
    try {
      tensions.move(area.id(), tid, version(form.version()), form.stage(), form.note(), who(user));
    } catch (StaleEditException e) {
      return stale(area, p, pid, tid, "stageForm", user, model);
    }
    redirect.addFlashAttribute(
        "flash", message("tension.stage.moved", message("tensionStage." + form.stage())));
    return "redirect:" + base(area, pid) + "/" + tid;
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/{tid}/notes")
  String note(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long tid,
      @ModelAttribute("noteForm") NoteForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    TensionView t = tension(area, pid, tid);
    if (form.text() == null || form.text().isBlank()) {
      errors.rejectValue("text", "required", message("tension.note.error.text"));
    } else if (form.text().trim().length() > TEXT_MAX) {
      errors.rejectValue("text", "long", message("tension.note.error.long", TEXT_MAX));
    }
    if (errors.hasErrors()) {
      model.addAttribute("noteForm", form);
      return tensionPage(area, p, t, user, model);
    }
    try {
      tensions.addNote(area.id(), tid, version(form.version()), form.text(), who(user));
    } catch (StaleEditException e) {
      return stale(area, p, pid, tid, "noteForm", user, model);
    }
    redirect.addFlashAttribute("flash", message("tension.note.added"));
    return "redirect:" + base(area, pid) + "/" + tid + "#timeline";
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/tensions/{tid}/actions")
  String raiseAction(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long tid,
      @ModelAttribute("actionForm") ActionForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    TensionView t = tension(area, pid, tid);
    if (form.description() == null || form.description().isBlank()) {
      errors.rejectValue("description", "required", message("tension.action.error.description"));
    } else if (form.description().trim().length() > ACTION_MAX) {
      errors.rejectValue(
          "description", "long", message("tension.action.error.descriptionLong", ACTION_MAX));
    }
    if (form.ownerId() == null || people.find(area.id(), form.ownerId()).isEmpty()) {
      errors.rejectValue("ownerId", "required", message("tension.action.error.owner"));
    }
    LocalDate due = form.dueOn() == null ? null : form.dueOn().toDate();
    if (due == null) {
      errors.rejectValue("dueOn", "invalid", message("tension.action.error.dueOn"));
    }
    if (errors.hasErrors()) {
      model.addAttribute("actionForm", form);
      return tensionPage(area, p, t, user, model);
    }
    try {
      tensions.raiseAction(
          area.id(),
          tid,
          version(form.version()),
          new Actions.ActionDetails(form.description().trim(), form.ownerId(), due),
          who(user));
    } catch (StaleEditException e) {
      return stale(area, p, pid, tid, "actionForm", user, model);
    }
    redirect.addFlashAttribute("flash", message("tension.action.raised"));
    return "redirect:" + base(area, pid) + "/" + tid + "#actions";
  }

  // --- helpers

  private String stale(
      AreaRef area,
      PartnershipView p,
      long pid,
      long tid,
      String formName,
      Authentication user,
      Model model) {
    TensionView fresh = tension(area, pid, tid);
    // what was typed stays, with the version now current, so a second try can save it
    Object typed = model.getAttribute(formName);
    Object current = typed;
    if (typed instanceof StageForm f) {
      current = new StageForm(f.stage(), f.note(), fresh.version());
    } else if (typed instanceof NoteForm f) {
      current = new NoteForm(f.text(), fresh.version());
    } else if (typed instanceof ActionForm f) {
      current = new ActionForm(f.description(), f.ownerId(), f.dueOn(), fresh.version());
    }
    model.addAttribute(formName, current);
    String view = tensionPage(area, p, fresh, user, model);
    StaleForms.show(model, formName, current, message("error.stale"));
    return view;
  }

  private String tensionPage(
      AreaRef area, PartnershipView p, TensionView t, Authentication user, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("t", t);
    boolean canEdit = partnerships.canEdit(area, p, user);
    model.addAttribute("canEdit", canEdit);
    model.addAttribute("today", LondonTime.today());
    if (canEdit) {
      if (!model.containsAttribute("stageForm")) {
        model.addAttribute("stageForm", new StageForm(null, null, t.version()));
      }
      if (!model.containsAttribute("noteForm")) {
        model.addAttribute("noteForm", new NoteForm(null, t.version()));
      }
      if (!model.containsAttribute("actionForm")) {
        model.addAttribute(
            "actionForm", new ActionForm(null, null, DateInput.of(null), t.version()));
      }
      model.addAttribute(
          "stages",
          Arrays.stream(TensionStage.values())
              .filter(s -> s != t.stage())
              .map(s -> Option.of(s.name(), message("tensionStage." + s.name())))
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
    }
    return "conflict/tension";
  }

  private String formPage(
      AreaRef area, PartnershipView p, TensionView t, TensionForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("t", t);
    model.addAttribute("form", form);
    model.addAttribute(
        "organisations",
        organisations.all(area.id()).stream().map(o -> Option.of(o.id(), o.name())).toList());
    model.addAttribute(
        "bodies",
        structure.bodiesOf(area.id(), p.id()).stream()
            .map(b -> Option.of(b.id(), b.name()))
            .toList());
    model.addAttribute(
        "sources",
        Arrays.stream(TensionSource.values())
            .map(s -> Option.of(s.name(), message("tensionSource." + s.name())))
            .toList());
    model.addAttribute(
        "severities",
        Arrays.stream(TensionSeverity.values())
            .map(s -> Option.of(s.name(), message("tensionSeverity." + s.name())))
            .toList());
    List<Option> barriers = new java.util.ArrayList<>();
    barriers.add(Option.of("", message("barrierFamily.none")));
    Arrays.stream(BarrierFamily.values())
        .map(
            b ->
                new Option(
                    b.name(),
                    message("barrierFamily." + b.name()),
                    message("barrierFamily." + b.name() + ".hint")))
        .forEach(barriers::add);
    model.addAttribute("barriers", barriers);
    return "conflict/tension-form";
  }

  private void validate(TensionForm form, BindingResult errors) {
    if (form.title() == null || form.title().isBlank()) {
      errors.rejectValue("title", "required", message("tension.error.title"));
    } else if (form.title().trim().length() > TITLE_MAX) {
      errors.rejectValue("title", "long", message("tension.error.titleLong", TITLE_MAX));
    }
    if (form.description() != null && form.description().length() > TEXT_MAX) {
      errors.rejectValue("description", "long", message("tension.error.descriptionLong", TEXT_MAX));
    }
    if (form.source() == null) {
      errors.rejectValue("source", "required", message("tension.error.source"));
    }
    if (form.severity() == null) {
      errors.rejectValue("severity", "required", message("tension.error.severity"));
    }
  }

  private void filterOptions(Model model) {
    model.addAttribute(
        "stageOptions",
        Arrays.stream(TensionStage.values())
            .map(s -> Option.of(s.name(), message("tensionStage." + s.name())))
            .toList());
    model.addAttribute(
        "sourceOptions",
        Arrays.stream(TensionSource.values())
            .map(s -> Option.of(s.name(), message("tensionSource." + s.name())))
            .toList());
    model.addAttribute(
        "severityOptions",
        Arrays.stream(TensionSeverity.values())
            .map(s -> Option.of(s.name(), message("tensionSeverity." + s.name())))
            .toList());
  }

  private TensionView tension(AreaRef area, long pid, long tid) {
    return tensions
        .tension(area.id(), tid)
        .filter(t -> t.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("tension " + tid));
  }

  private static int version(Integer v) {
    return v == null ? -1 : v;
  }

  static String who(Authentication user) {
    return user.getPrincipal() instanceof AccountPrincipal a ? a.displayName() : user.getName();
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/conflict/tensions";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
