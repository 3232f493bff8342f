package org.entente.conflict.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.conflict.TensionStage;
import org.entente.conflict.Tensions;
import org.entente.directory.AreaRef;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The partnership's Conflict tab: why conflict is worth recording, the open tensions by stage, and
 * the tools that help work it through.
 */
@Controller
class ConflictController {

  /**
   * A tool on the Conflict tab; {@code path} follows the partnership's address.
   *
   * @param labelKey message key of the link text
   * @param descriptionKey message key of the sentence under the link
   */
  record Tool(String labelKey, String descriptionKey, String path) {}

  /** The tools of the Conflict tab, in the order they are shown; add new tools here. */
  static final List<Tool> TOOLS =
      List.of(
          new Tool(
              "conflict.tool.tensions", "conflict.tool.tensions.description", "/conflict/tensions"),
          new Tool(
              "conflict.tool.forceFields",
              "conflict.tool.forceFields.description",
              "/conflict/force-fields"),
          new Tool("conflict.tool.boards", "conflict.tool.boards.description", "/conflict/boards"),
          new Tool(
              "conflict.tool.stability",
              "conflict.tool.stability.description",
              "/conflict/stability"));

  record StageCount(TensionStage stage, long count) {}

  private final Tensions tensions;
  private final PartnershipAccess partnerships;

  ConflictController(Tensions tensions, PartnershipAccess partnerships) {
    this.tensions = tensions;
    this.partnerships = partnerships;
  }

  @GetMapping("/areas/{area}/partnerships/{pid}/conflict")
  String landing(AreaRef area, @PathVariable long pid, Authentication user, Model model) {
    PartnershipView p = partnerships.readable(area, pid, user);
    Map<TensionStage, Long> counts = tensions.countsByStage(area.id(), pid);
    List<StageCount> open =
        Arrays.stream(TensionStage.values())
            .filter(TensionStage::open)
            .map(s -> new StageCount(s, counts.get(s)))
            .toList();
    model.addAttribute("p", p);
    model.addAttribute("openByStage", open);
    model.addAttribute("openTotal", open.stream().mapToLong(StageCount::count).sum());
    model.addAttribute("tools", TOOLS);
    return "conflict/landing";
  }
}
