package org.entente.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.entente.identity.Accounts;
import org.entente.identity.PasswordPolicy;
import org.entente.identity.UserSummary;
import org.entente.identity.web.Forms.NewPasswordForm;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where an invitation's one-time link leads: the invited user chooses their password. */
@Controller
class PasswordLinkController {

  static final String SET_PASSWORD = "identity/set-password";
  static final String LINK_INVALID = "identity/link-invalid";

  private final Accounts accounts;
  private final MessageSourceAccessor messages;

  PasswordLinkController(Accounts accounts, MessageSource messageSource) {
    this.accounts = accounts;
    this.messages = new MessageSourceAccessor(messageSource);
  }

  @GetMapping("/password/{token}")
  String form(@PathVariable String token, Model model, HttpServletResponse response) {
    return accounts
        .passwordLinkOwner(token)
        .map(
            user -> {
              model.addAttribute("passwordForm", new NewPasswordForm(null, null));
              return page(token, user, model);
            })
        .orElseGet(() -> invalid(response));
  }

  @PostMapping("/password/{token}")
  String setPassword(
      @PathVariable String token,
      @ModelAttribute("passwordForm") NewPasswordForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UserSummary user = accounts.passwordLinkOwner(token).orElse(null);
    if (user == null) {
      return invalid(response);
    }
    PasswordPolicy.problem(form.password()).ifPresent(key -> binding.rejectValue("password", key));
    if (!binding.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
      binding.rejectValue("confirmation", "password.mismatch");
    }
    if (binding.hasErrors()) {
      return page(token, user, model);
    }
    if (!accounts.setPasswordWithLink(token, form.password())) {
      return invalid(response);
    }
    redirect.addFlashAttribute(
        "flash", messages.getMessage("password.link.done", new Object[] {user.username()}));
    return "redirect:/login";
  }

  private static String page(String token, UserSummary user, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("user", user);
    return SET_PASSWORD;
  }

  private static String invalid(HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return LINK_INVALID;
  }
}
