package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An administrator finds the rule for papers on the Admin page, is told what is wrong with a bad
 * number and a bad bank holiday file, and saves the rule.
 */
class PapersRuleJourneyTest extends BrowserTest {

  @Test
  void setTheRuleForPapers() throws Exception {
    signIn("admin");
    open("/areas/demo/admin");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Rule for meeting papers")));
    assertThat(page.locator("main")).containsText("The next bank holidays in England and Wales");

    page.getByLabel("Clear working days").fill("30");
    clickAndCheck(button("Save the rule"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter clear working days as a whole number from 0 to 20");

    Path file = Files.createTempFile("holidays", ".csv");
    Files.writeString(file, "region,date,name\nwales,2026-12-25,Christmas Day\n");
    page.getByLabel("Upload a bank holiday file").setInputFiles(file);
    clickAndCheck(button("Upload the file"));
    assertThat(page.locator(".govuk-error-summary")).containsText("line 2: unknown region wales");

    page.getByLabel("Clear working days").fill("5");
    clickAndCheck(button("Save the rule"));
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The rule for papers has been saved.");
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
