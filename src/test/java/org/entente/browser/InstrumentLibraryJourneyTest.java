package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.assessment.InstrumentLibrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator adds a new version of an instrument, after being told the version they first
 * gave is already published; an officer then reads the new version in the library and looks back at
 * the old one.
 */
class InstrumentLibraryJourneyTest extends BrowserTest {

  @Autowired InstrumentLibrary library;
  @Autowired JdbcClient jdbc;

  @Test
  void uploadANewVersionAndReadIt() throws Exception {
    String key = "journey-" + System.nanoTime();
    long adminId =
        jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
    library.upload("v1.json", instrument(key, 1, "Board basics"), adminId, "Demo Admin", null);

    signIn("admin");
    open("/areas/demo/admin");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Health-check instruments")));
    assertThat(page.locator("#instruments")).containsText("Board basics");
    assertThat(page.locator("#instruments")).containsText("Shipped with Entente");

    Path same = Files.createTempFile("instrument", ".json");
    Files.writeString(same, instrument(key, 1, "Board basics, revised"));
    page.getByLabel("Instrument file").setInputFiles(same);
    clickAndCheck(button("Upload instrument"));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Line 3, field version: version 1 of \"" + key + "\" is already published");

    Path next = Files.createTempFile("instrument", ".json");
    Files.writeString(next, instrument(key, 2, "Board basics, revised"));
    page.getByLabel("Instrument file").setInputFiles(next);
    clickAndCheck(button("Upload instrument"));
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Version 2 of Board basics, revised added to the library");
    assertThat(page.locator("#instruments")).containsText("Uploaded by");

    page.context().clearCookies();
    signIn("officer");
    open("/areas/demo/health-checks/instruments");
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Board basics, revised")));
    assertThat(page.locator("h1")).hasText("Board basics, revised");
    assertThat(page.locator("#scale")).containsText("5: Strongly agree");
    assertThat(page.locator("#reading")).containsText("Read it carefully.");
    page.getByText("Actions Entente proposes when Purpose is weak or disputed").click();
    assertThat(page.locator("#dimension-purpose")).containsText("Agree a purpose.");

    clickAndCheck(page.locator("#versions").getByRole(AriaRole.LINK));
    assertThat(page.locator("h1")).hasText("Board basics");
    assertThat(page.locator("#older-version")).containsText("The newest is version 2");

    clickAndCheck(
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All instruments")));
    clickAndCheck(
        page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Partnership audit: \"are we ready?\"")));
    assertThat(page.locator("#reading")).containsText("start small");
  }

  static String instrument(String key, int version, String title) {
    return """
        {
          "key": "%s",
          "version": %d,
          "title": "%s",
          "source": "Entente tests",
          "summary": "A quick check of how the board works.",
          "readingGuidance": "Read it carefully.",
          "scale": {
            "min": 1,
            "max": 5,
            "labels": ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"],
            "dontKnow": true
          },
          "dimensions": [
            {
              "key": "purpose",
              "title": "Purpose",
              "description": "Why we exist.",
              "actionGuidance": "Agree a purpose.",
              "items": [
                {"key": "purpose-1", "text": "We can say why we exist."},
                {"key": "purpose-2", "text": "One partner dominates.", "reversed": true}
              ]
            }
          ]
        }
        """
        .formatted(key, version, title);
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
