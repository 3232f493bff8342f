package org.entente.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.identity.AccountRules;
import org.entente.identity.Role;

/** The forms of account administration; each binds one page's fields. */
final class Forms {

  private Forms() {}

  record InviteForm(
      @NotBlank(message = "{invite.displayName.required}")
          @Size(max = 200, message = "{invite.displayName.tooLong}")
          String displayName,
      @NotBlank(message = "{invite.username.required}")
          @Pattern(regexp = AccountRules.USERNAME_PATTERN, message = "{invite.username.format}")
          String username,
      @NotBlank(message = "{invite.email.required}")
          @Size(max = 320, message = "{invite.email.format}")
          @Pattern(regexp = AccountRules.EMAIL_PATTERN, message = "{invite.email.format}")
          String email,
      @NotNull(message = "{role.required}") Role role,
      Long partnershipId) {

    static InviteForm empty() {
      return new InviteForm(null, null, null, null, null);
    }
  }

  record RoleForm(@NotNull(message = "{role.required}") Role role, Long partnershipId) {

    static RoleForm empty() {
      return new RoleForm(null, null);
    }
  }

  record TokenForm(
      @NotBlank(message = "{token.name.required}")
          @Size(max = 100, message = "{token.name.tooLong}")
          String name) {}

  record PasswordChangeForm(
      @NotEmpty(message = "{password.current.required}") String currentPassword,
      String newPassword,
      String confirmation) {}

  record NewPasswordForm(String password, String confirmation) {}
}
