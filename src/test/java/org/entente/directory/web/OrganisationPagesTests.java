package org.entente.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.directory.OrganisationRef;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations;
import org.entente.directory.Organisations.OrganisationDetails;
import org.entente.directory.Sector;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class OrganisationPagesTests extends DirectoryPagesTest {

  @Autowired Organisations organisations;

  @Test
  void listFiltersSortsAndPages() throws Exception {
    String word = unique();
    OrganisationType[] types = {
      OrganisationType.POLICE, OrganisationType.VOLUNTARY_GROUP, OrganisationType.BUSINESS_BODY
    };
    for (int i = 1; i <= 25; i++) {
      OrganisationType type = types[i % 3];
      organisations.create(
          demo().id(),
          new OrganisationDetails(
              "%s Partner %02d".formatted(word, i), type.usualSector(), type, null));
    }
    String list = "/areas/demo/organisations?text=" + word;

    Document first = html(getPage(MEMBER, list));
    assertThat(first.select("#result-count").text()).isEqualTo("25 results");
    assertThat(names(first)).hasSize(20).startsWith(word + " Partner 01", word + " Partner 02");
    assertThat(first.select("th[aria-sort=ascending]").text()).startsWith("Name");
    assertThat(first.text()).contains("Showing 1 to 20 of 25");
    assertThat(first.select(".govuk-pagination__item--current").text()).isEqualTo("1");

    Document second = html(getPage(MEMBER, first.select("a[rel=next]").attr("href")));
    assertThat(names(second))
        .containsExactly(
            word + " Partner 21",
            word + " Partner 22",
            word + " Partner 23",
            word + " Partner 24",
            word + " Partner 25");

    Document descending =
        html(getPage(MEMBER, first.select("th[aria-sort=ascending] a").attr("href")));
    assertThat(descending.select("th[aria-sort=descending]").text()).startsWith("Name");
    assertThat(names(descending).get(0)).isEqualTo(word + " Partner 25");

    Document voluntary = html(getPage(MEMBER, list + "&sector=VOLUNTARY"));
    assertThat(voluntary.select("#result-count").text()).isEqualTo("9 results");
    assertThat(column(voluntary, 1)).containsOnly("Voluntary, community and faith sector");
    assertThat(column(voluntary, 2)).containsOnly("Voluntary or community group");
    assertThat(voluntary.select("#sector option[selected]").text())
        .isEqualTo("Voluntary, community and faith sector");

    Document police = html(getPage(MEMBER, list + "&type=POLICE"));
    assertThat(police.select("#result-count").text()).isEqualTo("8 results");

    Document byType = html(getPage(MEMBER, list + "&sort=type&order=asc"));
    assertThat(byType.select("th[aria-sort=ascending]").text()).startsWith("Type");
    assertThat(column(byType, 2))
        .containsSubsequence("Business body", "Police", "Voluntary or community group")
        .startsWith("Business body");

    Document nothing = html(getPage(MEMBER, "/areas/demo/organisations?text=" + unique()));
    assertThat(nothing.select("#result-count").text()).isEqualTo("0 results");
    assertThat(nothing.select("table")).isEmpty();
  }

  @Test
  void createShowsErrorsThenSavesTheCorrectedForm() throws Exception {
    MvcResult empty =
        submit(ADMIN, "/areas/demo/organisations/new", Map.of("name", " ", "website", "ftp:x"));
    assertThat(empty.getResponse().getStatus()).isEqualTo(200);
    Document page = html(empty);
    assertThat(page.title()).startsWith("Error: Add an organisation");
    assertThat(page.select(".govuk-error-summary__list a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#name Enter the organisation's name",
            "#sector Select the organisation's sector",
            "#type Select the type of organisation",
            "#website Enter the website address in the correct format, like"
                + " https://www.example.org");
    assertThat(page.select("#website").val()).isEqualTo("ftp:x");

    String name = unique() + " Community Trust";
    MvcResult saved =
        submit(
            OFFICER,
            "/areas/demo/organisations/new",
            Map.of(
                "name",
                "  " + name + " ",
                "sector",
                "VOLUNTARY",
                "type",
                "VOLUNTARY_GROUP",
                "website",
                ""));
    assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/areas/demo/organisations/");
    assertThat(saved.getFlashMap().get("flash")).isEqualTo(name + " has been added");
    long id = createdId(saved);
    assertThat(organisations.details(demo().id(), id))
        .contains(
            new OrganisationDetails(
                name, Sector.VOLUNTARY, OrganisationType.VOLUNTARY_GROUP, null));

    Document shown = html(getPage(OFFICER, saved.getResponse().getRedirectedUrl()));
    assertThat(shown.select("h1").text()).isEqualTo(name);
    assertThat(shown.select(".govuk-summary-list").text())
        .contains("Voluntary, community and faith sector", "Voluntary or community group")
        .contains("Website Not recorded");
  }

  @Test
  void aNameAlreadyUsedInTheAreaIsRefused() throws Exception {
    String name = unique() + " Fire and Rescue Service";
    organisations.create(
        demo().id(),
        new OrganisationDetails(
            name, Sector.PUBLIC, OrganisationType.FIRE_AND_RESCUE, "https://fire.example"));
    MvcResult again =
        submit(
            ADMIN,
            "/areas/demo/organisations/new",
            Map.of("name", name, "sector", "PUBLIC", "type", "FIRE_AND_RESCUE"));
    assertThat(again.getResponse().getStatus()).isEqualTo(200);
    Document page = html(again);
    assertThat(page.select(".govuk-error-summary__list a").text())
        .isEqualTo("An organisation with this name already exists");
    assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#name");
    assertThat(page.select("#name-error").text()).contains("already exists");

    OrganisationRef other =
        organisations.create(
            demo().id(),
            new OrganisationDetails(unique(), Sector.PUBLIC, OrganisationType.POLICE, null));
    MvcResult renamed =
        submit(
            ADMIN,
            "/areas/demo/organisations/" + other.id() + "/edit",
            Map.of(
                "name",
                name,
                "sector",
                "PUBLIC",
                "type",
                "POLICE",
                "version",
                String.valueOf(organisations.version(demo().id(), other.id()))));
    assertThat(html(renamed).select(".govuk-error-summary__list").text())
        .isEqualTo("An organisation with this name already exists");
    assertThat(organisations.find(demo().id(), other.id()).orElseThrow().name())
        .isEqualTo(other.name());
  }

  @Test
  void editChangesTheOrganisation() throws Exception {
    OrganisationRef created =
        organisations.create(
            demo().id(),
            new OrganisationDetails(
                unique() + " Parish Council",
                Sector.PUBLIC,
                OrganisationType.PARISH_COUNCIL,
                null));
    String edit = "/areas/demo/organisations/" + created.id() + "/edit";

    Document form = html(getPage(OFFICER, edit));
    assertThat(form.select("#name").val()).isEqualTo(created.name());
    assertThat(form.select("input[name=sector][checked]").val()).isEqualTo("PUBLIC");
    assertThat(form.select("#type option[selected]").val()).isEqualTo("PARISH_COUNCIL");
    String version = form.select("input[type=hidden][name=version]").val();

    String renamed = created.name().replace("Parish", "Town");
    MvcResult saved =
        submit(
            OFFICER,
            edit,
            Map.of(
                "name",
                renamed,
                "sector",
                "PUBLIC",
                "type",
                "PARISH_COUNCIL",
                "website",
                "https://town.example/council",
                "version",
                version));
    assertThat(saved.getResponse().getRedirectedUrl())
        .isEqualTo("/areas/demo/organisations/" + created.id());
    assertThat(saved.getFlashMap().get("flash"))
        .isEqualTo("Changes to " + renamed + " have been saved");
    Document shown = html(getPage(OFFICER, saved.getResponse().getRedirectedUrl()));
    assertThat(shown.select("h1").text()).isEqualTo(renamed);
    assertThat(shown.select("a[href=https://town.example/council]")).hasSize(1);
  }

  @Test
  void aStaleEditSavesNothingAndShowsTheCurrentDetails() throws Exception {
    AreaRef demo = demo();
    OrganisationRef created =
        organisations.create(
            demo.id(),
            new OrganisationDetails(
                unique() + " Health Trust", Sector.PUBLIC, OrganisationType.NHS_BODY, null));
    String edit = "/areas/demo/organisations/" + created.id() + "/edit";
    String version = html(getPage(ADMIN, edit)).select("input[name=version]").val();

    String theirs = created.name() + " NHS Foundation";
    organisations.update(
        demo.id(),
        created.id(),
        organisations.version(demo.id(), created.id()),
        new OrganisationDetails(theirs, Sector.PUBLIC, OrganisationType.NHS_BODY, null));

    MvcResult stale =
        submit(
            ADMIN,
            edit,
            Map.of(
                "name",
                created.name() + " (mine)",
                "sector",
                "PUBLIC",
                "type",
                "NHS_BODY",
                "version",
                version));
    assertThat(stale.getResponse().getStatus()).isEqualTo(200);
    Document page = html(stale);
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this record while you were editing it.");
    assertThat(page.select("#name").val()).isEqualTo(theirs);
    assertThat(page.select("input[name=version]").val())
        .isEqualTo(String.valueOf(organisations.version(demo.id(), created.id())));
    assertThat(organisations.find(demo.id(), created.id()).orElseThrow().name()).isEqualTo(theirs);
  }

  @Test
  void membersAndScrutinyMembersOnlyRead() throws Exception {
    OrganisationRef created =
        organisations.create(
            demo().id(),
            new OrganisationDetails(
                unique() + " Business Board",
                Sector.PRIVATE,
                OrganisationType.BUSINESS_BODY,
                null));
    String show = "/areas/demo/organisations/" + created.id();
    for (String reader : List.of(MEMBER, SCRUTINY)) {
      Document list = html(getPage(reader, "/areas/demo/organisations"));
      assertThat(list.select("#add-organisation")).isEmpty();
      Document page = html(getPage(reader, show));
      assertThat(page.select("h1").text()).isEqualTo(created.name());
      assertThat(page.select("a[href$=/edit]")).isEmpty();
      assertThat(page.select("a[href*=/people/new]")).isEmpty();

      assertThat(getPage(reader, "/areas/demo/organisations/new").getResponse().getStatus())
          .isEqualTo(403);
      assertThat(getPage(reader, show + "/edit").getResponse().getStatus()).isEqualTo(403);
      MvcResult create =
          submit(
              reader,
              "/areas/demo/organisations/new",
              Map.of("name", unique(), "sector", "PUBLIC", "type", "POLICE"));
      assertThat(create.getResponse().getStatus()).isEqualTo(403);
      MvcResult change =
          submit(
              reader,
              show + "/edit",
              Map.of("name", "Renamed", "sector", "PUBLIC", "type", "POLICE", "version", "0"));
      assertThat(change.getResponse().getStatus()).isEqualTo(403);
    }
    assertThat(organisations.find(demo().id(), created.id()).orElseThrow().name())
        .isEqualTo(created.name());

    for (String editor : List.of(ADMIN, OFFICER)) {
      assertThat(html(getPage(editor, "/areas/demo/organisations")).select("#add-organisation"))
          .hasSize(1);
      assertThat(html(getPage(editor, show)).select("#change-organisation").attr("href"))
          .isEqualTo(show + "/edit");
    }
  }

  @Test
  void anotherAreasOrganisationIsNotFound() throws Exception {
    AreaRef elsewhere = areas.create(unique().toLowerCase(), "Elsewhere");
    OrganisationRef theirs =
        organisations.create(
            elsewhere.id(),
            new OrganisationDetails(
                unique() + " County Council",
                Sector.PUBLIC,
                OrganisationType.COUNTY_COUNCIL,
                null));
    String path = "/areas/demo/organisations/" + theirs.id();
    assertThat(getPage(ADMIN, path).getResponse().getStatus()).isEqualTo(404);
    assertThat(getPage(ADMIN, path + "/edit").getResponse().getStatus()).isEqualTo(404);
    MvcResult change =
        submit(
            ADMIN,
            path + "/edit",
            Map.of("name", "Taken over", "sector", "PUBLIC", "type", "POLICE", "version", "0"));
    assertThat(change.getResponse().getStatus()).isEqualTo(404);
    assertThat(organisations.find(elsewhere.id(), theirs.id()).orElseThrow().name())
        .isEqualTo(theirs.name());
    assertThat(html(getPage(ADMIN, "/areas/demo/organisations?text=" + theirs.name())).text())
        .contains("0 results");
  }

  private static List<String> names(Document page) {
    return column(page, 0);
  }

  private static List<String> column(Document page, int index) {
    return page.select("table tbody tr").stream()
        .map(row -> row.select("td").get(index))
        .map(Element::text)
        .toList();
  }
}
