package org.entente.governance;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.LondonTime;

/** A body with its seats, who holds each now, its membership history and its warnings. */
public record BodyView(
    long id,
    long areaId,
    long partnershipId,
    int version,
    String name,
    BodyKind kind,
    RoleLayer layer,
    String termsOfReference,
    LocalDate endDate,
    boolean expectsVoluntarySeat,
    boolean expectsElectedSeat,
    List<SeatView> seats,
    List<Warning> warnings) {

  /** The seats that count today. */
  public List<SeatView> openSeats() {
    return seats.stream().filter(s -> s.open(LondonTime.today())).toList();
  }

  /** Seats removed from the body, kept with their history. */
  public List<SeatView> formerSeats() {
    return seats.stream().filter(s -> !s.open(LondonTime.today())).toList();
  }

  /** A seat with its current member and deputy (either may be {@code null}) and its history. */
  public record SeatView(
      long id,
      String title,
      Long organisationId,
      String organisationName,
      String sector,
      SeatRole role,
      boolean voting,
      LocalDate abolishedOn,
      MembershipView member,
      MembershipView deputy,
      List<MembershipView> history) {

    boolean open(LocalDate day) {
      return abolishedOn == null || abolishedOn.isAfter(day);
    }
  }

  public record MembershipView(
      long id,
      long personId,
      String personName,
      Capacity capacity,
      int tier,
      String sector,
      boolean umbrella,
      LocalDate from,
      LocalDate to,
      String endReason) {}
}
