package org.entente.partnership.web;

import org.entente.directory.AreaRef;
import org.entente.identity.Access;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
import org.entente.partnership.Viewer;
import org.entente.partnership.Viewers;
import org.entente.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Loads partnerships as the signed-in user may see them, and checks who may change them. */
@Component
class Readers {

  private final Register register;
  private final Access access;
  private final Viewers viewers;

  Readers(Register register, Access access, Viewers viewers) {
    this.register = register;
    this.access = access;
    this.viewers = viewers;
  }

  Viewer viewer(Authentication user, AreaRef area) {
    return viewers.of(user, area.id());
  }

  /** The partnership, or a 404 when it is not in this area or not visible to this user. */
  PartnershipView load(AreaRef area, long id, Authentication user) {
    return register
        .find(area.id(), id, viewer(user, area))
        .orElseThrow(() -> new NotFoundException("partnership " + id));
  }

  /** The partnership, or a 403 unless this user may edit it and it is still open. */
  PartnershipView loadForEdit(AreaRef area, long id, Authentication user) {
    PartnershipView p = load(area, id, user);
    if (p.closed() || !access.canEditPartnership(user, area.id(), id)) {
      throw new AccessDeniedException("may not edit partnership " + id);
    }
    return p;
  }

  boolean canEdit(AreaRef area, PartnershipView p, Authentication user) {
    return !p.closed() && access.canEditPartnership(user, area.id(), p.id());
  }

  void requireAdmin(AreaRef area, Authentication user) {
    if (!access.isAdmin(user, area.id())) {
      throw new AccessDeniedException("only administrators add partnerships");
    }
  }

  boolean isAdmin(AreaRef area, Authentication user) {
    return access.isAdmin(user, area.id());
  }
}
