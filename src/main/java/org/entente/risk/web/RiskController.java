package org.entente.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.audit.AuditTrail;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.ThemeRef;
import org.entente.meetings.ActionView;
import org.entente.meetings.Actions;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.risk.RiskBand;
import org.entente.risk.RiskDetails;
import org.entente.risk.RiskKind;
import org.entente.risk.RiskReview;
import org.entente.risk.RiskScore;
import org.entente.risk.RiskStatus;
import org.entente.risk.RiskView;
import org.entente.risk.Risks;
import org.entente.shared.DateInput;
import org.entente.shared.ListLinks;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
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
 * Risk registers: the area's overview (heat map, top risks per theme, overdue reviews and a
 * filtered list), each partnership's and each theme's register, and a risk's page with its forms.
 */
@Controller
class RiskController {

  static final Set<String> SORT_KEYS = Set.of("title", "residual", "inherent", "reviewOn");
  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 2000;
  static final int DESCRIPTION_MAX = 4000;

  private final Risks risks;
  private final PartnershipAccess partnerships;
  private final Register register;
  private final Areas areas;
  private final People people;
  private final Organisations organisations;
  private final Actions actions;
  private final AuditTrail audit;
  private final MessageSource messages;

  RiskController(
      Risks risks,
      PartnershipAccess partnerships,
      Register register,
      Areas areas,
      People people,
      Organisations organisations,
      Actions actions,
      AuditTrail audit,
      MessageSource messages) {
    this.risks = risks;
    this.partnerships = partnerships;
    this.register = register;
    this.areas = areas;
    this.people = people;
    this.organisations = organisations;
    this.actions = actions;
    this.audit = audit;
    this.messages = messages;
  }

  /** What a user types for a risk; scores as typed, so that anything can be told apart. */
  record RiskForm(
      String title,
      String description,
      String cause,
      String effect,
      String objective,
      RiskKind kind,
      Long ownerId,
      String inherentLikelihood,
      String inherentImpact,
      String residualLikelihood,
      String residualImpact,
      String controls,
      List<Long> sharedWith,
      String sharingArrangement,
      DateInput reviewOn,
      RiskStatus status,
      Integer version) {

    static RiskForm blank() {
      return new RiskForm(
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          null,
          DateInput.of(null),
          RiskStatus.OPEN,
          null);
    }

    static RiskForm of(RiskView r) {
      return new RiskForm(
          r.title(),
          r.description(),
          r.cause(),
          r.effect(),
          r.objective(),
          r.kind(),
          r.ownerId(),
          String.valueOf(r.inherent().likelihood()),
          String.valueOf(r.inherent().impact()),
          String.valueOf(r.residual().likelihood()),
          String.valueOf(r.residual().impact()),
          String.join("\n", r.controls()),
          r.sharing().stream().map(RiskView.Share::organisationId).toList(),
          r.sharingArrangement(),
          DateInput.of(r.reviewOn()),
          r.status(),
          r.version());
    }
  }

  record ReviewForm(
      String residualLikelihood,
      String residualImpact,
      String note,
      DateInput nextReviewOn,
      Integer version) {}

  record MitigationForm(String description, Long ownerId, DateInput dueOn, Long actionId) {}

  record ListFilter(Long partnership, Long theme, RiskBand band, Long owner, RiskStatus status) {}

  /** A theme with its three highest risks by residual score. */
  record ThemeTop(ThemeRef theme, List<RiskView> risks) {}

  // --- the area's overview and list

  @GetMapping("/areas/{area}/risks")
  String area(
      AreaRef area,
      @ModelAttribute("filter") ListFilter filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    LocalDate today = LondonTime.today();
    List<PartnershipSummary> visible =
        register.all(area.id(), partnerships.viewer(user, area.id()));
    Map<Long, Long> themeOf = new LinkedHashMap<>();
    visible.forEach(p -> themeOf.put(p.id(), p.themeId()));
    List<RiskView> all = risks.ofArea(area.id(), themeOf.keySet());
    List<ThemeRef> themes = areas.themes(area.id());
    RiskStatus status = filter.status() == null ? RiskStatus.OPEN : filter.status();
    List<RiskView> matching =
        all.stream()
            .filter(r -> r.status() == status)
            .filter(
                r -> filter.partnership() == null || filter.partnership().equals(r.partnershipId()))
            .filter(r -> filter.theme() == null || filter.theme().equals(theme(r, themeOf)))
            .filter(r -> filter.band() == null || filter.band() == r.residualBand())
            .filter(r -> filter.owner() == null || filter.owner() == r.ownerId())
            .sorted(comparator(sort, order))
            .toList();
    PageRequest pageRequest = PageRequest.of(page, size, sort, order, SORT_KEYS, "residual");
    List<RiskView> items =
        matching.stream().skip(pageRequest.offset()).limit(pageRequest.size()).toList();
    model.addAttribute("page", Page.of(items, pageRequest, matching.size()));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute(
        "filter",
        new ListFilter(
            filter.partnership(), filter.theme(), filter.band(), filter.owner(), status));
    model.addAttribute("heatMap", HeatMap.of(matching));
    List<RiskView> open = all.stream().filter(RiskView::open).toList();
    model.addAttribute(
        "tops",
        themes.stream()
            .map(
                t ->
                    new ThemeTop(
                        t,
                        open.stream()
                            .filter(
                                r -> t.id() == Objects.requireNonNullElse(theme(r, themeOf), -1L))
                            .sorted(byResidual())
                            .limit(3)
                            .toList()))
            .toList());
    model.addAttribute(
        "overdue",
        open.stream()
            .filter(r -> r.reviewOverdue(today))
            .sorted(Comparator.comparing(RiskView::reviewOn))
            .toList());
    model.addAttribute("today", today);
    model.addAttribute(
        "partnerships",
        visible.stream()
            .sorted(Comparator.comparing(p -> p.name().toLowerCase()))
            .map(p -> Option.of(p.id(), p.name()))
            .toList());
    model.addAttribute("themes", themes.stream().map(t -> Option.of(t.id(), t.name())).toList());
    model.addAttribute(
        "bands",
        Arrays.stream(RiskBand.values())
            .map(b -> Option.of(b.name(), message("risk.band." + b.name())))
            .toList());
    model.addAttribute(
        "statuses",
        Arrays.stream(RiskStatus.values())
            .map(s -> Option.of(s.name(), message("risk.status." + s.name())))
            .toList());
    Set<Long> ownerIds = all.stream().map(RiskView::ownerId).collect(Collectors.toSet());
    model.addAttribute(
        "owners",
        people.names(area.id(), ownerIds).entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .map(e -> Option.of(e.getKey(), e.getValue()))
            .toList());
    model.addAttribute("isAdmin", partnerships.isAdmin(area, user));
    return "risk/area";
  }

  // --- registers

  @GetMapping("/areas/{area}/partnerships/{pid}/risks")
  String partnershipRegister(
      AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    List<RiskView> list = risks.ofPartnership(area.id(), pid);
    model.addAttribute("p", p);
    registerModel(list, model);
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    return "risk/partnership";
  }

  @GetMapping("/areas/{area}/risks/themes/{themeId}")
  String themeRegister(AreaRef area, @PathVariable long themeId, Authentication user, Model model) {
    ThemeRef theme = theme(area, themeId);
    model.addAttribute("theme", theme);
    registerModel(risks.ofTheme(area.id(), themeId), model);
    model.addAttribute("canEdit", partnerships.isAdmin(area, user));
    return "risk/theme";
  }

  private void registerModel(List<RiskView> list, Model model) {
    model.addAttribute(
        "risks",
        list.stream()
            .sorted(Comparator.comparing((RiskView r) -> !r.open()).thenComparing(byResidual()))
            .toList());
    model.addAttribute("heatMap", HeatMap.of(list));
    model.addAttribute("today", LondonTime.today());
  }

  // --- recording a risk

  @GetMapping("/areas/{area}/partnerships/{pid}/risks/new")
  String newPartnershipRisk(
      AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return formPage(area, p, null, null, RiskForm.blank(), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/risks")
  String recordPartnershipRisk(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") RiskForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    RiskDetails details = validate(area, form, errors);
    if (errors.hasErrors()) {
      return formPage(area, p, null, null, form, model);
    }
    long id = risks.record(area.id(), pid, null, details);
    redirect.addFlashAttribute("flash", message("risk.recorded"));
    return "redirect:/areas/" + area.slug() + "/risks/" + id;
  }

  @GetMapping("/areas/{area}/risks/themes/{themeId}/new")
  String newThemeRisk(AreaRef area, @PathVariable long themeId, Authentication user, Model model) {
    requireAdmin(area, user);
    return formPage(area, null, theme(area, themeId), null, RiskForm.blank(), model);
  }

  @PostMapping("/areas/{area}/risks/themes/{themeId}")
  String recordThemeRisk(
      AreaRef area,
      @PathVariable long themeId,
      @ModelAttribute("form") RiskForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    requireAdmin(area, user);
    ThemeRef theme = theme(area, themeId);
    RiskDetails details = validate(area, form, errors);
    if (errors.hasErrors()) {
      return formPage(area, null, theme, null, form, model);
    }
    long id = risks.record(area.id(), null, themeId, details);
    redirect.addFlashAttribute("flash", message("risk.recorded"));
    return "redirect:/areas/" + area.slug() + "/risks/" + id;
  }

  // --- a risk

  @GetMapping("/areas/{area}/risks/{riskId}")
  String show(AreaRef area, @PathVariable long riskId, Authentication user, Model model) {
    RiskView r = readable(area, riskId, user);
    model.addAttribute("r", r);
    model.addAttribute("canEdit", canEdit(area, r, user));
    model.addAttribute("overdue", r.reviewOverdue(LondonTime.today()));
    List<ActionView> mitigations =
        r.actionIds().stream()
            .map(id -> actions.action(area.id(), id).orElse(null))
            .filter(Objects::nonNull)
            .toList();
    model.addAttribute("mitigations", mitigations);
    model.addAttribute("changes", audit.historyOf("risk", riskId));
    return "risk/risk";
  }

  @GetMapping("/areas/{area}/risks/{riskId}/edit")
  String editForm(AreaRef area, @PathVariable long riskId, Authentication user, Model model) {
    RiskView r = editable(area, riskId, user);
    return formPage(area, partnershipOf(area, r, user), themeOf(area, r), r, RiskForm.of(r), model);
  }

  @PostMapping("/areas/{area}/risks/{riskId}/edit")
  String edit(
      AreaRef area,
      @PathVariable long riskId,
      @ModelAttribute("form") RiskForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    RiskView r = editable(area, riskId, user);
    PartnershipView p = partnershipOf(area, r, user);
    ThemeRef t = themeOf(area, r);
    RiskDetails details = validate(area, form, errors);
    if (form.status() == null) {
      errors.rejectValue("status", "required", message("risk.error.status"));
    }
    if (errors.hasErrors()) {
      return formPage(area, p, t, r, form, model);
    }
    try {
      risks.update(area.id(), riskId, form.version() == null ? -1 : form.version(), details);
    } catch (StaleEditException e) {
      RiskView fresh = editable(area, riskId, user);
      String view = formPage(area, p, t, fresh, RiskForm.of(fresh), model);
      StaleForms.show(model, "form", RiskForm.of(fresh), message("risk.error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("risk.saved"));
    return "redirect:/areas/" + area.slug() + "/risks/" + riskId;
  }

  @GetMapping("/areas/{area}/risks/{riskId}/review")
  String reviewForm(AreaRef area, @PathVariable long riskId, Authentication user, Model model) {
    RiskView r = editable(area, riskId, user);
    return reviewPage(
        r,
        new ReviewForm(
            String.valueOf(r.residual().likelihood()),
            String.valueOf(r.residual().impact()),
            null,
            DateInput.of(null),
            r.version()),
        model);
  }

  @PostMapping("/areas/{area}/risks/{riskId}/review")
  String review(
      AreaRef area,
      @PathVariable long riskId,
      @ModelAttribute("form") ReviewForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    RiskView r = editable(area, riskId, user);
    Integer l = score(form.residualLikelihood(), "residualLikelihood", errors);
    Integer i = score(form.residualImpact(), "residualImpact", errors);
    if (l != null && l > r.inherent().likelihood()) {
      errors.rejectValue(
          "residualLikelihood",
          "above",
          message("risk.error.residualLikelihoodAbove", r.inherent().likelihood()));
    }
    if (i != null && i > r.inherent().impact()) {
      errors.rejectValue(
          "residualImpact",
          "above",
          message("risk.error.residualImpactAbove", r.inherent().impact()));
    }
    if (form.note() == null || form.note().isBlank()) {
      errors.rejectValue("note", "required", message("risk.error.note"));
    } else if (form.note().trim().length() > TEXT_MAX) {
      errors.rejectValue("note", "long", message("risk.error.long", TEXT_MAX));
    }
    LocalDate next = form.nextReviewOn() == null ? null : form.nextReviewOn().toDate();
    LocalDate today = LondonTime.today();
    if (next == null) {
      errors.rejectValue("nextReviewOn", "invalid", message("risk.error.reviewOn"));
    } else if (!next.isAfter(today)) {
      errors.rejectValue("nextReviewOn", "past", message("risk.error.nextReviewOn"));
    }
    if (errors.hasErrors()) {
      return reviewPage(r, form, model);
    }
    try {
      risks.review(
          area.id(),
          riskId,
          form.version() == null ? -1 : form.version(),
          new RiskReview(new RiskScore(l, i), form.note().trim(), next),
          today);
    } catch (StaleEditException e) {
      RiskView fresh = editable(area, riskId, user);
      ReviewForm current =
          new ReviewForm(
              String.valueOf(fresh.residual().likelihood()),
              String.valueOf(fresh.residual().impact()),
              null,
              DateInput.of(null),
              fresh.version());
      String view = reviewPage(fresh, current, model);
      StaleForms.show(model, "form", current, message("risk.error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("risk.reviewed"));
    return "redirect:/areas/" + area.slug() + "/risks/" + riskId;
  }

  @GetMapping("/areas/{area}/risks/{riskId}/actions/new")
  String mitigationForm(AreaRef area, @PathVariable long riskId, Authentication user, Model model) {
    RiskView r = editable(area, riskId, user);
    if (r.themeRisk()) {
      throw new NotFoundException("mitigating actions of a theme risk");
    }
    return mitigationPage(area, r, new MitigationForm(null, null, DateInput.of(null), null), model);
  }

  @PostMapping("/areas/{area}/risks/{riskId}/actions")
  String mitigate(
      AreaRef area,
      @PathVariable long riskId,
      @ModelAttribute("form") MitigationForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    RiskView r = editable(area, riskId, user);
    if (r.themeRisk()) {
      throw new NotFoundException("mitigating actions of a theme risk");
    }
    if (form.description() == null || form.description().isBlank()) {
      errors.rejectValue("description", "required", message("risk.error.actionDescription"));
    } else if (form.description().trim().length() > 1000) {
      errors.rejectValue("description", "long", message("risk.error.long", 1000));
    }
    if (form.ownerId() == null || people.find(area.id(), form.ownerId()).isEmpty()) {
      errors.rejectValue("ownerId", "required", message("risk.error.actionOwner"));
    }
    LocalDate due = form.dueOn() == null ? null : form.dueOn().toDate();
    if (due == null) {
      errors.rejectValue("dueOn", "invalid", message("risk.error.actionDue"));
    }
    if (errors.hasErrors()) {
      return mitigationPage(area, r, form, model);
    }
    long actionId =
        actions.raise(
            area.id(),
            r.partnershipId(),
            null,
            new Actions.ActionDetails(form.description().trim(), form.ownerId(), due));
    risks.linkAction(area.id(), riskId, actionId);
    redirect.addFlashAttribute("flash", message("risk.actionRaised"));
    return "redirect:/areas/" + area.slug() + "/risks/" + riskId + "#mitigations";
  }

  // --- helpers

  private String formPage(
      AreaRef area, PartnershipView p, ThemeRef theme, RiskView r, RiskForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("theme", theme);
    model.addAttribute("r", r);
    model.addAttribute("form", form);
    model.addAttribute(
        "action",
        r != null
            ? "/areas/" + area.slug() + "/risks/" + r.id() + "/edit"
            : p != null
                ? "/areas/" + area.slug() + "/partnerships/" + p.id() + "/risks"
                : "/areas/" + area.slug() + "/risks/themes/" + theme.id());
    model.addAttribute(
        "back",
        r != null
            ? "/areas/" + area.slug() + "/risks/" + r.id()
            : p != null
                ? "/areas/" + area.slug() + "/partnerships/" + p.id() + "/risks"
                : "/areas/" + area.slug() + "/risks/themes/" + theme.id());
    model.addAttribute(
        "kinds",
        Arrays.stream(RiskKind.values())
            .map(
                k ->
                    new Option(
                        k.name(),
                        message("risk.kind." + k.name()),
                        message("risk.kind." + k.name() + ".hint")))
            .toList());
    model.addAttribute(
        "statuses",
        Arrays.stream(RiskStatus.values())
            .map(s -> Option.of(s.name(), message("risk.status." + s.name())))
            .toList());
    model.addAttribute("people", peopleOptions(area));
    List<Option> orgs = new ArrayList<>();
    if (p != null && !p.partners().isEmpty()) {
      p.partners().forEach(x -> orgs.add(Option.of(x.organisationId(), x.organisationName())));
    } else {
      organisations.all(area.id()).forEach(o -> orgs.add(Option.of(o.id(), o.name())));
    }
    model.addAttribute("organisations", orgs);
    model.addAttribute(
        "likelihoods",
        List.of(1, 2, 3, 4, 5).stream()
            .map(n -> Option.of(String.valueOf(n), message("risk.likelihood." + n)))
            .toList());
    model.addAttribute(
        "impacts",
        List.of(1, 2, 3, 4, 5).stream()
            .map(n -> Option.of(String.valueOf(n), message("risk.impact." + n)))
            .toList());
    return "risk/risk-form";
  }

  private String reviewPage(RiskView r, ReviewForm form, Model model) {
    model.addAttribute("r", r);
    model.addAttribute("form", form);
    model.addAttribute(
        "likelihoods",
        List.of(1, 2, 3, 4, 5).stream()
            .map(n -> Option.of(String.valueOf(n), message("risk.likelihood." + n)))
            .toList());
    model.addAttribute(
        "impacts",
        List.of(1, 2, 3, 4, 5).stream()
            .map(n -> Option.of(String.valueOf(n), message("risk.impact." + n)))
            .toList());
    return "risk/review";
  }

  private String mitigationPage(AreaRef area, RiskView r, MitigationForm form, Model model) {
    model.addAttribute("r", r);
    model.addAttribute("form", form);
    model.addAttribute("people", peopleOptions(area));
    return "risk/mitigation";
  }

  private List<Option> peopleOptions(AreaRef area) {
    return people.all(area.id()).stream()
        .map(
            x ->
                Option.of(
                    x.id(), x.jobTitle() == null ? x.name() : x.name() + " (" + x.jobTitle() + ")"))
        .toList();
  }

  /** Checks a form and, when it is sound, returns what it says. */
  private RiskDetails validate(AreaRef area, RiskForm form, BindingResult errors) {
    text(form.title(), "title", TITLE_MAX, true, errors);
    text(form.description(), "description", DESCRIPTION_MAX, true, errors);
    text(form.cause(), "cause", TEXT_MAX, false, errors);
    text(form.effect(), "effect", TEXT_MAX, false, errors);
    text(form.objective(), "objective", 1000, false, errors);
    if (form.kind() == null) {
      errors.rejectValue("kind", "required", message("risk.error.kind"));
    }
    if (form.ownerId() == null || people.find(area.id(), form.ownerId()).isEmpty()) {
      errors.rejectValue("ownerId", "required", message("risk.error.owner"));
    }
    Integer il = score(form.inherentLikelihood(), "inherentLikelihood", errors);
    Integer ii = score(form.inherentImpact(), "inherentImpact", errors);
    Integer rl = score(form.residualLikelihood(), "residualLikelihood", errors);
    Integer ri = score(form.residualImpact(), "residualImpact", errors);
    if (il != null && rl != null && rl > il) {
      errors.rejectValue(
          "residualLikelihood", "above", message("risk.error.residualLikelihoodAbove", il));
    }
    if (ii != null && ri != null && ri > ii) {
      errors.rejectValue("residualImpact", "above", message("risk.error.residualImpactAbove", ii));
    }
    text(form.controls(), "controls", DESCRIPTION_MAX, false, errors);
    text(form.sharingArrangement(), "sharingArrangement", TEXT_MAX, false, errors);
    Set<Long> shared = new LinkedHashSet<>();
    if (form.sharedWith() != null) {
      form.sharedWith().stream().filter(Objects::nonNull).forEach(shared::add);
    }
    if (!shared.isEmpty() && organisations.names(area.id(), shared).size() != shared.size()) {
      errors.rejectValue("sharedWith", "unknown", message("risk.error.sharedWith"));
    }
    LocalDate reviewOn = form.reviewOn() == null ? null : form.reviewOn().toDate();
    if (reviewOn == null) {
      errors.rejectValue("reviewOn", "invalid", message("risk.error.reviewOn"));
    }
    if (errors.hasErrors()) {
      return null;
    }
    List<String> controls =
        form.controls() == null
            ? List.of()
            : form.controls().lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    return new RiskDetails(
        form.title().trim(),
        form.description().trim(),
        form.cause(),
        form.effect(),
        form.objective(),
        form.kind(),
        form.ownerId(),
        new RiskScore(il, ii),
        new RiskScore(rl, ri),
        controls,
        shared,
        form.sharingArrangement(),
        reviewOn,
        form.status() == null ? RiskStatus.OPEN : form.status());
  }

  private void text(String value, String field, int max, boolean required, BindingResult errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, "required", message("risk.error." + field));
      }
    } else if (value.trim().length() > max) {
      errors.rejectValue(field, "long", message("risk.error.long", max));
    }
  }

  /** A likelihood or impact from 1 to 5, or an error on the field. */
  private Integer score(String value, String field, BindingResult errors) {
    try {
      int n = Integer.parseInt(value == null ? "" : value.trim());
      if (n >= 1 && n <= 5) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.rejectValue(field, "range", message("risk.error." + field));
    return null;
  }

  private static Comparator<RiskView> byResidual() {
    return Comparator.comparingInt((RiskView r) -> r.residual().score())
        .reversed()
        .thenComparing(Comparator.comparingInt((RiskView r) -> r.inherent().score()).reversed())
        .thenComparing(RiskView::id);
  }

  private static Comparator<RiskView> comparator(String sort, String order) {
    String key = sort != null && SORT_KEYS.contains(sort) ? sort : "residual";
    Comparator<RiskView> c =
        switch (key) {
          case "title" -> Comparator.comparing((RiskView r) -> r.title().toLowerCase());
          case "inherent" -> Comparator.comparingInt((RiskView r) -> r.inherent().score());
          case "reviewOn" -> Comparator.comparing(RiskView::reviewOn);
          default -> Comparator.comparingInt((RiskView r) -> r.residual().score());
        };
    // scores read highest first by default; the link's "asc" keeps that order for them
    boolean scoreKey = key.equals("residual") || key.equals("inherent");
    boolean descending = "desc".equals(order);
    if (scoreKey != descending) {
      c = c.reversed();
    }
    return c.thenComparing(RiskView::id);
  }

  private static Long theme(RiskView r, Map<Long, Long> themeOf) {
    return r.themeId() != null ? r.themeId() : themeOf.get(r.partnershipId());
  }

  private ThemeRef theme(AreaRef area, long themeId) {
    return areas.themes(area.id()).stream()
        .filter(t -> t.id() == themeId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("theme " + themeId));
  }

  private ThemeRef themeOf(AreaRef area, RiskView r) {
    return r.themeId() == null ? null : theme(area, r.themeId());
  }

  private PartnershipView partnershipOf(AreaRef area, RiskView r, Authentication user) {
    return r.partnershipId() == null ? null : partnerships.readable(area, r.partnershipId(), user);
  }

  private RiskView readable(AreaRef area, long riskId, Authentication user) {
    RiskView r =
        risks.risk(area.id(), riskId).orElseThrow(() -> new NotFoundException("risk " + riskId));
    if (r.partnershipId() != null) {
      partnerships.readable(area, r.partnershipId(), user);
    }
    return r;
  }

  private RiskView editable(AreaRef area, long riskId, Authentication user) {
    RiskView r = readable(area, riskId, user);
    if (!canEdit(area, r, user)) {
      throw new AccessDeniedException("may not change risk " + riskId);
    }
    return r;
  }

  private boolean canEdit(AreaRef area, RiskView r, Authentication user) {
    return r.partnershipId() == null
        ? partnerships.isAdmin(area, user)
        : partnerships.canEdit(area, partnerships.readable(area, r.partnershipId(), user), user);
  }

  private void requireAdmin(AreaRef area, Authentication user) {
    if (!partnerships.isAdmin(area, user)) {
      throw new AccessDeniedException("may not change theme registers");
    }
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
