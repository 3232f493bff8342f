package org.entente.conflict.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.conflict.StabilityModels;
import org.entente.conflict.engine.Concept;
import org.entente.conflict.engine.StabilityResult;
import org.entente.conflict.engine.Verdict;
import org.entente.conflict.exchange.ConflictDecisionMakerJson;
import org.entente.conflict.exchange.ConflictModelException;
import org.entente.conflict.exchange.ConflictModelJson;
import org.entente.conflict.exchange.ConflictOptionJson;
import org.entente.conflict.exchange.StabilityExchange;
import org.entente.directory.AreaRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.ListLinks;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partnership's stability analyses: the list, each model with its analysis and the reasons for
 * each verdict, the form that writes a model in option form, and download and upload of the model
 * as a file in the exchange format.
 */
@Controller
class StabilityController {

  static final int STATES_PER_PAGE = 50;
  private static final long UPLOAD_MAX = 1_000_000;
  private static final Pattern DM_FIELD =
      Pattern.compile("^decisionMakers\\[(\\d+)](?:\\.(name|options)(?:\\[(\\d+)]\\.(\\w+))?)?$");

  private final StabilityModels models;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final JsonMapper json;

  StabilityController(
      StabilityModels models,
      PartnershipAccess partnerships,
      MessageSource messages,
      JsonMapper json) {
    this.models = models;
    this.partnerships = partnerships;
    this.messages = messages;
    this.json = json;
  }

  // --- list

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability")
  String list(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(required = false) Integer page,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    PageRequest pageRequest = PageRequest.of(page, null, null, null, Set.of(), "");
    model.addAttribute("p", p);
    model.addAttribute("page", models.list(area.id(), pid, pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    return "conflict/stability-list";
  }

  // --- one model and its analysis

  record Cell(boolean stable) {}

  record StateRow(String state, String description, List<Cell> cells, List<String> equilibria) {}

  record Explanation(String concept, String decisionMaker, boolean stable, String text) {}

  record OptionView(String name, String reversibility) {}

  record DecisionMakerView(
      String name, List<OptionView> options, String preferenceKind, List<String> preferences) {}

  record ConceptEquilibria(String concept, List<String> states) {}

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Boolean equilibria,
      @RequestParam(required = false) String state,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    ConflictModelJson m = s.model();
    model.addAttribute("p", p);
    model.addAttribute("m", s);
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    model.addAttribute("graphForm", m.graphForm());
    model.addAttribute("decisionMakers", decisionMakers(m));
    StabilityExchange.Analysis a;
    try {
      a = models.analysis(s);
    } catch (ConflictModelException e) {
      model.addAttribute("analysisError", e.getMessage());
      return "conflict/stability";
    }
    StabilityResult r = a.result();
    List<String> dms = a.graph().decisionMakers();
    List<Concept> concepts = List.of(Concept.values());
    model.addAttribute("dms", dms);
    model.addAttribute("concepts", concepts.stream().map(c -> c.code()).toList());
    Map<String, Set<String>> stable = new LinkedHashMap<>();
    Map<Concept, Set<String>> eq = new LinkedHashMap<>();
    List<ConceptEquilibria> equilibriaList = new ArrayList<>();
    for (Concept c : concepts) {
      for (String dm : dms) {
        stable.put(c.code() + "/" + dm, new HashSet<>(r.stable(c, dm)));
      }
      List<String> e = r.equilibria(c);
      eq.put(c, new HashSet<>(e));
      equilibriaList.add(new ConceptEquilibria(c.code(), e));
    }
    model.addAttribute("equilibriaList", equilibriaList);
    boolean onlyEquilibria = Boolean.TRUE.equals(equilibria);
    List<String> states =
        onlyEquilibria
            ? r.states().stream()
                .filter(st -> eq.values().stream().anyMatch(e -> e.contains(st)))
                .toList()
            : r.states();
    PageRequest pageRequest = PageRequest.of(page, STATES_PER_PAGE, null, null, Set.of(), "");
    pageRequest = new PageRequest(pageRequest.page(), STATES_PER_PAGE, "", false);
    int from = Math.min(pageRequest.offset(), states.size());
    int to = Math.min(from + STATES_PER_PAGE, states.size());
    List<StateRow> rows = new ArrayList<>();
    for (String st : states.subList(from, to)) {
      List<Cell> cells = new ArrayList<>();
      for (String dm : dms) {
        for (Concept c : concepts) {
          cells.add(new Cell(stable.get(c.code() + "/" + dm).contains(st)));
        }
      }
      List<String> under = new ArrayList<>();
      for (Concept c : concepts) {
        if (eq.get(c).contains(st)) {
          under.add(message("stability.concept." + c.code()));
        }
      }
      rows.add(new StateRow(st, describe(m, st), cells, under));
    }
    model.addAttribute("rows", Page.of(rows, pageRequest, states.size()));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("onlyEquilibria", onlyEquilibria);
    model.addAttribute("stateCount", r.states().size());
    model.addAttribute("stateOptions", r.states().size() <= 512 ? r.states() : List.of());
    if (state != null && r.states().contains(state)) {
      model.addAttribute("chosen", state);
      model.addAttribute("chosenDescription", describe(m, state));
      model.addAttribute("explanations", explanations(r, dms, state));
    }
    model.addAttribute("coalitionEquilibria", a.coalitionEquilibria());
    model.addAttribute("statusQuoPath", a.statusQuoPath());
    return "conflict/stability";
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}/download")
  ResponseEntity<byte[]> download(
      AreaRef area, @PathVariable long pid, @PathVariable long id, Authentication user) {
    partnerships.readable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    byte[] body =
        json.writerWithDefaultPrettyPrinter()
            .writeValueAsString(s.model())
            .getBytes(StandardCharsets.UTF_8);
    String name = s.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename((name.isEmpty() ? "stability-model" : name) + ".json")
                .build()
                .toString())
        .body(body);
  }

  // --- the form

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/new")
  String newForm(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityForm form = new StabilityForm();
    form.roomToGrow(1);
    return formPage(p, null, form, model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/stability")
  String create(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") StabilityForm form,
      BindingResult errors,
      @RequestParam(required = false) String more,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    if (more != null) {
      form.roomToGrow(2);
      return formPage(p, null, form, model);
    }
    StabilityForm.Written w = check(form, errors);
    if (errors.hasErrors()) {
      form.roomToGrow(1);
      return formPage(p, null, form, model);
    }
    long id =
        models.create(
            area.id(),
            pid,
            new StabilityModels.Details(form.getTitle(), form.getDescription(), w.model()));
    redirect.addFlashAttribute("flash", message("stability.saved"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}/edit")
  String editForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    return formPage(
        p, s, StabilityForm.of(s.title(), s.description(), s.model(), s.version()), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}")
  String update(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      @ModelAttribute("form") StabilityForm form,
      BindingResult errors,
      @RequestParam(required = false) String more,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    if (more != null) {
      form.roomToGrow(2);
      return formPage(p, s, form, model);
    }
    StabilityForm.Written w = check(form, errors);
    if (errors.hasErrors()) {
      form.roomToGrow(1);
      return formPage(p, s, form, model);
    }
    try {
      models.update(
          area.id(),
          pid,
          id,
          form.getVersion() == null ? -1 : form.getVersion(),
          new StabilityModels.Details(form.getTitle(), form.getDescription(), w.model()));
    } catch (StaleEditException e) {
      StabilityModels.Saved fresh = saved(area, pid, id);
      StabilityForm current =
          StabilityForm.of(fresh.title(), fresh.description(), fresh.model(), fresh.version());
      String view = formPage(p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("stability.saved"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  // --- upload

  /** The upload form's single field. */
  public static class UploadForm {
    private String title;
    private Integer version;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public Integer getVersion() {
      return version;
    }

    public void setVersion(Integer version) {
      this.version = version;
    }
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/upload")
  String uploadForm(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return uploadPage(p, null, new UploadForm(), model);
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}/upload")
  String replaceForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    UploadForm form = new UploadForm();
    form.setVersion(s.version());
    return uploadPage(p, s, form, model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/stability/upload")
  String upload(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") UploadForm form,
      BindingResult errors,
      @RequestParam(required = false) MultipartFile file,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    checkTitle(form.getTitle(), errors);
    ConflictModelJson m = read(file, errors);
    if (errors.hasErrors()) {
      return uploadPage(p, null, form, model);
    }
    long id = models.create(area.id(), pid, new StabilityModels.Details(form.getTitle(), null, m));
    redirect.addFlashAttribute("flash", message("stability.uploaded"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}/upload")
  String replace(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      @ModelAttribute("form") UploadForm form,
      BindingResult errors,
      @RequestParam(required = false) MultipartFile file,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    ConflictModelJson m = read(file, errors);
    if (errors.hasErrors()) {
      return uploadPage(p, s, form, model);
    }
    try {
      models.update(
          area.id(),
          pid,
          id,
          form.getVersion() == null ? -1 : form.getVersion(),
          new StabilityModels.Details(s.title(), s.description(), m));
    } catch (StaleEditException e) {
      StabilityModels.Saved fresh = saved(area, pid, id);
      UploadForm current = new UploadForm();
      current.setVersion(fresh.version());
      String view = uploadPage(p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("stability.uploaded"));
    return "redirect:" + base(area, pid) + "/" + id;
  }

  // --- delete

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}/delete")
  String deleteForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    UploadForm form = new UploadForm();
    form.setVersion(s.version());
    model.addAttribute("p", p);
    model.addAttribute("m", s);
    model.addAttribute("form", form);
    return "conflict/stability-delete";
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/conflict/stability/{id}/delete")
  String delete(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long id,
      @ModelAttribute("form") UploadForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    StabilityModels.Saved s = saved(area, pid, id);
    try {
      models.delete(area.id(), pid, id, form.getVersion() == null ? -1 : form.getVersion());
    } catch (StaleEditException e) {
      StabilityModels.Saved fresh = saved(area, pid, id);
      UploadForm current = new UploadForm();
      current.setVersion(fresh.version());
      model.addAttribute("p", p);
      model.addAttribute("m", fresh);
      StaleForms.show(model, "form", current, message("error.stale"));
      return "conflict/stability-delete";
    }
    redirect.addFlashAttribute("flash", message("stability.deleted", s.title()));
    return "redirect:" + base(area, pid);
  }

  // --- helpers

  private StabilityForm.Written check(StabilityForm form, BindingResult errors) {
    checkTitle(form.getTitle(), errors);
    if (form.getDescription() != null
        && form.getDescription().trim().length() > StabilityModels.DESCRIPTION_MAX) {
      errors.rejectValue(
          "description",
          "long",
          message("stability.error.descriptionLong", StabilityModels.DESCRIPTION_MAX));
    }
    StabilityForm.Written w = form.model();
    try {
      StabilityExchange.graph(w.model());
    } catch (ConflictModelException e) {
      String field = formField(e.field(), w);
      if (field == null) {
        errors.reject("model", e.getMessage());
      } else {
        errors.rejectValue(field, "model", e.getMessage());
      }
    }
    return w;
  }

  /** The form field a model error belongs to, or null for the model as a whole. */
  private static String formField(String field, StabilityForm.Written w) {
    StabilityForm.Slots slots = w.slots();
    if (field.startsWith("infeasible")) {
      return "infeasible";
    }
    if (field.startsWith("coalitions")) {
      return "coalitions";
    }
    if (field.equals("statusQuo")) {
      return "statusQuo";
    }
    if (field.startsWith("preferences.")) {
      String rest = field.substring("preferences.".length());
      List<ConflictDecisionMakerJson> dms = w.model().decisionMakers();
      for (int i = 0; i < dms.size(); i++) {
        String name = dms.get(i).name();
        if (name != null && (rest.equals(name) || rest.startsWith(name + "."))) {
          return "decisionMakers[" + slots.decisionMakers().get(i) + "].preferences";
        }
      }
      return null;
    }
    Matcher dm = DM_FIELD.matcher(field);
    if (dm.matches()) {
      int i = Integer.parseInt(dm.group(1));
      if (i >= slots.decisionMakers().size()) {
        return null;
      }
      String row = "decisionMakers[" + slots.decisionMakers().get(i) + "]";
      if ("options".equals(dm.group(2))) {
        List<Integer> options = slots.options().get(i);
        int j = dm.group(3) == null ? 0 : Integer.parseInt(dm.group(3));
        int slot = j < options.size() ? options.get(j) : 0;
        String part = dm.group(4) == null ? "name" : dm.group(4);
        return row + ".options[" + slot + "]." + part;
      }
      return row + ".name";
    }
    return null;
  }

  private void checkTitle(String title, BindingResult errors) {
    if (title == null || title.isBlank()) {
      errors.rejectValue("title", "required", message("stability.error.title"));
    } else if (title.trim().length() > StabilityModels.TITLE_MAX) {
      errors.rejectValue(
          "title", "long", message("stability.error.titleLong", StabilityModels.TITLE_MAX));
    }
  }

  /** Reads an uploaded model file, checked as the analysis checks it. */
  private ConflictModelJson read(MultipartFile file, BindingResult errors) {
    if (file == null || file.isEmpty()) {
      errors.reject("file", message("stability.error.file"));
      return null;
    }
    if (file.getSize() > UPLOAD_MAX) {
      errors.reject("file", message("stability.error.fileLarge"));
      return null;
    }
    ConflictModelJson m;
    try {
      m = json.readValue(file.getBytes(), ConflictModelJson.class);
    } catch (JacksonException | IOException e) {
      errors.reject("file", message("stability.error.fileNotJson"));
      return null;
    }
    try {
      StabilityExchange.graph(m);
    } catch (ConflictModelException e) {
      errors.reject(
          "file",
          e.field().isEmpty()
              ? message("stability.error.fileModel", e.getMessage())
              : message("stability.error.fileField", e.field(), e.getMessage()));
      return null;
    }
    return m;
  }

  private String formPage(
      PartnershipView p, StabilityModels.Saved s, StabilityForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("m", s);
    model.addAttribute("form", form);
    model.addAttribute("graphForm", s != null && s.model().graphForm());
    model.addAttribute(
        "reversibilities",
        List.of("both", "onlyToYes", "onlyToNo").stream()
            .map(r -> Option.of(r, message("stability.reversibility." + r)))
            .toList());
    model.addAttribute(
        "preferenceKinds",
        List.of(StabilityForm.STATEMENTS, StabilityForm.RANKING).stream()
            .map(k -> Option.of(k, message("stability.preferenceKind." + k)))
            .toList());
    return "conflict/stability-form";
  }

  private String uploadPage(
      PartnershipView p, StabilityModels.Saved s, UploadForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("m", s);
    model.addAttribute("form", form);
    return "conflict/stability-upload";
  }

  private List<DecisionMakerView> decisionMakers(ConflictModelJson m) {
    List<DecisionMakerView> out = new ArrayList<>();
    if (m.decisionMakers() == null) {
      return out;
    }
    for (ConflictDecisionMakerJson dm : m.decisionMakers()) {
      List<OptionView> options = new ArrayList<>();
      if (dm.options() != null) {
        for (ConflictOptionJson o : dm.options()) {
          String r = o.reversibility() == null ? "both" : o.reversibility();
          options.add(new OptionView(o.name(), message("stability.reversibility." + r)));
        }
      }
      var p = m.preferences() == null ? null : m.preferences().get(dm.name());
      String kind = p == null ? null : p.statements() != null ? "statements" : "ranking";
      List<String> lines =
          p == null
              ? List.of()
              : p.statements() != null
                  ? p.statements()
                  : p.ranking().stream().map(g -> String.join(", ", g)).toList();
      out.add(new DecisionMakerView(dm.name(), options, kind, lines));
    }
    return out;
  }

  /** A state in words: who takes which option, for models in option form. */
  private String describe(ConflictModelJson m, String state) {
    if (m.graphForm()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    int k = 0;
    for (ConflictDecisionMakerJson dm : m.decisionMakers()) {
      List<String> taken = new ArrayList<>();
      for (ConflictOptionJson o : dm.options()) {
        if (k < state.length() && state.charAt(k) == 'Y') {
          taken.add(o.name());
        }
        k++;
      }
      parts.add(
          taken.isEmpty()
              ? message("stability.state.nothing", dm.name())
              : message("stability.state.takes", dm.name(), String.join(", ", taken)));
    }
    return String.join("; ", parts);
  }

  private List<Explanation> explanations(StabilityResult r, List<String> dms, String state) {
    List<Explanation> out = new ArrayList<>();
    for (String dm : dms) {
      Verdict nash = r.verdict(Concept.NASH, dm, state);
      for (Concept c : Concept.values()) {
        Verdict v = c == Concept.NASH ? nash : r.verdict(c, dm, state);
        out.add(new Explanation(c.code(), dm, v.stable(), text(v, nash)));
      }
    }
    return out;
  }

  /** A verdict in plain English: the improvement that makes it unstable, or what deters it. */
  private String text(Verdict v, Verdict nash) {
    String dm = v.decisionMaker();
    String state = v.state();
    if (!v.stable()) {
      return message("stability.why.unstable." + v.concept().code(), dm, state, v.improvement());
    }
    if (v.sanction() == null || v.sanction().isEmpty()) {
      return message("stability.why.noImprovement", dm, state);
    }
    String steps =
        String.join(
            message("stability.why.then"),
            v.sanction().stream()
                .map(s -> message("stability.why.step", s.decisionMaker(), s.state()))
                .toList());
    return message(
        "stability.why.deterred." + v.concept().code(), dm, state, nash.improvement(), steps);
  }

  private StabilityModels.Saved saved(AreaRef area, long pid, long id) {
    return models
        .find(area.id(), pid, id)
        .orElseThrow(() -> new NotFoundException("stability model " + id));
  }

  private static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/conflict/stability";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
