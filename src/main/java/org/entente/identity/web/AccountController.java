package org.entente.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.AccountPrincipal;
import org.entente.identity.Accounts;
import org.entente.identity.ApiTokenSummary;
import org.entente.identity.PasswordPolicy;
import org.entente.identity.UserSummary;
import org.entente.identity.web.Forms.PasswordChangeForm;
import org.entente.identity.web.Forms.TokenForm;
import org.entente.identity.web.RoleChoices.GrantView;
import org.entente.shared.AccountSection;
import org.entente.shared.NotFoundException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: their roles, personal API tokens and password. */
@Controller
@RequestMapping("/account")
class AccountController {

  static final String ACCOUNT = "identity/account";
  static final String TOKEN_CREATED = "identity/token-created";
  static final String CHANGE_PASSWORD = "identity/change-password";

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The roles held in one area. */
  record AreaRoles(AreaRef area, List<GrantView> roles) {}

  /** A token as its owner's page lists it, with times in UK time. */
  record TokenRow(long id, String name, ZonedDateTime created, ZonedDateTime lastUsed) {

    static TokenRow of(ApiTokenSummary t) {
      return new TokenRow(
          t.id(),
          t.name(),
          t.createdAt().atZone(LONDON),
          t.lastUsedAt() == null ? null : t.lastUsedAt().atZone(LONDON));
    }
  }

  private final Accounts accounts;
  private final Areas areas;
  private final RoleChoices roles;
  private final MessageSourceAccessor messages;
  private final List<AccountSection.Link> sections;

  AccountController(
      Accounts accounts,
      Areas areas,
      RoleChoices roles,
      MessageSource messageSource,
      List<AccountSection> sections) {
    this.accounts = accounts;
    this.areas = areas;
    this.roles = roles;
    this.messages = new MessageSourceAccessor(messageSource);
    this.sections = sections.stream().flatMap(s -> s.links().stream()).toList();
  }

  // Token names are trimmed; passwords are taken exactly as typed.
  @InitBinder("tokenForm")
  void trimInput(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping
  String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
    model.addAttribute("tokenForm", new TokenForm(null));
    return accountPage(me, model);
  }

  @PostMapping("/tokens")
  String createToken(
      @AuthenticationPrincipal AccountPrincipal me,
      @Valid @ModelAttribute("tokenForm") TokenForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return accountPage(me, model);
    }
    String token = accounts.createToken(me.id(), form.name());
    // Shown once, on the next page; only its hash is kept.
    redirect.addFlashAttribute("newToken", token);
    redirect.addFlashAttribute("newTokenName", form.name());
    return "redirect:/account/tokens/created";
  }

  @GetMapping("/tokens/created")
  String tokenCreated(Model model, HttpServletResponse response) {
    if (!model.containsAttribute("newToken")) {
      return "redirect:/account";
    }
    response.setHeader("Cache-Control", "no-store");
    return TOKEN_CREATED;
  }

  @PostMapping("/tokens/{id}/revoke")
  String revokeToken(
      @AuthenticationPrincipal AccountPrincipal me,
      @PathVariable long id,
      RedirectAttributes redirect) {
    String name =
        accounts.tokensOf(me.id()).stream()
            .filter(t -> t.id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("token " + id))
            .name();
    accounts.revokeToken(me.id(), id);
    redirect.addFlashAttribute("flash", messages.getMessage("token.revoked", new Object[] {name}));
    return "redirect:/account";
  }

  @GetMapping("/password")
  String passwordForm(Model model) {
    model.addAttribute("passwordForm", new PasswordChangeForm(null, null, null));
    return CHANGE_PASSWORD;
  }

  @PostMapping("/password")
  String changePassword(
      @AuthenticationPrincipal AccountPrincipal me,
      @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
      BindingResult binding,
      RedirectAttributes redirect) {
    if (!binding.hasFieldErrors("currentPassword")
        && !accounts.passwordMatches(me.id(), form.currentPassword())) {
      binding.rejectValue("currentPassword", "password.current.wrong");
    }
    PasswordPolicy.problem(form.newPassword())
        .ifPresent(key -> binding.rejectValue("newPassword", key));
    if (!binding.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
      binding.rejectValue("confirmation", "password.mismatch");
    }
    if (binding.hasErrors()) {
      return CHANGE_PASSWORD;
    }
    accounts.changePassword(me.id(), form.newPassword());
    redirect.addFlashAttribute("flash", messages.getMessage("password.changed"));
    return "redirect:/account";
  }

  private String accountPage(AccountPrincipal me, Model model) {
    UserSummary user =
        accounts.find(me.id()).orElseThrow(() -> new NotFoundException("account " + me.id()));
    List<AreaRoles> areaRoles =
        accounts.areasOf(me.id()).stream()
            .map(areas::findById)
            .flatMap(Optional::stream)
            .map(a -> new AreaRoles(a, roles.describe(accounts.grantsOf(me.id(), a.id()))))
            .toList();
    model.addAttribute("user", user);
    model.addAttribute("areaRoles", areaRoles);
    model.addAttribute("tokens", accounts.tokensOf(me.id()).stream().map(TokenRow::of).toList());
    model.addAttribute("sections", sections);
    return ACCOUNT;
  }
}
