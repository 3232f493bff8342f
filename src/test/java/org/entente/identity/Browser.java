package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person at a web browser without JavaScript: keeps cookies, follows redirects, and submits the
 * forms it is shown (CSRF token included) by their buttons' text, so tests act as users do.
 */
final class Browser {

  /** A page as the browser ended up on it, after any redirects. */
  record Page(int status, String path, Document html) {

    String text() {
      return html.body().text();
    }

    String h1() {
      return html.select("h1").text();
    }

    String errorSummary() {
      return html.select(".govuk-error-summary").text();
    }

    String successBanner() {
      return html.select(".govuk-notification-banner--success").text();
    }
  }

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  Browser(int port) {
    this.base = "http://localhost:" + port;
  }

  Page get(String path) {
    return follow(request(path).GET().build());
  }

  /** Signs in with the sign-in form; the page reached afterwards. */
  Page signIn(String username, String password) {
    Page signIn = get("/login");
    return submit(signIn, "Sign in", Map.of("username", username, "password", password));
  }

  /**
   * Fills in the form that holds the button with this text (typed values override what the page
   * has) and presses the button.
   */
  Page submit(Page page, String buttonText, Map<String, String> typed) {
    Element button =
        page.html().select("form button").stream()
            .filter(b -> b.text().trim().startsWith(buttonText))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no button '" + buttonText + "' on " + page.path()));
    return submitForm(button.closest("form"), typed);
  }

  /** Presses a button whose text contains both words, such as a Remove button for one role. */
  Page press(Page page, String buttonText, String alsoContaining) {
    Element button =
        page.html().select("form button").stream()
            .filter(b -> b.text().startsWith(buttonText) && b.text().contains(alsoContaining))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no button '"
                            + buttonText
                            + " … "
                            + alsoContaining
                            + "' on "
                            + page.path()));
    return submitForm(button.closest("form"), Map.of());
  }

  /** Follows the link with this text. */
  Page click(Page page, String linkText) {
    Element link =
        page.html().select("a").stream()
            .filter(a -> a.text().trim().equals(linkText))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no link '" + linkText + "' on " + page.path()));
    return get(link.attr("href"));
  }

  boolean hasSession() {
    return cookies.containsKey("SESSION");
  }

  private Page submitForm(Element form, Map<String, String> typed) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String name = input.attr("name");
      switch (input.tagName()) {
        case "select" -> {
          Element selected = input.selectFirst("option[selected]");
          fields.put(name, selected == null ? "" : selected.attr("value"));
        }
        case "textarea" -> fields.put(name, input.text());
        default -> {
          String type = input.attr("type");
          if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
            continue;
          }
          fields.put(name, input.attr("value"));
        }
      }
    }
    fields.putAll(typed);
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String method = form.attr("method").isEmpty() ? "get" : form.attr("method");
    assertThat(method).as("form method").isEqualToIgnoringCase("post");
    return follow(
        request(form.attr("action"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base).resolve(path))
            .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private Page follow(HttpRequest request) {
    try {
      HttpRequest current = request;
      for (int hops = 0; hops < 10; hops++) {
        HttpResponse<String> response = http.send(current, HttpResponse.BodyHandlers.ofString());
        keepCookies(response.headers().allValues("Set-Cookie"));
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
          String location = response.headers().firstValue("Location").orElseThrow();
          current = request(current.uri().resolve(location).toString()).GET().build();
          continue;
        }
        return new Page(status, current.uri().getPath(), Jsoup.parse(response.body()));
      }
      throw new AssertionError("too many redirects from " + request.uri());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void keepCookies(List<String> setCookies) {
    for (String header : setCookies) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
