package org.entente.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.assessment.Change;
import org.entente.assessment.DimensionResult;
import org.entente.assessment.DimensionText;
import org.entente.assessment.GroupResult;
import org.entente.assessment.HealthCheckResults;
import org.entente.assessment.HealthCheckResults.RoundResults;
import org.entente.assessment.HealthCheckRound;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.ItemResult;
import org.entente.assessment.ItemText;
import org.entente.assessment.Results;
import org.entente.assessment.RoundState;
import org.entente.assessment.Rounds;
import org.entente.assessment.Scale;
import org.entente.assessment.Summary;
import org.entente.directory.AreaRef;
import org.entente.meetings.ActionView;
import org.entente.meetings.Actions;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A round's results: scores per dimension and item, where partners disagree, breakdowns by sector
 * and organisation, change since the last round, three pictures each with its table, and the
 * actions the round produced; as a page, CSV and spreadsheet.
 */
@Controller
class ResultsController {

  private final HealthCheckResults results;
  private final Rounds rounds;
  private final PartnershipAccess partnerships;
  private final Actions actions;
  private final MessageSource messages;
  private final org.entente.identity.Access access;

  ResultsController(
      HealthCheckResults results,
      Rounds rounds,
      PartnershipAccess partnerships,
      Actions actions,
      MessageSource messages,
      org.entente.identity.Access access) {
    this.access = access;
    this.results = results;
    this.rounds = rounds;
    this.partnerships = partnerships;
    this.actions = actions;
    this.messages = messages;
  }

  static String base(AreaRef area, long pid, long rid) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/health-checks/" + rid + "/results";
  }

  // --- view models

  /** A change since the last round, as the page shows it. */
  record Movement(String direction, String previous, String current) {
    static Movement of(Change.Delta d) {
      if (d == null) {
        return null;
      }
      String was = ResultPictures.figure(d.previous());
      String is = ResultPictures.figure(d.current());
      String direction = was.equals(is) ? "same" : d.change() > 0 ? "up" : "down";
      return new Movement(direction, was, is);
    }
  }

  record ItemLine(String key, String text, String dimension, Summary summary, Movement change) {}

  record DimensionLine(
      String key,
      String title,
      String description,
      Summary summary,
      Movement change,
      List<ItemLine> items) {}

  record GroupLine(String name, boolean hidden, Integer respondents, List<Summary> dimensions) {}

  record ProducedLine(long id, String description, String owner, String dueOn, String status) {}

  record Page(
      HealthCheckRound round,
      InstrumentText instrument,
      Results results,
      Scale scale,
      List<DimensionLine> dimensions,
      List<ItemLine> disputed,
      List<GroupLine> sectors,
      List<GroupLine> organisations,
      ResultPictures.Radar radar,
      ResultPictures.HeatMap heatMap,
      ResultPictures.Trend trend,
      List<String> trendRounds,
      List<List<String>> trendTable) {

    public List<Integer> points() {
      List<Integer> points = new ArrayList<>();
      for (int v = scale.min(); v <= scale.max(); v++) {
        points.add(v);
      }
      return points;
    }

    public List<ResultPictures.Look> legend() {
      return List.of(ResultPictures.Look.RED, ResultPictures.Look.AMBER, ResultPictures.Look.GREEN);
    }

    public String label(int point) {
      return scale.labels().isEmpty()
          ? String.valueOf(point)
          : scale.labels().get(point - scale.min());
    }
  }

  // --- the page

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/results")
  String show(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      @RequestParam(required = false, defaultValue = "false") boolean preview,
      Authentication user,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    boolean canEdit = partnerships.canEdit(area, p, user);
    RoundResults rr = roundResults(area, pid, rid);
    boolean closed = rr.round().state() == RoundState.CLOSED;
    model.addAttribute("p", p);
    model.addAttribute("r", rr.round());
    model.addAttribute("instrument", rr.instrument());
    model.addAttribute("canEdit", canEdit);
    model.addAttribute("closed", closed);
    model.addAttribute("counts", rounds.counts(rid));
    boolean show = closed || (preview && canEdit);
    model.addAttribute("preview", !closed && show);
    model.addAttribute("base", base(area, pid, rid));
    model.addAttribute("canCompare", CompareController.mayCompare(access, user, area));
    if (show) {
      model.addAttribute("page", page(rr));
      model.addAttribute("produced", produced(area, rid));
    }
    return "assessment/results";
  }

  @GetMapping(
      value = "/areas/{area}/partnerships/{pid}/health-checks/{rid}/results.csv",
      produces = "text/csv")
  void csv(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      HttpServletResponse response)
      throws IOException {
    partnerships.readable(area, pid, user);
    RoundResults rr = closedResults(area, pid, rid);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"health-check-" + rid + "-results.csv\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    ResultsExport.csv(
        out, rr.results(), labels(rr.instrument()), rr.instrument().scoring().scale());
    out.flush();
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks/{rid}/results.xlsx")
  void xlsx(
      AreaRef area,
      @PathVariable long pid,
      @PathVariable long rid,
      Authentication user,
      HttpServletResponse response)
      throws IOException {
    partnerships.readable(area, pid, user);
    RoundResults rr = closedResults(area, pid, rid);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"health-check-" + rid + "-results.xlsx\"");
    ResultsExport.xlsx(
        response.getOutputStream(),
        rr.results(),
        labels(rr.instrument()),
        rr.instrument().scoring().scale(),
        key -> message("results.export." + key));
    response.getOutputStream().flush();
  }

  // --- helpers

  RoundResults roundResults(AreaRef area, long pid, long rid) {
    RoundResults rr =
        results.results(area.id(), rid).orElseThrow(() -> new NotFoundException("round " + rid));
    if (rr.round().partnershipId() != pid) {
      throw new NotFoundException("round " + rid);
    }
    return rr;
  }

  private RoundResults closedResults(AreaRef area, long pid, long rid) {
    RoundResults rr = roundResults(area, pid, rid);
    if (rr.round().state() != RoundState.CLOSED) {
      throw new NotFoundException("results of round " + rid);
    }
    return rr;
  }

  static ResultsExport.Labels labels(InstrumentText instrument) {
    Map<String, String> dimensions = new HashMap<>();
    Map<String, String> items = new HashMap<>();
    for (DimensionText d : instrument.dimensions()) {
      dimensions.put(d.key(), d.title());
      for (ItemText i : d.items()) {
        items.put(i.key(), i.text());
      }
    }
    return new ResultsExport.Labels(dimensions, items);
  }

  private List<ProducedLine> produced(AreaRef area, long rid) {
    List<ProducedLine> lines = new ArrayList<>();
    for (HealthCheckResults.ProducedAction a : results.produced(area.id(), rid)) {
      Optional<ActionView> view = actions.action(area.id(), a.actionId());
      view.ifPresent(
          v ->
              lines.add(
                  new ProducedLine(
                      a.actionId(),
                      v.description(),
                      v.ownerName(),
                      v.dueOn() == null ? "" : v.dueOn().format(DATE),
                      message("actionStatus." + v.status().name()))));
    }
    return lines;
  }

  static final java.time.format.DateTimeFormatter DATE =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  Page page(RoundResults rr) {
    InstrumentText instrument = rr.instrument();
    Results res = rr.results();
    Scale scale = instrument.scoring().scale();
    Map<String, Change.Delta> itemChange = new HashMap<>();
    Map<String, Change.Delta> dimensionChange = new HashMap<>();
    rr.change()
        .ifPresent(
            c -> {
              c.items().forEach(d -> itemChange.put(d.key(), d));
              c.dimensions().forEach(d -> dimensionChange.put(d.key(), d));
            });
    Map<String, ItemResult> itemResults = new HashMap<>();
    res.items().forEach(i -> itemResults.put(i.item(), i));
    Map<String, DimensionResult> dimensionResults = new HashMap<>();
    res.dimensions().forEach(d -> dimensionResults.put(d.dimension(), d));
    Map<String, ItemLine> itemLines = new LinkedHashMap<>();
    List<DimensionLine> dimensions = new ArrayList<>();
    for (DimensionText d : instrument.dimensions()) {
      List<ItemLine> items = new ArrayList<>();
      for (ItemText i : d.items()) {
        ItemResult ir = itemResults.get(i.key());
        ItemLine line =
            new ItemLine(
                i.key(),
                i.text(),
                d.title(),
                ir == null ? null : ir.summary(),
                Movement.of(itemChange.get(i.key())));
        items.add(line);
        itemLines.put(i.key(), line);
      }
      DimensionResult dr = dimensionResults.get(d.key());
      dimensions.add(
          new DimensionLine(
              d.key(),
              d.title(),
              d.description(),
              dr == null ? null : dr.summary(),
              Movement.of(dimensionChange.get(d.key())),
              items));
    }
    List<ItemLine> disputed =
        res.mostDisputed().stream()
            .filter(i -> i.summary().disputed())
            .map(i -> itemLines.get(i.item()))
            .filter(java.util.Objects::nonNull)
            .toList();
    List<GroupLine> sectors = groups(res.sectors(), instrument, true);
    List<GroupLine> organisations = groups(res.organisations(), instrument, false);

    List<ResultPictures.Spoke> spokes =
        dimensions.stream().map(d -> new ResultPictures.Spoke(d.title(), d.summary())).toList();
    ResultPictures.Radar radar =
        ResultPictures.Radar.drawable(spokes) ? ResultPictures.Radar.of(spokes, scale) : null;

    List<ResultPictures.Line> lines = new ArrayList<>();
    for (DimensionLine d : dimensions) {
      lines.add(new ResultPictures.Line(d.key(), d.title(), true));
      for (ItemLine i : d.items()) {
        lines.add(new ResultPictures.Line(i.key(), i.text(), false));
      }
    }
    List<ResultPictures.Group> heatGroups = new ArrayList<>();
    heatGroups.add(
        new ResultPictures.Group(message("results.group.all"), false, itemsOf(res.items())));
    for (GroupResult g : res.sectors()) {
      heatGroups.add(
          new ResultPictures.Group(sectorName(g.name()), g.suppressed(), itemsOf(g.items())));
    }
    for (GroupResult g : res.organisations()) {
      heatGroups.add(new ResultPictures.Group(g.name(), g.suppressed(), itemsOf(g.items())));
    }
    ResultPictures.HeatMap heatMap = ResultPictures.HeatMap.of(lines, heatGroups);

    ResultPictures.Trend trend = null;
    List<String> trendRounds = new ArrayList<>();
    List<List<String>> trendTable = new ArrayList<>();
    if (rr.history().size() >= 2) {
      for (HealthCheckResults.PastRound past : rr.history()) {
        trendRounds.add(past.closedOn() == null ? "" : past.closedOn().format(SHORT));
      }
      List<ResultPictures.Series> series = new ArrayList<>();
      for (DimensionText d : instrument.dimensions()) {
        List<Summary> means = new ArrayList<>();
        List<String> row = new ArrayList<>();
        row.add(d.title());
        for (HealthCheckResults.PastRound past : rr.history()) {
          Summary s =
              past.results().dimensions().stream()
                  .filter(x -> x.dimension().equals(d.key()))
                  .map(DimensionResult::summary)
                  .findFirst()
                  .orElse(null);
          means.add(s);
          row.add(s != null && s.hasScore() ? ResultPictures.figure(s.mean()) : "–");
        }
        series.add(new ResultPictures.Series(d.title(), means));
        trendTable.add(row);
      }
      trend = ResultPictures.Trend.of(trendRounds, series, scale);
    }
    return new Page(
        rr.round(),
        instrument,
        res,
        scale,
        dimensions,
        disputed,
        sectors,
        organisations,
        radar,
        heatMap,
        trend,
        trendRounds,
        trendTable);
  }

  static final java.time.format.DateTimeFormatter SHORT =
      java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK);

  private static Map<String, Summary> itemsOf(List<ItemResult> items) {
    Map<String, Summary> map = new HashMap<>();
    items.forEach(i -> map.put(i.item(), i.summary()));
    return map;
  }

  private List<GroupLine> groups(
      List<GroupResult> groups, InstrumentText instrument, boolean sector) {
    List<GroupLine> lines = new ArrayList<>();
    for (GroupResult g : groups) {
      List<Summary> dimensions = new ArrayList<>();
      for (DimensionText d : instrument.dimensions()) {
        dimensions.add(
            g.dimensions().stream()
                .filter(x -> x.dimension().equals(d.key()))
                .map(DimensionResult::summary)
                .findFirst()
                .orElse(null));
      }
      lines.add(
          new GroupLine(
              sector ? sectorName(g.name()) : g.name(),
              g.suppressed(),
              g.respondents(),
              dimensions));
    }
    return lines;
  }

  String sectorName(String sector) {
    return messages.getMessage(
        "sector." + sector,
        null,
        messages.getMessage("results.sector.unknown", null, LocaleContextHolder.getLocale()),
        LocaleContextHolder.getLocale());
  }

  String message(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
