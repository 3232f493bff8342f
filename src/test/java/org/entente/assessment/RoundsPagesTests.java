package org.entente.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.entente.assessment.RoundFixtures.Fixture;
import org.entente.directory.Areas;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.shared.LondonTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Officers start rounds; respondents answer through their emailed links. */
@IntegrationTest
class RoundsPagesTests {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Areas areas;
  @Autowired Register register;
  @Autowired Structure structure;
  @Autowired People people;
  @Autowired Organisations organisations;
  @Autowired Rounds rounds;
  @Autowired HealthChecks checks;
  @Autowired InstrumentLibrary library;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  Fixture f;
  InstrumentText instrument;

  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    f = RoundFixtures.partnership(areas, register, structure, people, organisations);
    instrument = library.latest("audit-commission-governance").orElseThrow();
  }

  MvcResult send(MockHttpServletRequestBuilder request, String user) throws Exception {
    if (user != null) {
      request.with(users.as(user));
    }
    return mvc.perform(request.with(csrf())).andReturn();
  }

  Document page(MvcResult r) throws Exception {
    return Jsoup.parse(r.getResponse().getContentAsString());
  }

  String errors(MvcResult r) throws Exception {
    return page(r).select(".govuk-error-summary").text();
  }

  /** Goes through every step as the admin and starts the round; returns its id. */
  long startRound(String extraEmails, boolean anonymous) throws Exception {
    MvcResult created = send(post(f.base()).param("instrument", instrument.key()), "admin");
    String respondents = created.getResponse().getRedirectedUrl();
    assertThat(respondents).endsWith("/respondents");
    long id = Long.parseLong(respondents.replaceAll(".*/health-checks/(\\d+)/respondents", "$1"));
    int version = rounds.round(f.area().id(), id).orElseThrow().version();
    MvcResult chosen =
        send(
            post(respondents)
                .param("bodyIds", String.valueOf(f.body()))
                .param("extraEmails", extraEmails == null ? "" : extraEmails)
                .param("version", String.valueOf(version)),
            "admin");
    assertThat(chosen.getResponse().getRedirectedUrl()).endsWith("/settings");
    LocalDate closes = LondonTime.today().plusDays(14);
    version = rounds.round(f.area().id(), id).orElseThrow().version();
    MvcResult settings =
        send(
            post(f.base() + "/" + id + "/settings")
                .param("closesOn.day", String.valueOf(closes.getDayOfMonth()))
                .param("closesOn.month", String.valueOf(closes.getMonthValue()))
                .param("closesOn.year", String.valueOf(closes.getYear()))
                .param("anonymous", String.valueOf(anonymous))
                .param("minimumGroupSize", "3")
                .param("version", String.valueOf(version)),
            "admin");
    assertThat(settings.getResponse().getRedirectedUrl()).endsWith("/check");
    version = rounds.round(f.area().id(), id).orElseThrow().version();
    MvcResult started =
        send(
            post(f.base() + "/" + id + "/start").param("version", String.valueOf(version)),
            "admin");
    assertThat(started.getResponse().getRedirectedUrl()).isEqualTo(f.base() + "/" + id);
    return id;
  }

  @Test
  void anOfficerStartsARoundAndEveryRespondentGetsAWorkingLink() throws Exception {
    String extra = "guest." + f.tag() + "@example.org";
    MvcResult form = send(get(f.base() + "/new"), "admin");
    assertThat(page(form).select("h1").text()).isEqualTo("Which instrument will the round use?");
    assertThat(page(form).select("label").eachText()).contains(instrument.title());

    long id = startRound(extra, false);

    Document round = page(send(get(f.base() + "/" + id), "admin"));
    assertThat(round.select("#round-progress-text").text())
        .isEqualTo("0 of 4 respondents have finished");
    assertThat(round.select("table").text()).contains(f.names().get(0), extra, "Not started");
    assertThat(round.text()).contains("Results will be shown here when the round closes.");

    for (String to : List.of(f.emails().get(0), f.emails().get(1), f.emails().get(2), extra)) {
      assertThat(RoundFixtures.emailsTo(mail, to)).hasSize(1);
      String token = RoundFixtures.token(mail, to);
      Document respond = page(send(get("/health-checks/respond/" + token), null));
      assertThat(respond.select("h1").text()).isEqualTo(instrument.title());
      assertThat(respond.select("#respond-progress-text").text())
          .isEqualTo("0 of " + itemCount() + " answered");
      assertThat(respond.text()).doesNotContain(f.names().get(1)).doesNotContain(extra);
    }
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(0)).get(0).getSubject())
        .isEqualTo("Health check of Health Check Partnership " + f.tag() + ": your views please");

    Document list = page(send(get(f.base()), "member"));
    assertThat(list.select("table").text()).contains(instrument.title(), "Open", "0 of 4");
    Document area =
        page(send(get("/areas/demo/health-checks").param("partnership", "" + f.pid()), "member"));
    assertThat(area.select("table").text()).contains("Health Check Partnership " + f.tag());
  }

  int itemCount() {
    return instrument.dimensions().stream().mapToInt(d -> d.items().size()).sum();
  }

  List<String> items() {
    return instrument.dimensions().stream()
        .flatMap(d -> d.items().stream())
        .map(ItemText::key)
        .toList();
  }

  @Test
  void eachStepChecksWhatWasChosen() throws Exception {
    MvcResult none = send(post(f.base()), "admin");
    assertThat(errors(none)).contains("Select the instrument the round will use");

    String respondents =
        send(post(f.base()).param("instrument", instrument.key()), "admin")
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(respondents.replaceAll(".*/health-checks/(\\d+)/respondents", "$1"));
    int version = rounds.round(f.area().id(), id).orElseThrow().version();
    MvcResult nobody = send(post(respondents).param("version", "" + version), "admin");
    assertThat(errors(nobody)).contains("Select at least one body");
    MvcResult badEmail =
        send(
            post(respondents)
                .param("extraEmails", "good@example.org\nnot an address")
                .param("version", "" + version),
            "admin");
    assertThat(errors(badEmail))
        .contains("Enter email addresses in the right format")
        .contains("not an address");

    LocalDate past = LondonTime.today();
    MvcResult pastDate =
        send(
            post(f.base() + "/" + id + "/settings")
                .param("closesOn.day", "" + past.getDayOfMonth())
                .param("closesOn.month", "" + past.getMonthValue())
                .param("closesOn.year", "" + past.getYear())
                .param("anonymous", "true")
                .param("minimumGroupSize", "three")
                .param("version", "" + version),
            "admin");
    assertThat(errors(pastDate))
        .contains("The closing date must be in the future")
        .contains("Enter the smallest group size as a whole number");

    // nothing chosen yet: starting is refused and writes nothing
    MvcResult refused =
        send(post(f.base() + "/" + id + "/start").param("version", "" + version), "admin");
    assertThat(errors(refused)).contains("Enter the closing date");
    assertThat(rounds.round(f.area().id(), id).orElseThrow().state()).isEqualTo(RoundState.DRAFT);
    assertThat(rounds.counts(id).invited()).isZero();
  }

  @Test
  void startingIsAllOrNothingWhenTheMailServerIsDown() throws Exception {
    long id =
        rounds.draft(
            f.area().id(),
            f.pid(),
            new Rounds.Draft(
                instrument.key(),
                instrument.version(),
                List.of(f.body()),
                null,
                LondonTime.today().plusDays(5),
                true,
                3),
            "test");
    int version = rounds.round(f.area().id(), id).orElseThrow().version();
    mail.stop();
    try {
      MvcResult r =
          send(post(f.base() + "/" + id + "/start").param("version", "" + version), "admin");
      assertThat(errors(r)).contains("The round has not been started");
    } finally {
      mail.start();
    }
    assertThat(rounds.round(f.area().id(), id).orElseThrow().state()).isEqualTo(RoundState.DRAFT);
    assertThat(rounds.counts(id).invited()).isZero();
    assertThat(
            jdbc.sql(
                    "select count(*) from health_check_link l join health_check_respondent x"
                        + " on x.id = l.respondent_id where x.round_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aRespondentSavesComesBackSubmitsAndChangesTheirAnswers() throws Exception {
    long id = startRound(null, true);
    String token = RoundFixtures.token(mail, f.emails().get(0));
    String link = "/health-checks/respond/" + token;
    List<String> items = items();

    Document first = page(send(get(link), null));
    String version = first.select("input[name=version]").val();
    MvcResult saved =
        send(
            post(link)
                .param("version", version)
                .param("answer-" + items.get(0), "4")
                .param("answer-" + items.get(1), "dont-know")
                .param("action", "save"),
            null);
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(link);

    Document back = page(send(get(link), null));
    assertThat(back.select("#respond-progress-text").text())
        .isEqualTo("2 of " + itemCount() + " answered");
    assertThat(back.select("input[name=answer-" + items.get(0) + "][checked]").val())
        .isEqualTo("4");
    assertThat(back.select("input[name=answer-" + items.get(1) + "][checked]").val())
        .isEqualTo("dont-know");

    // the same link open in another tab, saved meanwhile: the stale page does not overwrite
    MvcResult stale =
        send(
            post(link)
                .param("version", version)
                .param("answer-" + items.get(0), "1")
                .param("action", "save"),
            null);
    assertThat(page(stale).text()).contains("saved from another window or tab");
    assertThat(rounds.questionnaire(token).orElseThrow().answers().get(items.get(0)))
        .isEqualTo(Answer.of(4));

    String current = back.select("input[name=version]").val();
    send(
        post(link)
            .param("version", current)
            .param("answer-" + items.get(0), "5")
            .param("answer-" + items.get(2), "2")
            .param("action", "submit"),
        null);
    Document done = page(send(get(link), null));
    assertThat(done.text()).contains("You have submitted your answers");
    assertThat(done.select("#respond-progress-text").text())
        .isEqualTo("2 of " + itemCount() + " answered");
    assertThat(rounds.counts(id).finished()).isEqualTo(1);

    // answers can change after submitting, until the round closes
    send(
        post(link)
            .param("version", done.select("input[name=version]").val())
            .param("answer-" + items.get(0), "3")
            .param("action", "submit"),
        null);
    assertThat(rounds.questionnaire(token).orElseThrow().answers())
        .containsExactlyEntriesOf(java.util.Map.of(items.get(0), Answer.of(3)));

    Document round = page(send(get(f.base() + "/" + id), "admin"));
    assertThat(round.select("#round-progress-text").text())
        .isEqualTo("1 of 3 respondents have finished");
    assertThat(round.text()).doesNotContain(f.names().get(0)); // anonymous: counts only

    // closed: the link says so and takes nothing
    int v = rounds.round(f.area().id(), id).orElseThrow().version();
    send(post(f.base() + "/" + id + "/close").param("version", "" + v), "admin");
    MvcResult closed = send(get(link), null);
    assertThat(closed.getResponse().getStatus()).isEqualTo(410);
    assertThat(page(closed).select("h1").text())
        .isEqualTo(
            "This health check closed on "
                + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                    .format(LondonTime.today()));
    MvcResult late =
        send(post(link).param("version", "99").param("answer-" + items.get(0), "1"), null);
    assertThat(late.getResponse().getStatus()).isEqualTo(410);
  }

  @Test
  void aWrongLinkRevealsNothing() throws Exception {
    MvcResult wrong = send(get("/health-checks/respond/" + "A".repeat(43)), null);
    assertThat(wrong.getResponse().getStatus()).isEqualTo(404);
    MvcResult junk = send(get("/health-checks/respond/nonsense"), null);
    assertThat(junk.getResponse().getStatus()).isEqualTo(404);
    assertThat(page(junk).text()).doesNotContain("health check");
  }

  @Test
  void remindersGoToThoseWhoHaveNotFinishedAndAreRecorded() throws Exception {
    long id = startRound(null, false);
    String token = RoundFixtures.token(mail, f.emails().get(0));
    int version = rounds.questionnaire(token).orElseThrow().version();
    rounds.answer(token, version, java.util.Map.of(items().get(0), Answer.of(2)), true);

    MvcResult reminded = send(post(f.base() + "/" + id + "/reminders"), "admin");
    assertThat(reminded.getFlashMap().get("flash"))
        .isEqualTo("Reminders have been sent to 2 respondents");
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(0))).hasSize(1);
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(1))).hasSize(2);
    assertThat(RoundFixtures.emailsTo(mail, f.emails().get(1)).get(1).getSubject())
        .startsWith("Reminder: health check of");
    // the reminder's link works, and so does the first one
    String second = RoundFixtures.token(mail, f.emails().get(1));
    assertThat(send(get("/health-checks/respond/" + second), null).getResponse().getStatus())
        .isEqualTo(200);

    Document round = page(send(get(f.base() + "/" + id), "admin"));
    assertThat(round.select("tr:contains(" + f.names().get(1) + ")").text())
        .doesNotContain("Not reminded");
    assertThat(round.select("tr:contains(" + f.names().get(0) + ")").text())
        .contains("Finished", "Not reminded");
  }

  @Test
  void officersExtendAndCloseRounds() throws Exception {
    long id = startRound(null, true);
    LocalDate later = LondonTime.today().plusDays(30);
    int v = rounds.round(f.area().id(), id).orElseThrow().version();
    MvcResult earlier =
        send(
            post(f.base() + "/" + id + "/extend")
                .param("closesOn.day", "" + LondonTime.today().plusDays(2).getDayOfMonth())
                .param("closesOn.month", "" + LondonTime.today().plusDays(2).getMonthValue())
                .param("closesOn.year", "" + LondonTime.today().plusDays(2).getYear())
                .param("version", "" + v),
            "admin");
    assertThat(errors(earlier)).contains("must be later than the current one");
    send(
        post(f.base() + "/" + id + "/extend")
            .param("closesOn.day", "" + later.getDayOfMonth())
            .param("closesOn.month", "" + later.getMonthValue())
            .param("closesOn.year", "" + later.getYear())
            .param("version", "" + v),
        "admin");
    assertThat(rounds.round(f.area().id(), id).orElseThrow().closesOn()).isEqualTo(later);

    Document confirm = page(send(get(f.base() + "/" + id + "/close"), "admin"));
    assertThat(confirm.select("h1").text())
        .isEqualTo("Are you sure you want to close this round now?");
    v = rounds.round(f.area().id(), id).orElseThrow().version();
    send(post(f.base() + "/" + id + "/close").param("version", "" + v), "admin");
    assertThat(rounds.round(f.area().id(), id).orElseThrow().state()).isEqualTo(RoundState.CLOSED);
  }

  @Test
  void membersCannotStartOrRunRounds() throws Exception {
    assertThat(send(get(f.base() + "/new"), "member").getResponse().getStatus()).isEqualTo(403);
    assertThat(
            send(post(f.base()).param("instrument", instrument.key()), "member")
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    long id = startRound(null, true);
    assertThat(send(post(f.base() + "/" + id + "/reminders"), "member").getResponse().getStatus())
        .isEqualTo(403);
    assertThat(send(get(f.base() + "/" + id + "/close"), "member").getResponse().getStatus())
        .isEqualTo(403);
    Document seen = page(send(get(f.base() + "/" + id), "member"));
    assertThat(seen.select("#round-progress-text").text()).contains("of 3 respondents");
    assertThat(seen.text()).doesNotContain("Send reminders");
  }

  @Test
  void theFacadeGivesResultsWhatTheyNeed() throws Exception {
    long first = startRound(null, true);
    String token = RoundFixtures.token(mail, f.emails().get(2));
    rounds.answer(
        token,
        rounds.questionnaire(token).orElseThrow().version(),
        java.util.Map.of(items().get(0), Answer.of(5), items().get(1), Answer.unknown()),
        true);
    List<Response> responses = checks.responses(first);
    assertThat(responses).hasSize(1);
    assertThat(responses.get(0).sector()).isEqualTo("VOLUNTARY");
    assertThat(responses.get(0).organisation()).isEqualTo("Checking Trust " + f.tag());
    assertThat(responses.get(0).answers()).containsEntry(items().get(1), Answer.unknown());
    int v = rounds.round(f.area().id(), first).orElseThrow().version();
    rounds.close(f.area().id(), first, v, "test");

    long second = startRound(null, true);
    assertThat(checks.previousRound(second)).map(HealthCheckRound::id).contains(first);
    assertThat(checks.previousRound(first)).isEmpty();
    assertThat(checks.round(f.area().id(), second).orElseThrow().instrumentKey())
        .isEqualTo(instrument.key());
  }
}
