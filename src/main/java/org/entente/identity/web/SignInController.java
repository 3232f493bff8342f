package org.entente.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

  @GetMapping("/login")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String signedOut,
      HttpSession session,
      Model model) {
    if (error != null) {
      Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      model.addAttribute(
          "signInError",
          last instanceof LockedException ? "signIn.error.locked" : "signIn.error.failed");
    }
    model.addAttribute("signedOut", signedOut != null);
    return "identity/sign-in";
  }
}
