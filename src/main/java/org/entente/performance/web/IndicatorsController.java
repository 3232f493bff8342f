package org.entente.performance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.performance.Frequency;
import org.entente.performance.IndicatorDetails;
import org.entente.performance.IndicatorKind;
import org.entente.performance.IndicatorStatus;
import org.entente.performance.IndicatorView;
import org.entente.performance.Measurement;
import org.entente.performance.OutcomeView;
import org.entente.performance.Polarity;
import org.entente.performance.Strategy;
import org.entente.performance.Tolerance;
import org.entente.performance.Trajectory;
import org.entente.shared.DateInput;
import org.entente.shared.LondonTime;
import org.entente.shared.NotFoundException;
import org.entente.shared.Option;
import org.entente.shared.StaleEditException;
import org.entente.shared.StaleForms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An indicator's record: its definition and trajectory, its status per period as a table and a
 * chart, the forms that define and change it, and the entry and revision of its measurements.
 */
@Controller
class IndicatorsController {

  static final int NAME_MAX = 200, UNIT_MAX = 60, SOURCE_MAX = 200, TEXT_MAX = 4000;

  private final Strategy strategy;
  private final StrategyAccess access;
  private final Figures figures;
  private final MessageSource messages;

  IndicatorsController(
      Strategy strategy, StrategyAccess access, Figures figures, MessageSource messages) {
    this.strategy = strategy;
    this.access = access;
    this.figures = figures;
    this.messages = messages;
  }

  record TargetRow(DateInput on, String value) {}

  record IndicatorForm(
      String name,
      String definition,
      String unit,
      Polarity polarity,
      Frequency frequency,
      String source,
      IndicatorKind kind,
      String baselineValue,
      DateInput baselineOn,
      List<TargetRow> targets,
      Tolerance.Kind toleranceKind,
      String toleranceAmount,
      Integer version) {

    IndicatorForm withTargets(List<TargetRow> rows) {
      return new IndicatorForm(
          name,
          definition,
          unit,
          polarity,
          frequency,
          source,
          kind,
          baselineValue,
          baselineOn,
          rows,
          toleranceKind,
          toleranceAmount,
          version);
    }

    List<TargetRow> rows() {
      return targets == null ? List.of() : targets;
    }
  }

  record MeasurementForm(
      String period, String value, String note, Integer version, String versionOf) {}

  /** A row of the indicator's summary list; {@code field} is the form field that changes it. */
  record SummaryRow(String field, String label, String value) {}

  /** A row of the status table. */
  record StatusRow(IndicatorStatus.Period period, String name, Measurement measurement) {}

  // ---- defining indicators

  @GetMapping("/areas/{area}/performance/outcomes/{oid}/indicators/new")
  String newIndicator(AreaRef area, @PathVariable long oid, Authentication user, Model model) {
    OutcomeView o = access.editable(area, oid, user);
    IndicatorForm form =
        new IndicatorForm(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            DateInput.of(null),
            List.of(new TargetRow(DateInput.of(null), null)),
            Tolerance.Kind.PERCENT,
            "5",
            null);
    return indicatorForm(o, null, form, model);
  }

  @PostMapping("/areas/{area}/performance/outcomes/{oid}/indicators")
  String addIndicator(
      AreaRef area,
      @PathVariable long oid,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      @RequestParam(required = false) String addTarget,
      @RequestParam(required = false) Integer removeTarget,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    OutcomeView o = access.editable(area, oid, user);
    IndicatorForm rows = changedRows(form, addTarget, removeTarget);
    if (rows != null) {
      return indicatorForm(o, null, rows, model);
    }
    IndicatorDetails details = validate(form, errors);
    if (errors.hasErrors()) {
      return indicatorForm(o, null, form, model);
    }
    long id = strategy.addIndicator(area.id(), oid, details);
    redirect.addFlashAttribute("flash", message("indicator.added", details.name().trim()));
    return "redirect:/areas/" + area.slug() + "/performance/indicators/" + id;
  }

  @GetMapping("/areas/{area}/performance/indicators/{id}/edit")
  String editIndicator(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    IndicatorView i = indicator(area, id);
    OutcomeView o = access.editable(area, i.outcomeId(), user);
    return indicatorForm(o, i, formOf(i), model);
  }

  @PostMapping("/areas/{area}/performance/indicators/{id}")
  String updateIndicator(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult errors,
      @RequestParam(required = false) String addTarget,
      @RequestParam(required = false) Integer removeTarget,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorView i = indicator(area, id);
    OutcomeView o = access.editable(area, i.outcomeId(), user);
    IndicatorForm rows = changedRows(form, addTarget, removeTarget);
    if (rows != null) {
      return indicatorForm(o, i, rows, model);
    }
    IndicatorDetails details = validate(form, errors);
    if (errors.hasErrors()) {
      return indicatorForm(o, i, form, model);
    }
    try {
      strategy.updateIndicator(
          area.id(), id, form.version() == null ? -1 : form.version(), details);
    } catch (StaleEditException e) {
      IndicatorView fresh = indicator(area, id);
      IndicatorForm current = formOf(fresh);
      String view = indicatorForm(o, fresh, current, model);
      StaleForms.show(model, "form", current, message("error.stale"));
      return view;
    }
    redirect.addFlashAttribute("flash", message("indicator.saved", details.name().trim()));
    return "redirect:/areas/" + area.slug() + "/performance/indicators/" + id;
  }

  // ---- the record

  @GetMapping("/areas/{area}/performance/indicators/{id}")
  String show(AreaRef area, @PathVariable long id, Authentication user, Model model) {
    IndicatorView i = indicator(area, id);
    OutcomeView o = access.readable(area, i.outcomeId(), user);
    Frequency f = i.details().frequency();
    LocalDate first = f.next(f.periodEnd(i.details().trajectory().baseline().on()));
    LocalDate current = f.periodEnd(LondonTime.today());
    Map<LocalDate, Measurement> measured = strategy.measurements(id, first.minusYears(50), current);
    LocalDate last = f.previous(current);
    for (LocalDate end : measured.keySet()) {
      if (end.isAfter(last)) {
        last = end;
      }
      if (end.isBefore(first)) {
        first = end;
      }
    }
    Map<LocalDate, BigDecimal> actuals = new HashMap<>();
    measured.forEach((end, m) -> actuals.put(end, m.value()));
    List<IndicatorStatus.Period> periods =
        last.isBefore(first) ? List.of() : IndicatorStatus.assess(i.rules(), actuals, first, last);
    List<StatusRow> rows = new ArrayList<>();
    for (IndicatorStatus.Period p : periods) {
      rows.add(new StatusRow(p, figures.period(f, p.end()), measured.get(p.end())));
    }
    Collections.reverse(rows);
    IndicatorStatus.Period latest =
        periods.stream().filter(p -> p.actual() != null).reduce((a, b) -> b).orElse(null);
    model.addAttribute("indicator", i);
    model.addAttribute("summary", summary(i));
    model.addAttribute("outcome", o);
    model.addAttribute("rows", rows);
    model.addAttribute("latest", latest);
    model.addAttribute("revisions", strategy.revisions(id));
    model.addAttribute("canEdit", access.canEdit(area, o, user));
    model.addAttribute(
        "chart",
        periods.isEmpty()
            ? null
            : IndicatorChart.of(
                periods,
                i.details().trajectory().baseline().value(),
                end -> figures.period(f, end)));
    return "performance/indicator";
  }

  // ---- measurements

  @GetMapping("/areas/{area}/performance/indicators/{id}/measurements/new")
  String newMeasurement(
      AreaRef area,
      @PathVariable long id,
      @RequestParam(required = false) String period,
      Authentication user,
      Model model) {
    IndicatorView i = indicator(area, id);
    access.editable(area, i.outcomeId(), user);
    LocalDate end = periodOf(i, period);
    MeasurementForm form = new MeasurementForm(period, null, null, null, null);
    if (end != null) {
      Measurement m = strategy.measurement(id, end).orElse(null);
      form =
          m == null
              ? new MeasurementForm(end.toString(), null, null, null, null)
              : new MeasurementForm(
                  end.toString(), figures.number(m.value()), null, m.version(), end.toString());
    }
    return measurementForm(i, form, model);
  }

  @PostMapping("/areas/{area}/performance/indicators/{id}/measurements")
  String record(
      AreaRef area,
      @PathVariable long id,
      @ModelAttribute("form") MeasurementForm form,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    IndicatorView i = indicator(area, id);
    access.editable(area, i.outcomeId(), user);
    LocalDate end = periodOf(i, form.period());
    if (end == null) {
      errors.rejectValue("period", "required", message("measurement.error.period"));
    } else if (end.isAfter(i.details().frequency().periodEnd(LondonTime.today()))) {
      errors.rejectValue("period", "future", message("measurement.error.future"));
    }
    BigDecimal value = number(form.value());
    if (value == null) {
      errors.rejectValue("value", "number", message("measurement.error.value"));
    }
    if (form.note() != null && form.note().trim().length() > TEXT_MAX) {
      errors.rejectValue("note", "long", message("measurement.error.noteLong", TEXT_MAX));
    }
    if (errors.hasErrors()) {
      return measurementForm(i, form, model);
    }
    Integer version =
        end.toString().equals(form.versionOf()) && form.version() != null ? form.version() : null;
    Measurement existing = strategy.measurement(id, end).orElse(null);
    if (existing != null && version == null) {
      // The period has a value already: say so, and let the person confirm the revision.
      MeasurementForm confirm =
          new MeasurementForm(
              end.toString(), form.value(), form.note(), existing.version(), end.toString());
      String view = measurementForm(i, confirm, model);
      StaleForms.show(
          model,
          "form",
          confirm,
          message(
              "measurement.error.exists",
              figures.period(i.details().frequency(), end),
              figures.number(existing.value()),
              existing.enteredBy()));
      return view;
    }
    try {
      strategy.record(area.id(), id, end, value, version, who(user), form.note());
    } catch (StaleEditException e) {
      Measurement fresh = strategy.measurement(id, end).orElse(null);
      MeasurementForm current =
          new MeasurementForm(
              end.toString(),
              form.value(),
              form.note(),
              fresh == null ? null : fresh.version(),
              fresh == null ? null : end.toString());
      String view = measurementForm(i, current, model);
      StaleForms.show(
          model,
          "form",
          current,
          fresh == null
              ? message("error.stale")
              : message(
                  "measurement.error.stale", figures.number(fresh.value()), fresh.enteredBy()));
      return view;
    }
    redirect.addFlashAttribute(
        "flash",
        message(
            existing == null ? "measurement.entered" : "measurement.revised",
            figures.period(i.details().frequency(), end)));
    return "redirect:/areas/" + area.slug() + "/performance/indicators/" + id;
  }

  // ---- helpers

  private List<SummaryRow> summary(IndicatorView i) {
    IndicatorDetails d = i.details();
    Tolerance t = d.tolerance();
    return List.of(
        new SummaryRow("name", message("indicator.name"), d.name()),
        new SummaryRow("definition", message("indicator.definition"), d.definition()),
        new SummaryRow("unit", message("indicator.unit"), d.unit()),
        new SummaryRow(
            "polarity",
            message("indicator.polarity"),
            message("indicator.polarity." + d.polarity())),
        new SummaryRow(
            "frequency",
            message("indicator.frequency"),
            message("indicator.frequency." + d.frequency())),
        new SummaryRow("source", message("indicator.source"), d.source()),
        new SummaryRow("kind", message("indicator.kind"), message("indicator.kind." + d.kind())),
        new SummaryRow(
            "baselineValue",
            message("indicator.baselineValue"),
            figures.number(d.trajectory().baseline().value()) + " " + d.unit()),
        new SummaryRow(
            "baselineOn",
            message("indicator.baselineOn"),
            d.trajectory()
                .baseline()
                .on()
                .format(
                    java.time.format.DateTimeFormatter.ofPattern(
                        "d MMMM yyyy", java.util.Locale.UK))),
        new SummaryRow(
            "toleranceAmount",
            message("indicator.tolerance"),
            message(
                t.kind() == Tolerance.Kind.PERCENT
                    ? "indicator.tolerance.percent"
                    : "indicator.tolerance.absolute",
                figures.number(t.amount()))));
  }

  private IndicatorView indicator(AreaRef area, long id) {
    return strategy
        .indicator(area.id(), id)
        .orElseThrow(() -> new NotFoundException("indicator " + id));
  }

  /** The period ending on the given day, or null unless it names one of the indicator's periods. */
  private static LocalDate periodOf(IndicatorView i, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.trim());
      return i.details().frequency().periodEnd(d).equals(d) ? d : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String measurementForm(IndicatorView i, MeasurementForm form, Model model) {
    Frequency f = i.details().frequency();
    LocalDate current = f.periodEnd(LondonTime.today());
    LocalDate from = f.periodEnd(i.details().trajectory().baseline().on());
    List<Option> periods = new ArrayList<>();
    for (LocalDate end = current;
        !end.isBefore(from) && periods.size() < 240;
        end = f.previous(end)) {
      periods.add(Option.of(end.toString(), figures.period(f, end)));
    }
    model.addAttribute("indicator", i);
    model.addAttribute("form", form);
    model.addAttribute("periods", periods);
    LocalDate end = periodOf(i, form.period());
    model.addAttribute(
        "existing",
        end == null || form.version() == null
            ? null
            : strategy.measurement(i.id(), end).orElse(null));
    return "performance/measurement-form";
  }

  private static IndicatorForm changedRows(
      IndicatorForm form, String addTarget, Integer removeTarget) {
    if (addTarget != null) {
      List<TargetRow> rows = new ArrayList<>(form.rows());
      rows.add(new TargetRow(DateInput.of(null), null));
      return form.withTargets(rows);
    }
    if (removeTarget != null) {
      List<TargetRow> rows = new ArrayList<>(form.rows());
      if (removeTarget >= 0 && removeTarget < rows.size()) {
        rows.remove((int) removeTarget);
      }
      return form.withTargets(rows);
    }
    return null;
  }

  private String indicatorForm(
      OutcomeView outcome, IndicatorView indicator, IndicatorForm form, Model model) {
    model.addAttribute("outcome", outcome);
    model.addAttribute("indicator", indicator);
    model.addAttribute("form", form);
    model.addAttribute("polarities", options(Polarity.values(), "indicator.polarity."));
    model.addAttribute("frequencies", options(Frequency.values(), "indicator.frequency."));
    model.addAttribute("kinds", options(IndicatorKind.values(), "indicator.kind."));
    model.addAttribute(
        "toleranceKinds", options(Tolerance.Kind.values(), "indicator.toleranceKind."));
    return "performance/indicator-form";
  }

  private List<Option> options(Enum<?>[] values, String prefix) {
    List<Option> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(Option.of(v.name(), message(prefix + v.name())));
    }
    return out;
  }

  private static IndicatorForm formOf(IndicatorView i) {
    IndicatorDetails d = i.details();
    List<TargetRow> rows = new ArrayList<>();
    for (Trajectory.Point p : d.trajectory().targets()) {
      rows.add(new TargetRow(DateInput.of(p.on()), p.value().toPlainString()));
    }
    return new IndicatorForm(
        d.name(),
        d.definition(),
        d.unit(),
        d.polarity(),
        d.frequency(),
        d.source(),
        d.kind(),
        d.trajectory().baseline().value().toPlainString(),
        DateInput.of(d.trajectory().baseline().on()),
        rows,
        d.tolerance().kind(),
        d.tolerance().amount().toPlainString(),
        i.version());
  }

  private IndicatorDetails validate(IndicatorForm form, BindingResult errors) {
    text(form.name(), "name", NAME_MAX, errors);
    text(form.definition(), "definition", TEXT_MAX, errors);
    text(form.unit(), "unit", UNIT_MAX, errors);
    text(form.source(), "source", SOURCE_MAX, errors);
    if (form.polarity() == null) {
      errors.rejectValue("polarity", "required", message("indicator.error.polarity"));
    }
    if (form.frequency() == null) {
      errors.rejectValue("frequency", "required", message("indicator.error.frequency"));
    }
    if (form.kind() == null) {
      errors.rejectValue("kind", "required", message("indicator.error.kind"));
    }
    BigDecimal baseline = number(form.baselineValue());
    if (baseline == null) {
      errors.rejectValue("baselineValue", "number", message("indicator.error.baselineValue"));
    }
    LocalDate baselineOn = form.baselineOn() == null ? null : form.baselineOn().toDate();
    if (baselineOn == null) {
      errors.rejectValue("baselineOn", "date", message("indicator.error.baselineOn"));
    }
    List<Trajectory.Point> points = new ArrayList<>();
    Set<LocalDate> days = new HashSet<>();
    List<TargetRow> rows = form.rows();
    for (int n = 0; n < rows.size(); n++) {
      TargetRow row = rows.get(n);
      boolean blankDate = row.on() == null || row.on().isBlank();
      boolean blankValue = row.value() == null || row.value().isBlank();
      if (blankDate && blankValue) {
        continue;
      }
      String field = "targets[" + n + "]";
      LocalDate on = blankDate ? null : row.on().toDate();
      if (on == null) {
        errors.rejectValue(field + ".on", "date", message("indicator.error.targetOn", n + 1));
      } else if (baselineOn != null && !on.isAfter(baselineOn)) {
        errors.rejectValue(field + ".on", "after", message("indicator.error.targetAfter", n + 1));
      } else if (!days.add(on)) {
        errors.rejectValue(field + ".on", "same", message("indicator.error.targetSame", n + 1));
      }
      BigDecimal value = number(row.value());
      if (value == null) {
        errors.rejectValue(
            field + ".value", "number", message("indicator.error.targetValue", n + 1));
      }
      if (on != null && value != null) {
        points.add(new Trajectory.Point(on, value));
      }
    }
    if (form.toleranceKind() == null) {
      errors.rejectValue("toleranceKind", "required", message("indicator.error.toleranceKind"));
    }
    BigDecimal tolerance = number(form.toleranceAmount());
    if (tolerance == null || tolerance.signum() < 0) {
      errors.rejectValue("toleranceAmount", "number", message("indicator.error.toleranceAmount"));
    }
    if (errors.hasErrors()) {
      return null;
    }
    return new IndicatorDetails(
        form.name().trim(),
        form.definition().trim(),
        form.unit().trim(),
        form.polarity(),
        form.frequency(),
        form.source().trim(),
        form.kind(),
        new Trajectory(new Trajectory.Point(baselineOn, baseline), points),
        new Tolerance(form.toleranceKind(), tolerance));
  }

  private void text(String value, String field, int max, BindingResult errors) {
    if (value == null || value.isBlank()) {
      errors.rejectValue(field, "required", message("indicator.error." + field));
    } else if (value.trim().length() > max) {
      errors.rejectValue(field, "long", message("indicator.error.tooLong", max));
    }
  }

  /** A number as typed, allowing thousands separators; null if it is not one. */
  static BigDecimal number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().replace(",", "");
    if (!t.matches("-?\\d+(\\.\\d+)?|-?\\.\\d+")) {
      return null;
    }
    BigDecimal v = new BigDecimal(t);
    return v.abs().compareTo(new BigDecimal("1e15")) >= 0 ? null : v;
  }

  static String who(Authentication user) {
    return user.getPrincipal() instanceof AccountPrincipal p ? p.displayName() : user.getName();
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
