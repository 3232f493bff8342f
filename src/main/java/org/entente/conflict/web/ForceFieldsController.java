package org.entente.conflict.web;

import java.util.ArrayList;
import java.util.List;
import org.entente.conflict.ForceDirection;
import org.entente.conflict.ForceFieldView;
import org.entente.conflict.ForceFields;
import org.entente.directory.AreaRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
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
 * Force-field analyses of a partnership: the list, starting one, saving new versions, a picture of
 * the balance with its table, and comparing two versions.
 */
@Controller
class ForceFieldsController {

  static final int CHANGE_MAX = 300;
  static final int FORCE_MAX = 300;
  static final int TEXT_MAX = 5000;

  /** Empty rows offered for new forces of each direction. */
  static final int BLANK_ROWS = 3;

  private final ForceFields forceFields;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  ForceFieldsController(
      ForceFields forceFields, PartnershipAccess partnerships, MessageSource messages) {
    this.forceFields = forceFields;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  /** One row of the form; strength is typed, so it is kept as text until checked. */
  record ForceRow(String description, String strength, String notes) {
    boolean blank() {
      return isBlank(description) && isBlank(strength) && isBlank(notes);
    }
  }

  record AnalysisForm(
      String desiredChange,
      String description,
      List<ForceRow> driving,
      List<ForceRow> resisting,
      Integer version) {}

  // --- the list

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields")
  String list(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    model.addAttribute("p", p);
    model.addAttribute("analyses", forceFields.ofPartnership(area.id(), pid));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    return "conflict/force-fields";
  }

  // --- starting and saving versions

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields/new")
  String newForm(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return formPage(p, null, withBlanks(new AnalysisForm(null, null, null, null, null)), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields")
  String create(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") AnalysisForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    ForceFields.AnalysisDetails details = validate(form, errors);
    if (errors.hasErrors()) {
      // the form as typed, so that each error stays with its row
      return formPage(p, null, form, model);
    }
    long id = forceFields.start(area.id(), pid, details, TensionsController.who(user));
    redirect.addFlashAttribute("flash", message("forceField.saved", 1));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields/{fid}/edit")
  String editForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long fid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    ForceFieldView f = analysis(area, pid, fid, null);
    return formPage(p, f, withBlanks(formOf(f)), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields/{fid}")
  String saveVersion(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long fid,
      @ModelAttribute("form") AnalysisForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    ForceFieldView f = analysis(area, pid, fid, null);
    ForceFields.AnalysisDetails details = validate(form, errors);
    if (errors.hasErrors()) {
      return formPage(p, f, form, model);
    }
    int number;
    try {
      number =
          forceFields.saveVersion(
              area.id(),
              fid,
              form.version() == null ? -1 : form.version(),
              details,
              TensionsController.who(user));
    } catch (StaleEditException e) {
      ForceFieldView fresh = analysis(area, pid, fid, null);
      AnalysisForm current = withBlanks(formOf(fresh));
      String view = formPage(p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("forceField.saved", number));
    return "redirect:" + base(area, pid) + "/" + fid;
  }

  // --- showing and comparing

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields/{fid}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long fid,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    ForceFieldView f = analysis(area, pid, fid, version);
    model.addAttribute("p", p);
    model.addAttribute("f", f);
    model.addAttribute("s", f.shown());
    model.addAttribute("picture", ForceFieldPicture.of(f.shown()));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    model.addAttribute("compareFrom", Math.max(1, f.latest() - 1));
    model.addAttribute("compareTo", f.latest());
    return "conflict/force-field";
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/force-fields/{fid}/compare")
  String compare(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long fid,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    ForceFieldView latest = analysis(area, pid, fid, null);
    int b = to == null ? latest.latest() : to;
    int a = from == null ? Math.max(1, b - 1) : from;
    if (a > b) {
      int swap = a;
      a = b;
      b = swap;
    }
    ForceFieldView.Snapshot earlier = analysis(area, pid, fid, a).shown();
    ForceFieldView.Snapshot later = analysis(area, pid, fid, b).shown();
    List<ForceFieldView.Change> changes = ForceFieldView.changes(earlier, later);
    model.addAttribute("p", p);
    model.addAttribute("f", latest);
    model.addAttribute("earlier", earlier);
    model.addAttribute("later", later);
    model.addAttribute("changes", changes);
    model.addAttribute(
        "changed", changes.stream().anyMatch(c -> c.kind() != ForceFieldView.ChangeKind.UNCHANGED));
    return "conflict/force-field-compare";
  }

  // --- helpers

  private ForceFields.AnalysisDetails validate(AnalysisForm form, BindingResult errors) {
    if (isBlank(form.desiredChange())) {
      errors.rejectValue("desiredChange", "required", message("forceField.error.desiredChange"));
    } else if (form.desiredChange().trim().length() > CHANGE_MAX) {
      errors.rejectValue(
          "desiredChange", "long", message("forceField.error.desiredChangeLong", CHANGE_MAX));
    }
    List<ForceFields.ForceDetails> forces = new ArrayList<>();
    rows(form.driving(), "driving", ForceDirection.DRIVING, forces, errors);
    rows(form.resisting(), "resisting", ForceDirection.RESISTING, forces, errors);
    return new ForceFields.AnalysisDetails(form.desiredChange(), form.description(), forces);
  }

  private void rows(
      List<ForceRow> rows,
      String field,
      ForceDirection direction,
      List<ForceFields.ForceDetails> forces,
      BindingResult errors) {
    if (rows == null) {
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      ForceRow r = rows.get(i);
      if (r == null || r.blank()) {
        continue;
      }
      String at = field + "[" + i + "].";
      if (isBlank(r.description())) {
        errors.rejectValue(at + "description", "required", message("forceField.error.description"));
      } else if (r.description().trim().length() > FORCE_MAX) {
        errors.rejectValue(
            at + "description", "long", message("forceField.error.descriptionLong", FORCE_MAX));
      }
      Integer strength = strength(r.strength());
      if (strength == null) {
        errors.rejectValue(at + "strength", "range", message("forceField.error.strength"));
      }
      if (!isBlank(r.description()) && strength != null) {
        forces.add(
            new ForceFields.ForceDetails(direction, r.description().trim(), strength, r.notes()));
      }
    }
  }

  private static Integer strength(String typed) {
    if (isBlank(typed)) {
      return null;
    }
    try {
      int s = Integer.parseInt(typed.trim());
      return s >= ForceFields.MIN_STRENGTH && s <= ForceFields.MAX_STRENGTH ? s : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static AnalysisForm formOf(ForceFieldView f) {
    ForceFieldView.Snapshot s = f.shown();
    return new AnalysisForm(
        s.desiredChange(),
        s.description(),
        rowsOf(s.driving()),
        rowsOf(s.resisting()),
        f.version());
  }

  private static List<ForceRow> rowsOf(List<ForceFieldView.Force> forces) {
    return forces.stream()
        .map(x -> new ForceRow(x.description(), String.valueOf(x.strength()), x.notes()))
        .toList();
  }

  /** The form's rows, without empty ones, followed by a few empty rows for new forces. */
  private static AnalysisForm withBlanks(AnalysisForm form) {
    return new AnalysisForm(
        form.desiredChange(),
        form.description(),
        padded(form.driving()),
        padded(form.resisting()),
        form.version());
  }

  private static List<ForceRow> padded(List<ForceRow> rows) {
    List<ForceRow> out = new ArrayList<>();
    if (rows != null) {
      rows.stream().filter(r -> r != null && !r.blank()).forEach(out::add);
    }
    for (int i = 0; i < BLANK_ROWS; i++) {
      out.add(new ForceRow(null, null, null));
    }
    return out;
  }

  private String formPage(PartnershipView p, ForceFieldView f, AnalysisForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("f", f);
    model.addAttribute("form", form);
    return "conflict/force-field-form";
  }

  private ForceFieldView analysis(AreaRef area, long pid, long fid, Integer version) {
    return forceFields
        .analysis(area.id(), fid, version)
        .filter(f -> f.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("force field " + fid));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/conflict/force-fields";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
