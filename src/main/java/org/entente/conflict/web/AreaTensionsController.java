package org.entente.conflict.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.conflict.TensionSeverity;
import org.entente.conflict.TensionSource;
import org.entente.conflict.TensionStage;
import org.entente.conflict.Tensions;
import org.entente.directory.AreaRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.Register;
import org.entente.shared.DashboardContributor;
import org.entente.shared.DashboardPanel;
import org.entente.shared.ListLinks;
import org.entente.shared.Option;
import org.entente.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open tensions across the partnerships a user can see: by source and stage, as a table and a bar
 * chart, and as a filterable list; with a panel on the area home page that links here.
 */
@Controller
class AreaTensionsController implements DashboardContributor {

  static final int DASHBOARD_ORDER = 80;

  private final Tensions tensions;
  private final PartnershipAccess partnerships;
  private final Register register;
  private final MessageSource messages;

  AreaTensionsController(
      Tensions tensions,
      PartnershipAccess partnerships,
      Register register,
      MessageSource messages) {
    this.tensions = tensions;
    this.partnerships = partnerships;
    this.register = register;
    this.messages = messages;
  }

  record ListFilter(
      TensionStage stage, TensionSource source, TensionSeverity severity, Long partnership) {}

  /** One row of the source-by-stage table: a count per open stage, and the row's total. */
  record MatrixRow(TensionSource source, List<Long> counts, long total) {}

  /** One bar of the chart: its source, count, and where it is drawn. */
  record Bar(TensionSource source, long count, int y, int width) {
    public int textY() {
      return y + 20;
    }

    public int countX() {
      return Chart.LABEL + width + 8;
    }
  }

  record Chart(List<Bar> bars, int width, int height) {
    static final int LABEL = 150;
    static final int BAR = 28;
    static final int GAP = 10;
    static final int LONGEST = 400;

    static Chart of(List<MatrixRow> rows) {
      long most = rows.stream().mapToLong(MatrixRow::total).max().orElse(0);
      List<Bar> bars = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        MatrixRow r = rows.get(i);
        int width = most == 0 ? 0 : (int) Math.round((double) r.total() * LONGEST / most);
        bars.add(new Bar(r.source(), r.total(), 10 + i * (BAR + GAP), width));
      }
      return new Chart(bars, LABEL + LONGEST + 50, 20 + rows.size() * (BAR + GAP));
    }

    public int barHeight() {
      return BAR;
    }

    public int labelWidth() {
      return LABEL;
    }
  }

  static final List<TensionStage> OPEN_STAGES =
      Arrays.stream(TensionStage.values()).filter(TensionStage::open).toList();

  @GetMapping("/areas/{area}/conflict/tensions")
  String tensions(
      AreaRef area,
      @ModelAttribute("filter") ListFilter filter,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    Set<Long> visible = partnerships.visible(area, user);
    Map<TensionSource, Map<TensionStage, Long>> cells = new EnumMap<>(TensionSource.class);
    for (Tensions.Cell c : tensions.openBySourceAndStage(area.id(), visible)) {
      cells
          .computeIfAbsent(c.source(), s -> new EnumMap<>(TensionStage.class))
          .put(c.stage(), c.count());
    }
    List<MatrixRow> rows =
        Arrays.stream(TensionSource.values())
            .map(
                s -> {
                  List<Long> counts =
                      OPEN_STAGES.stream()
                          .map(st -> cells.getOrDefault(s, Map.of()).getOrDefault(st, 0L))
                          .toList();
                  return new MatrixRow(s, counts, counts.stream().mapToLong(x -> x).sum());
                })
            .toList();
    List<Long> stageTotals =
        OPEN_STAGES.stream()
            .map(st -> rows.stream().mapToLong(r -> r.counts().get(OPEN_STAGES.indexOf(st))).sum())
            .toList();
    long openTotal = rows.stream().mapToLong(MatrixRow::total).sum();
    Long partnership =
        filter.partnership() != null && visible.contains(filter.partnership())
            ? filter.partnership()
            : null;
    PageRequest pageRequest =
        PageRequest.of(
            page, size, sort, sort == null ? "desc" : order, Tensions.SORT_KEYS, "raised");
    model.addAttribute("stages", OPEN_STAGES);
    model.addAttribute("rows", rows);
    model.addAttribute("stageTotals", stageTotals);
    model.addAttribute("openTotal", openTotal);
    model.addAttribute("chart", Chart.of(rows));
    model.addAttribute(
        "page",
        tensions.search(
            area.id(),
            visible,
            new Tensions.TensionFilter(
                filter.stage(), filter.source(), filter.severity(), partnership, true),
            pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute(
        "stageOptions",
        OPEN_STAGES.stream()
            .map(s -> Option.of(s.name(), message("tensionStage." + s.name())))
            .toList());
    model.addAttribute(
        "sourceOptions",
        Arrays.stream(TensionSource.values())
            .map(s -> Option.of(s.name(), message("tensionSource." + s.name())))
            .toList());
    model.addAttribute(
        "severityOptions",
        Arrays.stream(TensionSeverity.values())
            .map(s -> Option.of(s.name(), message("tensionSeverity." + s.name())))
            .toList());
    model.addAttribute(
        "partnerships",
        register.names(area.id(), visible).entrySet().stream()
            .sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
            .map(e -> Option.of(e.getKey(), e.getValue()))
            .toList());
    return "conflict/area-tensions";
  }

  @Override
  public List<DashboardPanel> panels(long areaId, String areaSlug, Authentication user) {
    Set<Long> visible = partnerships.visible(new AreaRef(areaId, areaSlug, ""), user);
    List<Tensions.Cell> cells = tensions.openBySourceAndStage(areaId, visible);
    long open = cells.stream().mapToLong(Tensions.Cell::count).sum();
    long external =
        cells.stream()
            .filter(c -> c.stage() == TensionStage.EXTERNAL_HELP)
            .mapToLong(Tensions.Cell::count)
            .sum();
    return List.of(
        new DashboardPanel(
            DASHBOARD_ORDER,
            message("dashboard.tensions.heading"),
            List.of(
                message("dashboard.tensions.open", open),
                message("dashboard.tensions.external", external)),
            "/areas/" + areaSlug + "/conflict/tensions",
            message("dashboard.tensions.link")));
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
