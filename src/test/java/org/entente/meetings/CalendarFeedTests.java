package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.governance.BodyKind;
import org.entente.governance.Structure;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Calendar feeds as calendar apps fetch them: without a session, by the key in the address. */
@IntegrationTest
class CalendarFeedTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired Meetings meetings;
  @Autowired Accounts accounts;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  record Fixture(long pid, long body, long meeting) {
    String feed(String key) {
      return "/calendar/" + key + "/areas/demo/partnerships/" + pid + ".ics";
    }

    String bodyFeed(String key) {
      return "/calendar/" + key + "/areas/demo/partnerships/" + pid + "/bodies/" + body + ".ics";
    }

    String page() {
      return "/areas/demo/partnerships/" + pid + "/meetings/" + meeting;
    }

    String uid() {
      // the test settings give Entente the address http://localhost
      return "meeting-" + meeting + "@localhost";
    }
  }

  Fixture fixture(boolean restricted) {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Calendar Check " + System.nanoTime(), "Meets", restricted),
            null);
    long body =
        structure.createBody(
            demo.id(),
            pid,
            new Structure.BodyDetails(
                "Calendar Board", BodyKind.BOARD, null, null, null, false, false));
    long meeting =
        meetings.schedule(
            demo.id(),
            pid,
            new Meetings.Schedule(body, LocalDateTime.of(2027, 3, 18, 14, 0), "County Hall"));
    return new Fixture(pid, body, meeting);
  }

  /** Makes a new calendar key through the subscribe page, as the user would. */
  String newKey(String username) throws Exception {
    Object key =
        mvc.perform(post("/areas/demo/calendar/key").with(users.as(username)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getFlashMap()
            .get("calendarKey");
    assertThat(key).isInstanceOf(String.class);
    return (String) key;
  }

  /** Fetches a feed with no session at all and checks it is valid iCalendar. */
  Calendar fetch(String path) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(MediaType.parseMediaType(response.getContentType()))
        .isEqualTo(MediaType.parseMediaType("text/calendar;charset=UTF-8"));
    Calendar calendar =
        new CalendarBuilder().build(new StringReader(response.getContentAsString()));
    ValidationResult result = calendar.validate();
    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    return calendar;
  }

  static Optional<VEvent> event(Calendar calendar, String uid) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
        .findFirst();
  }

  static String value(VEvent event, String property) {
    return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void aMeetingKeepsItsUidAndItsSequenceRisesWhenItIsMovedAndCancelled() throws Exception {
    Fixture f = fixture(false);
    meetings.addAgendaItem(
        demo.id(), f.meeting(), version(f), "Quarterly performance report", null);
    String key = newKey("member");

    VEvent scheduled = event(fetch(f.feed(key)), f.uid()).orElseThrow();
    assertThat(value(scheduled, "DTSTART")).isEqualTo("20270318T140000Z");
    assertThat(value(scheduled, "DTEND")).isEqualTo("20270318T160000Z");
    assertThat(value(scheduled, "SUMMARY")).isEqualTo("Calendar Board");
    assertThat(value(scheduled, "LOCATION")).isEqualTo("County Hall");
    assertThat(value(scheduled, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(scheduled, "DESCRIPTION"))
        .contains("1. Quarterly performance report")
        .contains("http://localhost" + f.page());
    assertThat(value(scheduled, "URL")).isEqualTo("http://localhost" + f.page());
    assertThat(value(scheduled, "DTSTAMP")).isNotNull();
    assertThat(value(scheduled, "LAST-MODIFIED")).isNotNull();
    int firstSequence = Integer.parseInt(value(scheduled, "SEQUENCE"));

    // an officer moves it: in summer, 10:00 in London is 09:00 UTC
    mvc.perform(
            post(f.page() + "/move")
                .with(users.as("admin"))
                .with(csrf())
                .param("date.day", "24")
                .param("date.month", "6")
                .param("date.year", "2027")
                .param("time", "10:00")
                .param("place", "Fire Station, Training Room")
                .param("version", String.valueOf(version(f))))
        .andExpect(status().is3xxRedirection());
    VEvent moved = event(fetch(f.feed(key)), f.uid()).orElseThrow();
    assertThat(value(moved, "DTSTART")).isEqualTo("20270624T090000Z");
    assertThat(value(moved, "LOCATION")).isEqualTo("Fire Station, Training Room");
    assertThat(value(moved, "STATUS")).isEqualTo("CONFIRMED");
    int movedSequence = Integer.parseInt(value(moved, "SEQUENCE"));
    assertThat(movedSequence).isGreaterThan(firstSequence);

    mvc.perform(
            post(f.page() + "/cancel")
                .with(users.as("admin"))
                .with(csrf())
                .param("reason", "The chair is ill")
                .param("version", String.valueOf(version(f))))
        .andExpect(status().is3xxRedirection());
    Calendar afterCancelling = fetch(f.feed(key));
    VEvent cancelled = event(afterCancelling, f.uid()).orElseThrow();
    assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(cancelled, "DESCRIPTION")).contains("The chair is ill");
    assertThat(Integer.parseInt(value(cancelled, "SEQUENCE"))).isGreaterThan(movedSequence);

    // the same event, under the same UID, in the body's and the area's feeds
    assertThat(event(fetch(f.bodyFeed(key)), f.uid())).isPresent();
    assertThat(event(fetch("/calendar/" + key + "/areas/demo.ics"), f.uid())).isPresent();
  }

  @Test
  void feedsShowOnlyWhatTheKeysAccountMayRead() throws Exception {
    Fixture open = fixture(false);
    Fixture restricted = fixture(true);
    String member = newKey("member");
    String scrutiny = newKey("scrutiny");

    Calendar memberArea = fetch("/calendar/" + member + "/areas/demo.ics");
    assertThat(event(memberArea, open.uid())).isPresent();
    assertThat(event(memberArea, restricted.uid())).isEmpty();
    mvc.perform(get(restricted.feed(member))).andExpect(status().isNotFound());
    mvc.perform(get(restricted.bodyFeed(member))).andExpect(status().isNotFound());

    Calendar scrutinyArea = fetch("/calendar/" + scrutiny + "/areas/demo.ics");
    assertThat(event(scrutinyArea, restricted.uid())).isPresent();
    assertThat(event(fetch(restricted.feed(scrutiny)), restricted.uid())).isPresent();

    // a body of another partnership is not found under this one
    mvc.perform(
            get(
                "/calendar/"
                    + member
                    + "/areas/demo/partnerships/"
                    + open.pid()
                    + "/bodies/"
                    + restricted.body()
                    + ".ics"))
        .andExpect(status().isNotFound());
  }

  @Test
  void anUnknownKeyFindsNothing() throws Exception {
    mvc.perform(get("/calendar/not-a-key/areas/demo.ics")).andExpect(status().isNotFound());
    mvc.perform(get("/calendar/" + "A".repeat(43) + "/areas/demo.ics"))
        .andExpect(status().isNotFound());
  }

  @Test
  void resettingTheKeyStopsTheOldLinks() throws Exception {
    String old = newKey("officer");
    fetch("/calendar/" + old + "/areas/demo.ics");
    String fresh = newKey("officer");
    assertThat(fresh).isNotEqualTo(old);
    mvc.perform(get("/calendar/" + old + "/areas/demo.ics")).andExpect(status().isNotFound());
    fetch("/calendar/" + fresh + "/areas/demo.ics");
  }

  @Test
  void aDeactivatedAccountsKeyStopsWorking() throws Exception {
    String name = "calendar" + System.nanoTime();
    long id = newMember(name);
    String key = newKey(name);
    fetch("/calendar/" + key + "/areas/demo.ics");
    accounts.setActive(id, demo.id(), false);
    mvc.perform(get("/calendar/" + key + "/areas/demo.ics")).andExpect(status().isNotFound());
  }

  @Test
  void theSubscribePageShowsTheLinksOnceWhenTheKeyIsMade() throws Exception {
    Fixture f = fixture(false);
    String reader = "subscriber" + System.nanoTime();
    newMember(reader);
    String page = "/areas/demo/calendar?partnership=" + f.pid() + "&body=" + f.body();
    // the body's page and the meetings list link here
    assertThat(
            mvc.perform(
                    get("/areas/demo/partnerships/" + f.pid() + "/bodies/" + f.body())
                        .with(users.as(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(page.replace("&", "&amp;"));
    assertThat(
            mvc.perform(
                    get("/areas/demo/partnerships/" + f.pid() + "/meetings").with(users.as(reader)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("/areas/demo/calendar?partnership=" + f.pid() + "\"");
    String before =
        mvc.perform(get(page).with(users.as(reader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(before)
        .contains("Subscribe to meetings", "Make my calendar links")
        .doesNotContain("webcal:", ".ics");

    var made =
        mvc.perform(
                post("/areas/demo/calendar/key")
                    .with(users.as(reader))
                    .with(csrf())
                    .param("partnership", String.valueOf(f.pid()))
                    .param("body", String.valueOf(f.body())))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String key = (String) made.getFlashMap().get("calendarKey");
    assertThat(made.getResponse().getRedirectedUrl()).isEqualTo(page);
    // the links with the key are shown once, from the flash (the browser journey sees them);
    // afterwards the page offers a reset
    fetch(
        "/calendar/"
            + key
            + "/areas/demo/partnerships/"
            + f.pid()
            + "/bodies/"
            + f.body()
            + ".ics");
    String after =
        mvc.perform(get(page).with(users.as(reader)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after).contains("Reset key and make new links").doesNotContain(key);
  }

  /** A member of the demo area with no calendar key yet. */
  long newMember(String name) {
    long id =
        accounts.create(
            demo.id(), name, name + "@example.org", "Calendar Reader", "secret-password");
    accounts.grant(id, demo.id(), Role.MEMBER, null);
    return id;
  }

  int version(Fixture f) {
    return meetings.meeting(demo.id(), f.meeting()).orElseThrow().version();
  }
}
