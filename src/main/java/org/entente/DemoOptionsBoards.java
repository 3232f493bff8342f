package org.entente;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.conflict.Boards;
import org.entente.conflict.exchange.DramaCharacter;
import org.entente.conflict.exchange.DramaDoubt;
import org.entente.conflict.exchange.DramaModelDocument;
import org.entente.conflict.exchange.DramaOption;
import org.entente.conflict.exchange.DramaPreference;
import org.entente.directory.AreaRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two options boards for the community safety partnership's dispute over who funds a youth outreach
 * post: the council, the police and the voluntary sector, with the voluntary sector threatening to
 * close its youth drop-in. The first board is the dispute as it stands (crisis: neither the council
 * nor the voluntary sector can persuade the police); the second is the deal the partnership board
 * reached, where every position is the same and the council has recorded its doubt that the police
 * will keep paying (commitment: a trust dilemma).
 */
@Component
class DemoOptionsBoards {

  static final String PARTNERSHIP = "Safer Shires Community Safety Partnership";
  static final String DISPUTE = "Who funds the youth outreach post";
  static final String AGREEMENT = "Youth outreach post: the agreement on the table";

  static final String COUNCIL = "County Council";
  static final String POLICE = "Police";
  static final String VOLUNTARY = "Voluntary sector";

  private final Boards boards;
  private final JdbcClient jdbc;

  DemoOptionsBoards(Boards boards, JdbcClient jdbc) {
    this.boards = boards;
    this.jdbc = jdbc;
  }

  /** The characters and options: fund, share the cost, host the post, close the drop-in. */
  static List<DramaCharacter> characters() {
    return List.of(
        new DramaCharacter(COUNCIL, List.of(new DramaOption("Fund the post", "both"))),
        new DramaCharacter(POLICE, List.of(new DramaOption("Share the cost", "both"))),
        new DramaCharacter(
            VOLUNTARY,
            List.of(
                new DramaOption("Host the post", "both"),
                new DramaOption("Close the youth drop-in", "onlyToYes"))));
  }

  static DramaModelDocument dispute() {
    Map<String, DramaPreference> preferences = new LinkedHashMap<>();
    // the council most wants the drop-in kept open, then not to pay, then the police to share
    preferences.put(COUNCIL, DramaPreference.ofStatements(List.of("---N", "N---", "-Y--", "--Y-")));
    preferences.put(POLICE, DramaPreference.ofStatements(List.of("-N--", "---N", "Y---")));
    preferences.put(
        VOLUNTARY, DramaPreference.ofStatements(List.of("--Y- if Y---", "Y---", "-Y--", "---N")));
    return new DramaModelDocument(
        characters(), positions("NYYN", "YNYN", "YYYN"), "NNNY", preferences, List.of());
  }

  static DramaModelDocument agreement() {
    Map<String, DramaPreference> preferences = new LinkedHashMap<>();
    preferences.put(COUNCIL, DramaPreference.ofStatements(List.of("---N", "-Y--", "--Y-")));
    preferences.put(POLICE, DramaPreference.ofStatements(List.of("---N", "YY--")));
    preferences.put(
        VOLUNTARY, DramaPreference.ofStatements(List.of("Y---", "-Y--", "--Y-", "---N")));
    return new DramaModelDocument(
        characters(),
        positions("YYYN", "YYYN", "YYYN"),
        "NNNY",
        preferences,
        List.of(new DramaDoubt(COUNCIL, POLICE)));
  }

  private static Map<String, String> positions(String council, String police, String voluntary) {
    Map<String, String> positions = new LinkedHashMap<>();
    positions.put(COUNCIL, council);
    positions.put(POLICE, police);
    positions.put(VOLUNTARY, voluntary);
    return positions;
  }

  void load(AreaRef area) {
    long pid =
        jdbc.sql("select id from partnership where area_id = :area and name = :name")
            .param("area", area.id())
            .param("name", PARTNERSHIP)
            .query(Long.class)
            .single();
    boards.create(
        area.id(),
        pid,
        new Boards.BoardDetails(
            DISPUTE,
            "The youth outreach post loses its grant in March. The council, the police and the"
                + " voluntary sector each say another should pay, and the voluntary sector says it"
                + " will close its youth drop-in if nobody does.",
            dispute()),
        null);
    boards.create(
        area.id(),
        pid,
        new Boards.BoardDetails(
            AGREEMENT,
            "The deal the partnership board reached: the council funds the post, the police"
                + " share the cost and the voluntary sector hosts it and keeps the drop-in open."
                + " The council doubts the police will keep paying after the first year.",
            agreement()),
        null);
  }
}
