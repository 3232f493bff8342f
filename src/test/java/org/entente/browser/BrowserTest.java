package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium against the running application. Every page the browser lands on must be
 * checked with axe (WCAG 2.2 A and AA) before the test ends, and must have no violations.
 */
@IntegrationTest
public abstract class BrowserTest {

  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort int port;

  protected Page page;
  private BrowserContext context;
  private final Set<String> visited = new LinkedHashSet<>();
  private final Set<String> checked = new LinkedHashSet<>();

  private static synchronized Browser browser() {
    if (browser == null) {
      playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(
                          Path.of(System.getProperty("entente.chromium", "/usr/bin/chromium")))
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--no-first-run")));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
    }
    return browser;
  }

  @BeforeEach
  void openBrowser() {
    context = browser().newContext(new Browser.NewContextOptions().setBaseURL(base()));
    page = context.newPage();
    page.setDefaultTimeout(15_000);
    page.onFrameNavigated(
        frame -> {
          if (frame == page.mainFrame()) {
            visited.add(withoutFragment(frame.url()));
          }
        });
  }

  @AfterEach
  void everyPageWasChecked() {
    try {
      List<String> unchecked = new ArrayList<>(visited);
      unchecked.removeAll(checked);
      assertThat(unchecked).as("pages visited but not checked with axe").isEmpty();
    } finally {
      context.close();
    }
  }

  protected String base() {
    return "http://localhost:" + port;
  }

  /** Opens a path and checks the page it lands on. */
  protected void open(String path) {
    page.navigate(path);
    accessible();
  }

  /** Clicks something that loads a new page, then checks that page. */
  protected void clickAndCheck(Locator locator) {
    page.waitForLoadState();
    // a new document will not carry this mark, whatever its URL
    page.evaluate("window.__ententeOldPage = true");
    locator.click();
    page.waitForFunction("() => window.__ententeOldPage !== true");
    accessible();
  }

  /** Runs axe on the current page and fails on any WCAG 2.2 A or AA violation. */
  protected void accessible() {
    page.waitForLoadState();
    AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "accessibility violations on %s:%n%s",
            page.url(),
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
    checked.add(withoutFragment(page.url()));
  }

  protected void signIn(String username) {
    open("/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("demo");
    clickAndCheck(
        page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in")));
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
