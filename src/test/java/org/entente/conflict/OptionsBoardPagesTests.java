package org.entente.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The options board pages: the list, a board with its dilemmas, editing, download and upload. */
@IntegrationTest
class OptionsBoardPagesTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Boards boards;

  DemoUsers users;
  AreaRef demo;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    demo = areas.require("demo");
  }

  String partnership() {
    long pid =
        register.create(
            demo.id(),
            TestPartnerships.minimal("Test board pages " + System.nanoTime(), "Checks", false),
            null);
    return "/areas/demo/partnerships/" + pid + "/conflict/boards";
  }

  <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse send(
      B request, String user) throws Exception {
    return mvc.perform(request.with(users.as(user)).with(csrf())).andReturn().getResponse();
  }

  Document page(String path, String user) throws Exception {
    MockHttpServletResponse r = send(get(path), user);
    assertThat(r.getStatus()).isEqualTo(200);
    return Jsoup.parse(r.getContentAsString());
  }

  int version(String board) {
    long id = Long.parseLong(board.substring(board.lastIndexOf('/') + 1));
    String[] parts = board.split("/");
    long pid = Long.parseLong(parts[4]);
    return boards.board(demo.id(), pid, id).orElseThrow().version();
  }

  /** Posts a form on the board with its current version, and expects to be sent back to it. */
  void change(String board, String path, String... params) throws Exception {
    MockHttpServletRequestBuilder request =
        post(board + path).param("version", String.valueOf(version(board)));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    MockHttpServletResponse r = send(request, "admin");
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
    assertThat(r.getRedirectedUrl()).startsWith(board);
  }

  /** A board for two characters, each with one option, with positions and preferences. */
  String board(String list) throws Exception {
    MockHttpServletResponse created =
        send(post(list).param("title", "Who funds the post"), "admin");
    assertThat(created.getStatus()).isEqualTo(302);
    String board = created.getRedirectedUrl();
    change(board, "/characters", "name", "Council");
    change(board, "/characters", "name", "Police");
    change(board, "/characters/0/options", "name", "Fund the post", "reversibility", "both");
    change(board, "/characters/1/options", "name", "Withdraw", "reversibility", "onlyToYes");
    return board;
  }

  List<String> dilemmas(Document page) {
    return page.select("#dilemmas ~ ul li").eachText();
  }

  @Test
  void theOfficerBuildsABoardAndSeesItsDilemmasInWords() throws Exception {
    String list = partnership();
    String board = board(list);
    Document unfinished = page(board, "admin");
    assertThat(unfinished.title()).isEqualTo("Who funds the post - Entente");
    assertThat(unfinished.select("#dilemmas + p").text()).contains("once the board is complete");
    assertThat(unfinished.select("ul.govuk-list--bullet li").eachText())
        .contains("Council needs preferences.", "Police needs preferences.");

    // A's position NY (the open option takes N from the threatened future), B's NN
    change(
        board,
        "/positions",
        "position-0-0",
        "-",
        "position-0-1",
        "Y",
        "position-1-0",
        "N",
        "position-1-1",
        "N",
        "intention-0",
        "N",
        "intention-1",
        "N");
    change(board, "/preferences/0", "kind", "statements", "text", "N-\n");
    change(board, "/preferences/1", "kind", "statements", "text", "-n");
    Document shown = page(board, "member");
    Element table = shown.selectFirst("table.govuk-table");
    assertThat(table.select("thead th").eachText())
        .containsExactly(
            "Character", "Option", "Council's position", "Police's position", "Threatened future");
    assertThat(table.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("–open", "N", "N");
    assertThat(table.select("tbody tr").get(0).select("td span.govuk-visually-hidden").text())
        .isEqualTo("open");
    assertThat(table.select("tbody th[scope=rowgroup]").eachText())
        .containsExactly("Council", "Police");
    assertThat(shown.select("#mode").text()).startsWith("Crisis.");
    assertThat(dilemmas(shown))
        .contains(
            "Persuasion: Police would not rather have Council's position than the threatened"
                + " future, so Council's threat does not move Police.");
    assertThat(shown.select("form[action$=/positions]")).isEmpty();
    assertThat(shown.select("select")).isEmpty();

    Document editing = page(board, "admin");
    assertThat(editing.select("label[for=position-0-0]").text())
        .isEqualTo("Council's position on Fund the post");
    assertThat(editing.select("#position-0-0 option[selected]").attr("value")).isEqualTo("-");
    assertThat(editing.select("#preferences-1").text()).isEqualTo("-N");

    // an agreement on the table, and a doubt: commitment, with a trust dilemma
    change(
        board,
        "/positions",
        "position-0-0",
        "Y",
        "position-0-1",
        "N",
        "position-1-0",
        "Y",
        "position-1-1",
        "N");
    change(board, "/doubts", "by", "Council", "about", "Police");
    Document agreed = page(board, "scrutiny");
    assertThat(agreed.select("#mode").text()).startsWith("Commitment.");
    assertThat(agreed.select("#doubts ~ ul li").eachText()).contains("Council doubts Police");
    assertThat(dilemmas(agreed))
        .contains("Trust: Council has recorded a doubt that Police will keep to the agreement.");

    assertThat(page(list, "member").select("table a").eachText())
        .containsExactly("Who funds the post");
  }

  @Test
  void readersCannotChangeABoard() throws Exception {
    String list = partnership();
    String board = board(list);
    assertThat(page(list, "member").select("a[href$=/new]")).isEmpty();
    assertThat(send(get(list + "/new"), "member").getStatus()).isEqualTo(403);
    assertThat(
            send(post(board + "/characters").param("name", "Fire").param("version", "4"), "member")
                .getStatus())
        .isEqualTo(403);
    assertThat(page(board, "member").select("#characters ~ dl dt").eachText())
        .containsExactly("Council", "Police");
  }

  @Test
  void aStaleOrBadChangeIsRefusedWithAClearMessageAndNothingSaved() throws Exception {
    String board = board(partnership());
    int version = version(board);
    MockHttpServletResponse stale =
        send(post(board + "/characters").param("name", "Fire").param("version", "0"), "admin");
    assertThat(stale.getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(stale.getContentAsString()).select(".govuk-error-summary").text())
        .contains("Someone else changed this record");

    MockHttpServletResponse bad =
        send(
            post(board + "/preferences/0")
                .param("version", String.valueOf(version))
                .param("kind", "statements")
                .param("text", "Y\nYX"),
            "admin");
    Document page = Jsoup.parse(bad.getContentAsString());
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Council's preferences: \"Y\" must have exactly 2 letters, one for each option on the board.",
            "Council's preferences: \"YX\" may contain only Y, N and -, not \"X\".");
    assertThat(page.select(".govuk-error-summary a").first().attr("href"))
        .isEqualTo("#preferences-0");
    assertThat(page.select("#preferences-0-error").text()).contains("must have exactly 2 letters");

    MockHttpServletResponse taken =
        send(
            post(board + "/characters")
                .param("name", "Police")
                .param("version", String.valueOf(version)),
            "admin");
    assertThat(Jsoup.parse(taken.getContentAsString()).select("#new-character-error").text())
        .contains("There is already one called \"Police\"");
    assertThat(version(board)).isEqualTo(version);
  }

  @Test
  void aBoardIsDownloadedAndUploadedAsAFileAndABadFileIsRefused() throws Exception {
    String list = partnership();
    String board = board(list);
    MockHttpServletResponse file = send(get(board + "/download"), "member");
    assertThat(file.getHeader("Content-Disposition")).contains("attachment").contains(".json");
    String json = file.getContentAsString();
    assertThat(json).contains("\"characters\"").contains("\"Fund the post\"");

    MockHttpServletResponse uploaded =
        send(
            multipart(list + "/upload")
                .file(
                    new MockMultipartFile(
                        "file",
                        "board.json",
                        "application/json",
                        json.getBytes(StandardCharsets.UTF_8)))
                .param("title", "A copy"),
            "admin");
    assertThat(uploaded.getStatus()).isEqualTo(302);
    assertThat(page(uploaded.getRedirectedUrl(), "admin").select("tbody th[scope=row]").eachText())
        .containsExactly("Fund the post", "Withdraw");

    String wrong = json.replace("\"onlyToYes\"", "\"sideways\"");
    MockHttpServletResponse refused =
        send(
            multipart(list + "/upload")
                .file(
                    new MockMultipartFile(
                        "file",
                        "board.json",
                        "application/json",
                        wrong.getBytes(StandardCharsets.UTF_8)))
                .param("title", "Bad copy"),
            "admin");
    assertThat(refused.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(refused.getContentAsString());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("characters[1].options[0].reversibility")
        .contains("not \"sideways\"");
    assertThat(page.select("#upload-file-error").text()).contains("sideways");
    MockHttpServletResponse notJson =
        send(
            multipart(list + "/upload")
                .file(
                    new MockMultipartFile(
                        "file",
                        "board.json",
                        "application/json",
                        "{not json".getBytes(StandardCharsets.UTF_8)))
                .param("title", "Bad copy"),
            "admin");
    assertThat(Jsoup.parse(notJson.getContentAsString()).select(".govuk-error-summary").text())
        .contains("not an options board");
    assertThat(page(list, "admin").select("table a").eachText())
        .containsExactlyInAnyOrder("Who funds the post", "A copy");
  }
}
