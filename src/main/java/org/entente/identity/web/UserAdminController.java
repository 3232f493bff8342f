package org.entente.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.identity.Accounts;
import org.entente.identity.Grant;
import org.entente.identity.Invitations;
import org.entente.identity.Invitations.Invited;
import org.entente.identity.Invitations.Invitee;
import org.entente.identity.Invitations.Refused;
import org.entente.identity.Role;
import org.entente.identity.UserSummary;
import org.entente.identity.web.Forms.InviteForm;
import org.entente.identity.web.Forms.RoleForm;
import org.entente.identity.web.RoleChoices.GrantView;
import org.entente.shared.ListLinks;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.mail.MailException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Users and roles of an area, for its administrators: inviting, granting and removing roles,
 * deactivating and reactivating accounts. A user is visible here only while they hold a role in the
 * area.
 */
@Controller
@RequestMapping("/areas/{area}/admin/users")
class UserAdminController {

  private static final Logger log = LoggerFactory.getLogger(UserAdminController.class);

  static final String USERS = "identity/users";
  static final String INVITE = "identity/invite";
  static final String USER = "identity/user";
  static final String CONFIRM_STATUS = "identity/confirm-status";

  private static final String[] INVITE_FIELDS = {
    "displayName", "email", "username", "role", "partnershipId"
  };

  /** A line of the users table. */
  record UserRow(UserSummary user, List<GrantView> roles) {}

  private final Accounts accounts;
  private final Invitations invitations;
  private final RoleChoices roles;
  private final MessageSourceAccessor messages;
  private final String baseUrl;

  UserAdminController(
      Accounts accounts,
      Invitations invitations,
      RoleChoices roles,
      MessageSource messageSource,
      @Value("${entente.base-url:}") String baseUrl) {
    this.accounts = accounts;
    this.invitations = invitations;
    this.roles = roles;
    this.messages = new MessageSourceAccessor(messageSource);
    this.baseUrl = baseUrl;
  }

  @InitBinder({"inviteForm", "roleForm"})
  void trimInput(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }

  @GetMapping
  String users(
      AreaRef area,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    PageRequest pageRequest = PageRequest.of(page, null, null, null, Set.of("name"), "name");
    Page<UserSummary> users = accounts.usersOf(area.id(), pageRequest);
    Map<Long, List<Grant>> grants =
        accounts.grantsIn(area.id(), users.items().stream().map(UserSummary::id).toList());
    model.addAttribute(
        "users",
        users.map(u -> new UserRow(u, roles.describe(grants.getOrDefault(u.id(), List.of())))));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    return USERS;
  }

  @GetMapping("/invite")
  String inviteForm(AreaRef area, Model model) {
    model.addAttribute("inviteForm", InviteForm.empty());
    return invitePage(area, model);
  }

  @PostMapping("/invite")
  String invite(
      AreaRef area,
      @Valid @ModelAttribute("inviteForm") InviteForm form,
      BindingResult binding,
      @AuthenticationPrincipal AccountPrincipal me,
      Model model,
      RedirectAttributes redirect) {
    Long partnershipId =
        roles.checkPartnership(area.id(), form.role(), form.partnershipId(), binding);
    if (binding.hasErrors()) {
      FieldOrder.apply(model, binding, INVITE_FIELDS);
      return invitePage(area, model);
    }
    Invited invited;
    try {
      invited =
          invitations.invite(
              area.id(),
              new Invitee(form.displayName(), form.username(), form.email()),
              form.role(),
              partnershipId);
    } catch (Refused refused) {
      binding.rejectValue(refused.field(), refused.messageKey());
      return invitePage(area, model);
    }
    UserSummary user = invited.user();
    if (invited.needsEmail() && !sendInvitation(user, area, me, invited.linkToken(), redirect)) {
      return userPath(area, user.id());
    }
    String message;
    if (invited.newAccount()) {
      message = messages.getMessage("invite.sent", new Object[] {user.displayName(), user.email()});
    } else if (invited.needsEmail()) {
      message =
          messages.getMessage(
              "invite.existing.sent",
              new Object[] {user.displayName(), roles.label(form.role()), user.email()});
    } else {
      message =
          messages.getMessage(
              "invite.existing.granted",
              new Object[] {user.displayName(), roles.label(form.role())});
    }
    redirect.addFlashAttribute("flash", message);
    return "redirect:/areas/" + area.slug() + "/admin/users";
  }

  @GetMapping("/{id}")
  String user(AreaRef area, @PathVariable long id, Model model) {
    model.addAttribute("roleForm", RoleForm.empty());
    return userPage(area, visibleUser(area, id), model);
  }

  @PostMapping("/{id}/roles")
  String addRole(
      AreaRef area,
      @PathVariable long id,
      @Valid @ModelAttribute("roleForm") RoleForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    UserSummary user = visibleUser(area, id);
    Long partnershipId =
        roles.checkPartnership(area.id(), form.role(), form.partnershipId(), binding);
    if (!binding.hasErrors() && !accounts.grant(id, area.id(), form.role(), partnershipId)) {
      binding.rejectValue("role", "role.alreadyHeld");
    }
    if (binding.hasErrors()) {
      FieldOrder.apply(model, binding, "role", "partnershipId");
      return userPage(area, user, model);
    }
    redirect.addFlashAttribute(
        "flash",
        messages.getMessage(
            "user.role.added", new Object[] {user.displayName(), roles.label(form.role())}));
    return userPath(area, id);
  }

  @PostMapping("/{id}/roles/{grantId}/remove")
  String removeRole(
      AreaRef area,
      @PathVariable long id,
      @PathVariable long grantId,
      @AuthenticationPrincipal AccountPrincipal me,
      RedirectAttributes redirect) {
    UserSummary user = visibleUser(area, id);
    Grant grant =
        accounts.grantsOf(id, area.id()).stream()
            .filter(g -> g.id() == grantId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("role " + grantId));
    if (grant.role() == Role.ADMIN && id == me.id()) {
      redirect.addFlashAttribute("problem", messages.getMessage("user.role.ownAdmin"));
      return userPath(area, id);
    }
    accounts.revoke(grantId, area.id());
    String label = roles.label(grant.role());
    if (accounts.grantsOf(id, area.id()).isEmpty()) {
      redirect.addFlashAttribute(
          "flash",
          messages.getMessage(
              "user.role.removedLast", new Object[] {label, user.displayName(), area.name()}));
      return "redirect:/areas/" + area.slug() + "/admin/users";
    }
    redirect.addFlashAttribute(
        "flash",
        messages.getMessage("user.role.removed", new Object[] {label, user.displayName()}));
    return userPath(area, id);
  }

  @GetMapping("/{id}/{change:deactivate|reactivate}")
  String confirmStatus(
      AreaRef area,
      @PathVariable long id,
      @PathVariable String change,
      @AuthenticationPrincipal AccountPrincipal me,
      Model model,
      RedirectAttributes redirect) {
    UserSummary user = visibleUser(area, id);
    boolean deactivate = change.equals("deactivate");
    if (deactivate && id == me.id()) {
      redirect.addFlashAttribute("problem", messages.getMessage("user.deactivate.self"));
      return userPath(area, id);
    }
    if (user.active() != deactivate) {
      return userPath(area, id);
    }
    model.addAttribute("user", user);
    model.addAttribute("change", change);
    return CONFIRM_STATUS;
  }

  @PostMapping("/{id}/{change:deactivate|reactivate}")
  String changeStatus(
      AreaRef area,
      @PathVariable long id,
      @PathVariable String change,
      @AuthenticationPrincipal AccountPrincipal me,
      RedirectAttributes redirect) {
    UserSummary user = visibleUser(area, id);
    boolean deactivate = change.equals("deactivate");
    if (deactivate && id == me.id()) {
      redirect.addFlashAttribute("problem", messages.getMessage("user.deactivate.self"));
      return userPath(area, id);
    }
    if (user.active() != deactivate) {
      return userPath(area, id); // already done, perhaps in another tab
    }
    accounts.setActive(id, area.id(), !deactivate);
    redirect.addFlashAttribute(
        "flash",
        messages.getMessage(
            deactivate ? "user.deactivated" : "user.reactivated",
            new Object[] {user.displayName()}));
    return userPath(area, id);
  }

  @PostMapping("/{id}/invitation")
  String resendInvitation(
      AreaRef area,
      @PathVariable long id,
      @AuthenticationPrincipal AccountPrincipal me,
      RedirectAttributes redirect) {
    UserSummary user = visibleUser(area, id);
    String token;
    try {
      token = invitations.renew(id, area.id());
    } catch (Refused refused) {
      redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey()));
      return userPath(area, id);
    }
    if (sendInvitation(user, area, me, token, redirect)) {
      redirect.addFlashAttribute(
          "flash",
          messages.getMessage("invite.resent", new Object[] {user.displayName(), user.email()}));
    }
    return userPath(area, id);
  }

  private String invitePage(AreaRef area, Model model) {
    model.addAttribute("roleOptions", roles.roles());
    model.addAttribute("partnershipOptions", roles.partnerships(area.id()));
    return INVITE;
  }

  private String userPage(AreaRef area, UserSummary user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("grants", roles.describe(accounts.grantsOf(user.id(), area.id())));
    model.addAttribute("roleOptions", roles.roles());
    model.addAttribute("partnershipOptions", roles.partnerships(area.id()));
    return USER;
  }

  /** The user, if they hold a role in this area; administrators of one area cannot see others'. */
  private UserSummary visibleUser(AreaRef area, long id) {
    if (accounts.grantsOf(id, area.id()).isEmpty()) {
      throw new NotFoundException("user " + id);
    }
    return accounts.find(id).orElseThrow(() -> new NotFoundException("user " + id));
  }

  /** Emails the link; when the mail server refuses, says so on the next page and returns false. */
  private boolean sendInvitation(
      UserSummary user,
      AreaRef area,
      AccountPrincipal me,
      String token,
      RedirectAttributes redirect) {
    try {
      invitations.send(user, area.name(), me.displayName(), baseUrl(), token);
      return true;
    } catch (MailException e) {
      log.warn("Could not email the invitation for user {}: {}", user.id(), e.getMessage());
      redirect.addFlashAttribute(
          "problem",
          messages.getMessage(
              "invite.mailFailed", new Object[] {user.displayName(), user.email()}));
      return false;
    }
  }

  private String baseUrl() {
    return baseUrl == null || baseUrl.isBlank()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        : baseUrl;
  }

  private static String userPath(AreaRef area, long id) {
    return "redirect:/areas/" + area.slug() + "/admin/users/" + id;
  }
}
