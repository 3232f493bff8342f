package org.entente.performance.web;

import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.identity.Access;
import org.entente.partnership.PartnershipAccess;
import org.entente.performance.OutcomeView;
import org.entente.performance.Strategy;
import org.entente.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change the community strategy: administrators change all of it; officers add outcomes
 * their partnerships lead, and change those outcomes with their indicators and measurements.
 */
@Component
class StrategyAccess {

  private final Access access;
  private final Strategy strategy;
  private final PartnershipAccess partnerships;

  StrategyAccess(Access access, Strategy strategy, PartnershipAccess partnerships) {
    this.access = access;
    this.strategy = strategy;
    this.partnerships = partnerships;
  }

  /** The outcome, or a 404 unless this user may see the partnership that leads it. */
  OutcomeView readable(AreaRef area, long outcomeId, Authentication user) {
    OutcomeView o =
        strategy
            .outcome(area.id(), outcomeId)
            .orElseThrow(() -> new NotFoundException("outcome " + outcomeId));
    if (!partnerships.visible(area, user).contains(o.leadId())) {
      throw new NotFoundException("outcome " + outcomeId);
    }
    return o;
  }

  boolean isAdmin(AreaRef area, Authentication user) {
    return access.isAdmin(user, area.id());
  }

  /** Partnerships whose outcomes this user may change; null means all of them. */
  Set<Long> leads(AreaRef area, Authentication user) {
    return isAdmin(area, user) ? null : access.officerOf(user, area.id());
  }

  boolean canAdd(AreaRef area, Authentication user) {
    return isAdmin(area, user) || !access.officerOf(user, area.id()).isEmpty();
  }

  boolean canEdit(AreaRef area, OutcomeView outcome, Authentication user) {
    return isAdmin(area, user) || access.canEditPartnership(user, area.id(), outcome.leadId());
  }

  boolean mayLead(AreaRef area, long partnershipId, Authentication user) {
    return isAdmin(area, user) || access.canEditPartnership(user, area.id(), partnershipId);
  }

  OutcomeView editable(AreaRef area, long outcomeId, Authentication user) {
    OutcomeView o = readable(area, outcomeId, user);
    if (!canEdit(area, o, user)) {
      throw new AccessDeniedException("may not change outcome " + outcomeId);
    }
    return o;
  }

  void requireAdd(AreaRef area, Authentication user) {
    if (!canAdd(area, user)) {
      throw new AccessDeniedException("may not add outcomes");
    }
  }
}
