package org.entente.governance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bodies of each partnership, their seats and who has filled them over time. */
public interface Structure {

  /** What a user enters about a body. */
  record BodyDetails(
      String name,
      BodyKind kind,
      RoleLayer layer,
      String termsOfReference,
      LocalDate endDate,
      boolean expectsVoluntarySeat,
      boolean expectsElectedSeat) {}

  /** A seat: held by an organisation, or by a sector (then {@code organisationId} is null). */
  record SeatDetails(
      String title, Long organisationId, String sector, SeatRole role, boolean voting) {}

  /** Who takes a seat, from when, at what seniority tier and representing which sector. */
  record Appointment(
      long personId,
      Capacity capacity,
      int tier,
      String sector,
      boolean umbrella,
      LocalDate from) {}

  List<BodySummary> bodiesOf(long areaId, long partnershipId);

  /** The names of the area's bodies among {@code ids}, by id, in one query. */
  Map<Long, String> bodyNames(long areaId, Collection<Long> ids);

  Optional<BodyView> body(long areaId, long bodyId);

  long createBody(long areaId, long partnershipId, BodyDetails details);

  /** Changes a body's details, such as renewing a time-limited group's end date. */
  void updateBody(long areaId, long bodyId, int version, BodyDetails details);

  long addSeat(long areaId, long bodyId, int version, SeatDetails details);

  /**
   * Puts a person in a seat. Whoever held it in that capacity leaves the day before, with the
   * reason given; their membership is kept.
   */
  void appoint(
      long areaId,
      long bodyId,
      int version,
      long seatId,
      Appointment appointment,
      String replacedBecause);

  /** Someone leaves a seat without a successor; the seat stays, vacant in that capacity. */
  void endMembership(
      long areaId,
      long bodyId,
      int version,
      long seatId,
      Capacity capacity,
      LocalDate lastDay,
      String reason);

  /** A seat is removed from the body from a date; whoever held it leaves the day before. */
  void abolishSeat(long areaId, long bodyId, int version, long seatId, LocalDate from);

  /** The guidance the area has set for each kind of body, or the defaults where it has not. */
  List<Guidance> guidance(long areaId);

  /** Sets the area's guidance for one kind of body. */
  void setGuidance(long areaId, Guidance guidance);

  /** Every body of the area with its warnings, for the area's roll-up. */
  List<BodySummary> bodiesOfArea(long areaId);

  /** Every seat a person has held, or an organisation's seats have been held, newest first. */
  List<Representation> representation(long areaId, Long personId, Long organisationId);

  /** One membership seen from the person or the organisation. */
  record Representation(
      long partnershipId,
      String partnershipName,
      long bodyId,
      String bodyName,
      String seatTitle,
      String organisationName,
      long personId,
      String personName,
      Capacity capacity,
      int tier,
      LocalDate from,
      LocalDate to,
      String endReason) {}
}
