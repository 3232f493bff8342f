package org.entente.partnership.web;

import java.math.BigDecimal;
import org.entente.directory.AreaRef;
import org.entente.partnership.BenefitKind;
import org.entente.partnership.CostKind;
import org.entente.partnership.PartnerStance;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.entente.shared.StaleEditException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The parts of a partnership edited one line at a time: costs, benefits and partners. */
@Controller
@RequestMapping("/areas/{area}/partnerships/{id}")
class PartsController {

  private final Register register;
  private final PartnershipAccess pages;
  private final Choices choices;
  private final Messages messages;

  PartsController(Register register, PartnershipAccess pages, Choices choices, Messages messages) {
    this.register = register;
    this.pages = pages;
    this.choices = choices;
    this.messages = messages;
  }

  record CostForm(
      Long organisationId,
      String financialYear,
      CostKind kind,
      String amount,
      String note,
      Integer version) {}

  record BenefitForm(BenefitKind kind, String description, String evidence, Integer version) {}

  record PartnerForm(Long organisationId, PartnerStance stance, Integer version) {}

  // --- costs

  @GetMapping("/costs/new")
  String costForm(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    PartnershipView p = pages.editable(area, id, user);
    int year =
        LondonTime.today().getMonthValue() >= 4
            ? LondonTime.today().getYear()
            : LondonTime.today().getYear() - 1;
    return costPage(
        area, p, new CostForm(null, String.valueOf(year), null, null, null, p.version()), model);
  }

  @PostMapping("/costs")
  String addCost(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") CostForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = pages.editable(area, id, user);
    if (form.organisationId() == null) {
      errors.rejectValue(
          "organisationId", "required", messages.get("error.cost.organisation.required"));
    }
    Integer year = parseYear(form.financialYear());
    if (year == null) {
      errors.rejectValue(
          "financialYear", "invalid", messages.get("error.cost.financialYear.invalid"));
    }
    if (form.kind() == null) {
      errors.rejectValue("kind", "required", messages.get("error.cost.kind.required"));
    }
    BigDecimal amount = parseAmount(form.amount());
    if (amount == null) {
      errors.rejectValue("amount", "invalid", messages.get("error.cost.amount.invalid"));
    }
    if (errors.hasErrors()) {
      return costPage(area, p, form, model);
    }
    try {
      register.addCost(
          area.id(),
          id,
          version(form.version()),
          form.organisationId(),
          year,
          form.kind(),
          amount,
          form.note());
    } catch (StaleEditException e) {
      errors.reject("stale", messages.get("error.stale"));
      return costPage(area, p, form, model);
    } catch (IllegalArgumentException e) {
      errors.rejectValue("organisationId", "unknown", messages.get("error.reference.unknown"));
      return costPage(area, p, form, model);
    }
    return done(area, id, "saved.cost", "costs", redirect);
  }

  @PostMapping("/costs/{costId}/remove")
  String removeCost(
      AreaRef area,
      @PathVariable long id,
      @PathVariable long costId,
      @RequestParam(required = false) Integer version,
      Authentication user,
      RedirectAttributes redirect) {
    pages.editable(area, id, user);
    register.removeCost(area.id(), id, version(version), costId);
    return done(area, id, "saved.removed", "costs", redirect);
  }

  // --- benefits

  @GetMapping("/benefits/new")
  String benefitForm(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    PartnershipView p = pages.editable(area, id, user);
    return benefitPage(p, new BenefitForm(null, null, null, p.version()), model);
  }

  @PostMapping("/benefits")
  String addBenefit(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") BenefitForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = pages.editable(area, id, user);
    if (form.kind() == null) {
      errors.rejectValue("kind", "required", messages.get("error.benefit.kind.required"));
    }
    if (form.description() == null || form.description().isBlank()) {
      errors.rejectValue(
          "description", "required", messages.get("error.benefit.description.required"));
    }
    if (errors.hasErrors()) {
      return benefitPage(p, form, model);
    }
    try {
      register.addBenefit(
          area.id(), id, version(form.version()), form.kind(), form.description(), form.evidence());
    } catch (StaleEditException e) {
      errors.reject("stale", messages.get("error.stale"));
      return benefitPage(p, form, model);
    }
    return done(area, id, "saved.benefit", "value", redirect);
  }

  @PostMapping("/benefits/{benefitId}/remove")
  String removeBenefit(
      AreaRef area,
      @PathVariable long id,
      @PathVariable long benefitId,
      @RequestParam(required = false) Integer version,
      Authentication user,
      RedirectAttributes redirect) {
    pages.editable(area, id, user);
    register.removeBenefit(area.id(), id, version(version), benefitId);
    return done(area, id, "saved.removed", "value", redirect);
  }

  // --- partner organisations

  @GetMapping("/partners/new")
  String partnerForm(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    PartnershipView p = pages.editable(area, id, user);
    return partnerPage(area, p, new PartnerForm(null, null, p.version()), model);
  }

  @PostMapping("/partners")
  String setPartner(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") PartnerForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = pages.editable(area, id, user);
    if (form.organisationId() == null) {
      errors.rejectValue(
          "organisationId", "required", messages.get("error.partner.organisation.required"));
      return partnerPage(area, p, form, model);
    }
    try {
      register.setPartner(
          area.id(), id, version(form.version()), form.organisationId(), form.stance());
    } catch (StaleEditException e) {
      errors.reject("stale", messages.get("error.stale"));
      return partnerPage(area, p, form, model);
    } catch (IllegalArgumentException e) {
      errors.rejectValue("organisationId", "unknown", messages.get("error.reference.unknown"));
      return partnerPage(area, p, form, model);
    }
    return done(area, id, "saved.partner", "structure", redirect);
  }

  @PostMapping("/partners/{organisationId}/remove")
  String removePartner(
      AreaRef area,
      @PathVariable long id,
      @PathVariable long organisationId,
      @RequestParam(required = false) Integer version,
      Authentication user,
      RedirectAttributes redirect) {
    pages.editable(area, id, user);
    register.removePartner(area.id(), id, version(version), organisationId);
    return done(area, id, "saved.removed", "structure", redirect);
  }

  // --- helpers

  private String costPage(AreaRef area, PartnershipView p, CostForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("form", form);
    model.addAttribute("organisations", choices.organisations(area.id()));
    model.addAttribute("kinds", choices.of(CostKind.class, "costKind", false));
    return linePage("costs", "partnership.addCost", model);
  }

  private String benefitPage(PartnershipView p, BenefitForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("form", form);
    model.addAttribute("kinds", choices.of(BenefitKind.class, "benefitKind", false));
    return linePage("benefits", "partnership.addBenefit", model);
  }

  private String partnerPage(AreaRef area, PartnershipView p, PartnerForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("form", form);
    model.addAttribute("organisations", choices.organisations(area.id()));
    model.addAttribute("stances", choices.of(PartnerStance.class, "partnerStance", true));
    return linePage("partners", "partnership.setPartner", model);
  }

  /** One page serves every one-line change; {@code action} names its fields and its address. */
  private static String linePage(String action, String titleKey, Model model) {
    model.addAttribute("action", action);
    model.addAttribute("titleKey", titleKey);
    return "partnership/line-form";
  }

  private String done(
      AreaRef area, long id, String messageKey, String tab, RedirectAttributes redirect) {
    redirect.addFlashAttribute("flash", messages.get(messageKey));
    return "redirect:/areas/" + area.slug() + "/partnerships/" + id + "#" + tab;
  }

  /** A removal from a page that was out of date: say so rather than remove the wrong line. */
  @ExceptionHandler(StaleEditException.class)
  String stale(
      StaleEditException e,
      @PathVariable String area,
      @PathVariable long id,
      RedirectAttributes redirect) {
    redirect.addFlashAttribute("flashError", messages.get("error.stale"));
    return "redirect:/areas/" + area + "/partnerships/" + id;
  }

  private static int version(Integer version) {
    return version == null ? -1 : version;
  }

  private static Integer parseYear(String s) {
    try {
      int year = Integer.parseInt(s == null ? "" : s.trim());
      return year >= 1990 && year <= 2100 ? year : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal parseAmount(String s) {
    if (s == null) {
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(s.trim().replace(",", "").replace("£", ""));
      return amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12
          ? null
          : amount;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
