package org.entente.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The composition warnings of DOMAIN.md section 3, as a pure function of a body and guidance. */
public final class CompositionCheck {

  private CompositionCheck() {}

  public static List<Warning> warnings(Composition body, Guidance guidance, LocalDate today) {
    List<Warning> warnings = new ArrayList<>();
    int size = body.seats().size();
    if (guidance.maxSize() != null && size > guidance.maxSize()) {
      warnings.add(Warning.of(Warning.Kind.TOO_LARGE, size, guidance.maxSize()));
    }
    if (guidance.minSize() != null && size < guidance.minSize()) {
      warnings.add(Warning.of(Warning.Kind.TOO_SMALL, size, guidance.minSize()));
    }
    for (Composition.SeatHolding seat : body.seats()) {
      if (seat.vacant()) {
        warnings.add(Warning.of(Warning.Kind.VACANT_SEAT, seat.title()));
      } else if (guidance.deputiesRequired() && !seat.hasDeputy()) {
        warnings.add(Warning.of(Warning.Kind.NO_DEPUTY, seat.title()));
      }
    }
    if (guidance.lowestTier() != null && decides(body.layer())) {
      long below =
          body.seats().stream()
              .filter(s -> !s.vacant() && s.memberTier() > guidance.lowestTier())
              .count();
      if (below > 0) {
        warnings.add(Warning.of(Warning.Kind.BELOW_EXPECTED_TIER, below, guidance.lowestTier()));
      }
    }
    if (body.expectsVoluntarySeat()
        && body.seats().stream().noneMatch(Composition.SeatHolding::voluntary)) {
      warnings.add(Warning.of(Warning.Kind.NO_VOLUNTARY_SEAT));
    }
    if (body.expectsElectedSeat()
        && body.seats().stream().noneMatch(Composition.SeatHolding::elected)) {
      warnings.add(Warning.of(Warning.Kind.NO_ELECTED_SEAT));
    }
    if (body.endDate() != null && body.endDate().isBefore(today)) {
      warnings.add(Warning.of(Warning.Kind.PAST_END_DATE, body.endDate()));
    } else if (body.endDate() == null && body.kind().timeLimited()) {
      warnings.add(Warning.of(Warning.Kind.NO_END_DATE));
    }
    return warnings;
  }

  /** Bodies whose decisions must stick with the partners need senior members. */
  private static boolean decides(RoleLayer layer) {
    return layer == RoleLayer.STRATEGIC || layer == RoleLayer.EXECUTIVE;
  }
}
