package org.entente.assessment;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.entente.directory.OrganisationType;
import org.entente.directory.Organisations;
import org.entente.directory.People;
import org.entente.directory.Sector;
import org.entente.governance.BodyKind;
import org.entente.governance.Capacity;
import org.entente.governance.SeatRole;
import org.entente.governance.Structure;
import org.entente.partnership.Register;
import org.entente.partnership.TestPartnerships;
import org.entente.shared.LondonTime;

/**
 * A partnership of its own whose board holds three police officers, three voluntary-sector members,
 * one business member and two councillors, and closed rounds of the partnership audit in which
 * police and the voluntary sector disagree about trust and shared values.
 */
public final class ResultsFixture {

  public static final String INSTRUMENT = "partnership-audit";

  /** Who sits on the board: organisation name suffix, sector, how many. */
  record Seats(String organisation, Sector sector, int people) {}

  static final List<Seats> BOARD =
      List.of(
          new Seats("Constabulary", Sector.PUBLIC, 3),
          new Seats("Voluntary Action", Sector.VOLUNTARY, 3),
          new Seats("Business Forum", Sector.PRIVATE, 1),
          new Seats("Councillors", Sector.ELECTED, 2));

  public record Fixture(
      AreaRef area,
      long pid,
      String name,
      long body,
      Map<String, List<String>> emailsByOrganisation,
      String tag) {

    public String base() {
      return "/areas/" + area.slug() + "/partnerships/" + pid + "/health-checks";
    }

    public String results(long roundId) {
      return base() + "/" + roundId + "/results";
    }
  }

  private final Areas areas;
  private final Register register;
  private final Structure structure;
  private final People people;
  private final Organisations organisations;
  private final Rounds rounds;
  private final InstrumentLibrary library;

  public ResultsFixture(
      Areas areas,
      Register register,
      Structure structure,
      People people,
      Organisations organisations,
      Rounds rounds,
      InstrumentLibrary library) {
    this.areas = areas;
    this.register = register;
    this.structure = structure;
    this.people = people;
    this.organisations = organisations;
    this.rounds = rounds;
    this.library = library;
  }

  public Fixture partnership() {
    return partnership(false);
  }

  /** A partnership of its own, restricted (hidden from members) or not. */
  public Fixture partnership(boolean restricted) {
    AreaRef area = areas.require("demo");
    String tag = Long.toString(System.nanoTime(), 36);
    String name = "Results Partnership " + tag;
    long pid =
        register.create(
            area.id(), TestPartnerships.minimal(name, "Looks at itself", restricted), null);
    long body =
        structure.createBody(
            area.id(),
            pid,
            new Structure.BodyDetails(
                "Results Board", BodyKind.BOARD, null, null, null, false, false));
    Map<String, List<String>> emails = new java.util.LinkedHashMap<>();
    int seatNo = 0;
    for (Seats s : BOARD) {
      long org =
          organisations
              .create(
                  area.id(),
                  new Organisations.OrganisationDetails(
                      s.organisation() + " " + tag,
                      s.sector(),
                      switch (s.sector()) {
                        case PUBLIC -> OrganisationType.POLICE;
                        case VOLUNTARY -> OrganisationType.VOLUNTARY_GROUP;
                        case PRIVATE -> OrganisationType.BUSINESS;
                        case ELECTED -> OrganisationType.OTHER;
                      },
                      null))
              .id();
      List<String> list = new ArrayList<>();
      for (int i = 0; i < s.people(); i++) {
        String email = "p" + seatNo + "." + tag + "@example.org";
        long person =
            people
                .create(
                    area.id(),
                    new People.PersonDetails(
                        s.organisation() + " member " + i + " " + tag, "Member", org, email))
                .id();
        long seat =
            structure.addSeat(
                area.id(),
                body,
                structure.body(area.id(), body).orElseThrow().version(),
                new Structure.SeatDetails("Seat " + seatNo, org, null, SeatRole.MEMBER, true));
        structure.appoint(
            area.id(),
            body,
            structure.body(area.id(), body).orElseThrow().version(),
            seat,
            new Structure.Appointment(
                person, Capacity.MEMBER, 2, s.sector().name(), false, LocalDate.of(2024, 1, 1)),
            null);
        list.add(email);
        seatNo++;
      }
      emails.put(s.organisation(), list);
    }
    return new Fixture(area, pid, name, body, emails, tag);
  }

  /** Starts a round of the partnership audit and leaves it open; returns its id. */
  public long open(Fixture f, boolean anonymous) {
    InstrumentText it = library.latest(INSTRUMENT).orElseThrow();
    return rounds.startNow(
        f.area().id(),
        f.pid(),
        new Rounds.Draft(
            it.key(),
            it.version(),
            List.of(f.body()),
            "",
            LondonTime.today().plusDays(14),
            anonymous,
            3),
        "admin");
  }

  /**
   * Every board member answers: police rate trust and shared values fully in place (4), the
   * voluntary sector not in place (1), the others partly (2); agreed priorities are not in place
   * for anyone (1); everything else mostly (3), plus {@code lift}.
   */
  public void answerAll(GreenMailExtension mail, Fixture f, int lift) throws Exception {
    InstrumentText it = library.latest(INSTRUMENT).orElseThrow();
    for (Map.Entry<String, List<String>> e : f.emailsByOrganisation().entrySet()) {
      int split =
          e.getKey().equals("Constabulary") ? 4 : e.getKey().startsWith("Voluntary") ? 1 : 2;
      for (String email : e.getValue()) {
        String token = RoundFixtures.token(mail, email);
        Questionnaire q = rounds.questionnaire(token).orElseThrow();
        Map<String, Answer> answers = new HashMap<>();
        for (DimensionText d : it.dimensions()) {
          for (ItemText item : d.items()) {
            int value =
                d.key().equals("i-trust") || d.key().equals("a-shared-values")
                    ? split
                    : d.key().equals("b-agreed-priorities") ? 1 : Math.min(4, 3 + lift);
            answers.put(item.key(), Answer.of(value));
          }
        }
        rounds.answer(token, q.version(), answers, true);
      }
    }
  }

  public void close(Fixture f, long roundId) {
    int version = rounds.round(f.area().id(), roundId).orElseThrow().version();
    rounds.close(f.area().id(), roundId, version, "admin");
  }

  /** A round opened, answered by everyone and closed; returns its id. */
  public long closedRound(GreenMailExtension mail, Fixture f, boolean anonymous, int lift)
      throws Exception {
    long id = open(f, anonymous);
    answerAll(mail, f, lift);
    close(f, id);
    return id;
  }
}
