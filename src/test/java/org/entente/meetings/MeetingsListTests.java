package org.entente.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.entente.DemoUsers;
import org.entente.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A partnership's past meetings come a page at a time, latest first, and by body on request. */
@IntegrationTest
class MeetingsListTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;

  DemoUsers users;
  long pid;
  long body;
  long pastMeetings;

  /** The demo partnership with the most meetings: a monthly delivery group's. */
  @BeforeEach
  void setUp() {
    users = new DemoUsers(userDetails);
    record Busiest(long partnershipId, long bodyId, long meetings) {}
    Busiest busiest =
        jdbc.sql(
                """
                select partnership_id, min(body_id) as body_id, count(*) as meetings from meeting
                where starts_at < now() group by partnership_id order by count(*) desc limit 1
                """)
            .query(Busiest.class)
            .single();
    pid = busiest.partnershipId();
    body = busiest.bodyId();
    pastMeetings = busiest.meetings();
  }

  Document page(String query) throws Exception {
    return Jsoup.parse(
        mvc.perform(
                get("/areas/demo/partnerships/" + pid + "/meetings" + query)
                    .with(users.as("member")))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  List<String> pastDates(Document page) {
    return page.select("#past ~ table tbody tr td:first-child a").eachText();
  }

  @Test
  void pastMeetingsComeTwentyToAPageLatestFirst() throws Exception {
    assertThat(pastMeetings).isGreaterThan(20);
    Document first = page("");
    assertThat(pastDates(first)).hasSize(20);
    assertThat(first.text()).contains("Showing 1 to 20 of " + pastMeetings);
    assertThat(first.select("th[aria-sort=descending]").text()).contains("When");

    Document second = page("?page=2");
    assertThat(pastDates(second)).isNotEmpty().doesNotContainAnyElementsOf(pastDates(first));

    Document oldest = page("?sort=startsAt&order=asc");
    assertThat(pastDates(oldest).get(0)).isNotEqualTo(pastDates(first).get(0));
    assertThat(oldest.select("th[aria-sort=ascending]").text()).contains("When");
  }

  @Test
  void oneBodysMeetingsOnRequest() throws Exception {
    long ofBody =
        jdbc.sql("select count(*) from meeting where body_id = ? and starts_at < now()")
            .param(body)
            .query(Long.class)
            .single();
    Document filtered = page("?body=" + body);
    assertThat(filtered.select("select#body option[selected]").attr("value"))
        .isEqualTo(String.valueOf(body));
    assertThat(filtered.text())
        .contains(ofBody > 20 ? "Showing 1 to 20 of " + ofBody : pastDates(filtered).size() + "");
    assertThat(pastDates(filtered)).hasSize((int) Math.min(ofBody, 20));
  }
}
