package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInJourneyTest extends BrowserTest {

  @ParameterizedTest(name = "{0} signs in, sees their sections, and signs out")
  @CsvSource({"admin, true", "officer, false", "member, false", "scrutiny, false"})
  void eachRoleSignsInAndOut(String username, boolean seesAdmin) {
    signIn(username);
    assertThat(page).hasURL(base() + "/areas/demo");
    assertThat(page.locator("h1")).hasText("Shires County");
    assertThat(
            page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partnerships")))
        .isVisible();
    assertThat(
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Admin").setExact(true)))
        .hasCount(seesAdmin ? 1 : 0);

    clickAndCheck(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")));
    assertThat(page.getByText("You have signed out.")).isVisible();
    open("/areas/demo/partnerships");
    assertThat(page).hasURL(base() + "/login");
  }

  @Test
  void aWrongPasswordIsExplained() {
    open("/login");
    page.getByLabel("Username").fill("member");
    page.getByLabel("Password").fill("not the password");
    clickAndCheck(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")));
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter a correct username and password");
  }
}
