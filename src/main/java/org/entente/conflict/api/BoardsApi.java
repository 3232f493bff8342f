package org.entente.conflict.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.conflict.Boards;
import org.entente.conflict.exchange.DramaExchange;
import org.entente.conflict.exchange.DramaModelDocument;
import org.entente.conflict.exchange.DramaModelException;
import org.entente.conflict.exchange.DramaProblem;
import org.entente.conflict.exchange.DramaResult;
import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A partnership's saved options boards as JSON: read by every role that sees the partnership,
 * written by its officers and administrators. Each write sends the board's version; a stale version
 * gets 409.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/boards")
@Tag(name = "Options boards")
class BoardsApi {

  private static final String AREA = "Area slug, for example demo";
  private static final String PID = "Partnership id";
  private static final String BOARD = "Options board id";
  private static final String WRITERS =
      " For the partnership's officers and administrators; others get 403.";

  private final Boards boards;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  BoardsApi(Boards boards, PartnershipAccess partnerships, MessageSource messages) {
    this.boards = boards;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  @Schema(description = "An options board to save")
  record BoardRequest(
      @Schema(
              description = "What the board is about",
              example = "Who funds the youth outreach post")
          String title,
      @Schema(description = "Notes for the partnership") String description,
      @Schema(description = "The board in the exchange format; it may be unfinished")
          DramaModelDocument model,
      @Schema(description = "The board's version (when changing it)") Integer version) {}

  @Schema(description = "A saved options board")
  record BoardResponse(
      long id,
      long partnershipId,
      String title,
      String description,
      int version,
      Instant createdAt,
      Instant updatedAt,
      String updatedBy,
      DramaModelDocument model,
      @Schema(
              description = "The board's dilemmas, or null while the board is not finished",
              nullable = true)
          DramaResult result) {

    static BoardResponse of(Boards.BoardView b) {
      DramaResult result =
          DramaExchange.problems(b.model(), true).isEmpty()
              ? DramaExchange.analyse(b.model())
              : null;
      return new BoardResponse(
          b.id(),
          b.partnershipId(),
          b.title(),
          b.description(),
          b.version(),
          b.createdAt(),
          b.updatedAt(),
          b.updatedBy(),
          b.model(),
          result);
    }
  }

  @GetMapping
  @Operation(summary = "A partnership's options boards, most recently changed first")
  List<Boards.BoardSummary> list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return boards.ofPartnership(area.id(), pid);
  }

  @GetMapping("/{boardId}")
  @Operation(summary = "One options board with its model and, once it is finished, its dilemmas")
  BoardResponse show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BOARD) long boardId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return BoardResponse.of(board(area, pid, boardId));
  }

  @GetMapping("/{boardId}/model")
  @Operation(summary = "An options board's model alone, in the exchange format, as a file")
  ResponseEntity<DramaModelDocument> model(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BOARD) long boardId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"options-board-" + boardId + ".json\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(board(area, pid, boardId).model());
  }

  @PostMapping
  @Operation(
      summary = "Save a new options board",
      description =
          "The model may be unfinished but must be well formed (known characters, patterns of the"
              + " right length)."
              + WRITERS)
  @ApiResponse(responseCode = "201", description = "Saved; Location names the new board")
  ResponseEntity<BoardResponse> create(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @RequestBody BoardRequest request,
      @Parameter(hidden = true) Authentication user) {
    partnerships.editable(area, pid, user);
    Boards.BoardDetails details = details(request, false);
    long id = boards.create(area.id(), pid, details, who(user));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(id);
    return ResponseEntity.created(location).body(BoardResponse.of(board(area, pid, id)));
  }

  @PutMapping("/{boardId}")
  @Operation(
      summary = "Replace an options board's title, description and model",
      description = "Send the board's version; a stale version gets 409." + WRITERS)
  BoardResponse update(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BOARD) long boardId,
      @RequestBody BoardRequest request,
      @Parameter(hidden = true) Authentication user) {
    partnerships.editable(area, pid, user);
    board(area, pid, boardId);
    Boards.BoardDetails details = details(request, true);
    boards.update(area.id(), pid, boardId, request.version(), details, who(user));
    return BoardResponse.of(board(area, pid, boardId));
  }

  @DeleteMapping("/{boardId}")
  @Operation(
      summary = "Delete an options board",
      description = "Send the board's version; a stale version gets 409." + WRITERS)
  @ApiResponse(responseCode = "204", description = "Deleted")
  ResponseEntity<Void> delete(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = BOARD) long boardId,
      @RequestParam @Parameter(description = "The board's version") int version,
      @Parameter(hidden = true) Authentication user) {
    partnerships.editable(area, pid, user);
    board(area, pid, boardId);
    boards.delete(area.id(), pid, boardId, version);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(DramaModelException.class)
  ProblemDetail invalid(DramaModelException e) {
    return DramaProblems.of(e.problems(), messages);
  }

  // --- helpers

  /** The request's details, or a 400 naming every field at fault. */
  private Boards.BoardDetails details(BoardRequest request, boolean needsVersion) {
    List<DramaProblem> problems = new ArrayList<>();
    if (request.title() == null || request.title().isBlank()) {
      problems.add(new DramaProblem("title", "conflict.board.error.title", List.of()));
    } else if (request.title().strip().length() > Boards.TITLE_MAX) {
      problems.add(
          new DramaProblem("title", "conflict.board.error.titleLong", List.of(Boards.TITLE_MAX)));
    }
    if (request.description() != null
        && request.description().strip().length() > Boards.DESCRIPTION_MAX) {
      problems.add(
          new DramaProblem(
              "description",
              "conflict.board.error.descriptionLong",
              List.of(Boards.DESCRIPTION_MAX)));
    }
    if (needsVersion && request.version() == null) {
      problems.add(new DramaProblem("version", "conflict.board.error.version", List.of()));
    }
    DramaModelDocument model =
        request.model() == null ? DramaModelDocument.empty() : request.model();
    DramaExchange.problems(model, false).stream()
        .map(
            p ->
                new DramaProblem(
                    p.field().isEmpty() ? "model" : "model." + p.field(), p.code(), p.args()))
        .forEach(problems::add);
    if (!problems.isEmpty()) {
      throw new DramaModelException(problems);
    }
    return new Boards.BoardDetails(request.title(), request.description(), model);
  }

  private Boards.BoardView board(AreaRef area, long pid, long boardId) {
    return boards
        .board(area.id(), pid, boardId)
        .orElseThrow(() -> new NotFoundException("options board " + boardId));
  }

  private static String who(Authentication user) {
    return user.getPrincipal() instanceof AccountPrincipal p ? p.displayName() : user.getName();
  }
}
