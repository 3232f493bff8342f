package org.entente.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member pages through a busy partnership's past meetings and narrows them to one body. */
class MeetingsListJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void pageThroughPastMeetingsAndChooseABody() {
    record Busiest(long partnershipId, String bodyName) {}
    Busiest busiest =
        jdbc.sql(
                """
                select m.partnership_id, min(b.name) as body_name
                from meeting m join body b on b.id = m.body_id
                where m.starts_at < now() group by m.partnership_id
                having count(distinct m.body_id) > 1
                order by count(*) desc limit 1
                """)
            .query(Busiest.class)
            .single();
    signIn("member");
    open("/areas/demo/partnerships/" + busiest.partnershipId() + "/meetings");
    assertThat(page.locator("main")).containsText("Showing 1 to 20 of");

    clickAndCheck(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")));
    assertThat(page.locator("main")).containsText("Showing 21 to");

    page.getByLabel("Body").selectOption(new SelectOption().setLabel(busiest.bodyName()));
    clickAndCheck(
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show meetings")));
    assertThat(page.locator("#past ~ table tbody tr td:nth-child(2)").first())
        .hasText(busiest.bodyName());
  }
}
