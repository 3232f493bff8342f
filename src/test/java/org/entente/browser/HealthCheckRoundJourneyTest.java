package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.entente.assessment.RoundFixtures;
import org.entente.assessment.RoundFixtures.Fixture;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.identity.Accounts;
import org.entente.identity.Role;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer starts a round; three respondents answer through the links in their emails (one saves
 * and comes back later); the officer follows the count and closes the round.
 */
class HealthCheckRoundJourneyTest extends BrowserTest {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Accounts accounts;

  @Test
  void anOfficerRunsARoundThatThreePeopleAnswer() throws Exception {
    Fixture f = RoundFixtures.partnership(areas, register, structure, people, organisations);
    long officer = accounts.findByUsernameOrEmail("officer").orElseThrow().id();
    accounts.grant(officer, f.area().id(), Role.OFFICER, f.pid());

    signIn("officer");
    open("/areas/demo/partnerships/" + f.pid() + "/health-checks");
    assertThat(page.locator("main")).containsText("has not run a health check yet");
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Start a round")));
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Continue")));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Select the instrument the round will use");
    page.getByLabel("Audit Commission governance questions").check();
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Continue")));

    page.getByLabel("Health Check Board").check();
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Continue")));

    LocalDate closes = LondonTime.today().plusDays(21);
    page.locator("#closesOn-day").fill(String.valueOf(closes.getDayOfMonth()));
    page.locator("#closesOn-month").fill(String.valueOf(closes.getMonthValue()));
    page.locator("#closesOn-year").fill(String.valueOf(closes.getYear()));
    page.getByLabel("No, named").check();
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Continue")));

    assertThat(page.locator("h1")).hasText("Check the round before you start it");
    assertThat(page.locator("main")).containsText("3 people will be invited");
    assertThat(page.locator("main")).containsText(f.names().get(0));
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Start round")));
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("every respondent has been emailed their link");
    assertThat(page.locator("#round-progress-text")).hasText("0 of 3 respondents have finished");
    String roundPage = page.url();

    Page officerPage = page;
    Browser browser = page.context().browser();
    try {
      // Ada answers everything at once
      answerAs(browser, f.emails().get(0), "Agree", false);
      // Ben saves part-way, comes back through the same link later and finishes
      answerAs(browser, f.emails().get(1), "Disagree", true);
      // Cleo answers everything at once
      answerAs(browser, f.emails().get(2), "Strongly disagree", false);
    } finally {
      page = officerPage;
    }

    open(roundPage);
    assertThat(page.locator("#round-progress-text")).hasText("3 of 3 respondents have finished");
    assertThat(page.locator("#count-finished")).hasText("3");
    clickAndCheck(page.getByRole(AriaRole.LINK, linkName("Close round now")));
    assertThat(page.locator("h1")).hasText("Are you sure you want to close this round now?");
    clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Close round")));
    assertThat(page.locator(".govuk-notification-banner")).containsText("The round is closed");
    assertThat(page.locator(".govuk-summary-list")).containsText("Closed");
  }

  /** Opens the emailed link in a browser with no account and answers every question. */
  private void answerAs(Browser browser, String email, String choice, boolean saveFirst)
      throws Exception {
    String link = "/health-checks/respond/" + RoundFixtures.token(mail, email);
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base()));
    try {
      page = context.newPage();
      page.setDefaultTimeout(15_000);
      open(link);
      assertThat(page.locator("#respond-progress-text")).containsText("0 of ");
      List<Locator> questions = page.locator("main fieldset").all();
      int start = 0;
      if (saveFirst) {
        for (int i = 0; i < 5; i++) {
          questions.get(i).getByLabel(choice, exact()).check();
        }
        clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Save and come back later")));
        assertThat(page.locator(".govuk-notification-banner"))
            .containsText("Your answers have been saved (5 of ");
        open(link);
        assertThat(page.locator("#respond-progress-text")).containsText("5 of ");
        questions = page.locator("main fieldset").all();
        start = 5;
      }
      for (int i = start; i < questions.size(); i++) {
        questions.get(i).getByLabel(choice, exact()).check();
      }
      clickAndCheck(page.getByRole(AriaRole.BUTTON, name("Submit")));
      assertThat(page.locator(".govuk-notification-banner"))
          .containsText("your answers have been submitted");
      assertThat(page.locator("#respond-progress-text"))
          .hasText(questions.size() + " of " + questions.size() + " answered");
    } finally {
      context.close();
    }
  }

  private static Page.GetByRoleOptions name(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private static Page.GetByRoleOptions linkName(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  private static Locator.GetByLabelOptions exact() {
    return new Locator.GetByLabelOptions().setExact(true);
  }
}
