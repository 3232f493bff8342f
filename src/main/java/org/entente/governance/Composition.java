package org.entente.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A body as its composition check sees it: its kind and layer, and each open seat with who holds it
 * now.
 */
public record Composition(
    BodyKind kind,
    RoleLayer layer,
    LocalDate endDate,
    boolean expectsVoluntarySeat,
    boolean expectsElectedSeat,
    List<SeatHolding> seats) {

  public Composition {
    seats = List.copyOf(seats);
  }

  /**
   * One open seat today: whether it is for the voluntary sector or elected members (by its sector
   * or its organisation's), and its current member's tier ({@code null} when vacant) and deputy.
   */
  public record SeatHolding(
      long seatId,
      String title,
      boolean voluntary,
      boolean elected,
      Integer memberTier,
      boolean hasDeputy) {

    public boolean vacant() {
      return memberTier == null;
    }
  }
}
