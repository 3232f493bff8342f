package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.audit.AuditTrail;
import org.entente.directory.Areas;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The "Email reminders" page of one's own account. */
@IntegrationTest
class ReminderPreferencesPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Accounts accounts;
  @Autowired Areas areas;
  @Autowired ReminderPreferences preferences;

  DemoUsers users;
  String username;
  long userId;

  @BeforeEach
  void account() {
    users = new DemoUsers(userDetails);
    long area = areas.require("demo").id();
    username = "pref" + Long.toString(System.nanoTime(), 36);
    userId = accounts.create(area, username, username + "@example.org", "Pat Prefers", null);
    accounts.grant(userId, area, Role.MEMBER, null);
  }

  Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(users.as(username)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void theAccountPageLinksToTheRemindersWhichAreAllOnAtFirst() throws Exception {
    Document account = page("/account");
    assertThat(account.select("a[href=/account/reminders]").text())
        .isEqualTo("Choose which reminders Entente emails you");

    Document reminders = page("/account/reminders");
    assertThat(reminders.select("h1").text()).isEqualTo("Email reminders");
    assertThat(reminders.select("title").text()).startsWith("Email reminders");
    assertThat(reminders.text()).contains(username + "@example.org");
    assertThat(reminders.select("input[type=checkbox][name=kinds]"))
        .hasSize(ReminderKind.values().length)
        .allMatch(box -> box.hasAttr("checked"));
    assertThat(reminders.select(".govuk-checkboxes__label").eachText())
        .containsExactly(
            "Actions due soon",
            "Overdue actions",
            "Weekly summary for officers",
            "Meeting papers due soon",
            "Late meeting papers",
            "Risk reviews due soon",
            "Overdue risk reviews");
    assertThat(reminders.select("#kinds-1-item-hint").text()).contains("a week before it is due");
    assertThat(reminders.select("#kinds-4-item-hint").text())
        .contains("papers of a meeting are due within two working days");
  }

  @Test
  void choicesAreSavedAndShownAndCanBeAllTurnedOff() throws Exception {
    mvc.perform(
            post("/account/reminders")
                .with(users.as(username))
                .with(csrf())
                .param("kinds", "ACTION_OVERDUE")
                .param("_kinds", "on"))
        .andExpect(redirectedUrl("/account"))
        .andExpect(flash().attribute("flash", "Your choice of email reminders has been saved"));
    assertThat(preferences.chosen(userId)).containsExactly(ReminderKind.ACTION_OVERDUE);
    Document reminders = page("/account/reminders");
    assertThat(reminders.select("input[checked]").eachAttr("value"))
        .containsExactly("ACTION_OVERDUE");
    assertThat(
            preferences.wants(
                username.toUpperCase() + "@EXAMPLE.ORG", ReminderKind.ACTION_DUE_SOON))
        .isFalse();
    assertThat(preferences.wants("nobody-at-all@example.org", ReminderKind.ACTION_DUE_SOON))
        .isTrue();

    // unticking everything sends only the hidden marker
    mvc.perform(
            post("/account/reminders").with(users.as(username)).with(csrf()).param("_kinds", "on"))
        .andExpect(redirectedUrl("/account"));
    assertThat(preferences.chosen(userId)).isEmpty();
    assertThat(page("/account/reminders").select("input[checked]")).isEmpty();

    preferences.choose(userId, EnumSet.allOf(ReminderKind.class));
    assertThat(page("/account/reminders").select("input[checked]"))
        .hasSize(ReminderKind.values().length);
  }

  @Test
  void aKindThatDoesNotExistIsRefusedAndNothingChanges() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    post("/account/reminders")
                        .with(users.as(username))
                        .with(csrf())
                        .param("kinds", "ACTION_OVERDUE", "FREE_LUNCH"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Choose from the reminders listed");
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#kinds");
    assertThat(preferences.chosen(userId)).containsExactlyInAnyOrder(ReminderKind.values());
  }

  @Test
  void signedOutVisitorsAreSentToSignIn() throws Exception {
    mvc.perform(get("/account/reminders")).andExpect(redirectedUrl("/login"));
    mvc.perform(post("/account/reminders").with(csrf()).param("kinds", "ACTION_OVERDUE"))
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void aChangeIsInTheAuditTrail(@Autowired AuditTrail trail) throws Exception {
    preferences.choose(userId, EnumSet.of(ReminderKind.OFFICER_DIGEST));
    preferences.choose(userId, EnumSet.of(ReminderKind.OFFICER_DIGEST)); // no change, no record
    assertThat(trail.historyOf("user", userId))
        .filteredOn(r -> r.action().equals("reminders-chosen"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.changes())
                    .singleElement()
                    .satisfies(
                        c -> {
                          assertThat(c.before())
                              .isEqualTo(
                                  "Actions due soon, Overdue actions, Weekly summary for"
                                      + " officers, Meeting papers due soon, Late meeting papers, Risk reviews due soon,"
                                      + " Overdue risk reviews");
                          assertThat(c.after()).isEqualTo("Weekly summary for officers");
                        }));
  }
}
