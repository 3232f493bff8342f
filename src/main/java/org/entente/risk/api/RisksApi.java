package org.entente.risk.api;

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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.partnership.PartnershipAccess;
import org.entente.risk.RiskBand;
import org.entente.risk.RiskDetails;
import org.entente.risk.RiskKind;
import org.entente.risk.RiskScore;
import org.entente.risk.RiskStatus;
import org.entente.risk.RiskView;
import org.entente.risk.Risks;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A partnership's risk register as JSON: read by every signed-in role of the area that sees the
 * partnership, changed by its officers and administrators.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}/partnerships/{pid}/risks")
@Tag(
    name = "Risks",
    description =
        "A partnership's risk register: each risk's cause and effect, owner, likelihood and impact"
            + " (1 to 5) before controls (inherent) and after them (residual, never above"
            + " inherent), bands (red from 15, amber from 8), controls, sharing between partners,"
            + " mitigating actions and review date. A change sends the risk's version; a stale"
            + " version gets 409.")
class RisksApi {

  private static final String AREA = "Area slug, for example demo";
  private static final String PID = "Partnership id";
  private static final String WRITERS =
      " For the partnership's officers and administrators; others get 403.";

  private final Risks risks;
  private final PartnershipAccess partnerships;
  private final People people;
  private final Organisations organisations;
  private final MessageSource messages;

  RisksApi(
      Risks risks,
      PartnershipAccess partnerships,
      People people,
      Organisations organisations,
      MessageSource messages) {
    this.risks = risks;
    this.partnerships = partnerships;
    this.people = people;
    this.organisations = organisations;
    this.messages = messages;
  }

  @Schema(description = "A likelihood and impact, their product and its band")
  record Score(int likelihood, int impact, int score, RiskBand band) {
    static Score of(RiskScore s, RiskBand band) {
      return new Score(s.likelihood(), s.impact(), s.score(), band);
    }
  }

  @Schema(description = "A risk of a partnership's register")
  record RiskJson(
      long id,
      long partnershipId,
      int version,
      String title,
      String description,
      String cause,
      String effect,
      String objective,
      RiskKind kind,
      long ownerId,
      String ownerName,
      Score inherent,
      Score residual,
      List<String> controls,
      List<RiskView.Share> sharedWith,
      String sharingArrangement,
      @Schema(description = "Ids of the partnership's actions that mitigate the risk")
          List<Long> actionIds,
      LocalDate reviewOn,
      LocalDate lastReviewedOn,
      boolean reviewOverdue,
      RiskStatus status) {

    static RiskJson of(RiskView r) {
      return new RiskJson(
          r.id(),
          r.partnershipId(),
          r.version(),
          r.title(),
          r.description(),
          r.cause(),
          r.effect(),
          r.objective(),
          r.kind(),
          r.ownerId(),
          r.ownerName(),
          Score.of(r.inherent(), r.inherentBand()),
          Score.of(r.residual(), r.residualBand()),
          r.controls(),
          r.sharing(),
          r.sharingArrangement(),
          r.actionIds(),
          r.reviewOn(),
          r.lastReviewedOn(),
          r.reviewOverdue(LondonTime.today()),
          r.status());
    }
  }

  @Schema(description = "A risk to record or change")
  record RiskRequest(
      @NotBlank(message = "{risk.error.title}") @Size(max = 200, message = "{api.error.tooLong}")
          String title,
      @NotBlank(message = "{risk.error.description}")
          @Size(max = 4000, message = "{api.error.tooLong}")
          String description,
      @Size(max = 2000, message = "{api.error.tooLong}") String cause,
      @Size(max = 2000, message = "{api.error.tooLong}") String effect,
      @Size(max = 1000, message = "{api.error.tooLong}") String objective,
      @NotNull(message = "{risk.error.kind}")
          @Schema(description = "PARTNERSHIP (a risk to the partnership itself) or OUTCOMES")
          RiskKind kind,
      @NotNull(message = "{risk.error.owner}") @Schema(description = "Person id of the owner")
          Long ownerId,
      @NotNull(message = "{risk.error.inherentLikelihood}")
          @Min(value = 1, message = "{risk.error.inherentLikelihood}")
          @Max(value = 5, message = "{risk.error.inherentLikelihood}")
          Integer inherentLikelihood,
      @NotNull(message = "{risk.error.inherentImpact}")
          @Min(value = 1, message = "{risk.error.inherentImpact}")
          @Max(value = 5, message = "{risk.error.inherentImpact}")
          Integer inherentImpact,
      @NotNull(message = "{risk.error.residualLikelihood}")
          @Min(value = 1, message = "{risk.error.residualLikelihood}")
          @Max(value = 5, message = "{risk.error.residualLikelihood}")
          @Schema(description = "Not above the inherent likelihood")
          Integer residualLikelihood,
      @NotNull(message = "{risk.error.residualImpact}")
          @Min(value = 1, message = "{risk.error.residualImpact}")
          @Max(value = 5, message = "{risk.error.residualImpact}")
          @Schema(description = "Not above the inherent impact")
          Integer residualImpact,
      @Schema(description = "The controls in place") List<String> controls,
      @Schema(description = "Ids of the organisations that share the risk") List<Long> sharedWith,
      @Size(max = 2000, message = "{api.error.tooLong}") @Schema(description = "How they share it")
          String sharingArrangement,
      @NotNull(message = "{api.error.date}") LocalDate reviewOn,
      @Schema(description = "OPEN (the default) or CLOSED") RiskStatus status,
      @Schema(description = "The risk's version, as last read; needed to change a risk")
          Integer version) {}

  @GetMapping
  @Operation(summary = "The partnership's risks, highest residual score first")
  List<RiskJson> list(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return risks.ofPartnership(area.id(), pid).stream()
        .sorted(
            java.util.Comparator.comparingInt((RiskView r) -> r.residual().score())
                .reversed()
                .thenComparing(RiskView::id))
        .map(RiskJson::of)
        .toList();
  }

  @GetMapping("/{riskId}")
  @Operation(summary = "One risk of the partnership's register")
  RiskJson one(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = "Risk id") long riskId,
      @Parameter(hidden = true) Authentication user) {
    partnerships.readable(area, pid, user);
    return RiskJson.of(risk(area, pid, riskId));
  }

  @PostMapping
  @Operation(summary = "Record a risk on the partnership's register", description = WRITERS)
  @ApiResponse(responseCode = "201", description = "Recorded; Location names the new risk")
  ResponseEntity<RiskJson> record(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @Valid @RequestBody RiskRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    RiskDetails details = details(area, request, errors);
    long id = risks.record(area.id(), pid, null, details);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(id);
    return ResponseEntity.created(location).body(RiskJson.of(risk(area, pid, id)));
  }

  @PutMapping("/{riskId}")
  @Operation(
      summary = "Change a risk",
      description =
          "Send every field, with the version last read. Returns the risk with its new version."
              + WRITERS)
  @ApiResponse(responseCode = "409", description = "Someone changed the risk since you read it")
  RiskJson change(
      @Parameter(hidden = true) AreaRef area,
      @PathVariable("area") @Parameter(description = AREA) String slug,
      @PathVariable @Parameter(description = PID) long pid,
      @PathVariable @Parameter(description = "Risk id") long riskId,
      @Valid @RequestBody RiskRequest request,
      @Parameter(hidden = true) BindingResult errors,
      @Parameter(hidden = true) Authentication user)
      throws BindException {
    partnerships.editable(area, pid, user);
    risk(area, pid, riskId);
    if (request.version() == null) {
      reject(errors, "version", message("api.error.version"));
    }
    RiskDetails details = details(area, request, errors);
    risks.update(area.id(), riskId, request.version(), details);
    return RiskJson.of(risk(area, pid, riskId));
  }

  private RiskDetails details(AreaRef area, RiskRequest r, BindingResult errors)
      throws BindException {
    if (r.ownerId() != null && people.find(area.id(), r.ownerId()).isEmpty()) {
      reject(errors, "ownerId", message("risk.error.owner"));
    }
    if (!errors.hasFieldErrors("residualLikelihood")
        && !errors.hasFieldErrors("inherentLikelihood")
        && r.residualLikelihood() > r.inherentLikelihood()) {
      reject(
          errors,
          "residualLikelihood",
          message("risk.error.residualLikelihoodAbove", r.inherentLikelihood()));
    }
    if (!errors.hasFieldErrors("residualImpact")
        && !errors.hasFieldErrors("inherentImpact")
        && r.residualImpact() > r.inherentImpact()) {
      reject(
          errors, "residualImpact", message("risk.error.residualImpactAbove", r.inherentImpact()));
    }
    Set<Long> shared = new HashSet<>();
    if (r.sharedWith() != null) {
      r.sharedWith().stream().filter(Objects::nonNull).forEach(shared::add);
    }
    if (!shared.isEmpty() && organisations.names(area.id(), shared).size() != shared.size()) {
      reject(errors, "sharedWith", message("risk.error.sharedWith"));
    }
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    return new RiskDetails(
        r.title().trim(),
        r.description().trim(),
        r.cause(),
        r.effect(),
        r.objective(),
        r.kind(),
        r.ownerId(),
        new RiskScore(r.inherentLikelihood(), r.inherentImpact()),
        new RiskScore(r.residualLikelihood(), r.residualImpact()),
        r.controls() == null
            ? List.of()
            : r.controls().stream().filter(c -> c != null && !c.isBlank()).toList(),
        shared,
        r.sharingArrangement(),
        r.reviewOn(),
        r.status() == null ? RiskStatus.OPEN : r.status());
  }

  private RiskView risk(AreaRef area, long pid, long riskId) {
    return risks
        .risk(area.id(), riskId)
        .filter(r -> r.partnershipId() != null && r.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("risk " + riskId));
  }

  private static void reject(BindingResult errors, String field, String message) {
    errors.addError(new FieldError(errors.getObjectName(), field, message));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
