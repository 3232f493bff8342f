package org.entente.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.RoundState;
import org.entente.assessment.Rounds;
import org.entente.directory.AreaRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.partnership.Register;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Rounds of health checks: across the area, and for one partnership. */
@Controller
class RoundListsController {

  private final Rounds rounds;
  private final InstrumentLibrary library;
  private final Register register;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;

  RoundListsController(
      Rounds rounds,
      InstrumentLibrary library,
      Register register,
      PartnershipAccess partnerships,
      MessageSource messages) {
    this.rounds = rounds;
    this.library = library;
    this.register = register;
    this.partnerships = partnerships;
    this.messages = messages;
  }

  record ListFilter(Long partnership, String instrument, RoundState state) {}

  @GetMapping("/areas/{area}/health-checks")
  String area(
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
    Long partnership =
        filter.partnership() != null && visible.contains(filter.partnership())
            ? filter.partnership()
            : null;
    PageRequest pageRequest =
        PageRequest.of(
            page, size, sort, order == null ? "desc" : order, Rounds.SORT_KEYS, "created");
    ListFilter applied =
        new ListFilter(partnership, blankToNull(filter.instrument()), filter.state());
    model.addAttribute("filter", applied);
    model.addAttribute(
        "page",
        rounds.search(
            area.id(),
            visible,
            new Rounds.RoundFilter(applied.partnership(), applied.instrument(), applied.state()),
            pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute(
        "partnerships",
        register.names(area.id(), visible).entrySet().stream()
            .sorted(Map.Entry.comparingByValue(Comparator.comparing(String::toLowerCase)))
            .map(e -> Option.of(e.getKey(), e.getValue()))
            .toList());
    model.addAttribute("instruments", instrumentOptions());
    model.addAttribute("states", stateOptions());
    return "assessment/rounds";
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/health-checks")
  String partnership(
      AreaRef area,
      @PathVariable long pid,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String order,
      Authentication user,
      HttpServletRequest request,
      Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    PageRequest pageRequest =
        PageRequest.of(
            page, null, sort, order == null ? "desc" : order, Rounds.SORT_KEYS, "created");
    model.addAttribute("p", p);
    model.addAttribute(
        "page",
        rounds.search(
            area.id(), List.of(pid), new Rounds.RoundFilter(pid, null, null), pageRequest));
    model.addAttribute("links", ListLinks.of(request, pageRequest));
    model.addAttribute("canEdit", partnerships.canEdit(area, p, user));
    model.addAttribute("hasInstruments", !library.latest().isEmpty());
    return "assessment/partnership-rounds";
  }

  private List<Option> instrumentOptions() {
    return library.latest().stream()
        .sorted(Comparator.comparing(i -> i.title().toLowerCase()))
        .map(i -> Option.of(i.key(), i.title()))
        .toList();
  }

  private List<Option> stateOptions() {
    return Arrays.stream(RoundState.values())
        .map(s -> Option.of(s.name(), message("round.state." + s.name())))
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
