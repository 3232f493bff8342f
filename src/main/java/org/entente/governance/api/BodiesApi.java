package org.entente.governance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.directory.Sector;
import org.entente.governance.BodyKind;
import org.entente.governance.BodySummary;
import org.entente.governance.BodyView;
import org.entente.governance.Capacity;
import org.entente.governance.RoleLayer;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Bodies, seats and memberships as JSON: every signed-in role of the area reads them (restricted
 * partnerships only for those who may see them); the partnership's officers and administrators
 * change them, sending the version of the body they change.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}/partnerships/{pid}/bodies")
@Tag(
    name = "Bodies",
    description =
        "The bodies of a partnership, their seats and who has held them. Changes to a body, its"
            + " seats and memberships send the body's version and return the body as it now is,"
            + " with its new version; a stale version gets 409 and nothing is saved.")
class BodiesApi {

  static final String AREA = "Area slug, for example demo";
  static final String PID = "Partnership id";
  static final String BODY = "Body id";
  static final String SEAT = "Seat id";
  private static final String WRITERS =
      " For the partnership's officers and administrators; others get 403.";

  private final Structure structure;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  BodiesApi(Structure structure, PartnershipAccess partnerships, MessageSource messages) {
    this.structure = structure;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  @Schema(description = "What describes a body")
  record BodyRequest(
      @NotBlank(message = "{body.error.name}")
          @Size(max = 200, message = "{api.error.tooLong}")
          @Schema(description = "Name, unique within the partnership", example = "Board")
          String name,
      @NotNull(message = "{body.error.kind}") BodyKind kind,
      @Schema(description = "Layer it works at; the kind's usual layer when left out")
          RoleLayer layer,
      @Schema(description = "Terms of reference") String termsOfReference,
      @Schema(description = "When a time-limited group ends") LocalDate endDate,
      @Schema(description = "Whether the body should have a voluntary-sector seat")
          Boolean expectsVoluntarySeat,
      @Schema(description = "Whether the body should have a seat for an elected member")
          Boolean expectsElectedSeat,
      @Schema(description = "The body's version being changed; needed when updating")
          Integer version) {

    Structure.BodyDetails details() {
      return new Structure.BodyDetails(
          name,
          kind,
          layer,
          termsOfReference,
          endDate,
          Boolean.TRUE.equals(expectsVoluntarySeat),
          Boolean.TRUE.equals(expectsElectedSeat));
    }
  }

  @Schema(description = "A new seat, held by an organisation or, failing that, by a sector")
  record SeatRequest(
      @NotBlank(message = "{seat.error.title}")
          @Size(max = 200, message = "{api.error.tooLong}")
          @Schema(example = "Chief Constable")
          String title,
      @Schema(description = "Organisation holding the seat") Long organisationId,
      @Schema(description = "Sector holding the seat, when no organisation does") Sector sector,
      @NotNull(message = "{seat.error.role}") SeatRole role,
      @Schema(description = "Whether the seat votes; true when left out") Boolean voting,
      @NotNull(message = "{api.error.version}") @Schema(description = "The body's version")
          Integer version) {}

  @Schema(description = "Who takes a seat; whoever held it in that capacity leaves the day before")
  record AppointmentRequest(
      @NotNull(message = "{appoint.error.person}") @Schema(description = "Person id") Long personId,
      @Schema(description = "MEMBER (when left out) or DEPUTY") Capacity capacity,
      @NotNull(message = "{appoint.error.tier}")
          @Min(value = 1, message = "{appoint.error.tier}")
          @Max(value = 4, message = "{appoint.error.tier}")
          @Schema(description = "Seniority tier, 1 (most senior) to 4")
          Integer tier,
      @NotNull(message = "{appoint.error.sector}") @Schema(description = "Sector represented")
          Sector sector,
      @Schema(description = "Whether they speak for an umbrella body") Boolean umbrella,
      @NotNull(message = "{api.error.date}") @Schema(description = "First day in the seat")
          LocalDate from,
      @Size(max = 300, message = "{api.error.tooLong}")
          @Schema(description = "Why the previous holder left, when there was one")
          String reason,
      @NotNull(message = "{api.error.version}") @Schema(description = "The body's version")
          Integer version) {}

  @Schema(description = "Someone leaves a seat without a successor")
  record EndRequest(
      @Schema(description = "MEMBER (when left out) or DEPUTY") Capacity capacity,
      @NotNull(message = "{api.error.date}") @Schema(description = "Their last day")
          LocalDate lastDay,
      @Size(max = 300, message = "{api.error.tooLong}") @Schema(description = "Why they left")
          String reason,
      @NotNull(message = "{api.error.version}") @Schema(description = "The body's version")
          Integer version) {}

  @Schema(description = "A seat is removed from the body")
  record AbolishRequest(
      @NotNull(message = "{api.error.date}")
          @Schema(description = "First day without the seat; its holders leave the day before")
          LocalDate from,
      @NotNull(message = "{api.error.version}") @Schema(description = "The body's version")
          Integer version) {}

  // --- reading

  @GetMapping
  @Operation(summary = "The bodies of a partnership, with size, vacancies and warnings")
  List<BodySummary> list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return structure.bodiesOf(area.id(), pid);
  }

  @GetMapping("/{bodyId}")
  @Operation(summary = "One body with its seats, current members, deputies and history")
  BodyView show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return body(area, pid, bodyId);
  }

  @GetMapping("/{bodyId}/seats")
  @Operation(summary = "The seats of a body, former ones included, with their holders")
  List<BodyView.SeatView> seats(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return body(area, pid, bodyId).seats();
  }

  @GetMapping("/{bodyId}/seats/{seatId}")
  @Operation(summary = "One seat with its member, deputy and everyone who has held it")
  BodyView.SeatView seat(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @PathVariable @Parameter(description = SEAT) long seatId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return seat(body(area, pid, bodyId), seatId);
  }

  @GetMapping("/{bodyId}/seats/{seatId}/memberships")
  @Operation(summary = "Everyone who has held a seat, as member or deputy, with their dates")
  List<BodyView.MembershipView> memberships(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @PathVariable @Parameter(description = SEAT) long seatId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return seat(body(area, pid, bodyId), seatId).history();
  }

  @GetMapping("/{bodyId}/seats/{seatId}/memberships/{membershipId}")
  @Operation(summary = "One membership of a seat")
  BodyView.MembershipView membership(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @PathVariable @Parameter(description = SEAT) long seatId,
      @PathVariable @Parameter(description = "Membership id") long membershipId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return seat(body(area, pid, bodyId), seatId).history().stream()
        .filter(m -> m.id() == membershipId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("membership " + membershipId));
  }

  // --- changing

  @PostMapping
  @Operation(
      summary = "Add a body to a partnership",
      description = "Returns the new body." + WRITERS)
  @ApiResponse(responseCode = "201", description = "Added; Location names the new body")
  ResponseEntity<BodyView> create(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Valid @RequestBody BodyRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    requireValid(errors);
    long id;
    try {
      id = structure.createBody(area.id(), pid, request.details());
    } catch (DuplicateKeyException e) {
      throw invalid(errors, "name", message("body.error.duplicate"));
    }
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(id);
    return ResponseEntity.created(location).body(body(area, pid, id));
  }

  @PutMapping("/{bodyId}")
  @Operation(
      summary = "Change a body's details, such as renewing a time-limited group's end date",
      description = "Send the body's version; returns the body with its new version." + WRITERS)
  BodyView update(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @Valid @RequestBody BodyRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    if (request.version() == null) {
      reject(errors, "version", message("api.error.version"));
    }
    requireValid(errors);
    try {
      structure.updateBody(area.id(), bodyId, request.version(), request.details());
    } catch (DuplicateKeyException e) {
      throw invalid(errors, "name", message("body.error.duplicate"));
    }
    return body(area, pid, body.id());
  }

  @PostMapping("/{bodyId}/seats")
  @Operation(
      summary = "Add a seat to a body",
      description = "Returns the body with the new seat and its new version." + WRITERS)
  @ApiResponse(responseCode = "201", description = "Added; Location names the new seat")
  ResponseEntity<BodyView> addSeat(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @Valid @RequestBody SeatRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    body(area, pid, bodyId);
    if (request.organisationId() == null && request.sector() == null) {
      reject(errors, "organisationId", message("seat.error.holder"));
    }
    requireValid(errors);
    long seatId;
    try {
      seatId =
          structure.addSeat(
              area.id(),
              bodyId,
              request.version(),
              new Structure.SeatDetails(
                  request.title(),
                  request.organisationId(),
                  request.sector() == null ? null : request.sector().name(),
                  request.role(),
                  !Boolean.FALSE.equals(request.voting())));
    } catch (IllegalArgumentException e) {
      throw invalid(errors, "organisationId", message("api.error.organisation"));
    }
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(seatId);
    return ResponseEntity.created(location).body(body(area, pid, bodyId));
  }

  @PostMapping("/{bodyId}/seats/{seatId}/appoint")
  @Operation(
      summary = "Put a person in a seat, as member or deputy",
      description =
          "Whoever held the seat in that capacity leaves the day before, with the reason given."
              + " Returns the body with its new version."
              + WRITERS)
  @ApiResponse(responseCode = "201", description = "Appointed; Location names the membership")
  ResponseEntity<BodyView> appoint(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @PathVariable @Parameter(description = SEAT) long seatId,
      @Valid @RequestBody AppointmentRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    BodyView.SeatView seat = seat(body, seatId);
    requireValid(errors);
    requireCurrent(body, request.version());
    Capacity capacity = request.capacity() == null ? Capacity.MEMBER : request.capacity();
    BodyView.MembershipView current = capacity == Capacity.MEMBER ? seat.member() : seat.deputy();
    if (current != null && !request.from().isAfter(current.from())) {
      throw invalid(errors, "from", message("appoint.error.beforeCurrent", current.personName()));
    }
    try {
      structure.appoint(
          area.id(),
          bodyId,
          request.version(),
          seatId,
          new Structure.Appointment(
              request.personId(),
              capacity,
              request.tier(),
              request.sector().name(),
              Boolean.TRUE.equals(request.umbrella()),
              request.from()),
          request.reason());
    } catch (IllegalArgumentException e) {
      throw invalid(errors, "personId", message("appoint.error.person"));
    }
    BodyView after = body(area, pid, bodyId);
    long membershipId =
        seat(after, seatId).history().stream()
            .filter(
                m ->
                    m.personId() == request.personId()
                        && m.capacity() == capacity
                        && m.from().equals(request.from()))
            .mapToLong(BodyView.MembershipView::id)
            .max()
            .orElseThrow();
    URI location =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/areas/{area}/partnerships/{pid}/bodies/{body}/seats/{seat}")
            .path("/memberships/{id}")
            .build(area.slug(), pid, bodyId, seatId, membershipId);
    return ResponseEntity.created(location).body(after);
  }

  @PostMapping("/{bodyId}/seats/{seatId}/end")
  @Operation(
      summary = "End a membership without a successor; the seat stays, vacant in that capacity",
      description = "Returns the body with its new version." + WRITERS)
  BodyView endMembership(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @PathVariable @Parameter(description = SEAT) long seatId,
      @Valid @RequestBody EndRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    BodyView body = body(area, pid, bodyId);
    BodyView.SeatView seat = seat(body, seatId);
    requireValid(errors);
    requireCurrent(body, request.version());
    Capacity capacity = request.capacity() == null ? Capacity.MEMBER : request.capacity();
    if ((capacity == Capacity.MEMBER ? seat.member() : seat.deputy()) == null) {
      throw invalid(errors, "capacity", message("seatChange.error.nobody"));
    }
    try {
      structure.endMembership(
          area.id(),
          bodyId,
          request.version(),
          seatId,
          capacity,
          request.lastDay(),
          request.reason());
    } catch (IllegalStateException e) {
      throw invalid(errors, "capacity", message("seatChange.error.nobody"));
    }
    return body(area, pid, bodyId);
  }

  @PostMapping("/{bodyId}/seats/{seatId}/abolish")
  @Operation(
      summary = "Remove a seat from a body from a date; whoever held it leaves the day before",
      description = "The seat is kept with its history. Returns the body." + WRITERS)
  BodyView abolishSeat(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BODY) long bodyId,
      @PathVariable @Parameter(description = SEAT) long seatId,
      @Valid @RequestBody AbolishRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    seat(body(area, pid, bodyId), seatId);
    requireValid(errors);
    structure.abolishSeat(area.id(), bodyId, request.version(), seatId, request.from());
    return body(area, pid, bodyId);
  }

  // --- helpers

  private BodyView body(AreaRef area, long pid, long bodyId) {
    return structure
        .body(area.id(), bodyId)
        .filter(b -> b.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("body " + bodyId));
  }

  private static BodyView.SeatView seat(BodyView body, long seatId) {
    return body.seats().stream()
        .filter(s -> s.id() == seatId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("seat " + seatId));
  }

  /** A stale version is refused before checks that read the body as it is now. */
  private static void requireCurrent(BodyView body, int version) {
    if (body.version() != version) {
      throw new StaleEditException(body.name());
    }
  }

  private static void requireValid(BindingResult errors) throws BindException {
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
  }

  private static void reject(BindingResult errors, String field, String message) {
    errors.addError(new FieldError(errors.getObjectName(), field, message));
  }

  private static BindException invalid(BindingResult errors, String field, String message) {
    reject(errors, field, message);
    return new BindException(errors);
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
