package org.entente.meetings.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.meetings.Agreement;
import org.entente.meetings.AttendanceStatus;
import org.entente.meetings.DecisionLayer;
import org.entente.meetings.MeetingSummary;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.meetings.PapersDeadline;
import org.entente.meetings.PapersRules;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.NotFoundException;
import org.entente.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A partnership's meetings as JSON: every signed-in role of the area reads them; the partnership's
 * officers and administrators schedule and cancel them and record the agenda, attendance and
 * decisions, sending the version of the meeting they change.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}/partnerships/{pid}/meetings")
@Tag(
    name = "Meetings",
    description =
        "Meetings of a partnership's bodies: schedule, agenda, attendance per seat and decisions."
            + " Changes to a meeting send its version and return the meeting as it now is, with"
            + " its new version; a stale version or a cancelled meeting gets 409 and nothing is"
            + " saved.")
class MeetingsApi {

  static final String AREA = "Area slug, for example demo";
  static final String PID = "Partnership id";
  static final String MEETING = "Meeting id";
  private static final String WRITERS =
      " For the partnership's officers and administrators; others get 403.";

  private final Meetings meetings;
  private final Structure structure;
  private final People people;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final PapersRules papersRules;

  MeetingsApi(
      Meetings meetings,
      Structure structure,
      People people,
      PartnershipAccess partnerships,
      MessageSource messages,
      PapersRules papersRules) {
    this.meetings = meetings;
    this.structure = structure;
    this.people = people;
    this.partnerships = partnerships;
    this.messages = messages;
    this.papersRules = papersRules;
  }

  @Schema(description = "A meeting to schedule; its papers deadline is worked out from the date")
  record ScheduleRequest(
      @NotNull(message = "{meeting.error.body}") @Schema(description = "Id of the body meeting")
          Long bodyId,
      @NotNull(message = "{api.error.startsAt}")
          @Schema(description = "Wall-clock date and time in London", example = "2027-03-27T14:00")
          LocalDateTime startsAt,
      @NotBlank(message = "{meeting.error.place}")
          @Size(max = 300, message = "{api.error.tooLong}")
          @Schema(description = "Where it takes place, or the link to join")
          String place) {}

  @Schema(description = "Cancelling a meeting")
  record CancelRequest(
      @Size(max = 500, message = "{api.error.tooLong}") @Schema(description = "Why") String reason,
      @NotNull(message = "{api.error.version}") @Schema(description = "The meeting's version")
          Integer version) {}

  @Schema(description = "An item added at the end of the agenda")
  record AgendaItemRequest(
      @NotBlank(message = "{agenda.error.title}") @Size(max = 300, message = "{api.error.tooLong}")
          String title,
      @Size(max = 200, message = "{api.error.tooLong}") @Schema(description = "Who presents it")
          String presenter,
      @NotNull(message = "{api.error.version}") @Schema(description = "The meeting's version")
          Integer version) {}

  @Schema(description = "How one seat was filled")
  record SeatAttendanceRequest(
      @NotNull(message = "{api.error.seat}") @Schema(description = "Seat id") Long seatId,
      @NotNull(message = "{api.error.attendanceStatus}") AttendanceStatus status,
      @Schema(description = "Person id of the substitute; only when the status is SUBSTITUTE")
          Long substitutePersonId,
      @Schema(description = "The substitute's seniority tier, 1 to 4; only for a substitute")
          Integer substituteTier) {}

  @Schema(description = "The attendance of a meeting; it replaces what was recorded before")
  record AttendanceRequest(
      @NotNull(message = "{api.error.seats}") @Schema(description = "One entry per seat recorded")
          List<@Valid SeatAttendanceRequest> seats,
      @NotNull(message = "{api.error.version}") @Schema(description = "The meeting's version")
          Integer version) {}

  @Schema(description = "A decision taken at the meeting")
  record DecisionRequest(
      @Schema(description = "The agenda item it was taken under, if any") Long agendaItemId,
      @NotBlank(message = "{decision.error.text}") @Schema(description = "What was decided")
          String text,
      @NotNull(message = "{decision.error.layer}") DecisionLayer layer,
      @NotNull(message = "{decision.error.agreement}") Agreement agreement,
      @Schema(description = "Who dissented and why; needed when the decision was contested")
          String dissent,
      @NotNull(message = "{api.error.version}") @Schema(description = "The meeting's version")
          Integer version) {}

  // --- reading

  @GetMapping
  @Operation(summary = "A partnership's meetings, latest first")
  List<MeetingSummary> list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meetings.meetingsOf(area.id(), pid);
  }

  @GetMapping("/{meetingId}")
  @Operation(summary = "One meeting with its papers deadline, agenda, attendance and decisions")
  MeetingView show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meeting(area, pid, meetingId);
  }

  @GetMapping("/{meetingId}/agenda")
  @Operation(summary = "The agenda of a meeting, in order")
  List<MeetingView.AgendaItemView> agenda(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meeting(area, pid, meetingId).agenda();
  }

  @GetMapping("/{meetingId}/agenda/{itemId}")
  @Operation(summary = "One item of a meeting's agenda")
  MeetingView.AgendaItemView agendaItem(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @PathVariable @Parameter(description = "Agenda item id") long itemId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meeting(area, pid, meetingId).agenda().stream()
        .filter(i -> i.id() == itemId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("agenda item " + itemId));
  }

  @GetMapping("/{meetingId}/attendance")
  @Operation(summary = "How each seat was filled at a meeting, where it was recorded")
  List<MeetingView.AttendanceView> attendance(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meeting(area, pid, meetingId).attendance();
  }

  @GetMapping("/{meetingId}/decisions")
  @Operation(summary = "The decisions taken at a meeting, in order")
  List<MeetingView.DecisionView> decisions(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meeting(area, pid, meetingId).decisions();
  }

  @GetMapping("/{meetingId}/decisions/{decisionId}")
  @Operation(summary = "One decision taken at a meeting")
  MeetingView.DecisionView decision(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @PathVariable @Parameter(description = "Decision id") long decisionId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return meeting(area, pid, meetingId).decisions().stream()
        .filter(d -> d.id() == decisionId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("decision " + decisionId));
  }

  // --- changing

  @PostMapping
  @Operation(
      summary = "Schedule a meeting of one of the partnership's bodies",
      description =
          "Sets the date its papers are due: five clear working days before, weekends and bank"
              + " holidays of England and Wales not counting. Returns the new meeting."
              + WRITERS)
  @ApiResponse(responseCode = "201", description = "Scheduled; Location names the new meeting")
  ResponseEntity<MeetingView> schedule(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Valid @RequestBody ScheduleRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    if (request.bodyId() != null
        && structure.bodiesOf(area.id(), pid).stream().noneMatch(b -> b.id() == request.bodyId())) {
      reject(errors, "bodyId", message("meeting.error.body"));
    }
    PapersDeadline deadline = papersRules.deadline(area.id());
    if (request.startsAt() != null && !deadline.knows(request.startsAt().toLocalDate())) {
      reject(
          errors,
          "startsAt",
          message(
              "meeting.error.year",
              request.startsAt().getYear(),
              deadline.workingDays().firstYear(),
              deadline.workingDays().lastYear()));
    }
    requireValid(errors);
    long id =
        meetings.schedule(
            area.id(),
            pid,
            new Meetings.Schedule(request.bodyId(), request.startsAt(), request.place()));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(id);
    return ResponseEntity.created(location).body(meeting(area, pid, id));
  }

  @PostMapping("/{meetingId}/cancel")
  @Operation(
      summary = "Cancel a meeting; it stays on record and can no longer be changed",
      description = "Returns the cancelled meeting." + WRITERS)
  MeetingView cancel(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Valid @RequestBody CancelRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    MeetingView m = openMeeting(area, pid, meetingId);
    requireValid(errors);
    requireCurrent(m, request.version());
    meetings.cancel(area.id(), meetingId, request.version(), request.reason());
    return meeting(area, pid, meetingId);
  }

  @PostMapping("/{meetingId}/agenda")
  @Operation(
      summary = "Add an item at the end of a meeting's agenda",
      description = "Returns the meeting with its new version." + WRITERS)
  @ApiResponse(responseCode = "201", description = "Added; Location names the new item")
  ResponseEntity<MeetingView> addAgendaItem(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Valid @RequestBody AgendaItemRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    MeetingView m = openMeeting(area, pid, meetingId);
    requireValid(errors);
    requireCurrent(m, request.version());
    Set<Long> before = new HashSet<>(m.agenda().stream().map(i -> i.id()).toList());
    meetings.addAgendaItem(
        area.id(), meetingId, request.version(), request.title(), request.presenter());
    MeetingView after = meeting(area, pid, meetingId);
    long itemId =
        after.agenda().stream()
            .filter(i -> !before.contains(i.id()))
            .mapToLong(MeetingView.AgendaItemView::id)
            .max()
            .orElseThrow();
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(itemId);
    return ResponseEntity.created(location).body(after);
  }

  @PutMapping("/{meetingId}/attendance")
  @Operation(
      summary = "Record how each seat was filled: present, a substitute, apologies or absent",
      description =
          "Replaces the attendance recorded before; seats not listed are not recorded. Returns"
              + " the meeting with its new version."
              + WRITERS)
  MeetingView recordAttendance(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Valid @RequestBody AttendanceRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    MeetingView m = openMeeting(area, pid, meetingId);
    requireValid(errors);
    requireCurrent(m, request.version());
    Set<Long> seatIds = new HashSet<>(seatsAt(body(area, m), m));
    Set<Long> seen = new HashSet<>();
    List<Meetings.SeatAttendance> entries = new ArrayList<>();
    for (int i = 0; i < request.seats().size(); i++) {
      SeatAttendanceRequest s = request.seats().get(i);
      String at = "seats[" + i + "].";
      if (!seatIds.contains(s.seatId()) || !seen.add(s.seatId())) {
        reject(errors, at + "seatId", message("api.error.seat"));
      }
      boolean substitute = s.status() == AttendanceStatus.SUBSTITUTE;
      if (substitute
          && (s.substitutePersonId() == null
              || people.find(area.id(), s.substitutePersonId()).isEmpty())) {
        reject(errors, at + "substitutePersonId", message("attendance.error.substitute"));
      }
      if (substitute
          && (s.substituteTier() == null || s.substituteTier() < 1 || s.substituteTier() > 4)) {
        reject(errors, at + "substituteTier", message("attendance.error.tier"));
      }
      entries.add(
          new Meetings.SeatAttendance(
              s.seatId(),
              s.status(),
              substitute ? s.substitutePersonId() : null,
              substitute ? s.substituteTier() : null));
    }
    requireValid(errors);
    meetings.recordAttendance(area.id(), meetingId, request.version(), entries);
    return meeting(area, pid, meetingId);
  }

  @PostMapping("/{meetingId}/decisions")
  @Operation(
      summary = "Record a decision: its layer, how it was reached and any dissent",
      description = "Returns the meeting with its new version." + WRITERS)
  @ApiResponse(responseCode = "201", description = "Recorded; Location names the decision")
  ResponseEntity<MeetingView> recordDecision(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MEETING) long meetingId,
      @Valid @RequestBody DecisionRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    MeetingView m = openMeeting(area, pid, meetingId);
    requireValid(errors);
    requireCurrent(m, request.version());
    if (request.agendaItemId() != null
        && m.agenda().stream().noneMatch(i -> i.id() == request.agendaItemId())) {
      reject(errors, "agendaItemId", message("decision.error.item"));
    }
    if (request.agreement() == Agreement.CONTESTED
        && (request.dissent() == null || request.dissent().isBlank())) {
      reject(errors, "dissent", message("decision.error.dissent"));
    }
    requireValid(errors);
    Set<Long> before = new HashSet<>(m.decisions().stream().map(d -> d.id()).toList());
    meetings.recordDecision(
        area.id(),
        meetingId,
        request.version(),
        new Meetings.DecisionDetails(
            request.agendaItemId(),
            request.text(),
            request.layer(),
            request.agreement(),
            request.dissent()));
    MeetingView after = meeting(area, pid, meetingId);
    long decisionId =
        after.decisions().stream()
            .filter(d -> !before.contains(d.id()))
            .mapToLong(MeetingView.DecisionView::id)
            .max()
            .orElseThrow();
    URI location =
        ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(decisionId);
    return ResponseEntity.created(location).body(after);
  }

  // --- helpers

  private MeetingView meeting(AreaRef area, long pid, long meetingId) {
    return meetings
        .meeting(area.id(), meetingId)
        .filter(m -> m.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
  }

  /** A meeting that can still be changed: a cancelled one is refused with 409. */
  private MeetingView openMeeting(AreaRef area, long pid, long meetingId) {
    MeetingView m = meeting(area, pid, meetingId);
    if (m.cancelled()) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("meeting.error.cancelled"));
      problem.setTitle(message("api.meetingCancelled"));
      throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
    return m;
  }

  private BodyView body(AreaRef area, MeetingView m) {
    return structure
        .body(area.id(), m.bodyId())
        .orElseThrow(() -> new NotFoundException("body " + m.bodyId()));
  }

  /** Ids of the body's seats that were not abolished by the day of the meeting. */
  private static List<Long> seatsAt(BodyView body, MeetingView m) {
    return body.seats().stream()
        .filter(s -> s.abolishedOn() == null || s.abolishedOn().isAfter(m.date()))
        .map(BodyView.SeatView::id)
        .toList();
  }

  /** A stale version is refused before checks that read the meeting as it is now. */
  private static void requireCurrent(MeetingView m, int version) {
    if (m.version() != version) {
      throw new StaleEditException("meeting " + m.id());
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

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
