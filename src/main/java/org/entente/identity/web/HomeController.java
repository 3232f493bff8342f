package org.entente.identity.web;

import java.util.List;
import java.util.Optional;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.identity.Access;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends a signed-in user to their area, or lets them choose when they have several. */
@Controller
class HomeController {

  private final Areas areas;
  private final Access access;

  HomeController(Areas areas, Access access) {
    this.areas = areas;
    this.access = access;
  }

  @GetMapping("/")
  String home(Authentication user, Model model) {
    List<AreaRef> mine =
        access.areaIds(user).stream().map(areas::findById).flatMap(Optional::stream).toList();
    if (mine.size() == 1) {
      return "redirect:/areas/" + mine.get(0).slug();
    }
    model.addAttribute("areas", mine);
    return "identity/home";
  }
}
