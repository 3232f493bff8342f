package org.entente;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.entente.governance.AttendanceCheck;
import org.entente.governance.BodyKind;
import org.entente.governance.Guidance;
import org.entente.governance.MeetingRecord;
import org.entente.governance.Warning;
import org.entente.meetings.PapersDeadline;
import org.entente.shared.LondonTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two years of meetings for every body of the demo area, up to the day it is loaded, and the next
 * ones in the diary: attendance per seat, decisions and the actions raised with their progress.
 *
 * <p>Most bodies meet in time and are well attended. The demo shows the warnings honestly where the
 * story needs them: the police send ever more junior substitutes to the Community Tensions and Hate
 * Crime Group, and the Westmere Partnership Board has stopped meeting as its members drift away.
 * Chance is seeded by body and by how many meetings ago, so the story reads the same whatever day
 * the demo is loaded.
 */
final class DemoMeetings {

  static final String JUNIOR_SUBSTITUTES = "Community Tensions and Hate Crime Group";
  static final String DRIFTING = "Westmere Partnership Board";
  static final String LATE_PAPERS = "Safer Shires Board";
  static final String EXEMPT_PAPERS = "MASH Governance Group";

  private static final PapersDeadline DEADLINE = PapersDeadline.standard();

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final long areaId;
  private final LocalDate today;

  /** Rows to write, a batch per table, so that the demo loads in a moment. */
  private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

  private static final int ID_BLOCK = 1000;

  /** Per table, the next id to hand out and the last one reserved. */
  private final Map<String, long[]> ids = new HashMap<>();

  DemoMeetings(DataSource dataSource, long areaId, LocalDate today) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batches = new JdbcTemplate(dataSource);
    this.areaId = areaId;
    this.today = today;
  }

  record Body(
      long id,
      long partnershipId,
      String name,
      String kind,
      String roleLayer,
      LocalDate endDate,
      String partnershipName) {}

  record Seat(long id, long bodyId, Long organisationId, LocalDate abolishedOn) {}

  record Membership(
      long seatId, long personId, String capacity, int tier, LocalDate fromDate, LocalDate toDate) {

    boolean covers(LocalDate day) {
      return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }
  }

  record Person(long id, Long organisationId, String name) {}

  record Attendance(long seatId, String status, Long substitute, Integer tier) {}

  void load() {
    List<Body> bodies =
        jdbc.sql(
                """
                select b.id, b.partnership_id, b.name, b.kind, b.role_layer, b.end_date,
                       p.name as partnership_name
                from body b join partnership p on p.id = b.partnership_id
                where b.area_id = :area and p.status <> 'CLOSED'
                order by b.id
                """)
            .param("area", areaId)
            .query(Body.class)
            .list();
    Map<Long, List<Seat>> seats =
        jdbc
            .sql(
                """
                select s.id, s.body_id, s.organisation_id, s.abolished_on
                from seat s join body b on b.id = s.body_id where b.area_id = :area order by s.id
                """)
            .param("area", areaId)
            .query(Seat.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(Seat::bodyId));
    Map<Long, List<Membership>> memberships =
        jdbc
            .sql(
                """
                select m.seat_id, m.person_id, m.capacity, m.tier, m.from_date, m.to_date
                from membership m join seat s on s.id = m.seat_id join body b on b.id = s.body_id
                where b.area_id = :area order by m.id
                """)
            .param("area", areaId)
            .query(Membership.class)
            .list()
            .stream()
            .collect(Collectors.groupingBy(Membership::seatId));
    List<Person> people =
        jdbc.sql("select id, organisation_id, name from person where area_id = :area order by id")
            .param("area", areaId)
            .query(Person.class)
            .list();
    for (Body body : bodies) {
      new BodyDiary(body, seats.getOrDefault(body.id(), List.of()), memberships, people).write();
    }
    rows.forEach(batches::batchUpdate);
  }

  private void add(String insert, Object... values) {
    rows.computeIfAbsent(insert, sql -> new ArrayList<>()).add(values);
  }

  /**
   * The next id of a table's identity column, taken now so children can point at the row. Ids are
   * reserved from the table's sequence a block at a time; the last block's unused ids are skipped.
   */
  private long nextId(String table) {
    long[] block = ids.get(table);
    if (block == null || block[0] > block[1]) {
      long last =
          jdbc.sql(
                  """
                  select setval(pg_get_serial_sequence(:table, 'id'),
                                nextval(pg_get_serial_sequence(:table, 'id')) + :size - 1)
                  """)
              .param("table", table)
              .param("size", ID_BLOCK)
              .query(Long.class)
              .single();
      block = new long[] {last - ID_BLOCK + 1, last};
      ids.put(table, block);
    }
    return block[0]++;
  }

  /** The meetings of one body, oldest first, written with everything that happened at them. */
  private final class BodyDiary {

    private final Body body;
    private final List<Seat> seats;
    private final Map<Long, List<Membership>> memberships;
    private final List<Person> people;

    BodyDiary(
        Body body, List<Seat> seats, Map<Long, List<Membership>> memberships, List<Person> people) {
      this.body = body;
      this.seats = seats;
      this.memberships = memberships;
      this.people = people;
    }

    void write() {
      List<LocalDate> held = heldDates();
      if (held.isEmpty()) {
        return;
      }
      int attempt = 0;
      List<List<Attendance>> attendance = attendanceAt(held, attempt);
      while (!story(held, attendance) && attempt < 20) {
        attendance = attendanceAt(held, ++attempt);
      }
      List<Long> heldIds = new ArrayList<>();
      List<LocalDate> heldOn = new ArrayList<>();
      List<String> minutes = new ArrayList<>();
      for (int i = 0; i < held.size(); i++) {
        int ago = held.size() - 1 - i;
        LocalDate day = held.get(i);
        long meeting = insertMeeting(day, ago, cancelledAt(ago));
        if (cancelledAt(ago)) {
          continue;
        }
        List<Long> agenda = insertAgenda(meeting, ago);
        insertAttendance(meeting, attendance.get(i));
        List<String> decisions = insertDecisionsAndActions(meeting, agenda, day, ago);
        if (day.isAfter(today.minusYears(1))) {
          insertPapers(meeting, agenda, day, body.name().equals(LATE_PAPERS) && ago == 0);
        }
        heldIds.add(meeting);
        heldOn.add(day);
        minutes.add(minutesText(attendance.get(i), decisions));
      }
      insertMinutes(heldIds, heldOn, minutes);
      if (!body.name().equals(DRIFTING)) {
        LocalDate next = held.get(held.size() - 1).plusWeeks(cadenceWeeks());
        for (int n = 0; n < 2 && beforeEnd(next); n++, next = next.plusWeeks(cadenceWeeks())) {
          if (!next.isAfter(today)) {
            continue;
          }
          long meeting = insertMeeting(next, -1 - n, false);
          List<Long> agenda = insertAgenda(meeting, -1 - n);
          if (DEADLINE.dueOn(next).isBefore(today)) {
            insertPapers(meeting, agenda, next, false);
          }
        }
      }
    }

    /**
     * The agenda pack and the performance report, published on their due date or up to three days
     * before; on the one meeting whose story it is, the report came two days late. Case papers of
     * the safeguarding hub's group are exempt.
     */
    private void insertPapers(long meeting, List<Long> agenda, LocalDate day, boolean late) {
      LocalDate due = DEADLINE.dueOn(day);
      Random random = new Random(body.name().hashCode() * 17L + day.toEpochDay());
      LocalDate onTime = due.minusDays(random.nextInt(4));
      paper(meeting, null, "Agenda pack", onTime, null);
      paper(
          meeting,
          agenda.get(agenda.size() - 2),
          "Performance and risk report",
          late ? due.plusDays(2) : onTime,
          null);
      if (body.name().equals(EXEMPT_PAPERS)) {
        paper(
            meeting,
            agenda.get(2),
            "Case audit findings",
            onTime,
            "Contains information about individual children and families");
      }
    }

    private void paper(
        long meeting, Long agendaItem, String title, LocalDate publishedOn, String exempt) {
      long id = nextId("paper");
      byte[] pdf = pdf(body.name() + ": " + title);
      add(
          "insert into paper (id, area_id, meeting_id, agenda_item_id, title, file_name,"
              + " content_type, size_bytes, storage, storage_key, published_on, attached_at,"
              + " attached_by, exempt, exempt_reason)"
              + " values (?, ?, ?, ?, ?, ?, 'application/pdf', ?, 'DATABASE', ?, ?, ?,"
              + " 'Partnership officer', ?, ?)",
          id,
          areaId,
          meeting,
          agendaItem,
          title,
          title.toLowerCase(Locale.UK).replace(' ', '-') + ".pdf",
          pdf.length,
          "demo-" + id,
          Date.valueOf(publishedOn),
          Timestamp.from(publishedOn.atTime(16, 0).atZone(LondonTime.ZONE).toInstant()),
          exempt != null,
          exempt);
      add("insert into paper_content (paper_id, content) values (?, ?)", id, pdf);
    }

    /**
     * Minutes of each meeting, approved at the next and published a few days later; the latest
     * meeting's are still a draft.
     */
    private void insertMinutes(List<Long> ids, List<LocalDate> days, List<String> texts) {
      for (int i = 0; i < ids.size(); i++) {
        boolean draft = i == ids.size() - 1;
        LocalDate published = draft ? null : days.get(i + 1).plusDays(3);
        if (published != null && published.isAfter(today)) {
          published = null;
        }
        add(
            "insert into minutes (area_id, meeting_id, text, status, approved_at_meeting_id,"
                + " published_on, drafted_by, version, created_at)"
                + " values (?, ?, ?, ?, ?, ?, 'Partnership officer', 0, ?)",
            areaId,
            ids.get(i),
            texts.get(i),
            draft ? "DRAFT" : published == null ? "APPROVED" : "PUBLISHED",
            draft ? null : ids.get(i + 1),
            published == null ? null : Date.valueOf(published),
            Timestamp.from(
                days.get(i).plusDays(2).atTime(12, 0).atZone(LondonTime.ZONE).toInstant()));
      }
    }

    private String minutesText(List<Attendance> attendance, List<String> decisions) {
      long present = attendance.stream().filter(a -> a.status().equals("PRESENT")).count();
      long substitutes = attendance.stream().filter(a -> a.status().equals("SUBSTITUTE")).count();
      StringBuilder text =
          new StringBuilder()
              .append("Present: ")
              .append(present)
              .append(" members and ")
              .append(substitutes)
              .append(" substitutes; apologies from the others.\n\n")
              .append("The minutes of the last meeting were agreed as a true record.\n\n")
              .append("Decisions:\n");
      decisions.forEach(d -> text.append("- ").append(d).append('\n'));
      return text.toString();
    }

    /**
     * Weeks between meetings, within each kind's guidance: boards quarterly, executives and
     * thematic groups every two months, delivery groups monthly, forums quarterly, conferences
     * yearly.
     */
    private int cadenceWeeks() {
      return switch (BodyKind.valueOf(body.kind())) {
        case CONFERENCE -> 52;
        case BOARD, AREA_FORUM -> 13;
        case EXECUTIVE -> 8;
        case THEMATIC_GROUP -> 9;
        case DELIVERY_GROUP -> 4;
      };
    }

    /**
     * Meeting days, oldest first: two years back from a recent meeting on a body-chosen weekday.
     */
    private List<LocalDate> heldDates() {
      Random random = new Random(body.name().hashCode());
      DayOfWeek weekday = DayOfWeek.of(2 + random.nextInt(3));
      int daysAgo = body.name().equals(DRIFTING) ? 200 : 3 + random.nextInt(cadenceWeeks() * 7 - 3);
      LocalDate last = today.minusDays(daysAgo).with(TemporalAdjusters.previousOrSame(weekday));
      if (body.endDate() != null && last.isAfter(body.endDate())) {
        last = body.endDate().with(TemporalAdjusters.previousOrSame(weekday));
      }
      LocalDate start = today.minusYears(2);
      List<LocalDate> dates = new ArrayList<>();
      for (LocalDate d = last; !d.isBefore(start); d = d.minusWeeks(cadenceWeeks())) {
        if (d.isBefore(today) && DEADLINE.knows(d) && !openSeats(d).isEmpty()) {
          // a bank holiday's meeting moves to the next working day
          dates.add(
              DEADLINE.workingDays().isWorkingDay(d)
                  ? d
                  : DEADLINE.workingDays().addWorkingDays(d, 1));
        }
      }
      Collections.reverse(dates);
      return dates;
    }

    private boolean beforeEnd(LocalDate day) {
      return body.endDate() == null || !day.isAfter(body.endDate());
    }

    /** One in about twenty meetings was called off. */
    private boolean cancelledAt(int ago) {
      return ago > 4 && new Random(body.name().hashCode() * 31L + ago).nextInt(20) == 0;
    }

    private List<Seat> openSeats(LocalDate day) {
      return seats.stream()
          .filter(s -> s.abolishedOn() == null || s.abolishedOn().isAfter(day))
          .filter(s -> holder(s, "MEMBER", day) != null)
          .toList();
    }

    private Membership holder(Seat seat, String capacity, LocalDate day) {
      return memberships.getOrDefault(seat.id(), List.of()).stream()
          .filter(m -> m.capacity().equals(capacity) && m.covers(day))
          .findFirst()
          .orElse(null);
    }

    private List<List<Attendance>> attendanceAt(List<LocalDate> held, int attempt) {
      List<List<Attendance>> all = new ArrayList<>();
      for (int i = 0; i < held.size(); i++) {
        int ago = held.size() - 1 - i;
        Random random = new Random(body.name().hashCode() * 1_000_003L + ago * 101L + attempt);
        LocalDate day = held.get(i);
        List<Attendance> seatsThere = new ArrayList<>();
        List<Seat> open = openSeats(day);
        for (int s = 0; s < open.size(); s++) {
          seatsThere.add(attend(open.get(s), day, ago, chosenStatus(random, ago, s, open.size())));
        }
        all.add(seatsThere);
      }
      return all;
    }

    /**
     * What happened at a seat. On the drifting board fewer members come at each of the last four
     * meetings; elsewhere members mostly come, sometimes send their deputy or apologies.
     */
    private String chosenStatus(Random random, int ago, int seatIndex, int seatCount) {
      if (body.name().equals(DRIFTING) && ago < 4) {
        double[] attending = {0.45, 0.6, 0.7, 0.85};
        return seatIndex < Math.round(attending[ago] * seatCount)
            ? "PRESENT"
            : (random.nextBoolean() ? "APOLOGIES" : "ABSENT");
      }
      double r = random.nextDouble();
      if (body.name().equals(JUNIOR_SUBSTITUTES) && ago < 4 && seatIndex >= seatCount - 3) {
        // Beside the police, other members start sending their deputies too.
        return seatCount - seatIndex <= 3 - ago ? "SUBSTITUTE" : "PRESENT";
      }
      if (r < 0.82) {
        return "PRESENT";
      } else if (r < 0.90) {
        return "SUBSTITUTE";
      } else if (r < 0.98) {
        return "APOLOGIES";
      }
      return "ABSENT";
    }

    private Attendance attend(Seat seat, LocalDate day, int ago, String status) {
      if (body.name().equals(JUNIOR_SUBSTITUTES) && isPolice(seat)) {
        return policeSubstitute(seat, ago);
      }
      if (status.equals("SUBSTITUTE")) {
        Membership member = holder(seat, "MEMBER", day);
        Membership deputy = holder(seat, "DEPUTY", day);
        if (deputy != null && deputy.personId() != member.personId()) {
          return new Attendance(seat.id(), status, deputy.personId(), deputy.tier());
        }
        return new Attendance(seat.id(), "APOLOGIES", null, null);
      }
      return new Attendance(seat.id(), status, null, null);
    }

    private boolean isPolice(Seat seat) {
      return seat.organisationId() != null
          && people.stream()
              .anyMatch(
                  p ->
                      p.name().equals("Hannah Fyfe")
                          && seat.organisationId().equals(p.organisationId()));
    }

    /**
     * The police seat: the Chief Inspector came until her diary filled; then a Chief Inspector from
     * another district, then Inspectors, and lately a Police Constable.
     */
    private Attendance policeSubstitute(Seat seat, int ago) {
      String[] substitutes = {"Jamie Lister", "Beth Carver", "Ollie Grant", "Gary Webb"};
      int[] tiers = {4, 4, 4, 3};
      if (ago >= substitutes.length) {
        return new Attendance(seat.id(), "PRESENT", null, null);
      }
      long person =
          people.stream()
              .filter(p -> p.name().equals(substitutes[ago]))
              .findFirst()
              .orElseThrow()
              .id();
      return new Attendance(seat.id(), "SUBSTITUTE", person, tiers[ago]);
    }

    /**
     * Whether the attendance tells the body's story: the trend warnings on the two bodies whose
     * story it is, and on no other.
     */
    private boolean story(List<LocalDate> held, List<List<Attendance>> attendance) {
      List<MeetingRecord.Turnout> recent = new ArrayList<>();
      for (int i = Math.max(0, held.size() - 4); i < held.size(); i++) {
        int ago = held.size() - 1 - i;
        if (cancelledAt(ago)) {
          continue;
        }
        List<Attendance> seatsThere = attendance.get(i);
        recent.add(
            new MeetingRecord.Turnout(
                held.get(i),
                seatsThere.size(),
                (int) seatsThere.stream().filter(a -> a.status().equals("PRESENT")).count(),
                (int) seatsThere.stream().filter(a -> a.status().equals("SUBSTITUTE")).count()));
      }
      List<Warning.Kind> trends =
          AttendanceCheck.warnings(
                  new Guidance(BodyKind.valueOf(body.kind()), null, null, null, false, null),
                  held.get(0),
                  new MeetingRecord.Attendance(held.get(held.size() - 1), recent),
                  held.get(held.size() - 1))
              .stream()
              .map(Warning::kind)
              .toList();
      return switch (body.name()) {
        case DRIFTING -> trends.contains(Warning.Kind.FALLING_ATTENDANCE);
        case JUNIOR_SUBSTITUTES -> trends.contains(Warning.Kind.RISING_SUBSTITUTION);
        default -> trends.isEmpty();
      };
    }

    private long insertMeeting(LocalDate day, int ago, boolean cancelled) {
      LocalTime time =
          body.kind().equals("AREA_FORUM")
              ? LocalTime.of(18, 30)
              : LocalTime.of(ago % 2 == 0 ? 10 : 14, 0);
      Timestamp startsAt = Timestamp.from(day.atTime(time).atZone(LondonTime.ZONE).toInstant());
      long id = nextId("meeting");
      Timestamp created = Timestamp.from(startsAt.toInstant().minus(60, ChronoUnit.DAYS));
      add(
          """
          insert into meeting (id, area_id, partnership_id, body_id, starts_at, place, status,
                               clear_days, papers_due_on, cancelled_reason, version, created_at,
                               updated_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
          """,
          id,
          areaId,
          body.partnershipId(),
          body.id(),
          startsAt,
          place(ago),
          cancelled ? "CANCELLED" : "SCHEDULED",
          PapersDeadline.DEFAULT_CLEAR_DAYS,
          Date.valueOf(DEADLINE.dueOn(day)),
          cancelled ? "Not quorate: too many apologies" : null,
          created,
          created);
      return id;
    }

    private String place(int ago) {
      String name = body.partnershipName() + " " + body.name();
      for (String town : List.of("Northvale", "Southmoor", "Eastbrook", "Westmere", "Ashwell")) {
        if (name.contains(town)) {
          return town + " Civic Centre";
        }
      }
      if (name.contains("Hollinford")) {
        return "Hollinford Village Hall";
      }
      return Math.floorMod(ago, 3) == 2 ? "Online (Microsoft Teams)" : "County Hall, Shireton";
    }

    private List<Long> insertAgenda(long meeting, int ago) {
      List<String> items = new ArrayList<>(List.of(OPENING, LAST_MINUTES));
      Random random = new Random(body.name().hashCode() * 7L + ago);
      items.add(TOPICS.get(random.nextInt(TOPICS.size())));
      items.add(TOPICS.get((TOPICS.indexOf(items.get(2)) + 1) % TOPICS.size()));
      items.add(PERFORMANCE);
      items.add(OTHER_BUSINESS);
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        long id = nextId("agenda_item");
        ids.add(id);
        add(
            "insert into agenda_item (id, meeting_id, position, title, presenter)"
                + " values (?, ?, ?, ?, ?)",
            id,
            meeting,
            i + 1,
            items.get(i),
            i < 2 || i == items.size() - 1 ? "Chair" : null);
      }
      return ids;
    }

    private void insertAttendance(long meeting, List<Attendance> attendance) {
      for (Attendance a : attendance) {
        add(
            "insert into attendance (meeting_id, seat_id, status, substitute_person_id,"
                + " substitute_tier) values (?, ?, ?, ?, ?)",
            meeting,
            a.seatId(),
            a.status(),
            a.substitute(),
            a.tier());
      }
    }

    /**
     * About 85% of decisions agreed by all, 10% after debate and 5% contested, as the rule of thumb
     * expects; more are contested on the drifting board and the group the police are leaving.
     */
    /** Records the meeting's decisions and actions, and gives back what was decided. */
    private List<String> insertDecisionsAndActions(
        long meeting, List<Long> agenda, LocalDate day, int ago) {
      Random random = new Random(body.name().hashCode() * 13L + ago);
      boolean strained = body.name().equals(DRIFTING) || body.name().equals(JUNIOR_SUBSTITUTES);
      int decisions = 1 + random.nextInt(3);
      List<String> texts = new ArrayList<>(DECISIONS);
      Collections.shuffle(texts, random);
      for (int d = 0; d < decisions; d++) {
        double r = random.nextDouble();
        String agreement =
            r < (strained ? 0.6 : 0.85)
                ? "AGREED_BY_ALL"
                : r < (strained ? 0.8 : 0.95) ? "DEBATED_AND_RESOLVED" : "CONTESTED";
        add(
            "insert into decision (meeting_id, agenda_item_id, position, text, layer, agreement,"
                + " dissent) values (?, ?, ?, ?, ?, ?, ?)",
            meeting,
            agenda.get(2 + d % 2),
            d + 1,
            texts.get(d),
            decisionLayer(),
            agreement,
            agreement.equals("CONTESTED") ? DISSENT.get(random.nextInt(DISSENT.size())) : null);
      }
      List<Long> owners =
          openSeats(day).stream().map(s -> holder(s, "MEMBER", day).personId()).toList();
      List<String> descriptions = new ArrayList<>(ACTIONS);
      Collections.shuffle(descriptions, random);
      for (int n = 0; n < 1 + random.nextInt(2); n++) {
        LocalDate due = day.plusWeeks(4 + random.nextInt(5));
        String status = actionStatus(random, due);
        long action = nextId("action");
        add(
            "insert into action (id, area_id, partnership_id, meeting_id, description,"
                + " owner_person_id, due_on, status, version, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
            action,
            areaId,
            body.partnershipId(),
            meeting,
            descriptions.get(n),
            owners.get(random.nextInt(owners.size())),
            Date.valueOf(due),
            status,
            Timestamp.from(day.atTime(17, 0).atZone(LondonTime.ZONE).toInstant()));
        if (!status.equals("OPEN")) {
          LocalDate noted = due.minusWeeks(1).isAfter(today) ? today : due.minusWeeks(1);
          add(
              "insert into action_note (action_id, noted_on, text, noted_by)"
                  + " values (?, ?, ?, 'Partnership officer')",
              action,
              Date.valueOf(noted.isBefore(day) ? day : noted),
              NOTES.get(status));
        }
      }
      return texts.subList(0, decisions);
    }

    private String decisionLayer() {
      return switch (body.roleLayer()) {
        case "STRATEGIC", "EXECUTIVE" -> body.roleLayer();
        default -> "OPERATIONAL";
      };
    }

    /** Old actions are mostly done; a few have slipped, and recent ones are under way. */
    private String actionStatus(Random random, LocalDate due) {
      double r = random.nextDouble();
      if (due.isBefore(today.minusDays(30))) {
        return r < 0.88 ? "DONE" : r < 0.92 ? "DROPPED" : "IN_PROGRESS";
      } else if (due.isBefore(today)) {
        return r < 0.5 ? "DONE" : r < 0.8 ? "IN_PROGRESS" : "OPEN";
      }
      return r < 0.6 ? "OPEN" : "IN_PROGRESS";
    }
  }

  /** A one-page PDF with a title on it, as small as a real paper's cover. */
  static byte[] pdf(String title) {
    String text = title.replace("\\", "").replace("(", "").replace(")", "");
    String stream = "BT /F1 18 Tf 56 760 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static final String OPENING = "Welcome, apologies and declarations of interest";
  private static final String LAST_MINUTES = "Minutes and actions of the last meeting";
  private static final String PERFORMANCE = "Performance and risk report";
  private static final String OTHER_BUSINESS = "Any other business";

  private static final List<String> TOPICS =
      List.of(
          "Annual delivery plan",
          "Budget and pooled funding",
          "Strategic needs assessment refresh",
          "Engagement with residents and service users",
          "Workforce and shared training",
          "Information sharing agreement review",
          "Commissioning intentions for next year",
          "Lessons from recent case reviews",
          "Terms of reference and membership review",
          "Funding bid to government",
          "Communications and public reporting",
          "Inspection findings and improvement plan");

  private static final List<String> DECISIONS =
      List.of(
          "Agreed the annual delivery plan, with quarterly reports to this body.",
          "Approved the pooled budget for next year at the level proposed.",
          "Agreed to commission a refresh of the needs assessment, reporting in six months.",
          "Endorsed the engagement plan and asked partners to nominate champions.",
          "Agreed a shared training programme funded equally by the statutory partners.",
          "Approved the revised information sharing agreement for signature by all partners.",
          "Agreed the commissioning intentions, subject to the voluntary sector's comments.",
          "Accepted the case review recommendations and assigned a lead for each.",
          "Agreed to review the terms of reference and membership before the next meeting.",
          "Supported the bid to government, with the county council as accountable body.",
          "Agreed to publish a short annual report to residents.",
          "Approved the improvement plan responding to the inspection findings.");

  private static final List<String> DISSENT =
      List.of(
          "The voluntary sector members voted against: the funding falls on their services without"
              + " a matching contribution.",
          "The police abstained, saying they could not commit resources before their own budget is"
              + " set.",
          "Two district councils recorded their disagreement with the allocation formula.",
          "The health members asked for their objection to the timetable to be minuted.");

  private static final List<String> ACTIONS =
      List.of(
          "Circulate the draft delivery plan to all partners for comment",
          "Report back on the options for pooling the budget",
          "Nominate a lead officer from each partner for the needs assessment",
          "Arrange a development session for members on the new duties",
          "Update the risk register with the issues raised at the meeting",
          "Write to government setting out the partnership's concerns",
          "Bring a costed proposal for shared training to the next meeting",
          "Check that every seat has a designated deputy and report gaps",
          "Publish the agreed summary of the meeting on the partnership's pages",
          "Meet the voluntary sector representatives about the commissioning timetable");

  private static final Map<String, String> NOTES =
      Map.of(
          "DONE", "Completed and reported to the meeting.",
          "DROPPED", "Overtaken by the new strategy; no longer needed.",
          "IN_PROGRESS", "Under way; partners have been asked for their input.");
}
