package org.entente.meetings.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.entente.directory.AreaRef;
import org.entente.governance.BodyView;
import org.entente.governance.Structure;
import org.entente.identity.Access;
import org.entente.identity.AccountPrincipal;
import org.entente.identity.Accounts;
import org.entente.identity.UserSummary;
import org.entente.meetings.CalendarEntry;
import org.entente.meetings.CalendarKeys;
import org.entente.meetings.Meetings;
import org.entente.partnership.PartnershipAccess;
import org.entente.partnership.PartnershipView;
import org.entente.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar feeds of meetings, fetched by calendar apps that cannot sign in: the secret key in the
 * address stands for the account, and the feed holds only what that account may read. An unknown
 * key, or the key of a deactivated account, finds nothing.
 */
@Controller
class CalendarFeedController {

  static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar; charset=utf-8");

  /** Feeds carry the past year's meetings too, so recent ones stay in people's calendars. */
  private static final Duration HISTORY = Duration.ofDays(366);

  private final CalendarKeys keys;
  private final Accounts accounts;
  private final Access access;
  private final Meetings meetings;
  private final Structure structure;
  private final PartnershipAccess partnerships;
  private final MessageSource messages;
  private final String uidDomain;

  CalendarFeedController(
      CalendarKeys keys,
      Accounts accounts,
      Access access,
      Meetings meetings,
      Structure structure,
      PartnershipAccess partnerships,
      MessageSource messages,
      @Value("${entente.base-url:}") String baseUrl) {
    this.keys = keys;
    this.accounts = accounts;
    this.access = access;
    this.meetings = meetings;
    this.structure = structure;
    this.partnerships = partnerships;
    this.messages = messages;
    this.uidDomain = uidDomain(baseUrl);
  }

  @GetMapping("/calendar/{key}/areas/{area}.ics")
  ResponseEntity<String> area(@PathVariable String key, AreaRef area) {
    Authentication reader = reader(key, area);
    Set<Long> visible = partnerships.visible(area, reader);
    return feed(
        area,
        message("calendar.feed.area", area.name()),
        meetings.calendar(area.id(), visible, null, since()));
  }

  @GetMapping("/calendar/{key}/areas/{area}/partnerships/{pid}.ics")
  ResponseEntity<String> partnership(
      @PathVariable String key, AreaRef area, @PathVariable long pid) {
    PartnershipView p = partnerships.readable(area, pid, reader(key, area));
    return feed(area, p.name(), meetings.calendar(area.id(), List.of(pid), null, since()));
  }

  @GetMapping("/calendar/{key}/areas/{area}/partnerships/{pid}/bodies/{bodyId}.ics")
  ResponseEntity<String> body(
      @PathVariable String key, AreaRef area, @PathVariable long pid, @PathVariable long bodyId) {
    PartnershipView p = partnerships.readable(area, pid, reader(key, area));
    BodyView body =
        structure
            .body(area.id(), bodyId)
            .filter(b -> b.partnershipId() == pid)
            .orElseThrow(() -> new NotFoundException("body " + bodyId));
    return feed(
        area,
        message("calendar.feed.body", p.name(), body.name()),
        meetings.calendar(area.id(), List.of(pid), bodyId, since()));
  }

  /** The account the key belongs to, if it is active and holds a role in the area. */
  private Authentication reader(String key, AreaRef area) {
    UserSummary account =
        keys.owner(key)
            .flatMap(accounts::find)
            .filter(UserSummary::active)
            .orElseThrow(() -> new NotFoundException("calendar feed"));
    Authentication reader =
        UsernamePasswordAuthenticationToken.authenticated(
            new AccountPrincipal(
                account.id(), account.username(), account.displayName(), null, true, false),
            null,
            List.of());
    if (!access.canRead(reader, area.id())) {
      throw new NotFoundException("calendar feed");
    }
    return reader;
  }

  private ResponseEntity<String> feed(AreaRef area, String name, List<CalendarEntry> entries) {
    String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String body =
        MeetingCalendar.write(
            name,
            entries,
            uidDomain,
            e ->
                site
                    + "/areas/"
                    + area.slug()
                    + "/partnerships/"
                    + e.partnershipId()
                    + "/meetings/"
                    + e.id(),
            new MeetingCalendar.Words() {
              @Override
              public String agenda() {
                return message("calendar.feed.agenda");
              }

              @Override
              public String noAgenda() {
                return message("calendar.feed.noAgenda");
              }

              @Override
              public String cancelled(String reason) {
                return reason == null
                    ? message("calendar.feed.cancelled")
                    : message("calendar.feed.cancelledBecause", reason);
              }

              @Override
              public String meetingPage() {
                return message("calendar.feed.page");
              }
            },
            Instant.now());
    return ResponseEntity.ok()
        .contentType(TEXT_CALENDAR)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  private static Instant since() {
    return Instant.now().minus(HISTORY);
  }

  /** The host people reach Entente at, when it is configured, so UIDs name this installation. */
  static String uidDomain(String baseUrl) {
    if (baseUrl != null && !baseUrl.isBlank()) {
      try {
        String host = URI.create(baseUrl.trim()).getHost();
        if (host != null && !host.isBlank()) {
          return host;
        }
      } catch (IllegalArgumentException e) {
        // fall through to the plain name
      }
    }
    return "entente";
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, java.util.Locale.UK);
  }
}
