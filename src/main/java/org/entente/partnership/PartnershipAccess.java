package org.entente.partnership;

import java.util.Set;
import java.util.stream.Collectors;
import org.entente.directory.AreaRef;
import org.entente.identity.Access;
import org.entente.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a partnership and everything under it: every role of the area reads it,
 * restricted partnerships stay hidden from those who may not see them, and only administrators and
 * the partnership's officers change an open one. Every module with pages under a partnership asks
 * here.
 */
@Component
public class PartnershipAccess {

  private final Register register;
  private final Access access;

  PartnershipAccess(Register register, Access access) {
    this.register = register;
    this.access = access;
  }

  /** Which restricted partnerships this user sees in the area. */
  public Viewer viewer(Authentication user, long areaId) {
    return new Viewer(access.seesAllRestricted(user, areaId), access.officerOf(user, areaId));
  }

  /** The partnership, or a 404 when it is not in this area or not visible to this user. */
  public PartnershipView readable(AreaRef area, long id, Authentication user) {
    return register
        .find(area.id(), id, viewer(user, area.id()))
        .orElseThrow(() -> new NotFoundException("partnership " + id));
  }

  /** The partnership, or a 403 unless this user may change it and it is still open. */
  public PartnershipView editable(AreaRef area, long id, Authentication user) {
    PartnershipView p = readable(area, id, user);
    if (!canEdit(area, p, user)) {
      throw new AccessDeniedException("may not change partnership " + id);
    }
    return p;
  }

  public boolean canEdit(AreaRef area, PartnershipView p, Authentication user) {
    return !p.closed() && access.canEditPartnership(user, area.id(), p.id());
  }

  /** Ids of the partnerships of the area this user may see. */
  public Set<Long> visible(AreaRef area, Authentication user) {
    return register.all(area.id(), viewer(user, area.id())).stream()
        .map(PartnershipSummary::id)
        .collect(Collectors.toSet());
  }

  public boolean isAdmin(AreaRef area, Authentication user) {
    return access.isAdmin(user, area.id());
  }
}
