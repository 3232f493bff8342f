package org.entente.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.governance.BodyKind;
import org.entente.governance.Capacity;
import org.entente.governance.RoleLayer;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A body with its seats and every membership of them, past and present. */
@Table("body")
class Body {

  @Id Long id;
  long areaId;
  long partnershipId;
  String name;
  BodyKind kind;
  RoleLayer roleLayer;
  String termsOfReference;
  LocalDate endDate;
  boolean expectsVoluntarySeat;
  boolean expectsElectedSeat;
  @Version Integer version;
  Instant createdAt;

  @MappedCollection(idColumn = "body_id")
  Set<Seat> seats = new HashSet<>();

  static Body create(long areaId, long partnershipId, Structure.BodyDetails d, Instant now) {
    Body b = new Body();
    b.areaId = areaId;
    b.partnershipId = partnershipId;
    b.createdAt = now;
    b.apply(d);
    return b;
  }

  void apply(Structure.BodyDetails d) {
    name = d.name().trim();
    kind = d.kind();
    roleLayer = d.layer() == null ? d.kind().usualLayer() : d.layer();
    termsOfReference =
        d.termsOfReference() == null || d.termsOfReference().isBlank()
            ? null
            : d.termsOfReference().trim();
    endDate = d.endDate();
    expectsVoluntarySeat = d.expectsVoluntarySeat();
    expectsElectedSeat = d.expectsElectedSeat();
  }

  Seat addSeat(Structure.SeatDetails d) {
    Seat seat = new Seat();
    seat.title = d.title().trim();
    seat.organisationId = d.organisationId();
    seat.sector = d.organisationId() == null ? d.sector() : null;
    seat.seatRole = d.role();
    seat.voting = d.voting();
    seats.add(seat);
    return seat;
  }

  Optional<Seat> seat(long seatId) {
    return seats.stream().filter(s -> s.id != null && s.id == seatId).findFirst();
  }

  /** One seat on the body. */
  @Table("seat")
  static class Seat {
    @Id Long id;
    Long organisationId;
    String sector;
    String title;
    SeatRole seatRole;
    boolean voting;
    LocalDate abolishedOn;

    @MappedCollection(idColumn = "seat_id")
    Set<Membership> memberships = new HashSet<>();

    Optional<Membership> current(Capacity capacity, LocalDate on) {
      return memberships.stream().filter(m -> m.capacity == capacity && m.heldOn(on)).findFirst();
    }

    /** Ends the current holder in this capacity; false when nobody holds it. */
    boolean vacate(Capacity capacity, LocalDate lastDay, String reason) {
      List<Membership> open =
          memberships.stream().filter(m -> m.capacity == capacity && m.toDate == null).toList();
      open.forEach(m -> m.end(lastDay, reason));
      return !open.isEmpty();
    }

    void abolish(LocalDate from) {
      abolishedOn = from;
      memberships.stream()
          .filter(m -> m.toDate == null)
          .forEach(m -> m.end(from.minusDays(1), null));
    }

    /** Ends whoever holds the seat in this capacity the day before, and starts the newcomer. */
    void appoint(Structure.Appointment a, String replacedBecause) {
      memberships.stream()
          .filter(m -> m.capacity == a.capacity() && m.toDate == null)
          .forEach(m -> m.end(a.from().minusDays(1), replacedBecause));
      Membership m = new Membership();
      m.personId = a.personId();
      m.capacity = a.capacity();
      m.tier = a.tier();
      m.sector = a.sector();
      m.umbrella = a.umbrella();
      m.fromDate = a.from();
      memberships.add(m);
    }
  }

  /** A person in a seat for a period. */
  @Table("membership")
  static class Membership {
    @Id Long id;
    long personId;
    Capacity capacity;
    int tier;
    String sector;
    boolean umbrella;
    LocalDate fromDate;
    LocalDate toDate;
    String endReason;

    boolean heldOn(LocalDate day) {
      return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }

    void end(LocalDate on, String reason) {
      toDate = on.isBefore(fromDate) ? fromDate : on;
      endReason = reason == null || reason.isBlank() ? null : reason.trim();
    }
  }
}
