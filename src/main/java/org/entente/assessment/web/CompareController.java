package org.entente.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.assessment.DimensionResult;
import org.entente.assessment.DimensionText;
import org.entente.assessment.HealthCheckResults;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.InstrumentText;
import org.entente.assessment.Summary;
import org.entente.directory.AreaRef;
import org.entente.identity.Access;
import org.entente.identity.Role;
import org.entente.partnership.PartnershipAccess;
import org.entente.shared.Option;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Partnerships of the area side by side on one instrument: each one's latest closed round, its
 * dimension means and spreads, for administrators, scrutiny members and officers.
 */
@Controller
class CompareController {

  private final HealthCheckResults results;
  private final InstrumentLibrary library;
  private final PartnershipAccess partnerships;
  private final Access access;

  CompareController(
      HealthCheckResults results,
      InstrumentLibrary library,
      PartnershipAccess partnerships,
      Access access) {
    this.results = results;
    this.library = library;
    this.partnerships = partnerships;
    this.access = access;
  }

  /** Administrators, scrutiny members and officers compare partnerships. */
  static boolean mayCompare(Access access, Authentication user, AreaRef area) {
    Set<Role> roles = access.roles(user, area.id());
    return roles.contains(Role.ADMIN)
        || roles.contains(Role.SCRUTINY)
        || roles.contains(Role.OFFICER);
  }

  /** One partnership's line: its number in the chart, name, round and dimension summaries. */
  record CompareRow(
      int number, long partnershipId, String name, long roundId, List<Summary> dimensions) {}

  @GetMapping("/areas/{area}/health-checks/compare")
  String compare(
      AreaRef area,
      @RequestParam(required = false) String instrument,
      Authentication user,
      Model model) {
    if (!mayCompare(access, user, area)) {
      throw new AccessDeniedException("may not compare partnerships");
    }
    model.addAttribute(
        "instruments", library.latest().stream().map(i -> Option.of(i.key(), i.title())).toList());
    model.addAttribute("chosen", instrument);
    Optional<InstrumentText> text =
        instrument == null || instrument.isBlank() ? Optional.empty() : library.latest(instrument);
    if (text.isEmpty()) {
      return "assessment/compare";
    }
    InstrumentText it = text.get();
    List<HealthCheckResults.Latest> latest =
        results.latestClosed(area.id(), partnerships.visible(area, user), it.key());
    List<CompareRow> rows = new ArrayList<>();
    for (int n = 0; n < latest.size(); n++) {
      HealthCheckResults.Latest l = latest.get(n);
      List<Summary> dims = new ArrayList<>();
      for (DimensionText d : it.dimensions()) {
        dims.add(
            l.results().dimensions().stream()
                .filter(x -> x.dimension().equals(d.key()))
                .map(DimensionResult::summary)
                .findFirst()
                .orElse(null));
      }
      rows.add(new CompareRow(n + 1, l.partnershipId(), l.partnershipName(), l.roundId(), dims));
    }
    List<String> titles = it.dimensions().stream().map(DimensionText::title).toList();
    List<List<ResultPictures.Mark>> marks = new ArrayList<>();
    for (int d = 0; d < titles.size(); d++) {
      List<ResultPictures.Mark> line = new ArrayList<>();
      for (CompareRow row : rows) {
        line.add(new ResultPictures.Mark(row.number(), row.dimensions().get(d)));
      }
      marks.add(line);
    }
    model.addAttribute("instrument", it);
    model.addAttribute("dimensions", titles);
    model.addAttribute("rows", rows);
    model.addAttribute(
        "chart",
        rows.isEmpty() ? null : ResultPictures.Comparison.of(titles, marks, it.scoring().scale()));
    return "assessment/compare";
  }
}
