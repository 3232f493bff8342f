package org.entente.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.assessment.DimensionResult;
import org.entente.assessment.DimensionText;
import org.entente.assessment.GroupResult;
import org.entente.assessment.HealthCheckResults;
import org.entente.assessment.HealthCheckResults.RoundResults;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.ItemResult;
import org.entente.assessment.ItemText;
import org.entente.assessment.Results;
import org.entente.assessment.RoundState;
import org.entente.assessment.Summary;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.Access;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A closed round's results over JSON, with anonymity kept as on the results page. */
@RestController
@RequestMapping("/api/v1/health-checks")
@Tag(name = "Health checks", description = "Rounds of health checks and respondents' answers")
class ResultsApi {

  private final HealthCheckResults results;
  private final Areas areas;
  private final Access access;
  private final PartnershipAccess partnerships;
  private final JdbcClient jdbc;

  ResultsApi(
      HealthCheckResults results,
      Areas areas,
      Access access,
      PartnershipAccess partnerships,
      JdbcClient jdbc) {
    this.results = results;
    this.areas = areas;
    this.access = access;
    this.partnerships = partnerships;
    this.jdbc = jdbc;
  }

  @Schema(
      description =
          "The scores of one item or dimension. A hidden score (too few respondents in an"
              + " anonymous round) has every figure null and counts empty.")
  record Score(
      String key,
      @Schema(description = "For an item, the dimension it belongs to") String dimension,
      @Schema(description = "The dimension's title or the item's wording") String text,
      boolean hidden,
      @Schema(description = "Answers on the scale behind the mean and spread") Integer answered,
      @Schema(description = "Mean score; higher is better (reversed items are turned round)")
          Double mean,
      @Schema(description = "Spread: the population standard deviation") Double spread,
      @Schema(
              description = "red, amber or green",
              allowableValues = {"red", "amber", "green"})
          String band,
      @Schema(description = "Whether the spread is wide enough to flag disagreement")
          boolean disagreement,
      @Schema(description = "How many answers chose each point of the scale, lowest first")
          List<Integer> counts,
      @Schema(description = "\"Don't know\" answers, kept out of mean and spread")
          Integer dontKnow) {}

  @Schema(description = "A sector or organisation; a hidden group shows only its name")
  record Group(
      String name,
      boolean hidden,
      Integer respondents,
      List<Score> dimensions,
      List<Score> items) {}

  @Schema(description = "The results of a closed round")
  record ResultsJson(
      long roundId,
      long partnershipId,
      String instrument,
      int instrumentVersion,
      @Schema(description = "Always CLOSED: results are given only once the round has closed")
          RoundState state,
      int respondents,
      boolean anonymous,
      int minimumGroupSize,
      @Schema(description = "The lowest and highest points of the scale") List<Integer> scale,
      List<Score> dimensions,
      List<Score> items,
      List<Group> sectors,
      List<Group> organisations,
      @Schema(description = "Keys of the items where respondents disagree most, widest first")
          List<String> mostDisputed) {}

  @GetMapping("/{id}/results")
  @Operation(
      summary = "A closed round's results per dimension and item, and by sector and organisation",
      description =
          "Mean, spread, band and counts per scale point for every dimension and item. In an"
              + " anonymous round, groups and scores with fewer respondents than the round's"
              + " minimum are hidden. Results are given only once the round has closed: an open"
              + " round answers 409.")
  @ApiResponse(responseCode = "200", description = "The results")
  @ApiResponse(responseCode = "403", description = "The round's partnership is not yours to see")
  @ApiResponse(responseCode = "404", description = "No such round")
  @ApiResponse(responseCode = "409", description = "The round has not closed yet")
  ResultsJson results(@PathVariable long id, Authentication user) {
    Long areaId =
        jdbc.sql("select area_id from health_check_round where id = :id and state <> 'DRAFT'")
            .param("id", id)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("round"));
    AreaRef area = areas.findById(areaId).orElseThrow(() -> new NotFoundException("round"));
    if (!access.canRead(user, area.id())) {
      throw new AccessDeniedException("not a reader of the area");
    }
    RoundResults rr =
        results.results(area.id(), id).orElseThrow(() -> new NotFoundException("round"));
    try {
      partnerships.readable(area, rr.round().partnershipId(), user);
    } catch (NotFoundException e) {
      throw new AccessDeniedException("partnership not visible");
    }
    if (rr.round().state() != RoundState.CLOSED) {
      throw new RoundOpen();
    }
    return json(rr);
  }

  /** Results asked for before the round closed. */
  static final class RoundOpen extends RuntimeException {
    RoundOpen() {
      super("round not closed");
    }
  }

  @ExceptionHandler(RoundOpen.class)
  ProblemDetail open(RoundOpen e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, "The round has not closed yet: results appear when it closes.");
    p.setTitle("Not closed");
    return p;
  }

  static ResultsJson json(RoundResults rr) {
    InstrumentText it = rr.instrument();
    Results r = rr.results();
    return new ResultsJson(
        rr.round().id(),
        rr.round().partnershipId(),
        it.key(),
        it.version(),
        rr.round().state(),
        r.respondents(),
        r.anonymous(),
        r.minimumGroupSize(),
        List.of(it.scoring().scale().min(), it.scoring().scale().max()),
        dimensions(r.dimensions(), it),
        items(r.items(), it),
        groups(r.sectors(), it),
        groups(r.organisations(), it),
        r.mostDisputed().stream().map(ItemResult::item).toList());
  }

  private static List<Group> groups(List<GroupResult> groups, InstrumentText it) {
    List<Group> json = new ArrayList<>();
    for (GroupResult g : groups) {
      json.add(
          g.suppressed()
              ? new Group(g.name(), true, null, List.of(), List.of())
              : new Group(
                  g.name(),
                  false,
                  g.respondents(),
                  dimensions(g.dimensions(), it),
                  items(g.items(), it)));
    }
    return json;
  }

  private static List<Score> dimensions(List<DimensionResult> dims, InstrumentText it) {
    return dims.stream()
        .map(
            d ->
                score(
                    d.dimension(),
                    null,
                    it.dimension(d.dimension()).map(DimensionText::title).orElse(d.dimension()),
                    d.summary()))
        .toList();
  }

  private static List<Score> items(List<ItemResult> items, InstrumentText it) {
    return items.stream()
        .map(i -> score(i.item(), i.dimension(), text(it, i.item()), i.summary()))
        .toList();
  }

  private static String text(InstrumentText it, String item) {
    for (DimensionText d : it.dimensions()) {
      for (ItemText i : d.items()) {
        if (i.key().equals(item)) {
          return i.text();
        }
      }
    }
    return item;
  }

  private static Score score(String key, String dimension, String text, Summary s) {
    if (s.suppressed()) {
      return new Score(key, dimension, text, true, null, null, null, null, false, List.of(), null);
    }
    return new Score(
        key,
        dimension,
        text,
        false,
        s.answered(),
        s.mean(),
        s.spread(),
        s.band() == null ? null : s.band().name().toLowerCase(Locale.ROOT),
        s.disputed(),
        s.distribution(),
        s.dontKnow());
  }
}
