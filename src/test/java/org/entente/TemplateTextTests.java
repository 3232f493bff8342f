package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from a message bundle, so that a translation is possible: text in a
 * template must sit in an element whose content Thymeleaf replaces.
 */
class TemplateTextTests {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  @Test
  void templatesHoldNoTextOutsideMessageKeys() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
        doc.select("*").forEach(e -> e.textNodes().forEach(t -> check(file, t, offences)));
      }
    }
    assertThat(offences).as("text in templates that does not come from messages").isEmpty();
  }

  private static void check(Path file, TextNode text, List<String> offences) {
    // symbols such as sort arrows and ellipses are not words to translate
    String words = text.text().replaceAll("[^\\p{L}\\p{N}]", "");
    if (words.isEmpty() || replaced(text)) {
      return;
    }
    offences.add(TEMPLATES.relativize(file) + ": \"" + text.text().trim() + "\"");
  }

  /** Whether Thymeleaf replaces, removes or skips this text at render time. */
  private static boolean replaced(Node node) {
    for (Node n = node.parent(); n instanceof Element e; n = n.parent()) {
      if (e.hasAttr("th:text")
          || e.hasAttr("th:utext")
          || e.hasAttr("th:replace")
          || e.hasAttr("th:remove")
          || e.tagName().equals("script")
          || e.tagName().equals("style")) {
        return true;
      }
    }
    return false;
  }
}
