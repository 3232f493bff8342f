package org.entente.assessment.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.entente.assessment.HealthCheckRound;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.RoundRefusedException;
import org.entente.assessment.RoundState;
import org.entente.assessment.Rounds;
import org.entente.directory.AreaRef;
import org.entente.governance.BodySummary;
import org.entente.governance.Structure;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.DateInput;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting a round, one question a page (instrument, respondents, closing date and anonymity), kept
 * as a draft round between pages, then a check-your-answers page that starts it.
 */
@Controller
class StartRoundController {

  static final int EMAILS_MAX = 20_000;

  private final Rounds rounds;
  private final InstrumentLibrary library;
  private final Structure structure;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  StartRoundController(
      Rounds rounds,
      InstrumentLibrary library,
      Structure structure,
      PartnershipAccess partnerships,
      MessageSource messages) {
    this.rounds = rounds;
    this.library = library;
    this.structure = structure;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  record InstrumentForm(String instrument, Integer version) {}

  record RespondentsForm(List<Long> bodyIds, String extraEmails, Integer version) {}

  record SettingsForm(
      DateInput closesOn, Boolean anonymous, String minimumGroupSize, Integer version) {}

  // --- step 1: the instrument

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/new")
  String newRound(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    return instrumentPage(p, null, new InstrumentForm(null, null), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks")
  String createDraft(
      AreaRef area,
      @PathVariable long pid,
      @ModelAttribute("form") InstrumentForm form,
      BindingResult errors,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    InstrumentText chosen = chosenInstrument(form, errors);
    if (chosen == null) {
      return instrumentPage(p, null, form, model);
    }
    long id =
        rounds.draft(
            area.id(),
            pid,
            new Rounds.Draft(chosen.key(), chosen.version(), List.of(), null, null, true, 3),
            RoundController.who(user));
    return "redirect:" + base(area, pid) + "/" + id + "/respondents";
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/instrument")
  String instrument(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    return instrumentPage(p, r, new InstrumentForm(r.instrumentKey(), r.version()), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/instrument")
  String chooseInstrument(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @ModelAttribute("form") InstrumentForm form,
      BindingResult errors,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    InstrumentText chosen = chosenInstrument(form, errors);
    if (chosen == null) {
      return instrumentPage(p, r, form, model);
    }
    try {
      rounds.saveDraft(
          area.id(),
          rid,
          version(form.version()),
          new Rounds.Draft(
              chosen.key(),
              chosen.version(),
              r.bodyIds(),
              r.extraEmails(),
              r.closesOn(),
              r.anonymous(),
              r.minimumGroupSize()));
    } catch (StaleEditException e) {
      HealthCheckRound fresh = draft(area, pid, rid);
      InstrumentForm current = new InstrumentForm(fresh.instrumentKey(), fresh.version());
      String view = instrumentPage(p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    return "redirect:" + base(area, pid) + "/" + rid + "/check";
  }

  private InstrumentText chosenInstrument(InstrumentForm form, BindingResult errors) {
    InstrumentText chosen =
        form.instrument() == null ? null : library.latest(form.instrument()).orElse(null);
    if (chosen == null) {
      errors.rejectValue("instrument", "required", message("round.error.instrument"));
    }
    return chosen;
  }

  private String instrumentPage(
      PartnershipView p, HealthCheckRound r, InstrumentForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute("form", form);
    model.addAttribute(
        "instruments",
        library.latest().stream()
            .sorted(Comparator.comparing(i -> i.title().toLowerCase()))
            .map(i -> new Option(i.key(), i.title(), i.summary()))
            .toList());
    return "assessment/start-instrument";
  }

  // --- step 2: respondents

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/respondents")
  String respondents(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    return respondentsPage(
        area, p, r, new RespondentsForm(r.bodyIds(), r.extraEmails(), r.version()), model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/respondents")
  String chooseRespondents(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @ModelAttribute("form") RespondentsForm form,
      BindingResult errors,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    List<Long> bodyIds = form.bodyIds() == null ? List.of() : form.bodyIds();
    String emails = form.extraEmails() == null ? null : form.extraEmails().trim();
    if (emails != null && emails.length() > EMAILS_MAX) {
      errors.rejectValue("extraEmails", "long", message("round.error.emailsLong", EMAILS_MAX));
      return respondentsPage(area, p, r, form, model);
    }
    Rounds.Invitees invitees;
    try {
      invitees = rounds.invitees(area.id(), pid, bodyIds, emails);
    } catch (RoundRefusedException e) {
      errors.rejectValue("bodyIds", e.messageKey(), message(e.messageKey()));
      return respondentsPage(area, p, r, form, model);
    }
    if (!invitees.badEmails().isEmpty()) {
      errors.rejectValue(
          "extraEmails",
          "invalid",
          message("round.error.emailsList", String.join(", ", invitees.badEmails())));
    } else if (invitees.invited().isEmpty()) {
      errors.rejectValue("bodyIds", "required", message("round.error.noRespondents"));
    }
    if (errors.hasErrors()) {
      return respondentsPage(area, p, r, form, model);
    }
    try {
      rounds.saveDraft(
          area.id(),
          rid,
          version(form.version()),
          new Rounds.Draft(
              r.instrumentKey(),
              r.instrumentVersion(),
              bodyIds,
              emails == null || emails.isEmpty() ? null : emails,
              r.closesOn(),
              r.anonymous(),
              r.minimumGroupSize()));
    } catch (StaleEditException e) {
      HealthCheckRound fresh = draft(area, pid, rid);
      RespondentsForm current =
          new RespondentsForm(fresh.bodyIds(), fresh.extraEmails(), fresh.version());
      String view = respondentsPage(area, p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    return "redirect:"
        + base(area, pid)
        + "/"
        + rid
        + (r.closesOn() == null ? "/settings" : "/check");
  }

  private String respondentsPage(
      AreaRef area, PartnershipView p, HealthCheckRound r, RespondentsForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute("form", form);
    List<BodySummary> bodies = structure.bodiesOf(area.id(), p.id());
    model.addAttribute(
        "bodies",
        bodies.stream()
            .map(
                b ->
                    new Option(
                        b.id(),
                        b.name(),
                        message("start.respondents.bodyHint", b.seats() - b.vacant())))
            .toList());
    return "assessment/start-respondents";
  }

  // --- step 3: closing date and anonymity

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/settings")
  String settings(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    return settingsPage(
        p,
        r,
        new SettingsForm(
            DateInput.of(r.closesOn()),
            r.anonymous(),
            String.valueOf(r.minimumGroupSize()),
            r.version()),
        model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/settings")
  String chooseSettings(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @ModelAttribute("form") SettingsForm form,
      BindingResult errors,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    LocalDate closes = closingDate(form.closesOn(), "closesOn", errors);
    if (form.anonymous() == null) {
      errors.rejectValue("anonymous", "required", message("round.error.anonymous"));
    }
    Integer minimum = groupSize(form.minimumGroupSize());
    if (minimum == null) {
      errors.rejectValue("minimumGroupSize", "invalid", message("round.error.minimumGroupSize"));
    }
    if (errors.hasErrors()) {
      return settingsPage(p, r, form, model);
    }
    try {
      rounds.saveDraft(
          area.id(),
          rid,
          version(form.version()),
          new Rounds.Draft(
              r.instrumentKey(),
              r.instrumentVersion(),
              r.bodyIds(),
              r.extraEmails(),
              closes,
              form.anonymous(),
              minimum));
    } catch (StaleEditException e) {
      HealthCheckRound fresh = draft(area, pid, rid);
      SettingsForm current =
          new SettingsForm(
              DateInput.of(fresh.closesOn()),
              fresh.anonymous(),
              String.valueOf(fresh.minimumGroupSize()),
              fresh.version());
      String view = settingsPage(p, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    return "redirect:" + base(area, pid) + "/" + rid + "/check";
  }

  /** A closing date that is real, after today and within a year, or {@code null} with an error. */
  LocalDate closingDate(DateInput input, String field, BindingResult errors) {
    LocalDate date = input == null ? null : input.toDate();
    LocalDate today = LondonTime.today();
    if (input == null || input.isBlank()) {
      errors.rejectValue(field, "required", message("round.error.closesOn.missing"));
    } else if (date == null) {
      errors.rejectValue(field, "invalid", message("round.error.closesOn.invalid"));
    } else if (!date.isAfter(today)) {
      errors.rejectValue(field, "past", message("round.error.closesOn.future"));
    } else if (date.isAfter(today.plusDays(366))) {
      errors.rejectValue(field, "far", message("round.error.closesOn.far"));
    }
    return errors.hasFieldErrors(field) ? null : date;
  }

  private static Integer groupSize(String typed) {
    try {
      int n = Integer.parseInt(typed == null ? "" : typed.trim());
      return n >= 1 && n <= 100 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String settingsPage(
      PartnershipView p, HealthCheckRound r, SettingsForm form, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute("form", form);
    model.addAttribute(
        "anonymity",
        List.of(
            new Option(
                true,
                message("start.settings.anonymous.yes"),
                message("start.settings.anonymous.yesHint")),
            new Option(
                false,
                message("start.settings.anonymous.no"),
                message("start.settings.anonymous.noHint"))));
    return "assessment/start-settings";
  }

  // --- check your answers, and start

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/check")
  String check(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    return checkPage(area, p, r, model);
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/start")
  String start(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    try {
      rounds.start(area.id(), rid, version(version), RoundController.who(user));
    } catch (RoundRefusedException e) {
      model.addAttribute("problem", message(e.messageKey()));
      model.addAttribute("problemField", e.field());
      return checkPage(area, p, r, model);
    } catch (StaleEditException e) {
      model.addAttribute("problem", message("start.check.stale"));
      return checkPage(area, p, draft(area, pid, rid), model);
    } catch (MailException e) {
      model.addAttribute("problem", message("start.check.mailFailed"));
      return checkPage(area, p, r, model);
    }
    redirect.addFlashAttribute("flash", message("round.started"));
    return "redirect:" + base(area, pid) + "/" + rid;
  }

  @PostMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/discard")
  String discard(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @RequestParam(required = false) Integer version,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    PartnershipView p = partnerships.editable(area, pid, user);
    HealthCheckRound r = draft(area, pid, rid);
    try {
      rounds.discardDraft(area.id(), rid, version(version));
    } catch (StaleEditException e) {
      model.addAttribute("problem", message("start.check.stale"));
      return checkPage(area, p, draft(area, pid, rid), model);
    }
    redirect.addFlashAttribute("flash", message("round.discarded"));
    return "redirect:" + base(area, pid);
  }

  private String checkPage(AreaRef area, PartnershipView p, HealthCheckRound r, Model model) {
    model.addAttribute("p", p);
    model.addAttribute("r", r);
    model.addAttribute(
        "instrument", library.find(r.instrumentKey(), r.instrumentVersion()).orElse(null));
    Rounds.Invitees invitees;
    try {
      invitees = rounds.invitees(area.id(), p.id(), r.bodyIds(), r.extraEmails());
    } catch (RoundRefusedException e) {
      invitees = new Rounds.Invitees(List.of(), List.of(), List.of());
    }
    model.addAttribute("invitees", invitees);
    model.addAttribute(
        "bodyNames",
        r.bodyIds().isEmpty()
            ? List.of()
            : structure.bodyNames(area.id(), r.bodyIds()).values().stream().sorted().toList());
    return "assessment/start-check";
  }

  // --- helpers

  /** A step of a round that has started already: its page says where it is. */
  static final class RoundStartedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String page;

    RoundStartedException(String page) {
      super("round started");
      this.page = page;
    }
  }

  @ExceptionHandler(RoundStartedException.class)
  String started(RoundStartedException e) {
    return "redirect:" + e.page;
  }

  /** The draft round of this partnership, or a 404; a round already started goes to its page. */
  private HealthCheckRound draft(AreaRef area, long pid, long rid) {
    HealthCheckRound r =
        rounds
            .round(area.id(), rid)
            .filter(x -> x.partnershipId() == pid)
            .orElseThrow(() -> new NotFoundException("round " + rid));
    if (r.state() != RoundState.DRAFT) {
      throw new RoundStartedException(base(area, pid) + "/" + rid);
    }
    return r;
  }

  private static int version(Integer v) {
    return v == null ? -1 : v;
  }

  static String base(AreaRef area, long pid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/health-checks";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
