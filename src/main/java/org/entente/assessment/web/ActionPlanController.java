package org.entente.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.assessment.DimensionText;
import org.entente.assessment.HealthCheckResults;
import org.entente.assessment.HealthCheckResults.RoundResults;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.ItemText;
import org.entente.assessment.RoundState;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.DateInput;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
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
 * Turns a closed round's results into an action plan: Entente proposes an action for each weak or
 * disputed dimension, the officer edits them, chooses owners and due dates, and on confirming they
 * all become actions of the partnership, or none does.
 */
@Controller
class ActionPlanController {

  static final int DESCRIPTION_MAX = 1000;

  private final HealthCheckResults results;
  private final ResultsController pages;
  private final PartnershipAccess partnerships;
  private final People people;
  private final MessageSource messages;

  ActionPlanController(
      HealthCheckResults results,
      ResultsController pages,
      PartnershipAccess partnerships,
      People people,
      MessageSource messages) {
    this.results = results;
    this.pages = pages;
    this.partnerships = partnerships;
    this.people = people;
    this.messages = messages;
  }

  /** One proposed action as the officer edits it. */
  public static class PlanRow {
    private String dimension;
    private String description;
    private Long ownerId;
    private String dueDay;
    private String dueMonth;
    private String dueYear;
    private boolean include = true;

    public String getDimension() {
      return dimension;
    }

    public void setDimension(String dimension) {
      this.dimension = dimension;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public Long getOwnerId() {
      return ownerId;
    }

    public void setOwnerId(Long ownerId) {
      this.ownerId = ownerId;
    }

    public String getDueDay() {
      return dueDay;
    }

    public void setDueDay(String dueDay) {
      this.dueDay = dueDay;
    }

    public String getDueMonth() {
      return dueMonth;
    }

    public void setDueMonth(String dueMonth) {
      this.dueMonth = dueMonth;
    }

    public String getDueYear() {
      return dueYear;
    }

    public void setDueYear(String dueYear) {
      this.dueYear = dueYear;
    }

    public boolean isInclude() {
      return include;
    }

    public void setInclude(boolean include) {
      this.include = include;
    }

    DateInput dueOn() {
      return new DateInput(dueDay, dueMonth, dueYear);
    }
  }

  /** The whole plan. */
  public static class PlanForm {
    private List<PlanRow> rows = new ArrayList<>();

    public List<PlanRow> getRows() {
      return rows;
    }

    public void setRows(List<PlanRow> rows) {
      this.rows = rows;
    }
  }

  /** A proposal beside its reasons, for the page. */
  record ProposalView(String title, List<String> reasons, List<String> disputedItems) {}

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/results/plan")
  String form(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    RoundResults rr = closed(area, pid, rid);
    List<ActionProposals.Proposal> proposals = proposals(rr);
    PlanForm form = new PlanForm();
    for (ActionProposals.Proposal proposal : proposals) {
      PlanRow row = new PlanRow();
      row.setDimension(proposal.dimension());
      row.setDescription(description(proposal));
      form.getRows().add(row);
    }
    return page(area, p, rr, proposals, form, model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/results/plan")
  String adopt(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @ModelAttribute("form") PlanForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    RoundResults rr = closed(area, pid, rid);
    List<ActionProposals.Proposal> proposals = proposals(rr);
    Map<String, Boolean> known = new HashMap<>();
    proposals.forEach(x -> known.put(x.dimension(), true));
    List<HealthCheckResults.PlannedAction> plan = new ArrayList<>();
    LocalDate today = LondonTime.today();
    for (int i = 0; i < form.getRows().size(); i++) {
      PlanRow row = form.getRows().get(i);
      if (row == null || !row.isInclude()) {
        continue;
      }
      String at = "rows[" + i + "].";
      if (row.getDimension() == null || !known.containsKey(row.getDimension())) {
        throw new NotFoundException("proposal " + row.getDimension());
      }
      String description = row.getDescription() == null ? "" : row.getDescription().trim();
      if (description.isEmpty()) {
        errors.rejectValue(
            at + "description", "required", message("plan.error.description", i + 1));
      } else if (description.length() > DESCRIPTION_MAX) {
        errors.rejectValue(
            at + "description",
            "long",
            message("plan.error.descriptionLong", i + 1, DESCRIPTION_MAX));
      }
      if (row.getOwnerId() == null || people.find(area.id(), row.getOwnerId()).isEmpty()) {
        errors.rejectValue(at + "ownerId", "required", message("plan.error.owner", i + 1));
      }
      LocalDate due = row.dueOn().toDate();
      if (due == null) {
        errors.rejectValue(at + "dueDay", "invalid", message("plan.error.dueOn", i + 1));
      } else if (due.isBefore(today)) {
        errors.rejectValue(at + "dueDay", "past", message("plan.error.duePast", i + 1));
      }
      if (!errors.hasErrors()) {
        plan.add(
            new HealthCheckResults.PlannedAction(
                row.getDimension(), description, row.getOwnerId(), due));
      }
    }
    if (!errors.hasErrors() && plan.isEmpty()) {
      errors.reject("none", message("plan.error.none"));
    }
    if (errors.hasErrors()) {
      return page(area, p, rr, proposals, form, model);
    }
    results.adoptPlan(area.id(), rid, plan, RoundController.who(user));
    redirect.addFlashAttribute(
        "flash",
        plan.size() == 1 ? message("plan.adopted.one") : message("plan.adopted", plan.size()));
    return "redirect:" + ResultsController.base(area, pid, rid) + "#actions-heading";
  }

  private RoundResults closed(AreaRef area, long pid, long rid) {
    RoundResults rr = pages.roundResults(area, pid, rid);
    if (rr.round().state() != RoundState.CLOSED) {
      throw new NotFoundException("results of round " + rid);
    }
    return rr;
  }

  static List<ActionProposals.Proposal> proposals(RoundResults rr) {
    InstrumentText instrument = rr.instrument();
    Map<String, ActionProposals.Guide> guides = new HashMap<>();
    for (DimensionText d : instrument.dimensions()) {
      Map<String, String> items = new HashMap<>();
      for (ItemText i : d.items()) {
        items.put(i.key(), i.text());
      }
      guides.put(
          d.key(),
          new ActionProposals.Guide(
              d.title(), d.actionGuidance() == null ? "" : d.actionGuidance(), items));
    }
    return ActionProposals.propose(rr.results(), guides, instrument.scoring().scale().max());
  }

  private String description(ActionProposals.Proposal proposal) {
    StringBuilder text = new StringBuilder(proposal.guidance());
    if (!proposal.disputedItems().isEmpty()) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(message("plan.discuss", String.join("; ", proposal.disputedItems())));
    }
    if (text.isEmpty()) {
      text.append(message("plan.default", proposal.title()));
    }
    return text.toString();
  }

  private String page(
      AreaRef area,
      PartnershipView p,
      RoundResults rr,
      List<ActionProposals.Proposal> proposals,
      PlanForm form,
      Model model) {
    Map<String, ProposalView> views = new HashMap<>();
    for (ActionProposals.Proposal x : proposals) {
      views.put(
          x.dimension(),
          new ProposalView(
              x.title(),
              x.reasons().stream()
                  .map(r -> message(r.messageKey(), r.figure(), r.scaleMax()))
                  .toList(),
              x.disputedItems()));
    }
    model.addAttribute("p", p);
    model.addAttribute("r", rr.round());
    model.addAttribute("instrument", rr.instrument());
    model.addAttribute("form", form);
    model.addAttribute("proposals", views);
    model.addAttribute("base", ResultsController.base(area, p.id(), rr.round().id()));
    model.addAttribute(
        "people",
        people.all(area.id()).stream()
            .map(
                x ->
                    Option.of(
                        x.id(),
                        x.jobTitle() == null ? x.name() : x.name() + " (" + x.jobTitle() + ")"))
            .toList());
    return "assessment/action-plan";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
