package org.entente.assessment.web;

import java.time.LocalDate;
import org.entente.assessment.HealthCheckRound;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.RoundRefusedException;
import org.entente.assessment.RoundState;
import org.entente.assessment.Rounds;
import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.DateInput;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
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
 * A round as its officers follow it: how many have answered, who has finished (unless it is
 * anonymous), reminders, a later closing date, and closing it early.
 */
@Controller
class RoundController {

  private final Rounds rounds;
  private final InstrumentLibrary library;
  private final PartnershipAccess partnerships;
  private final StartRoundController start;
  private final MessageSource messages;

  RoundController(
      Rounds rounds,
      InstrumentLibrary library,
      PartnershipAccess partnerships,
      StartRoundController start,
      MessageSource messages) {
    this.rounds = rounds;
    this.library = library;
    this.partnerships = partnerships;
    this.start = start;
    this.messages = messages;
  }

  record ExtendForm(DateInput closesOn, Integer version) {}

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    HealthCheckRound r = round(area, pid, rid);
    if (r.state() == RoundState.DRAFT) {
      if (partnerships.canEdit(area, p, user)) {
        return "redirect:" + StartRoundController.base(area, pid) + "/" + rid + "/check";
      }
      throw new NotFoundException("round " + rid);
    }
    return roundPage(area, p, r, user, model);
  }

  private String roundPage(
      AreaRef area, PartnershipView p, HealthCheckRound r, Authentication user, Model model) {
    boolean canEdit = partnerships.canEdit(area, p, user);
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute(
        "instrument", library.find(r.instrumentKey(), r.instrumentVersion()).orElse(null));
    model.addAttribute("counts", rounds.counts(r.id()));
    model.addAttribute("canEdit", canEdit);
    model.addAttribute("open", r.acceptsAnswers(LondonTime.today()));
    model.addAttribute(
        "respondents", canEdit && !r.anonymous() ? rounds.respondents(area.id(), r.id()) : null);
    return "assessment/round";
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/reminders")
  String remind(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      RedirectAttributes redirect) {
    partnerships.editable(area, pid, user);
    round(area, pid, rid);
    try {
      int sent = rounds.remind(area.id(), rid, who(user));
      redirect.addFlashAttribute(
          "flash",
          sent == 0
              ? message("round.reminded.none")
              : sent == 1 ? message("round.reminded.one") : message("round.reminded", sent));
    } catch (RoundRefusedException e) {
      redirect.addFlashAttribute("flashError", message(e.messageKey()));
    } catch (MailException e) {
      redirect.addFlashAttribute("flashError", message("round.reminded.mailFailed"));
    }
    return "redirect:" + StartRoundController.base(area, pid) + "/" + rid;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/close")
  String confirmClose(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = openRound(area, pid, rid);
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute("counts", rounds.counts(rid));
    return "assessment/round-close";
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/close")
  String close(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    openRound(area, pid, rid);
    try {
      rounds.close(area.id(), rid, version == null ? -1 : version, who(user));
    } catch (StaleEditException e) {
      model.addAttribute("p", p);
      model.addAttribute("r", round(area, pid, rid));
      model.addAttribute("counts", rounds.counts(rid));
      model.addAttribute("problem", message("round.close.stale"));
      return "assessment/round-close";
    }
    redirect.addFlashAttribute("flash", message("round.closed"));
    return "redirect:" + StartRoundController.base(area, pid) + "/" + rid;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/extend")
  String extendForm(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = openRound(area, pid, rid);
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute("form", new ExtendForm(DateInput.of(null), r.version()));
    return "assessment/round-extend";
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/extend")
  String extend(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @ModelAttribute("form") ExtendForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = openRound(area, pid, rid);
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    LocalDate closes = start.closingDate(form.closesOn(), "closesOn", errors);
    if (closes != null && !closes.isAfter(r.closesOn())) {
      errors.rejectValue("closesOn", "later", message("round.error.closesOn.later"));
    }
    if (errors.hasErrors()) {
      return "assessment/round-extend";
    }
    try {
      rounds.extend(
          area.id(), rid, form.version() == null ? -1 : form.version(), closes, who(user));
    } catch (StaleEditException e) {
      HealthCheckRound fresh = round(area, pid, rid);
      model.addAttribute("r", fresh);
      StaleForms.show(
          model, "form", new ExtendForm(form.closesOn(), fresh.version()), message("error.stale"));
      return "assessment/round-extend";
    } catch (RoundRefusedException e) {
      errors.rejectValue("closesOn", e.messageKey(), message(e.messageKey()));
      return "assessment/round-extend";
    }
    redirect.addFlashAttribute("flash", message("round.extended"));
    return "redirect:" + StartRoundController.base(area, pid) + "/" + rid;
  }

  private HealthCheckRound round(AreaRef area, long pid, long rid) {
    return rounds
        .round(area.id(), rid)
        .filter(r -> r.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("round " + rid));
  }

  /** A round that takes answers; closing or extending another one is not on offer. */
  private HealthCheckRound openRound(AreaRef area, long pid, long rid) {
    HealthCheckRound r = round(area, pid, rid);
    if (r.state() != RoundState.OPEN) {
      throw new NotFoundException("open round " + rid);
    }
    return r;
  }

  /** The name the audit trail and the round record give the user. */
  static String who(Authentication user) {
    if (user != null && user.getPrincipal() instanceof AccountPrincipal p) {
      return p.displayName();
    }
    return user == null ? null : user.getName();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
