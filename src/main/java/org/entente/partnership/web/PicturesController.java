package org.entente.partnership.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.partnership.CollaborationLevel;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipStatus;
import org.entente.partnership.PartnershipSummary;
import org.entente.partnership.Register;
import org.entente.partnership.TypologyFunction;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two pictures of the area: the typology grid and the partnership family tree. */
@Controller
@RequestMapping("/areas/{area}/partnerships")
class PicturesController {

  private final Register register;
  private final PartnershipAccess readers;

  PicturesController(Register register, PartnershipAccess readers) {
    this.register = register;
    this.readers = readers;
  }

  @GetMapping("/typology-grid")
  String grid(
      AreaRef area,
      @RequestParam(defaultValue = "false") boolean closed,
      Authentication user,
      Model model) {
    List<PartnershipSummary> all =
        register.all(area.id(), readers.viewer(user, area.id())).stream()
            .filter(p -> closed || p.status() != PartnershipStatus.CLOSED)
            .toList();
    Map<TypologyFunction, Map<CollaborationLevel, List<PartnershipSummary>>> cells =
        new LinkedHashMap<>();
    for (TypologyFunction f : TypologyFunction.values()) {
      Map<CollaborationLevel, List<PartnershipSummary>> row = new LinkedHashMap<>();
      for (CollaborationLevel l : CollaborationLevel.values()) {
        row.put(
            l,
            all.stream()
                .filter(p -> p.typologyFunction() == f && p.collaborationLevel() == l)
                .toList());
      }
      cells.put(f, row);
    }
    model.addAttribute("cells", cells);
    model.addAttribute("levels", CollaborationLevel.values());
    model.addAttribute("total", all.size());
    model.addAttribute("closed", closed);
    return "partnership/typology-grid";
  }

  @GetMapping("/family-tree")
  String tree(AreaRef area, Authentication user, Model model) {
    model.addAttribute(
        "tree",
        FamilyTree.of(
            register.all(area.id(), readers.viewer(user, area.id())).stream()
                .filter(p -> p.status() != PartnershipStatus.CLOSED)
                .toList()));
    return "partnership/family-tree";
  }
}
