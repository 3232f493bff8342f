package org.entente.meetings.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.identity.Access;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.partnership.Viewer;
import org.entente.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a partnership's meetings and actions: every role of the area reads them,
 * restricted partnerships stay hidden from those who may not see them, and only administrators and
 * the partnership's officers change them.
 */
@Component
class PartnershipAccess {

  private final Register register;
  private final Access access;

  PartnershipAccess(Register register, Access access) {
    this.register = register;
    this.access = access;
  }

  PartnershipView readable(AreaRef area, long pid, Authentication user) {
    return register
        .find(area.id(), pid, viewer(area, user))
        .orElseThrow(() -> new NotFoundException("partnership " + pid));
  }

  PartnershipView editable(AreaRef area, long pid, Authentication user) {
    PartnershipView p = readable(area, pid, user);
    if (!canEdit(area, p, user)) {
      throw new AccessDeniedException("may not change the meetings of partnership " + pid);
    }
    return p;
  }

  boolean canEdit(AreaRef area, PartnershipView p, Authentication user) {
    return !p.closed() && access.canEditPartnership(user, area.id(), p.id());
  }

  /** Ids of the partnerships of the area this user may see. */
  Set<Long> visible(AreaRef area, Authentication user) {
    return register.all(area.id(), viewer(area, user)).stream()
        .map(PartnershipSummary::id)
        .collect(Collectors.toSet());
  }

  private Viewer viewer(AreaRef area, Authentication user) {
    return new Viewer(access.seesAllRestricted(user, area.id()), access.officerOf(user, area.id()));
  }
}
