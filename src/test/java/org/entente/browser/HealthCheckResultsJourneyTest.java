package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.entente.assessment.InstrumentLibrary;
import org.entente.assessment.ResultsFixture;
import org.entente.assessment.ResultsFixture.Fixture;
import org.entente.assessment.Rounds;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer opens the results of a closed round in which police and the voluntary sector disagree,
 * sees the disagreement, drafts an action plan from it and sees the actions created.
 */
class HealthCheckResultsJourneyTest extends BrowserTest {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Rounds rounds;
  @Autowired InstrumentLibrary library;

  @Test
  void fromDisagreementToActions() throws Exception {
    ResultsFixture fixtures =
        new ResultsFixture(areas, register, structure, people, organisations, rounds, library);
    Fixture f = fixtures.partnership();
    long id = fixtures.closedRound(mail, f, true, 0);

    signIn("admin");
    open(f.results(id));
    assertThat(page.locator("h1").textContent()).contains("Partnership audit");
    Locator disputed = page.locator("#disputed-table");
    assertThat(disputed.textContent()).contains("I. Trust");
    assertThat(page.locator("#sectors-table").textContent())
        .contains("Hidden: fewer than 3 respondents");

    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Draft an action plan")));
    assertThat(page.locator("body").textContent()).contains("Rated red: mean 1.0 of 4");

    // confirming with no owners shows what is missing and creates nothing
    clickAndCheck(
        page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create these actions")));
    assertThat(page.locator(".govuk-error-summary").textContent())
        .contains("Choose an owner for action 1");

    LocalDate due = LondonTime.today().plusMonths(3);
    int rows = page.locator("select.govuk-select").count();
    for (int i = 0; i < rows; i++) {
      page.locator("[id='rows[" + i + "]-ownerId']").selectOption(new SelectOption().setIndex(1));
      page.locator("[id='rows[" + i + "]-dueDay']").fill(String.valueOf(due.getDayOfMonth()));
      page.locator("[id='rows[" + i + "]-dueMonth']").fill(String.valueOf(due.getMonthValue()));
      page.locator("[id='rows[" + i + "]-dueYear']").fill(String.valueOf(due.getYear()));
    }
    page.locator("[id='rows[0]-description']")
        .fill("Agree three shared priorities at the next board");
    clickAndCheck(
        page.getByRole(
            AriaRole.BUTTON,
            new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create these actions")));

    assertThat(page.url()).contains("/results");
    Locator produced = page.locator("#produced-table");
    assertThat(produced.locator("tbody tr").count()).isEqualTo(rows);
    assertThat(produced.textContent())
        .contains("Agree three shared priorities at the next board", "Open");
  }
}
