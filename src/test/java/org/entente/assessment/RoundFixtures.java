package org.entente.assessment;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** A partnership of its own with a board of three members who have email addresses. */
public final class RoundFixtures {

  public static final Pattern LINK =
      Pattern.compile("http://localhost(/health-checks/respond/([A-Za-z0-9_-]{43}))");

  public record Fixture(
      AreaRef area, long pid, long body, List<String> emails, List<String> names, String tag) {

    public String base() {
      return "/areas/" + area.slug() + "/partnerships/" + pid + "/health-checks";
    }
  }

  private RoundFixtures() {}

  public static Fixture partnership(
      Areas areas, Register register, Structure structure, People people, Organisations orgs) {
    AreaRef area = areas.require("demo");
    String tag = Long.toString(System.nanoTime(), 36);
    long pid =
        register.create(
            area.id(),
            TestPartnerships.minimal("Health Check Partnership " + tag, "Checks itself", false),
            null);
    long body =
        structure.createBody(
            area.id(),
            pid,
            new Structure.BodyDetails(
                "Health Check Board", BodyKind.BOARD, null, null, null, false, false));
    long org =
        orgs.create(
                area.id(),
                new Organisations.OrganisationDetails(
                    "Checking Trust " + tag,
                    Sector.VOLUNTARY,
                    OrganisationType.VOLUNTARY_GROUP,
                    null))
            .id();
    List<String> emails = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String[] who = {"Ada", "Ben", "Cleo"};
    for (int i = 0; i < who.length; i++) {
      String email = who[i].toLowerCase() + "." + tag + "@example.org";
      String name = who[i] + " Respondent " + tag;
      long person =
          people.create(area.id(), new People.PersonDetails(name, "Member", org, email)).id();
      long seat =
          structure.addSeat(
              area.id(),
              body,
              structure.body(area.id(), body).orElseThrow().version(),
              new Structure.SeatDetails("Seat " + i, org, null, SeatRole.MEMBER, true));
      structure.appoint(
          area.id(),
          body,
          structure.body(area.id(), body).orElseThrow().version(),
          seat,
          new Structure.Appointment(
              person, Capacity.MEMBER, 2, "VOLUNTARY", false, LocalDate.of(2024, 1, 1)),
          null);
      emails.add(email);
      names.add(name);
    }
    return new Fixture(area, pid, body, emails, names, tag);
  }

  /** The emails to an address, oldest first. */
  public static List<MimeMessage> emailsTo(GreenMailExtension mail, String address) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  /** The token of the personal link in the latest email to an address. */
  public static String token(GreenMailExtension mail, String address) throws Exception {
    List<MimeMessage> to = emailsTo(mail, address);
    if (to.isEmpty()) {
      throw new AssertionError("no email to " + address);
    }
    String body = (String) to.get(to.size() - 1).getContent();
    Matcher m = LINK.matcher(body);
    if (!m.find()) {
      throw new AssertionError("no link in: " + body);
    }
    return m.group(2);
  }
}
