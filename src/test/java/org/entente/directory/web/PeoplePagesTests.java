package org.entente.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.directory.OrganisationRef;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations;
import org.entente.directory.Organisations.OrganisationDetails;
import org.entente.directory.People;
import org.entente.directory.People.PersonDetails;
import org.entente.directory.PersonRef;
import org.entente.directory.Sector;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class PeoplePagesTests extends DirectoryPagesTest {

  @Autowired Organisations organisations;
  @Autowired People people;

  @Test
  void listFiltersSortsAndPages() throws Exception {
    String word = unique();
    OrganisationRef police = organisation(word + " Constabulary", OrganisationType.POLICE);
    OrganisationRef council =
        organisation(word + " Borough Council", OrganisationType.DISTRICT_COUNCIL);
    for (int i = 1; i <= 22; i++) {
      people.create(
          demo().id(),
          new PersonDetails(
              "%s Person %02d".formatted(word, i),
              "Officer grade %02d".formatted(23 - i),
              (i % 2 == 0 ? police : council).id(),
              null));
    }
    String list = "/areas/demo/people?text=" + word;

    Document first = html(getPage(SCRUTINY, list));
    assertThat(first.select("#result-count").text()).isEqualTo("22 results");
    assertThat(column(first, 0)).hasSize(20).startsWith(word + " Person 01");
    assertThat(column(first, 2)).startsWith(council.name(), police.name());
    Document second = html(getPage(SCRUTINY, first.select("a[rel=next]").attr("href")));
    assertThat(column(second, 0)).containsExactly(word + " Person 21", word + " Person 22");

    Document byJobTitle = html(getPage(SCRUTINY, list + "&sort=jobTitle"));
    assertThat(byJobTitle.select("th[aria-sort=ascending]").text()).startsWith("Job title");
    assertThat(column(byJobTitle, 1).get(0)).isEqualTo("Officer grade 01");
    assertThat(column(byJobTitle, 0).get(0)).isEqualTo(word + " Person 22");

    Document byOrganisation = html(getPage(SCRUTINY, list + "&sort=organisation&order=desc"));
    assertThat(byOrganisation.select("th[aria-sort=descending]").text()).startsWith("Organisation");
    assertThat(column(byOrganisation, 2).subList(0, 11)).containsOnly(police.name());

    Document atThePolice = html(getPage(SCRUTINY, list + "&organisation=" + police.id()));
    assertThat(atThePolice.select("#result-count").text()).isEqualTo("11 results");
    assertThat(column(atThePolice, 2)).containsOnly(police.name());
    assertThat(atThePolice.select("#organisation option[selected]").text())
        .isEqualTo(police.name());

    Document byText = html(getPage(SCRUTINY, list + " Person 07"));
    assertThat(column(byText, 0)).containsExactly(word + " Person 07");

    Document policePage = html(getPage(SCRUTINY, "/areas/demo/organisations/" + police.id()));
    assertThat(policePage.select("#organisation-people a")).hasSize(11);
    assertThat(policePage.select("#organisation-people a").first().text())
        .isEqualTo(word + " Person 02");
  }

  @Test
  void createShowsErrorsThenSavesTheCorrectedForm() throws Exception {
    OrganisationRef trust = organisation(unique() + " Hospitals Trust", OrganisationType.NHS_BODY);
    MvcResult wrong =
        submit(
            OFFICER,
            "/areas/demo/people/new",
            Map.of(
                "name", "",
                "jobTitle", "Director of Nursing",
                "organisationId", String.valueOf(trust.id()),
                "email", "nursing.director@trust"));
    assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
    Document page = html(wrong);
    assertThat(page.select(".govuk-error-summary__list a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#name Enter the person's name",
            "#email Enter an email address in the correct format, like name@example.org");
    assertThat(page.select("#jobTitle").val()).isEqualTo("Director of Nursing");
    assertThat(page.select("#organisationId option[selected]").text()).isEqualTo(trust.name());

    String name = "Priya " + unique();
    MvcResult saved =
        submit(
            OFFICER,
            "/areas/demo/people/new",
            Map.of(
                "name",
                name,
                "jobTitle",
                "Director of Nursing",
                "organisationId",
                String.valueOf(trust.id()),
                "email",
                "nursing.director@trust.example"));
    assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/areas/demo/people/");
    assertThat(saved.getFlashMap().get("flash")).isEqualTo(name + " has been added");
    PersonRef person = people.find(demo().id(), createdId(saved)).orElseThrow();
    assertThat(person)
        .extracting(PersonRef::jobTitle, PersonRef::organisationId, PersonRef::email)
        .containsExactly("Director of Nursing", trust.id(), "nursing.director@trust.example");

    Document shown = html(getPage(OFFICER, saved.getResponse().getRedirectedUrl()));
    assertThat(shown.select("h1").text()).isEqualTo(name);
    assertThat(shown.select("a[href=/areas/demo/organisations/" + trust.id() + "]").text())
        .isEqualTo(trust.name());
    assertThat(shown.select("a[href^=mailto:]").text()).isEqualTo("nursing.director@trust.example");
  }

  @Test
  void anotherAreasOrganisationCannotBeChosen() throws Exception {
    AreaRef elsewhere = areas.create(unique().toLowerCase(), "Elsewhere");
    OrganisationRef theirs =
        organisations.create(
            elsewhere.id(),
            new OrganisationDetails(
                unique() + " Fire Service", Sector.PUBLIC, OrganisationType.FIRE_AND_RESCUE, null));

    Document form = html(getPage(ADMIN, "/areas/demo/people/new"));
    assertThat(form.select("#organisationId option").eachAttr("value"))
        .doesNotContain(String.valueOf(theirs.id()));

    for (String value : List.of(String.valueOf(theirs.id()), "not-an-id")) {
      MvcResult refused =
          submit(
              ADMIN,
              "/areas/demo/people/new",
              Map.of("name", "Sam " + unique(), "organisationId", value));
      assertThat(refused.getResponse().getStatus()).isEqualTo(200);
      assertThat(html(refused).select(".govuk-error-summary__list a"))
          .extracting(a -> a.attr("href") + " " + a.text())
          .containsExactly("#organisationId Choose an organisation from the list");
    }

    PersonRef someone =
        people.create(demo().id(), new PersonDetails("Jo " + unique(), null, null, null));
    MvcResult moved =
        submit(
            ADMIN,
            "/areas/demo/people/" + someone.id() + "/edit",
            Map.of(
                "name", someone.name(),
                "organisationId", String.valueOf(theirs.id()),
                "version", String.valueOf(people.version(demo().id(), someone.id()))));
    assertThat(html(moved).select(".govuk-error-summary__list").text())
        .isEqualTo("Choose an organisation from the list");
    assertThat(people.find(demo().id(), someone.id()).orElseThrow().organisationId()).isNull();
  }

  @Test
  void editChangesThePerson() throws Exception {
    OrganisationRef parish =
        organisation(unique() + " Parish Council", OrganisationType.PARISH_COUNCIL);
    PersonRef clerk =
        people.create(
            demo().id(), new PersonDetails("Chris " + unique(), "Clerk", parish.id(), null));
    String edit = "/areas/demo/people/" + clerk.id() + "/edit";

    Document form = html(getPage(ADMIN, edit));
    assertThat(form.select("#name").val()).isEqualTo(clerk.name());
    assertThat(form.select("#organisationId option[selected]").val())
        .isEqualTo(String.valueOf(parish.id()));

    MvcResult saved =
        submit(
            ADMIN,
            edit,
            Map.of(
                "name", clerk.name(),
                "jobTitle", "Parish Clerk and Responsible Finance Officer",
                "organisationId", "",
                "email", "clerk@parish.example",
                "version", form.select("input[name=version]").val()));
    assertThat(saved.getResponse().getRedirectedUrl())
        .isEqualTo("/areas/demo/people/" + clerk.id());
    assertThat(saved.getFlashMap().get("flash"))
        .isEqualTo("Changes to " + clerk.name() + " have been saved");
    PersonRef changed = people.find(demo().id(), clerk.id()).orElseThrow();
    assertThat(changed.jobTitle()).isEqualTo("Parish Clerk and Responsible Finance Officer");
    assertThat(changed.organisationId()).isNull();
    assertThat(changed.email()).isEqualTo("clerk@parish.example");
  }

  @Test
  void aStaleEditSavesNothingAndShowsTheCurrentDetails() throws Exception {
    PersonRef person =
        people.create(demo().id(), new PersonDetails("Dana " + unique(), "Analyst", null, null));
    String edit = "/areas/demo/people/" + person.id() + "/edit";
    String version = html(getPage(OFFICER, edit)).select("input[name=version]").val();
    people.update(
        demo().id(),
        person.id(),
        people.version(demo().id(), person.id()),
        new PersonDetails(person.name(), "Senior Analyst", null, null));

    MvcResult stale =
        submit(
            OFFICER,
            edit,
            Map.of("name", person.name(), "jobTitle", "Lead Analyst", "version", version));
    assertThat(stale.getResponse().getStatus()).isEqualTo(200);
    Document page = html(stale);
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone else changed this record while you were editing it.");
    assertThat(page.select("#jobTitle").val()).isEqualTo("Senior Analyst");
    assertThat(people.find(demo().id(), person.id()).orElseThrow().jobTitle())
        .isEqualTo("Senior Analyst");
  }

  @Test
  void membersAndScrutinyMembersOnlyRead() throws Exception {
    PersonRef person =
        people.create(demo().id(), new PersonDetails("Alex " + unique(), "Chair", null, null));
    String show = "/areas/demo/people/" + person.id();
    for (String reader : List.of(MEMBER, SCRUTINY)) {
      assertThat(html(getPage(reader, "/areas/demo/people")).select("#add-person")).isEmpty();
      Document page = html(getPage(reader, show));
      assertThat(page.select("h1").text()).isEqualTo(person.name());
      assertThat(page.select("a[href$=/edit]")).isEmpty();
      assertThat(getPage(reader, "/areas/demo/people/new").getResponse().getStatus())
          .isEqualTo(403);
      assertThat(getPage(reader, show + "/edit").getResponse().getStatus()).isEqualTo(403);
      assertThat(
              submit(reader, "/areas/demo/people/new", Map.of("name", "Someone " + unique()))
                  .getResponse()
                  .getStatus())
          .isEqualTo(403);
      assertThat(
              submit(reader, show + "/edit", Map.of("name", "Renamed", "version", "0"))
                  .getResponse()
                  .getStatus())
          .isEqualTo(403);
    }
    assertThat(people.find(demo().id(), person.id()).orElseThrow().name()).isEqualTo(person.name());
    for (String editor : List.of(ADMIN, OFFICER)) {
      assertThat(html(getPage(editor, "/areas/demo/people")).select("#add-person")).hasSize(1);
      assertThat(html(getPage(editor, show)).select("#change-person").attr("href"))
          .isEqualTo(show + "/edit");
    }
  }

  @Test
  void anotherAreasPersonIsNotFound() throws Exception {
    AreaRef elsewhere = areas.create(unique().toLowerCase(), "Elsewhere");
    PersonRef theirs =
        people.create(elsewhere.id(), new PersonDetails("Lee " + unique(), null, null, null));
    String path = "/areas/demo/people/" + theirs.id();
    assertThat(getPage(ADMIN, path).getResponse().getStatus()).isEqualTo(404);
    assertThat(getPage(ADMIN, path + "/edit").getResponse().getStatus()).isEqualTo(404);
    assertThat(
            submit(ADMIN, path + "/edit", Map.of("name", "Taken over", "version", "0"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(people.find(elsewhere.id(), theirs.id()).orElseThrow().name())
        .isEqualTo(theirs.name());
  }

  private OrganisationRef organisation(String name, OrganisationType type) {
    return organisations.create(
        demo().id(), new OrganisationDetails(name, type.usualSector(), type, null));
  }

  private static List<String> column(Document page, int index) {
    return page.select("table tbody tr").stream()
        .map(row -> row.select("td").get(index))
        .map(Element::text)
        .toList();
  }
}
