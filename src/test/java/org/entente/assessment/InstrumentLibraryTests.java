package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The instrument library: the shipped instruments through the facade, an administrator's uploads
 * (never replacing a published version), and the pages officers read to choose an instrument.
 */
@IntegrationTest
class InstrumentLibraryTests {

  static final String ADMIN = "/areas/demo/admin/instruments";
  static final String LIBRARY = "/areas/demo/health-checks/instruments";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired InstrumentLibrary library;
  @Autowired JdbcClient jdbc;

  DemoUsers users;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
  }

  /** A small valid instrument under a key no other test uses. */
  static String file(String key, int version, String title) {
    return InstrumentFilesTests.GOOD
        .replace("\"key\": \"test-check\"", "\"key\": \"" + key + "\"")
        .replace("\"version\": 1", "\"version\": " + version)
        .replace("\"title\": \"Test check\"", "\"title\": \"" + title + "\"");
  }

  static String newKey() {
    return "upload-" + System.nanoTime();
  }

  MockMultipartFile upload(String content) {
    return new MockMultipartFile(
        "file", "instrument.json", "application/json", content.getBytes(StandardCharsets.UTF_8));
  }

  int uploads(String key) {
    return jdbc.sql("select count(*) from assessment_instrument_upload where instrument_key = :k")
        .param("k", key)
        .query(Integer.class)
        .single();
  }

  @Test
  void theFacadeServesEveryShippedInstrument() {
    List<InstrumentText> latest = library.latest();

    assertThat(latest)
        .extracting(InstrumentText::key)
        .contains("audit-commission-governance", "partnership-audit", "councillors-feedback-loop");
    assertThat(latest.stream().filter(t -> !t.key().startsWith("upload-"))).hasSize(19);
    InstrumentText audit = library.latest("audit-commission-governance").orElseThrow();
    assertThat(audit.version()).isEqualTo(1);
    assertThat(library.find("audit-commission-governance", 1)).contains(audit);
    assertThat(library.find("audit-commission-governance", 99)).isEmpty();
    assertThat(library.versions("audit-commission-governance")).containsExactly(audit);
    assertThat(library.latest("no-such-instrument")).isEmpty();
    assertThat(audit.scoring().items()).hasSize(audit.itemCount());
  }

  @Test
  void aGoodFileAddsAVersionAndEarlierVersionsStayReadable() throws Exception {
    String key = newKey();
    mvc.perform(
            multipart(ADMIN)
                .file(upload(file(key, 1, "Board basics")))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", "Version 1 of Board basics added to the library"));
    mvc.perform(
            multipart(ADMIN)
                .file(upload(file(key, 2, "Board basics, revised")))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(library.latest(key).orElseThrow().title()).isEqualTo("Board basics, revised");
    assertThat(library.versions(key)).extracting(InstrumentText::version).containsExactly(2, 1);
    assertThat(library.find(key, 1).orElseThrow().title()).isEqualTo("Board basics");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where subject_type = 'instrument'"
                        + " and action = 'uploaded' and subject_label like 'Board basics%'")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(2);

    Document page =
        Jsoup.parse(
            mvc.perform(get(ADMIN).with(users.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.title()).isEqualTo("Health-check instruments - Entente");
    Element table = page.getElementById("instruments");
    assertThat(table.text())
        .contains("Board basics, revised")
        .contains("Uploaded by")
        .contains("Shipped with Entente")
        .contains("Audit Commission governance questions");
  }

  @Test
  void aPublishedVersionIsNeverReplaced() throws Exception {
    String key = newKey();
    library.upload("first.json", file(key, 1, "First"), adminId(), "Test Admin", null);

    String html =
        mvc.perform(
                multipart(ADMIN)
                    .file(upload(file(key, 1, "Replacement")))
                    .with(users.as("admin"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select(".govuk-error-summary__list li"))
        .extracting(Element::text)
        .containsExactly(
            "Line 3, field version: version 1 of \""
                + key
                + "\" is already published and can never be replaced or changed; give this file"
                + " version 2");
    assertThat(library.find(key, 1).orElseThrow().title()).isEqualTo("First");
    assertThat(uploads(key)).isEqualTo(1);
  }

  @Test
  void aShippedVersionCannotBeUploadedAgain() throws Exception {
    String html =
        mvc.perform(
                multipart(ADMIN)
                    .file(upload(file("partnership-audit", 1, "Partnership audit")))
                    .with(users.as("admin"))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(Jsoup.parse(html).select(".govuk-error-summary__list").text())
        .contains("can never be replaced");
    assertThat(uploads("partnership-audit")).isZero();
  }

  @Test
  void aBadFileShowsEveryProblemWithLineAndFieldAndSavesNothing() throws Exception {
    String key = newKey();
    String bad =
        file(key, 1, "Broken")
            .replace("\"text\": \"Partners keep their word.\"", "\"text\": \"\"")
            .replace("\"related\": [\"purpose\"]", "\"related\": [\"nowhere\"]");

    String html =
        mvc.perform(multipart(ADMIN).file(upload(bad)).with(users.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select(".govuk-error-summary__list li a"))
        .extracting(Element::text)
        .containsExactly(
            "Line 31, field dimensions[1].related[0]: names no dimension of this instrument:"
                + " \"nowhere\"",
            "Line 33, field dimensions[1].items[0].text: must not be blank");
    assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#file");
    assertThat(page.getElementById("file-error")).isNotNull();
    assertThat(uploads(key)).isZero();
    assertThat(library.latest(key)).isEmpty();
  }

  @Test
  void aMissingFileIsAskedFor() throws Exception {
    String html =
        mvc.perform(multipart(ADMIN).with(users.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(Jsoup.parse(html).select(".govuk-error-summary__list").text())
        .isEqualTo("Select an instrument file");
  }

  @Test
  void aFileThatIsNotTextIsRefused() throws Exception {
    MockMultipartFile binary =
        new MockMultipartFile(
            "file", "instrument.json", "application/json", new byte[] {(byte) 0xff, 0x7b, 0x7d});

    String html =
        mvc.perform(multipart(ADMIN).file(binary).with(users.as("admin")).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(Jsoup.parse(html).select(".govuk-error-summary__list").text())
        .isEqualTo("The file must be a JSON text file in UTF-8");
  }

  @Test
  void onlyAdministratorsManageInstruments() throws Exception {
    String key = newKey();
    mvc.perform(get(ADMIN).with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(
            multipart(ADMIN)
                .file(upload(file(key, 1, "Not allowed")))
                .with(users.as("officer"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            multipart(ADMIN)
                .file(upload(file(key, 1, "Not allowed")))
                .with(users.as("member"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    assertThat(uploads(key)).isZero();
  }

  @Test
  void officersReadTheLibrary() throws Exception {
    Document list =
        Jsoup.parse(
            mvc.perform(get(LIBRARY).with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(list.title()).isEqualTo("Health-check instruments - Entente");
    assertThat(list.select("#instruments tbody th a"))
        .extracting(Element::text)
        .contains(
            "Audit Commission governance questions", "Partnership culture", "Scrutiny readiness");

    Document audit =
        Jsoup.parse(
            mvc.perform(get(LIBRARY + "/partnership-audit").with(users.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(audit.title()).isEqualTo("Partnership audit: \"are we ready?\" - Entente");
    assertThat(audit.select("#about").text())
        .contains(
            "guidance for learning disability partnership boards, after Greig and Poxton, 2001");
    assertThat(audit.select("#scale li"))
        .extracting(Element::text)
        .containsExactly(
            "1: Not in place", "2: Partly in place", "3: Mostly in place", "4: Fully in place");
    assertThat(audit.select("#bands").text())
        .contains("Red: a mean below 2.1")
        .contains("Green: a mean of 2.88 or more")
        .contains("above 0.75");
    assertThat(audit.select("#reading").text()).contains("build trust first");
    assertThat(audit.select("h3"))
        .extracting(Element::text)
        .contains("A. Shared values", "I. Trust");
    assertThat(audit.select("#dimension-i-trust li").first().text())
        .isEqualTo("The key people can work together.");

    Document obstacles =
        Jsoup.parse(
            mvc.perform(get(LIBRARY + "/common-obstacles").with(users.as("officer")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(obstacles.select(".govuk-tag").text()).contains("Scored in reverse");
  }

  @Test
  void anOlderVersionIsShownWhenAsked() throws Exception {
    String key = newKey();
    library.upload("a.json", file(key, 1, "Old wording"), adminId(), "Test Admin", null);
    library.upload("b.json", file(key, 2, "New wording"), adminId(), "Test Admin", null);

    Document older =
        Jsoup.parse(
            mvc.perform(get(LIBRARY + "/" + key + "?version=1").with(users.as("officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(older.select("h1").text()).isEqualTo("Old wording");
    assertThat(older.getElementById("older-version").text()).contains("The newest is version 2");
    assertThat(older.select("#versions li"))
        .extracting(Element::text)
        .containsExactly("Version 2", "Version 1 (shown on this page)");
    mvc.perform(get(LIBRARY + "/" + key + "?version=7").with(users.as("officer")))
        .andExpect(status().isNotFound());
    mvc.perform(get(LIBRARY + "/no-such-instrument").with(users.as("officer")))
        .andExpect(status().isNotFound());
  }

  long adminId() {
    return jdbc.sql("select id from user_account where username = 'admin'")
        .query(Long.class)
        .single();
  }
}
