package org.entente.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.assessment.Answer;
import org.entente.assessment.AnswerRefusedException;
import org.entente.assessment.Questionnaire;
import org.entente.assessment.RoundClosedException;
import org.entente.assessment.Rounds;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A respondent's page, reached through their personal link without an account. It shows the
 * instrument and the respondent's own answers, never anything about anyone else; a link that is not
 * one shows the plain not-found page.
 */
@Controller
class RespondController {

  /** Form fields of answers are named {@code answer-<item key>}. */
  static final String PREFIX = "answer-";

  /** The value of a "don't know" radio. */
  static final String DONT_KNOW = "dont-know";

  private final Rounds rounds;
  private final Register register;
  private final MessageSource messages;

  RespondController(Rounds rounds, Register register, MessageSource messages) {
    this.rounds = rounds;
    this.register = register;
    this.messages = messages;
  }

  @GetMapping("/health-checks/respond/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    Questionnaire q = questionnaire(token);
    if (!q.round().acceptsAnswers(LondonTime.today())) {
      return closed(q, model, response);
    }
    return page(token, q, q.answers(), model);
  }

  @PostMapping("/health-checks/respond/{token}")
  String save(
      @PathVariable String token,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Questionnaire q = questionnaire(token);
    boolean submit = "submit".equals(form.get("action"));
    Map<String, Answer> answers = new LinkedHashMap<>();
    form.forEach(
        (name, value) -> {
          if (name.startsWith(PREFIX) && value != null && !value.isBlank()) {
            answers.put(name.substring(PREFIX.length()), answer(value));
          }
        });
    int version;
    try {
      version = Integer.parseInt(form.getOrDefault("version", ""));
    } catch (NumberFormatException e) {
      version = -1;
    }
    try {
      Questionnaire saved = rounds.answer(token, version, answers, submit);
      redirect.addFlashAttribute(
          "flash",
          submit
              ? message(
                  "respond.submitted",
                  LondonTime.today().isEqual(saved.round().closesOn())
                      ? message("respond.today")
                      : date(saved.round().closesOn()))
              : message("respond.saved", saved.answered(), saved.total()));
      return "redirect:/health-checks/respond/" + token;
    } catch (RoundClosedException e) {
      return closed(questionnaire(token), model, response);
    } catch (StaleEditException e) {
      Questionnaire fresh = questionnaire(token);
      model.addAttribute("problem", message("respond.stale"));
      return page(token, fresh, fresh.answers(), model);
    } catch (AnswerRefusedException e) {
      model.addAttribute(
          "problem",
          e.item() == null ? message("respond.error.nothing") : message("respond.error.answer"));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(token, q, q.answers(), model);
    }
  }

  /** A radio's value as an answer; junk becomes a value no scale has, refused on saving. */
  private static Answer answer(String value) {
    if (DONT_KNOW.equals(value)) {
      return Answer.unknown();
    }
    try {
      return Answer.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return Answer.of(Integer.MIN_VALUE);
    }
  }

  private Questionnaire questionnaire(String token) {
    return rounds
        .questionnaire(token)
        .orElseThrow(() -> new NotFoundException("health check link"));
  }

  private String page(String token, Questionnaire q, Map<String, Answer> answers, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("q", q);
    model.addAttribute("i", q.instrument());
    Map<String, String> chosen = new HashMap<>();
    answers.forEach(
        (item, a) -> chosen.put(item, a.dontKnow() ? DONT_KNOW : String.valueOf(a.value())));
    model.addAttribute("chosen", chosen);
    model.addAttribute("partnershipName", partnershipName(q));
    model.addAttribute(
        "percent", q.total() == 0 ? 0 : Math.round(100.0 * q.answered() / q.total()));
    model.addAttribute("closesOn", date(q.round().closesOn()));
    return "assessment/respond";
  }

  private String closed(Questionnaire q, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_GONE);
    model.addAttribute("closedOn", date(q.round().closedOn()));
    model.addAttribute("partnershipName", partnershipName(q));
    model.addAttribute("title", q.instrument().title());
    return "assessment/respond-closed";
  }

  private String partnershipName(Questionnaire q) {
    return register
        .names(q.round().areaId(), java.util.List.of(q.round().partnershipId()))
        .get(q.round().partnershipId());
  }

  private static String date(java.time.LocalDate d) {
    return d == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
            .format(d);
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
