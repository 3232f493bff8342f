package org.entente.directory.web;

import org.entente.directory.AreaRef;
import org.entente.directory.DirectoryEditors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Lets directory pages show or refuse changes, depending on the user's roles in the area. */
@Component
class DirectoryEditing {

  private final DirectoryEditors editors;

  DirectoryEditing(DirectoryEditors editors) {
    this.editors = editors;
  }

  boolean mayEdit(AreaRef area, Authentication user) {
    return editors.mayEdit(user, area.id());
  }

  /** Refuses the request with a 403 unless the user may change the area's directory. */
  void require(AreaRef area, Authentication user) {
    if (!mayEdit(area, user)) {
      throw new AccessDeniedException("not an editor of the directory of " + area.slug());
    }
  }
}
