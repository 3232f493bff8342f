package org.entente.performance.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.ThemeRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.performance.IndicatorSummary;
import org.entente.performance.OutcomeDetails;
import org.entente.performance.OutcomeView;
import org.entente.performance.Strategy;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community strategy: its themes with their outcomes, each outcome's lead and contributing
 * partnerships and its indicators' latest status; the forms that add and change outcomes; and the
 * Performance tab of a partnership.
 */
@Controller
class StrategyController {

  static final int TITLE_MAX = 200;
  static final int DESCRIPTION_MAX = 4000;

  private final Strategy strategy;
  private final Areas areas;
  private final Register register;
  private final PartnershipAccess partnerships;
  private final StrategyAccess access;
  private final MessageSource messages;

  StrategyController(
      Strategy strategy,
      Areas areas,
      Register register,
      PartnershipAccess partnerships,
      StrategyAccess access,
      MessageSource messages) {
    this.strategy = strategy;
    this.areas = areas;
    this.register = register;
    this.partnerships = partnerships;
    this.access = access;
    this.messages = messages;
  }

  /** An outcome as a page shows it: with its partnerships' names and its indicators. */
  record OutcomeCard(
      OutcomeView outcome,
      String themeName,
      String leadName,
      List<String> contributorNames,
      List<IndicatorSummary> indicators) {}

  record ThemeSection(ThemeRef theme, List<OutcomeCard> outcomes) {}

  record OutcomeForm(
      String title,
      String description,
      Long themeId,
      Long leadId,
      List<Long> contributorIds,
      Integer version) {}

  @GetMapping("/areas/{area}/performance")
  String strategy(AreaRef area, Authentication user, Model model) {
    List<OutcomeCard> cards = cards(area, user, strategy.outcomes(area.id()));
    Map<Long, List<OutcomeCard>> byTheme =
        cards.stream().collect(Collectors.groupingBy(c -> c.outcome().themeId()));
    List<ThemeSection> themes = new ArrayList<>();
    for (ThemeRef t : areas.themes(area.id())) {
      themes.add(new ThemeSection(t, byTheme.getOrDefault(t.id(), List.of())));
    }
    model.addAttribute("themes", themes);
    model.addAttribute("canAdd", access.canAdd(area, user));
    return "performance/strategy";
  }

  @GetMapping("/areas/{area}/performance/outcomes/{id}")
  String outcome(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    OutcomeView o =
        strategy.outcome(area.id(), id).orElseThrow(() -> new NotFoundException("outcome " + id));
    List<OutcomeCard> cards = cards(area, user, List.of(o));
    if (cards.isEmpty()) {
      throw new NotFoundException("outcome " + id);
    }
    model.addAttribute("card", cards.get(0));
    model.addAttribute("canEdit", access.canEdit(area, o, user));
    return "performance/outcome";
  }

  @GetMapping("/areas/{area}/performance/outcomes/new")
  String newOutcome(AreaRef area, Authentication user, Model model) {
    access.requireAdd(area, user);
    return outcomeForm(
        area, user, null, new OutcomeForm(null, null, null, null, List.of(), null), model);
  }

  @PostMapping("/areas/{area}/performance/outcomes")
  String addOutcome(
      AreaRef area,
      @ModelAttribute("form") OutcomeForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    access.requireAdd(area, user);
    OutcomeDetails details = validate(area, user, form, errors);
    if (errors.hasErrors()) {
      return outcomeForm(area, user, null, form, model);
    }
    long id = strategy.addOutcome(area.id(), details);
    redirect.addFlashAttribute("flash", message("outcome.added", details.title().trim()));
    return "redirect:/areas/" + area.slug() + "/performance/outcomes/" + id;
  }

  @GetMapping("/areas/{area}/performance/outcomes/{id}/edit")
  String editOutcome(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    OutcomeView o = access.editable(area, id, user);
    return outcomeForm(area, user, o, formOf(o), model);
  }

  @PostMapping("/areas/{area}/performance/outcomes/{id}")
  String updateOutcome(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") OutcomeForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    OutcomeView o = access.editable(area, id, user);
    OutcomeDetails details = validate(area, user, form, errors);
    if (errors.hasErrors()) {
      return outcomeForm(area, user, o, form, model);
    }
    try {
      strategy.updateOutcome(area.id(), id, form.version() == null ? -1 : form.version(), details);
    } catch (StaleEditException e) {
      OutcomeView fresh = access.editable(area, id, user);
      OutcomeForm current = formOf(fresh);
      String view = outcomeForm(area, user, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("outcome.saved", details.title().trim()));
    return "redirect:/areas/" + area.slug() + "/performance/outcomes/" + id;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/performance")
  String partnershipTab(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    List<OutcomeView> all = strategy.outcomes(area.id());
    List<OutcomeView> leads = all.stream().filter(o -> o.leadId() == pid).toList();
    List<OutcomeView> contributes =
        all.stream().filter(o -> o.details().contributorIds().contains(pid)).toList();
    model.addAttribute("p", p);
    model.addAttribute("leads", cards(area, user, leads));
    model.addAttribute("contributes", cards(area, user, contributes));
    model.addAttribute("canAdd", access.mayLead(area, pid, user) && !p.closed());
    return "performance/partnership";
  }

  // ---- helpers

  private List<OutcomeCard> cards(AreaRef area, Authentication user, List<OutcomeView> outcomes) {
    Set<Long> visible = partnerships.visible(area, user);
    List<OutcomeView> shown = outcomes.stream().filter(o -> visible.contains(o.leadId())).toList();
    if (shown.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = register.names(area.id(), visible);
    Map<Long, String> themeNames =
        areas.themes(area.id()).stream().collect(Collectors.toMap(ThemeRef::id, ThemeRef::name));
    Map<Long, List<IndicatorSummary>> indicators =
        strategy.indicators(area.id(), shown.stream().map(OutcomeView::id).toList()).stream()
            .collect(Collectors.groupingBy(IndicatorSummary::outcomeId));
    return shown.stream()
        .map(
            o ->
                new OutcomeCard(
                    o,
                    themeNames.get(o.themeId()),
                    names.get(o.leadId()),
                    o.details().contributorIds().stream()
                        .filter(visible::contains)
                        .map(names::get)
                        .sorted()
                        .toList(),
                    indicators.getOrDefault(o.id(), List.of())))
        .toList();
  }

  private static OutcomeForm formOf(OutcomeView o) {
    return new OutcomeForm(
        o.title(),
        o.details().description(),
        o.themeId(),
        o.leadId(),
        o.details().contributorIds(),
        o.version());
  }

  private OutcomeDetails validate(
      AreaRef area, Authentication user, OutcomeForm form, BindingResult errors) {
    if (form.title() == null || form.title().isBlank()) {
      errors.rejectValue("title", "required", message("outcome.error.title"));
    } else if (form.title().trim().length() > TITLE_MAX) {
      errors.rejectValue("title", "long", message("outcome.error.titleLong", TITLE_MAX));
    }
    if (form.description() != null && form.description().trim().length() > DESCRIPTION_MAX) {
      errors.rejectValue(
          "description", "long", message("outcome.error.descriptionLong", DESCRIPTION_MAX));
    }
    if (form.themeId() == null
        || areas.themes(area.id()).stream().noneMatch(t -> t.id() == form.themeId())) {
      errors.rejectValue("themeId", "required", message("outcome.error.theme"));
    }
    Set<Long> visible = partnerships.visible(area, user);
    if (form.leadId() == null
        || !visible.contains(form.leadId())
        || !access.mayLead(area, form.leadId(), user)) {
      errors.rejectValue("leadId", "required", message("outcome.error.lead"));
    }
    List<Long> contributors = form.contributorIds() == null ? List.of() : form.contributorIds();
    if (!visible.containsAll(contributors)) {
      errors.rejectValue("contributorIds", "unknown", message("outcome.error.contributors"));
    } else if (form.leadId() != null && contributors.contains(form.leadId())) {
      errors.rejectValue("contributorIds", "lead", message("outcome.error.contributorLead"));
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new OutcomeDetails(
        form.themeId(), form.title(), form.description(), form.leadId(), contributors);
  }

  private String outcomeForm(
      AreaRef area, Authentication user, OutcomeView outcome, OutcomeForm form, Model model) {
    List<PartnershipSummary> open =
        register.all(area.id(), partnerships.viewer(user, area.id())).stream()
            .filter(p -> p.status() != PartnershipStatus.CLOSED)
            .sorted(Comparator.comparing(PartnershipSummary::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    model.addAttribute("outcome", outcome);
    model.addAttribute("form", form);
    model.addAttribute(
        "themes", areas.themes(area.id()).stream().map(t -> Option.of(t.id(), t.name())).toList());
    model.addAttribute(
        "leads",
        open.stream()
            .filter(p -> access.mayLead(area, p.id(), user))
            .map(p -> Option.of(p.id(), p.name()))
            .toList());
    model.addAttribute(
        "contributors", open.stream().map(p -> Option.of(p.id(), p.name())).toList());
    return "performance/outcome-form";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
