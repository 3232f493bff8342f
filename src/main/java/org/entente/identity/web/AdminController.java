package org.entente.identity.web;

import org.entente.directory.AreaRef;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page of an area's administration. */
@Controller
class AdminController {

  static final String ADMIN = "identity/admin";

  @GetMapping("/areas/{area}/admin")
  String admin(AreaRef area) {
    return ADMIN;
  }
}
