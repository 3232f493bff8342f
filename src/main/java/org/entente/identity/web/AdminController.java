package org.entente.identity.web;

import java.util.List;
import org.entente.directory.AreaRef;
import org.entente.shared.AdminSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page of an area's administration, with the sections other modules add. */
@Controller
class AdminController {

  static final String ADMIN = "identity/admin";

  private final List<AdminSection.Link> sections;

  AdminController(List<AdminSection> sections) {
    this.sections = sections.stream().flatMap(s -> s.links().stream()).toList();
  }

  @GetMapping("/areas/{area}/admin")
  String admin(AreaRef area, Model model) {
    model.addAttribute("sections", sections);
    return ADMIN;
  }
}
