package org.entente.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.directory.AreaRef;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.identity.AccountPrincipal;
import org.entente.meetings.CalendarKeys;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Subscribe to meetings": the signed-in user's calendar feed links for the area, and for the
 * partnership and body they came from. The links carry a secret key that is shown only when it is
 * made; resetting it makes new links and stops the old ones.
 */
@Controller
@RequestMapping("/areas/{area}/calendar")
class CalendarController {

  static final String NEW_KEY = "calendarKey";

  private final CalendarKeys keys;
  private final PartnershipAccess partnerships;
  private final Structure structure;
  private final MessageSource messages;

  CalendarController(
      CalendarKeys keys,
      PartnershipAccess partnerships,
      Structure structure,
      MessageSource messages) {
    this.keys = keys;
    this.partnerships = partnerships;
    this.structure = structure;
    this.messages = messages;
  }

  /** One feed as the page offers it; the addresses only when the key has just been made. */
  record Feed(String id, String heading, String https, String webcal) {}

  @GetMapping
  String subscribe(
      AreaRef area,
      @RequestParam(required = false) Long partnership,
      @RequestParam(required = false) Long body,
      Authentication user,
      Model model,
      HttpServletResponse response) {
    AccountPrincipal me = me(user);
    Optional<PartnershipView> p =
        Optional.ofNullable(partnership).map(pid -> partnerships.readable(area, pid, user));
    Optional<BodyView> b =
        p.flatMap(
            x ->
                Optional.ofNullable(body)
                    .map(
                        id ->
                            structure
                                .body(area.id(), id)
                                .filter(v -> v.partnershipId() == x.id())
                                .orElseThrow(() -> new NotFoundException("body " + id))));
    String key = (String) model.getAttribute(NEW_KEY);
    List<Feed> feeds = new ArrayList<>();
    String areaPath = "/areas/" + area.slug();
    feeds.add(feed("area", message("calendar.feed.area", area.name()), key, areaPath + ".ics"));
    p.ifPresent(
        x -> {
          String path = areaPath + "/partnerships/" + x.id();
          feeds.add(feed("partnership", x.name(), key, path + ".ics"));
          b.ifPresent(
              v ->
                  feeds.add(
                      feed(
                          "body",
                          message("calendar.feed.body", x.name(), v.name()),
                          key,
                          path + "/bodies/" + v.id() + ".ics")));
        });
    if (key != null) {
      response.setHeader("Cache-Control", "no-store");
    }
    model.addAttribute("feeds", feeds);
    model.addAttribute("newKey", key != null);
    model.addAttribute("keyCreatedAt", keys.createdAt(me.id()).orElse(null));
    model.addAttribute("partnershipId", partnership == null ? null : p.get().id());
    model.addAttribute("bodyId", b.map(BodyView::id).orElse(null));
    model.addAttribute("p", p.orElse(null));
    return "meetings/subscribe";
  }

  @PostMapping("/key")
  String resetKey(
      AreaRef area,
      @RequestParam(required = false) Long partnership,
      @RequestParam(required = false) Long body,
      Authentication user,
      RedirectAttributes redirect) {
    AccountPrincipal me = me(user);
    String key = keys.reset(me.id(), me.displayName());
    redirect.addFlashAttribute(NEW_KEY, key);
    UriComponentsBuilder back = UriComponentsBuilder.fromPath("/areas/{area}/calendar");
    if (partnership != null) {
      back.queryParam("partnership", partnership);
      if (body != null) {
        back.queryParam("body", body);
      }
    }
    return "redirect:" + back.buildAndExpand(area.slug()).toUriString();
  }

  private Feed feed(String id, String heading, String key, String path) {
    if (key == null) {
      return new Feed(id, heading, null, null);
    }
    String https =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/calendar/" + key + path)
            .build()
            .toUriString();
    return new Feed(id, heading, https, "webcal" + https.substring(https.indexOf(':')));
  }

  private static AccountPrincipal me(Authentication user) {
    if (user != null && user.getPrincipal() instanceof AccountPrincipal p) {
      return p;
    }
    throw new AccessDeniedException("calendar keys belong to accounts");
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
