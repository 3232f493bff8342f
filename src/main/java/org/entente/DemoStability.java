package org.entente;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stability analysis in the community safety partnership of the dispute over who funds the youth
 * outreach post. Co-funding by the council and the police, with the voluntary sector running the
 * post, is stable although each funder would rather drop out: either funder pulling out is answered
 * by the other following and the voluntary sector then giving up the post, a sanction that takes
 * two parties.
 */
final class DemoStability {

  static final String PARTNERSHIP = "Safer Shires Community Safety Partnership";
  static final String TITLE = "Who funds the youth outreach post";

  private static final String MODEL =
      """
      {
        "decisionMakers": [
          {"name": "Council", "options": [{"name": "Fund the post", "reversibility": "both"}]},
          {"name": "Police", "options": [
            {"name": "Co-fund the post", "reversibility": "both"},
            {"name": "Withdraw from the outreach scheme", "reversibility": "onlyToYes"}]},
          {"name": "Voluntary sector", "options": [
            {"name": "Run the post", "reversibility": "both"},
            {"name": "Walk away", "reversibility": "onlyToYes"}]}
        ],
        "infeasible": ["-YY--", "---YY"],
        "preferences": {
          "Council": {"statements": ["---Y-", "--N--", "-Y---", "N----"]},
          "Police": {"statements": ["---Y-", "-N---", "--N-- if Y----"]},
          "Voluntary sector": {"statements": ["---Y- if Y----", "----N", "---N- if N----"]}
        },
        "coalitions": [["Council", "Police"]],
        "statusQuo": "NNNYN"
      }
      """;

  private static final String DESCRIPTION =
      "The pilot youth outreach post ends in March. The voluntary sector runs it at its own cost"
          + " for now and will not go on without money from the council. The council wants the"
          + " post kept and the police kept in the scheme, but would rather not pay; the police"
          + " want the post kept but would rather not co-fund it. Preferences are as each party"
          + " stated them at the January board.";

  private final JdbcClient jdbc;
  private final long areaId;

  DemoStability(DataSource dataSource, long areaId) {
    this.jdbc = JdbcClient.create(dataSource);
    this.areaId = areaId;
  }

  void load() {
    long partnership =
        jdbc.sql("select id from partnership where area_id = :area and name = :name")
            .param("area", areaId)
            .param("name", PARTNERSHIP)
            .query(Long.class)
            .single();
    Timestamp when = Timestamp.from(Instant.now().minus(21, ChronoUnit.DAYS));
    jdbc.sql(
            "insert into conflict_stability_model (area_id, partnership_id, title, description,"
                + " model, version, created_at, updated_at) values (:area, :p, :title, :description,"
                + " cast(:model as jsonb), 0, :when, :when)")
        .param("area", areaId)
        .param("p", partnership)
        .param("title", TITLE)
        .param("description", DESCRIPTION)
        .param("model", MODEL)
        .param("when", when)
        .update();
  }
}
