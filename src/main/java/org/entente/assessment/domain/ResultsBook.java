package org.entente.assessment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.assessment.HealthCheckResults;
import org.entente.assessment.HealthCheckRound;
import org.entente.assessment.HealthChecks;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.Results;
import org.entente.assessment.RoundState;
import org.entente.assessment.RoundSummary;
import org.entente.assessment.Rounds;
import org.entente.assessment.Scoring;
import org.entente.audit.AuditEvent;
import org.entente.audit.FieldChange;
import org.entente.meetings.Actions;
import org.entente.shared.Page;
import org.entente.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scores rounds with {@link Scoring}, and keeps which actions each round's plan produced. */
@Service
@Transactional(readOnly = true)
class ResultsBook implements HealthCheckResults {

  /** How many closed rounds a trend goes back. */
  static final int TREND_ROUNDS = 6;

  private final HealthChecks rounds;
  private final Rounds roundList;
  private final InstrumentLibrary library;
  private final Actions actions;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ResultsBook(
      HealthChecks rounds,
      Rounds roundList,
      InstrumentLibrary library,
      Actions actions,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.rounds = rounds;
    this.roundList = roundList;
    this.library = library;
    this.actions = actions;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public Optional<RoundResults> results(long areaId, long roundId) {
    Optional<HealthCheckRound> found = rounds.round(areaId, roundId);
    if (found.isEmpty() || found.get().state() == RoundState.DRAFT) {
      return Optional.empty();
    }
    HealthCheckRound round = found.get();
    InstrumentText instrument =
        library
            .find(round.instrumentKey(), round.instrumentVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "instrument " + round.instrumentKey() + " v" + round.instrumentVersion()));
    Results results = score(round, instrument);
    Optional<HealthCheckRound> previous =
        round.state() == RoundState.CLOSED ? rounds.previousRound(roundId) : Optional.empty();
    List<PastRound> history = new ArrayList<>();
    if (round.state() == RoundState.CLOSED) {
      history.add(new PastRound(round.id(), round.closedOn(), results));
      Optional<HealthCheckRound> earlier = previous;
      while (earlier.isPresent() && history.size() < TREND_ROUNDS) {
        HealthCheckRound r = earlier.get();
        Optional<InstrumentText> text = library.find(r.instrumentKey(), r.instrumentVersion());
        if (text.isEmpty()) {
          break;
        }
        history.add(new PastRound(r.id(), r.closedOn(), score(r, text.get())));
        earlier = rounds.previousRound(r.id());
      }
      Collections.reverse(history);
    }
    Optional<org.entente.assessment.Change> change =
        history.size() >= 2
            ? Optional.of(Scoring.change(history.get(history.size() - 2).results(), results))
            : Optional.empty();
    return Optional.of(new RoundResults(round, instrument, results, previous, change, history));
  }

  private Results score(HealthCheckRound round, InstrumentText instrument) {
    return Scoring.score(
        instrument.scoring(), rounds.responses(round.id()), round.scoringOptions());
  }

  @Override
  @Transactional
  public List<Long> adoptPlan(long areaId, long roundId, List<PlannedAction> plan, String by) {
    HealthCheckRound round =
        rounds
            .round(areaId, roundId)
            .orElseThrow(() -> new IllegalArgumentException("no round " + roundId));
    List<Long> ids = new ArrayList<>();
    for (PlannedAction a : plan) {
      long id =
          actions.raise(
              areaId,
              round.partnershipId(),
              null,
              new Actions.ActionDetails(a.description(), a.ownerId(), a.dueOn()));
      jdbc.sql(
              """
              insert into assessment_round_action
                (area_id, round_id, action_id, dimension_key, created_by)
              values (:a, :r, :x, :d, :by)
              """)
          .param("a", areaId)
          .param("r", roundId)
          .param("x", id)
          .param("d", a.dimension())
          .param("by", by)
          .update();
      ids.add(id);
    }
    events.publishEvent(
        new AuditEvent(
            areaId,
            "health-check-round",
            roundId,
            round.instrumentKey() + " v" + round.instrumentVersion(),
            "action plan adopted",
            List.of(new FieldChange("actions", null, String.valueOf(ids.size())))));
    return ids;
  }

  @Override
  public List<ProducedAction> produced(long areaId, long roundId) {
    return jdbc.sql(
            """
            select action_id, dimension_key from assessment_round_action
            where area_id = :a and round_id = :r order by created_at, action_id
            """)
        .param("a", areaId)
        .param("r", roundId)
        .query((rs, n) -> new ProducedAction(rs.getLong(1), rs.getString(2)))
        .list();
  }

  @Override
  public List<Latest> latestClosed(
      long areaId, Collection<Long> partnershipIds, String instrumentKey) {
    Map<Long, RoundSummary> latest = new LinkedHashMap<>();
    int page = 1;
    while (true) {
      Page<RoundSummary> found =
          roundList.search(
              areaId,
              partnershipIds,
              new Rounds.RoundFilter(null, instrumentKey, RoundState.CLOSED),
              new PageRequest(page, PageRequest.MAX_SIZE, "closesOn", true));
      for (RoundSummary r : found.items()) {
        latest.putIfAbsent(r.partnershipId(), r);
      }
      if (found.items().size() < PageRequest.MAX_SIZE) {
        break;
      }
      page++;
    }
    List<Latest> results = new ArrayList<>();
    for (RoundSummary s : latest.values()) {
      rounds
          .round(areaId, s.id())
          .ifPresent(
              r ->
                  library
                      .find(r.instrumentKey(), r.instrumentVersion())
                      .ifPresent(
                          text ->
                              results.add(
                                  new Latest(
                                      s.partnershipId(),
                                      s.partnershipName(),
                                      s.id(),
                                      score(r, text)))));
    }
    results.sort(
        java.util.Comparator.comparing(Latest::partnershipName, String.CASE_INSENSITIVE_ORDER));
    return results;
  }
}
