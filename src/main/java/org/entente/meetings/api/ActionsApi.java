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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.directory.People;
import org.entente.identity.AccountPrincipal;
import org.entente.meetings.ActionStatus;
import org.entente.meetings.ActionSummary;
import org.entente.meetings.ActionView;
import org.entente.meetings.Actions;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.entente.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Actions as JSON: the area-wide list and each partnership's, read by every signed-in role of the
 * area (restricted partnerships only by those who may see them); raised and progressed by the
 * partnership's officers and administrators.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}")
@Tag(
    name = "Actions",
    description =
        "Actions raised by a partnership, at a meeting or outside one, with owners, due dates and"
            + " progress notes. Progress sends the action's version; a stale version gets 409.")
class ActionsApi {

  private static final String AREA = "Area slug, for example demo";
  private static final String PID = "Partnership id";
  private static final String ACTION = "Action id";
  private static final String SHOW =
      "Which actions: OUTSTANDING (open or in progress, the default), OVERDUE, OPEN,"
          + " IN_PROGRESS, DONE, DROPPED or ALL";
  private static final String WRITERS =
      " For the partnership's officers and administrators; others get 403.";

  private final Actions actions;
  private final Meetings meetings;
  private final People people;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  ActionsApi(
      Actions actions,
      Meetings meetings,
      People people,
      PartnershipAccess partnerships,
      MessageSource messages) {
    this.actions = actions;
    this.meetings = meetings;
    this.people = people;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  /** A page of actions, in the shape of every paged list of the API. */
  record ActionPage(List<ActionSummary> items, int page, int size, long total, int totalPages) {

    static ActionPage of(Page<ActionSummary> page) {
      return new ActionPage(
          page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }
  }

  @Schema(description = "An action to raise")
  record ActionRequest(
      @NotBlank(message = "{action.error.description}")
          @Size(max = 1000, message = "{api.error.tooLong}")
          @Schema(description = "What is to be done")
          String description,
      @NotNull(message = "{action.error.owner}") @Schema(description = "Person id of the owner")
          Long ownerId,
      @NotNull(message = "{api.error.date}") @Schema(description = "When it is due")
          LocalDate dueOn,
      @Schema(description = "The partnership's meeting it was raised at, if any") Long meetingId) {}

  @Schema(description = "Progress on an action: a new status, a note, or both")
  record ProgressRequest(
      @NotNull(message = "{progress.error.status}") ActionStatus status,
      @Size(max = 2000, message = "{api.error.tooLong}") @Schema(description = "Progress note")
          String note,
      @NotNull(message = "{api.error.version}") @Schema(description = "The action's version")
          Integer version) {}

  // --- reading

  @GetMapping("/actions")
  @Operation(
      summary = "The actions of every partnership of the area you can see, paged and filtered")
  ActionPage areaList(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @RequestParam(required = false) @Parameter(description = SHOW) Actions.Show show,
      @RequestParam(required = false) @Parameter(description = "Only this partnership's (id)")
          Long partnership,
      @RequestParam(defaultValue = "1") @Parameter(description = "Page number, from 1") int page,
      @RequestParam(defaultValue = "20") @Parameter(description = "At most 100") int size,
      @RequestParam(defaultValue = "dueOn") @Parameter(description = "dueOn, status or description")
          String sort,
      @RequestParam(defaultValue = "asc") @Parameter(description = "asc or desc") String order,
      @Parameter(hidden = true) Authentication user) {
    Set<Long> visible = partnerships.visible(area, user);
    Long only = partnership != null && visible.contains(partnership) ? partnership : null;
    if (partnership != null && only == null) {
      throw new NotFoundException("partnership " + partnership);
    }
    return search(area, visible, show, only, page, size, sort, order);
  }

  @GetMapping("/partnerships/{pid}/actions")
  @Operation(summary = "A partnership's actions, paged and filtered")
  ActionPage list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @RequestParam(required = false) @Parameter(description = SHOW) Actions.Show show,
      @RequestParam(defaultValue = "1") @Parameter(description = "Page number, from 1") int page,
      @RequestParam(defaultValue = "20") @Parameter(description = "At most 100") int size,
      @RequestParam(defaultValue = "dueOn") @Parameter(description = "dueOn, status or description")
          String sort,
      @RequestParam(defaultValue = "asc") @Parameter(description = "asc or desc") String order,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return search(area, Set.of(pid), show, pid, page, size, sort, order);
  }

  @GetMapping("/partnerships/{pid}/actions/{actionId}")
  @Operation(summary = "One action with its owner, due date, status and progress notes")
  ActionView show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = ACTION) long actionId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return action(area, pid, actionId);
  }

  @GetMapping("/partnerships/{pid}/actions/{actionId}/progress")
  @Operation(summary = "The progress notes of an action, newest first")
  List<ActionView.Note> progressNotes(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = ACTION) long actionId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return action(area, pid, actionId).notes();
  }

  // --- changing

  @PostMapping("/partnerships/{pid}/actions")
  @Operation(
      summary = "Raise an action for a partnership, at one of its meetings or not",
      description = "Returns the new action." + WRITERS)
  @ApiResponse(responseCode = "201", description = "Raised; Location names the new action")
  ResponseEntity<ActionView> raise(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Valid @RequestBody ActionRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    if (request.ownerId() != null && people.find(area.id(), request.ownerId()).isEmpty()) {
      reject(errors, "ownerId", message("action.error.owner"));
    }
    if (request.meetingId() != null
        && meetings
            .meeting(area.id(), request.meetingId())
            .filter(m -> m.partnershipId() == pid)
            .map(MeetingView::id)
            .isEmpty()) {
      reject(errors, "meetingId", message("api.error.meeting"));
    }
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    long id =
        actions.raise(
            area.id(),
            pid,
            request.meetingId(),
            new Actions.ActionDetails(request.description(), request.ownerId(), request.dueOn()));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(id);
    return ResponseEntity.created(location).body(action(area, pid, id));
  }

  @PostMapping("/partnerships/{pid}/actions/{actionId}/progress")
  @Operation(
      summary = "Set an action's status and add a progress note",
      description =
          "Change the status, add a note, or both. Returns the action with its new version."
              + WRITERS)
  ActionView progress(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = ACTION) long actionId,
      @Valid @RequestBody ProgressRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    ActionView a = action(area, pid, actionId);
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    if (a.version() != request.version()) {
      throw new StaleEditException("action " + actionId);
    }
    if (request.status() == a.status() && (request.note() == null || request.note().isBlank())) {
      reject(errors, "note", message("progress.error.nothing"));
      throw new BindException(errors);
    }
    actions.progress(
        area.id(), actionId, request.version(), request.status(), request.note(), who(user));
    return action(area, pid, actionId);
  }

  // --- helpers

  private ActionPage search(
      AreaRef area,
      Set<Long> partnershipIds,
      Actions.Show show,
      Long partnership,
      int page,
      int size,
      String sort,
      String order) {
    PageRequest request = PageRequest.of(page, size, sort, order, Actions.SORT_KEYS, "dueOn");
    return ActionPage.of(
        actions.search(
            area.id(),
            partnershipIds,
            new Actions.ActionFilter(show == null ? Actions.Show.OUTSTANDING : show, partnership),
            LondonTime.today(),
            request));
  }

  private ActionView action(AreaRef area, long pid, long actionId) {
    return actions
        .action(area.id(), actionId)
        .filter(a -> a.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("action " + actionId));
  }

  private static String who(Authentication user) {
    return user.getPrincipal() instanceof AccountPrincipal p ? p.displayName() : user.getName();
  }

  private static void reject(BindingResult errors, String field, String message) {
    errors.addError(new FieldError(errors.getObjectName(), field, message));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
