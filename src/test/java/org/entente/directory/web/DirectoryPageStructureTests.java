package org.entente.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.directory.OrganisationRef;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations;
import org.entente.directory.Organisations.OrganisationDetails;
import org.entente.directory.People;
import org.entente.directory.People.PersonDetails;
import org.entente.directory.PersonRef;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What assistive technology needs from every directory page: one h1, every form control named by
 * its own label, error summary links that lead to their field, and table headers that say what they
 * head and how the table is sorted.
 */
class DirectoryPageStructureTests extends DirectoryPagesTest {

  @Autowired Organisations organisations;
  @Autowired People people;

  @Test
  void everyPageHasOneHeadingLabelledControlsAndWellFormedTables() throws Exception {
    OrganisationRef organisation =
        organisations.create(
            demo().id(),
            new OrganisationDetails(
                unique() + " Police",
                OrganisationType.POLICE.usualSector(),
                OrganisationType.POLICE,
                null));
    PersonRef person =
        people.create(
            demo().id(),
            new PersonDetails("Robin " + unique(), "Inspector", organisation.id(), null));
    String o = "/areas/demo/organisations/" + organisation.id();
    String p = "/areas/demo/people/" + person.id();

    List<Document> pages =
        List.of(
            html(getPage(ADMIN, "/areas/demo/organisations")),
            html(getPage(ADMIN, "/areas/demo/organisations?sort=type&order=desc")),
            html(getPage(ADMIN, o)),
            html(getPage(ADMIN, "/areas/demo/organisations/new")),
            html(getPage(ADMIN, o + "/edit")),
            html(getPage(ADMIN, "/areas/demo/people")),
            html(getPage(ADMIN, p)),
            html(getPage(ADMIN, "/areas/demo/people/new")),
            html(getPage(ADMIN, p + "/edit")),
            html(submit(ADMIN, "/areas/demo/organisations/new", Map.of("website", "www"))),
            html(submit(ADMIN, "/areas/demo/people/new", Map.of("email", "nobody"))));

    for (Document page : pages) {
      String where = page.title();
      assertThat(page.title()).as(where).endsWith(" - Entente");
      assertThat(page.select("h1")).as(where).hasSize(1);
      assertUniqueIds(page);
      assertControlsLabelled(page);
      assertTableHeaders(page);
    }
  }

  @Test
  void errorSummaryLinksLeadToTheFieldsInError() throws Exception {
    List<Document> pages =
        List.of(
            html(
                submit(
                    ADMIN,
                    "/areas/demo/organisations/new",
                    Map.of("name", "", "website", "not a website"))),
            html(
                submit(
                    ADMIN,
                    "/areas/demo/people/new",
                    Map.of("name", "", "email", "nobody", "organisationId", "-1"))));
    for (Document page : pages) {
      assertThat(page.title()).startsWith("Error: ");
      List<Element> links = page.select(".govuk-error-summary__list a");
      assertThat(links).as(page.title()).hasSizeGreaterThanOrEqualTo(2);
      for (Element link : links) {
        String id = link.attr("href").substring(1);
        Element field = page.getElementById(id);
        assertThat(field).as(link.text()).isNotNull();
        assertThat(field.tagName()).isIn("input", "select", "textarea");
        Element group = field.closest(".govuk-form-group");
        assertThat(group.hasClass("govuk-form-group--error")).as(id).isTrue();
        assertThat(group.select(".govuk-error-message").text()).contains(link.text());
        Element described = field.hasAttr("aria-describedby") ? field : field.closest("fieldset");
        assertThat(described.attr("aria-describedby")).as(id).contains(id + "-error");
      }
    }
  }

  private static void assertUniqueIds(Document page) {
    Set<String> seen = new HashSet<>();
    for (Element e : page.select("[id]")) {
      assertThat(seen.add(e.id())).as(page.title() + ": id " + e.id() + " used twice").isTrue();
    }
  }

  private static void assertControlsLabelled(Document page) {
    for (Element control :
        page.select("main input:not([type=hidden]), main select, main textarea")) {
      String id = control.id();
      assertThat(id).as(page.title() + ": a " + control.tagName() + " without an id").isNotBlank();
      List<Element> labels = page.select("label[for=" + id + "]");
      assertThat(labels).as(page.title() + ": label for " + id).hasSize(1);
      assertThat(labels.get(0).text()).as(page.title() + ": label for " + id).isNotBlank();
      if (control.attr("type").equals("radio")) {
        assertThat(control.closest("fieldset").select("legend").text()).isNotBlank();
      }
    }
    for (Element label : page.select("main label[for]")) {
      assertThat(page.getElementById(label.attr("for")))
          .as(page.title() + ": label " + label.text() + " points at nothing")
          .isNotNull();
    }
  }

  private static void assertTableHeaders(Document page) {
    for (Element table : page.select("main table")) {
      assertThat(table.select("caption").text()).as(page.title()).isNotBlank();
      for (Element header : table.select("th")) {
        assertThat(header.attr("scope")).as(page.title() + ": " + header.text()).isIn("col", "row");
        if (!header.select("a").isEmpty()) {
          assertThat(header.attr("aria-sort"))
              .as(page.title() + ": " + header.text())
              .isIn("ascending", "descending", "none");
        }
      }
      assertThat(table.select("th[aria-sort~=(ascending|descending)]")).hasSize(1);
    }
  }
}
