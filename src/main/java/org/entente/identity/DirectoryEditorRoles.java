package org.entente.identity;

import java.util.Set;
import org.entente.directory.DirectoryEditors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Administrators and partnership officers keep the area's directory up to date; members and
 * scrutiny members only read it.
 */
@Component
class DirectoryEditorRoles implements DirectoryEditors {

  private final Access access;

  DirectoryEditorRoles(Access access) {
    this.access = access;
  }

  @Override
  public boolean mayEdit(Authentication user, long areaId) {
    Set<Role> roles = access.roles(user, areaId);
    return roles.contains(Role.ADMIN) || roles.contains(Role.OFFICER);
  }
}
