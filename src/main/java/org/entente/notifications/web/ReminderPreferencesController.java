package org.entente.notifications.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.entente.identity.AccountPrincipal;
import org.entente.identity.Accounts;
import org.entente.notifications.ReminderKind;
import org.entente.notifications.ReminderPreferences;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user chooses which reminders Entente emails them. */
@Controller
@RequestMapping("/account/reminders")
class ReminderPreferencesController {

  static final String PAGE = "notifications/reminders";

  private final ReminderPreferences preferences;
  private final Accounts accounts;
  private final MessageSourceAccessor messages;

  ReminderPreferencesController(
      ReminderPreferences preferences, Accounts accounts, MessageSource messageSource) {
    this.preferences = preferences;
    this.accounts = accounts;
    this.messages = new MessageSourceAccessor(messageSource);
  }

  @GetMapping
  String show(@AuthenticationPrincipal AccountPrincipal me, Model model) {
    List<String> chosen =
        Arrays.stream(ReminderKind.values())
            .filter(preferences.chosen(me.id())::contains)
            .map(ReminderKind::name)
            .toList();
    model.addAttribute("form", new ReminderChoiceForm(chosen));
    return page(me, model);
  }

  @PostMapping
  String save(
      @AuthenticationPrincipal AccountPrincipal me,
      @ModelAttribute("form") ReminderChoiceForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    EnumSet<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
    for (String name : form.kinds() == null ? List.<String>of() : form.kinds()) {
      Arrays.stream(ReminderKind.values())
          .filter(k -> k.name().equals(name))
          .findFirst()
          .ifPresentOrElse(
              kinds::add,
              // only a tampered form sends a kind that does not exist
              () -> {
                if (!binding.hasFieldErrors("kinds")) {
                  binding.rejectValue("kinds", "reminders.error.kinds");
                }
              });
    }
    if (binding.hasErrors()) {
      return page(me, model);
    }
    preferences.choose(me.id(), kinds);
    redirect.addFlashAttribute("flash", messages.getMessage("reminders.saved"));
    return "redirect:/account";
  }

  private String page(AccountPrincipal me, Model model) {
    model.addAttribute(
        "email",
        accounts
            .find(me.id())
            .orElseThrow(() -> new NotFoundException("account " + me.id()))
            .email());
    model.addAttribute(
        "kinds",
        Arrays.stream(ReminderKind.values())
            .map(
                k ->
                    new Option(
                        k.name(),
                        messages.getMessage("reminders.kind." + k.name()),
                        messages.getMessage("reminders.kind." + k.name() + ".hint")))
            .toList());
    return PAGE;
  }
}
