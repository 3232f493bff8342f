package org.entente.conflict.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.conflict.StabilityModels;
import org.entente.conflict.exchange.ConflictModelException;
import org.entente.conflict.exchange.ConflictModelJson;
import org.entente.conflict.exchange.StabilityExamples;
import org.entente.conflict.exchange.StabilityExchange;
import org.entente.conflict.exchange.StabilityResultJson;
import org.entente.directory.AreaRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.NotFoundException;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Graph-model stability analysis as JSON: any signed-in user may analyse a model without saving it;
 * a partnership's officers and administrators keep its models, which every reader may read.
 */
@RestController
@Tag(
    name = "Stability analysis",
    description =
        "Graph-model stability analysis of a conflict given in the exchange format (option form"
            + " or graph form): Nash, general metarational (gmr), symmetric metarational (smr) and"
            + " sequential (seq) stability for every decision maker and state, the equilibria"
            + " under each, the reason for each verdict, coalition equilibria and the status-quo"
            + " path. Models of at most 16 options or 65,536 states are analysed; larger ones are"
            + " refused with 400 before any work is done. Results list every verdict's reason"
            + " when the model has at most 256 states, and only those of the equilibria (states"
            + " stable for everyone under some concept), the first 20 of them, otherwise.")
class StabilityApi {

  private static final String AREA = "Area slug, for example demo";
  private static final String PID = "Partnership id";
  private static final String MODEL = "Stability model id";
  private static final String WRITERS =
      " For the partnership's officers and administrators; others get 403.";

  private final StabilityModels models;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  StabilityApi(StabilityModels models, PartnershipAccess partnerships, MessageSource messages) {
    this.models = models;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  @Schema(name = "StabilityModelRequest", description = "A stability model to save")
  record ModelRequest(
      @Schema(description = "Title, at most 200 characters") String title,
      @Schema(description = "What the conflict is about, optional") String description,
      @Schema(description = "The conflict in the exchange format") ConflictModelJson model,
      @Schema(description = "On change only: the version read") Integer version) {}

  @Schema(name = "StabilityModel", description = "A saved stability model")
  record SavedModel(
      long id,
      long partnershipId,
      String title,
      String description,
      int version,
      Instant createdAt,
      Instant updatedAt,
      ConflictModelJson model) {

    static SavedModel of(StabilityModels.Saved s) {
      return new SavedModel(
          s.id(),
          s.partnershipId(),
          s.title(),
          s.description(),
          s.version(),
          s.createdAt(),
          s.updatedAt(),
          s.model());
    }
  }

  @Schema(name = "StabilityModelPage", description = "A page of saved stability models")
  record ModelPage(
      List<StabilityModels.Summary> items, int page, int size, long total, int totalPages) {

    static ModelPage of(Page<StabilityModels.Summary> page) {
      return new ModelPage(page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }
  }

  @PostMapping("/api/v1/conflict/stability")
  @Operation(
      summary = "Analyse a conflict's stability without saving anything",
      description =
          "Takes a model in the exchange format and returns the stability of every state for"
              + " every decision maker under Nash, GMR, SMR and SEQ, the equilibria, the reasons"
              + " (all of them up to 256 states, otherwise those of the first 20 equilibria), coalition"
              + " equilibria and the status-quo path. Any signed-in user may call it. Bad input"
              + " gets 400 with 'errors' naming the field at fault; a model over the limits (16"
              + " options, 65,536 states) gets 400 with the engine's message.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = ConflictModelJson.class),
                      examples = {
                        @ExampleObject(
                            name = "twoParties",
                            summary = "Two decision makers, option form",
                            value = StabilityExamples.TWO_PARTIES),
                        @ExampleObject(
                            name = "prisonersDilemma",
                            summary = "Prisoner's dilemma, graph form (Nash equilibrium DD)",
                            value = StabilityExamples.PRISONERS_DILEMMA),
                        @ExampleObject(
                            name = "youthOutreach",
                            summary = "Who funds a youth outreach post: three parties",
                            value = StabilityExamples.YOUTH_OUTREACH)
                      })))
  @ApiResponse(responseCode = "200", description = "The analysis")
  @ApiResponse(responseCode = "400", description = "The model is wrong or too large")
  StabilityResultJson analyse(@RequestBody ConflictModelJson model) {
    return StabilityExchange.result(StabilityExchange.analyse(model));
  }

  // --- saved models

  @GetMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/stability")
  @Operation(summary = "A partnership's saved stability models, by title, paged")
  ModelPage list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @RequestParam(defaultValue = "1") @Parameter(description = "Page number, from 1") int page,
      @RequestParam(defaultValue = "20") @Parameter(description = "At most 100") int size,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return ModelPage.of(
        models.list(
            area.id(), pid, PageRequest.of(page, size, null, null, java.util.Set.of(), "")));
  }

  @GetMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/stability/{modelId}")
  @Operation(summary = "One saved stability model, with its conflict in the exchange format")
  SavedModel show(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MODEL) long modelId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return SavedModel.of(saved(area, pid, modelId));
  }

  @GetMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/stability/{modelId}/result")
  @Operation(summary = "The stability analysis of a saved model")
  StabilityResultJson result(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MODEL) long modelId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return StabilityExchange.result(models.analysis(saved(area, pid, modelId)));
  }

  @PostMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/stability")
  @Operation(
      summary = "Save a stability model for a partnership",
      description =
          "The model is checked as the analysis checks it; nothing is saved on error." + WRITERS)
  @ApiResponse(responseCode = "201", description = "Saved; Location names the new model")
  ResponseEntity<SavedModel> create(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @RequestBody ModelRequest request,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    check(request, false);
    long id =
        models.create(
            area.id(),
            pid,
            new StabilityModels.Details(request.title(), request.description(), request.model()));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(id);
    return ResponseEntity.created(location).body(SavedModel.of(saved(area, pid, id)));
  }

  @PutMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/stability/{modelId}")
  @Operation(
      summary = "Change a saved stability model",
      description =
          "Send the title, description, model and the version read; a stale version gets 409."
              + WRITERS)
  SavedModel update(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MODEL) long modelId,
      @RequestBody ModelRequest request,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    saved(area, pid, modelId);
    check(request, true);
    models.update(
        area.id(),
        pid,
        modelId,
        request.version(),
        new StabilityModels.Details(request.title(), request.description(), request.model()));
    return SavedModel.of(saved(area, pid, modelId));
  }

  @DeleteMapping("/api/v1/areas/{area}/partnerships/{pid}/conflict/stability/{modelId}")
  @Operation(
      summary = "Delete a saved stability model",
      description = "Send the version read as ?version=; a stale version gets 409." + WRITERS)
  @ApiResponse(responseCode = "204", description = "Deleted")
  ResponseEntity<Void> delete(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = MODEL) long modelId,
      @RequestParam @Parameter(description = "The version read") int version,
      @Parameter(hidden = true) Authentication user) {
    partnerships.editable(area, pid, user);
    saved(area, pid, modelId);
    models.delete(area.id(), pid, modelId, version);
    return ResponseEntity.noContent().build();
  }

  /** A model that cannot be analysed: 400 naming the field, nothing saved. */
  @ExceptionHandler(ConflictModelException.class)
  ProblemDetail badModel(ConflictModelException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle(message("stability.api.invalid"));
    problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    return problem;
  }

  // --- helpers

  private void check(ModelRequest request, boolean change) throws BindException {
    BindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "request");
    if (request.title() == null || request.title().isBlank()) {
      reject(errors, "title", message("stability.error.title"));
    } else if (request.title().trim().length() > StabilityModels.TITLE_MAX) {
      reject(errors, "title", message("stability.error.titleLong", StabilityModels.TITLE_MAX));
    }
    if (request.description() != null
        && request.description().trim().length() > StabilityModels.DESCRIPTION_MAX) {
      reject(
          errors,
          "description",
          message("stability.error.descriptionLong", StabilityModels.DESCRIPTION_MAX));
    }
    if (request.model() == null) {
      reject(errors, "model", message("stability.error.model"));
    }
    if (change && request.version() == null) {
      reject(errors, "version", message("api.error.version"));
    }
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    try {
      StabilityExchange.graph(request.model());
    } catch (ConflictModelException e) {
      throw new ConflictModelException(
          e.field().isEmpty() ? "model" : "model." + e.field(), e.getMessage());
    }
  }

  private StabilityModels.Saved saved(AreaRef area, long pid, long modelId) {
    return models
        .find(area.id(), pid, modelId)
        .orElseThrow(() -> new NotFoundException("stability model " + modelId));
  }

  private static void reject(BindingResult errors, String field, String message) {
    errors.addError(new FieldError(errors.getObjectName(), field, message));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
