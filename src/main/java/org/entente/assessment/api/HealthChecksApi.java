package org.entente.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.assessment.Answer;
import org.entente.assessment.AnswerRefusedException;
import org.entente.assessment.HealthCheckRound;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.Questionnaire;
import org.entente.assessment.RoundClosedException;
import org.entente.assessment.RoundCounts;
import org.entente.assessment.RoundRefusedException;
import org.entente.assessment.RoundState;
import org.entente.assessment.Rounds;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.AccountPrincipal;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health-check rounds over JSON: officers start a round and read how far it has got; respondents
 * save or submit their answers with the token of their personal link, without an account.
 */
@RestController
@RequestMapping("/api/v1/health-checks")
@Tag(name = "Health checks", description = "Rounds of health checks and respondents' answers")
class HealthChecksApi {

  private final Rounds rounds;
  private final InstrumentLibrary library;
  private final Areas areas;
  private final PartnershipAccess partnerships;
  private final JdbcClient jdbc;
  private final MessageSource messages;

  HealthChecksApi(
      Rounds rounds,
      InstrumentLibrary library,
      Areas areas,
      PartnershipAccess partnerships,
      JdbcClient jdbc,
      MessageSource messages) {
    this.rounds = rounds;
    this.library = library;
    this.areas = areas;
    this.partnerships = partnerships;
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Schema(description = "A round to start now; its respondents are emailed their links at once")
  record NewRound(
      @Schema(description = "The area's slug", example = "demo") String area,
      long partnershipId,
      @Schema(
              description = "Instrument key; the round uses its latest version",
              example = "audit-commission-governance")
          String instrument,
      @Schema(description = "Last day for answers, after today") LocalDate closesOn,
      Boolean anonymous,
      @Schema(description = "Smallest group results may show (default 3)") Integer minimumGroupSize,
      @Schema(description = "Bodies of the partnership whose current members are invited")
          List<Long> bodyIds,
      @Schema(description = "Further people to invite by email address") List<String> emails) {}

  record RoundJson(
      long id,
      String area,
      long partnershipId,
      String instrument,
      int instrumentVersion,
      String instrumentTitle,
      RoundState state,
      boolean anonymous,
      int minimumGroupSize,
      LocalDate closesOn,
      Instant openedAt,
      Instant closedAt,
      int version,
      RoundCounts counts) {}

  @Schema(description = "One answer: a point on the scale, or dontKnow")
  record AnswerJson(String item, Integer value, Boolean dontKnow) {}

  @Schema(description = "A respondent's answers; they replace those saved before")
  record Answers(
      @Schema(description = "The version read last; a stale one is refused with 409")
          Integer version,
      @Schema(description = "Mark the answers finished (they can change until the round closes)")
          Boolean submit,
      List<AnswerJson> answers) {}

  record Saved(int version, int answered, int total, boolean finished, LocalDate closesOn) {}

  @PostMapping
  @Operation(
      summary = "Start a round of a health check for a partnership (officers, administrators)")
  @ApiResponse(responseCode = "201", description = "Started; respondents have been emailed")
  @ApiResponse(responseCode = "400", description = "Invalid: the errors name each field")
  @ApiResponse(responseCode = "403", description = "Not an officer of the partnership")
  ResponseEntity<RoundJson> create(@RequestBody NewRound body, Authentication user) {
    if (body.area() == null) {
      throw new RoundRefusedException("area", "api.round.area");
    }
    AreaRef area = areas.findBySlug(body.area()).orElseThrow(() -> new NotFoundException("area"));
    PartnershipView p = partnerships.editable(area, body.partnershipId(), user);
    InstrumentText instrument =
        body.instrument() == null ? null : library.latest(body.instrument()).orElse(null);
    if (instrument == null) {
      throw new RoundRefusedException("instrument", "round.error.instrument");
    }
    long id =
        rounds.startNow(
            area.id(),
            p.id(),
            new Rounds.Draft(
                instrument.key(),
                instrument.version(),
                body.bodyIds(),
                body.emails() == null ? null : String.join("\n", body.emails()),
                body.closesOn(),
                body.anonymous() == null || body.anonymous(),
                body.minimumGroupSize() == null ? 3 : body.minimumGroupSize()),
            who(user));
    RoundJson json = json(area, rounds.round(area.id(), id).orElseThrow());
    return ResponseEntity.created(URI.create("/api/v1/health-checks/" + id)).body(json);
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A round: its instrument and version, state, dates and how many have answered")
  RoundJson round(@PathVariable long id, Authentication user) {
    Long areaId =
        jdbc.sql("select area_id from health_check_round where id = :id")
            .param("id", id)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("round"));
    AreaRef area = areas.findById(areaId).orElseThrow(() -> new NotFoundException("area"));
    HealthCheckRound r =
        rounds.round(area.id(), id).orElseThrow(() -> new NotFoundException("round"));
    try {
      partnerships.readable(area, r.partnershipId(), user);
    } catch (AccessDeniedException e) {
      throw new NotFoundException("round");
    }
    if (r.state() == RoundState.DRAFT
        && !partnerships.canEdit(
            area, partnerships.readable(area, r.partnershipId(), user), user)) {
      throw new NotFoundException("round");
    }
    return json(area, r);
  }

  @PutMapping("/respond/{token}")
  @Operation(
      summary = "Save or submit a respondent's answers with the token of their personal link",
      description = "Needs no account. The answers given replace those saved before.")
  @ApiResponse(responseCode = "200", description = "Saved")
  @ApiResponse(responseCode = "400", description = "An unknown item or a value off the scale")
  @ApiResponse(responseCode = "404", description = "No such link")
  @ApiResponse(
      responseCode = "409",
      description = "Saved meanwhile from elsewhere: read the version again")
  @ApiResponse(responseCode = "410", description = "The round has closed")
  Saved respond(@PathVariable String token, @RequestBody Answers body) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    if (body.answers() != null) {
      for (AnswerJson a : body.answers()) {
        if (a == null || a.item() == null) {
          throw new AnswerRefusedException(null, "every answer needs an item");
        }
        boolean dontKnow = Boolean.TRUE.equals(a.dontKnow());
        if (!dontKnow && a.value() == null) {
          throw new AnswerRefusedException(a.item(), "an answer needs a value or dontKnow");
        }
        answers.put(a.item(), dontKnow ? Answer.unknown() : Answer.of(a.value()));
      }
    }
    Questionnaire q =
        rounds.answer(
            token,
            body.version() == null ? -1 : body.version(),
            answers,
            Boolean.TRUE.equals(body.submit()));
    return new Saved(q.version(), q.answered(), q.total(), q.finished(), q.round().closesOn());
  }

  @GetMapping("/respond/{token}")
  @Operation(summary = "A respondent's own answers and the version to send back with a save")
  Saved respondent(@PathVariable String token) {
    Questionnaire q = rounds.questionnaire(token).orElseThrow(() -> new NotFoundException("link"));
    if (!q.round().acceptsAnswers(org.entente.shared.LondonTime.today())) {
      throw new RoundClosedException(q.round().closedOn());
    }
    return new Saved(q.version(), q.answered(), q.total(), q.finished(), q.round().closesOn());
  }

  @ExceptionHandler(RoundClosedException.class)
  ProblemDetail closed(RoundClosedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.GONE, "The health check closed on " + e.closedOn() + ".");
    p.setTitle("Closed");
    return p;
  }

  @ExceptionHandler(AnswerRefusedException.class)
  ProblemDetail refusedAnswer(AnswerRefusedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "An answer is not one the instrument allows. Nothing was saved.");
    p.setTitle("Invalid request");
    p.setProperty(
        "errors",
        List.of(
            Map.of("field", e.item() == null ? "answers" : e.item(), "message", e.getMessage())));
    return p;
  }

  @ExceptionHandler(RoundRefusedException.class)
  ProblemDetail refusedRound(RoundRefusedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Some fields are missing or wrong; 'errors' names each one. Nothing was saved.");
    p.setTitle("Invalid request");
    p.setProperty(
        "errors",
        List.of(
            Map.of(
                "field",
                e.field() == null ? "" : e.field(),
                "message",
                messages.getMessage(e.messageKey(), null, e.messageKey(), java.util.Locale.UK))));
    return p;
  }

  @ExceptionHandler(MailException.class)
  ProblemDetail mail(MailException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The mail server did not accept the invitations. Nothing was started: try again later.");
    p.setTitle("Mail not sent");
    return p;
  }

  private RoundJson json(AreaRef area, HealthCheckRound r) {
    return new RoundJson(
        r.id(),
        area.slug(),
        r.partnershipId(),
        r.instrumentKey(),
        r.instrumentVersion(),
        library
            .find(r.instrumentKey(), r.instrumentVersion())
            .map(InstrumentText::title)
            .orElse(null),
        r.state(),
        r.anonymous(),
        r.minimumGroupSize(),
        r.closesOn(),
        r.openedAt(),
        r.closedAt(),
        r.version(),
        rounds.counts(r.id()));
  }

  private static String who(Authentication user) {
    return user != null && user.getPrincipal() instanceof AccountPrincipal p
        ? p.displayName()
        : user == null ? null : user.getName();
  }
}
