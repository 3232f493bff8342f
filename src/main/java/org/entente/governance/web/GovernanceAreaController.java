package org.entente.governance.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.BodyKind;
import org.entente.governance.BodySummary;
import org.entente.governance.Guidance;
import org.entente.governance.Structure;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.Register;
import org.entente.partnership.Viewer;
import org.entente.shared.DashboardContributor;
import org.entente.shared.DashboardPanel;
import org.entente.shared.NotFoundException;
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
 * Governance across the area: the warnings of every body, who has represented an organisation or
 * been a representative, and the administrator's guidance for each kind of body.
 */
@Controller
class GovernanceAreaController implements DashboardContributor {

  static final int DASHBOARD_ORDER = 25;

  private final Structure structure;
  private final Register register;
  private final PartnershipAccess viewers;
  private final Organisations organisations;
  private final People people;
  private final MessageSource messages;

  GovernanceAreaController(
      Structure structure,
      Register register,
      Organisations organisations,
      People people,
      MessageSource messages,
      PartnershipAccess viewers) {
    this.structure = structure;
    this.register = register;
    this.viewers = viewers;
    this.organisations = organisations;
    this.people = people;
    this.messages = messages;
  }

  @GetMapping("/areas/{area}/bodies")
  String warnings(AreaRef area, Authentication user, Model model) {
    List<BodySummary> visible = visibleBodies(area, user);
    model.addAttribute("bodies", visible.stream().filter(b -> !b.warnings().isEmpty()).toList());
    model.addAttribute("total", visible.size());
    model.addAttribute(
        "partnershipNames",
        register.names(
            area.id(),
            visible.stream().map(BodySummary::partnershipId).collect(Collectors.toSet())));
    return "governance/area-bodies";
  }

  @GetMapping("/areas/{area}/representation")
  String representation(
      AreaRef area,
      @RequestParam(required = false) Long person,
      @RequestParam(required = false) Long organisation,
      Model model) {
    if (person == null && organisation == null) {
      throw new NotFoundException("representation of nobody");
    }
    String who =
        person != null
            ? people
                .find(area.id(), person)
                .orElseThrow(() -> new NotFoundException("person"))
                .name()
            : organisations
                .find(area.id(), organisation)
                .orElseThrow(() -> new NotFoundException("organisation"))
                .name();
    model.addAttribute("who", who);
    model.addAttribute("byPerson", person != null);
    model.addAttribute("rows", structure.representation(area.id(), person, organisation));
    return "governance/representation";
  }

  @GetMapping("/areas/{area}/admin/body-guidance")
  String guidance(AreaRef area, Model model) {
    model.addAttribute("guidance", structure.guidance(area.id()));
    return "governance/guidance";
  }

  record GuidanceForm(
      String minSize,
      String maxSize,
      String meetingIntervalDays,
      Boolean deputiesRequired,
      String lowestTier) {}

  @GetMapping("/areas/{area}/admin/body-guidance/{kind}")
  String guidanceForm(AreaRef area, @PathVariable BodyKind kind, Model model) {
    Guidance g =
        structure.guidance(area.id()).stream()
            .filter(x -> x.kind() == kind)
            .findFirst()
            .orElseThrow();
    model.addAttribute("kind", kind);
    model.addAttribute(
        "form",
        new GuidanceForm(
            text(g.minSize()),
            text(g.maxSize()),
            text(g.meetingIntervalDays()),
            g.deputiesRequired(),
            text(g.lowestTier())));
    return "governance/guidance-form";
  }

  @PostMapping("/areas/{area}/admin/body-guidance/{kind}")
  String saveGuidance(
      AreaRef area,
      @PathVariable BodyKind kind,
      @ModelAttribute("form") GuidanceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Integer min = number(form.minSize(), 1, 500, "minSize", errors);
    Integer max = number(form.maxSize(), 1, 500, "maxSize", errors);
    Integer interval = number(form.meetingIntervalDays(), 1, 1000, "meetingIntervalDays", errors);
    Integer tier = number(form.lowestTier(), 1, 4, "lowestTier", errors);
    if (min != null && max != null && min > max) {
      errors.rejectValue("maxSize", "order", message("guidance.error.order"));
    }
    if (errors.hasErrors()) {
      model.addAttribute("kind", kind);
      return "governance/guidance-form";
    }
    structure.setGuidance(
        area.id(),
        new Guidance(kind, min, max, interval, Boolean.TRUE.equals(form.deputiesRequired()), tier));
    redirect.addFlashAttribute(
        "flash", message("guidance.saved", message("bodyKind." + kind.name())));
    return "redirect:/areas/" + area.slug() + "/admin/body-guidance";
  }

  @Override
  public List<DashboardPanel> panels(long areaId, String areaSlug, Authentication user) {
    List<BodySummary> visible = visibleBodies(new AreaRef(areaId, areaSlug, ""), user);
    long withWarnings = visible.stream().filter(b -> !b.warnings().isEmpty()).count();
    long vacant = visible.stream().mapToLong(BodySummary::vacant).sum();
    return List.of(
        new DashboardPanel(
            DASHBOARD_ORDER,
            message("dashboard.bodies.heading"),
            List.of(
                message("dashboard.bodies.total", visible.size(), withWarnings),
                message("dashboard.bodies.vacant", vacant)),
            "/areas/" + areaSlug + "/bodies",
            message("dashboard.bodies.link")));
  }

  private List<BodySummary> visibleBodies(AreaRef area, Authentication user) {
    Viewer viewer = viewers.viewer(user, area.id());
    Map<Long, Boolean> visible =
        register.all(area.id(), viewer).stream().collect(Collectors.toMap(p -> p.id(), p -> true));
    return structure.bodiesOfArea(area.id()).stream()
        .filter(b -> visible.containsKey(b.partnershipId()))
        .toList();
  }

  private Integer number(String value, int min, int max, String field, BindingResult errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.rejectValue(field, "range", message("guidance.error.range", min, max));
    return null;
  }

  private static String text(Integer n) {
    return n == null ? "" : n.toString();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
