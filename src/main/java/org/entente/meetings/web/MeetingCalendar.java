package org.entente.meetings.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.entente.meetings.CalendarEntry;
import org.entente.meetings.MeetingStatus;

/**
 * Writes meetings as an iCalendar (RFC 5545) feed. Times are in UTC, so no time zone needs to be
 * described. Entente records only when a meeting starts, so each one is shown as {@link #LENGTH}
 * long.
 */
final class MeetingCalendar {

  static final Duration LENGTH = Duration.ofHours(2);

  /** The texts of the feed, in the reader's language. */
  interface Words {
    String agenda();

    String noAgenda();

    String cancelled(String reason);

    String meetingPage();
  }

  private MeetingCalendar() {}

  /**
   * The feed. {@code uidDomain} keeps each meeting's UID the same from one fetch to the next;
   * {@code meetingUrl} turns an entry into the address of its page.
   */
  static String write(
      String name,
      List<CalendarEntry> entries,
      String uidDomain,
      java.util.function.Function<CalendarEntry, String> meetingUrl,
      Words words,
      Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Entente//Meetings//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    for (CalendarEntry e : entries) {
      String url = meetingUrl.apply(e);
      boolean cancelled = e.status() == MeetingStatus.CANCELLED;
      VEvent event = new VEvent(false);
      event.add(new Uid("meeting-" + e.id() + "@" + uidDomain));
      event.add(new DtStamp(now));
      event.add(new DtStart<>(e.startsAt()));
      event.add(new DtEnd<>(e.startsAt().plus(LENGTH)));
      event.add(new Summary(e.bodyName() == null ? name : e.bodyName()));
      event.add(new Location(e.place()));
      event.add(new Description(description(e, url, cancelled, words)));
      event.add(new Url(URI.create(url)));
      event.add(new Sequence(e.version()));
      event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
      event.add(new LastModified(e.updatedAt()));
      calendar.add(event);
    }
    return calendar.toString();
  }

  private static String description(CalendarEntry e, String url, boolean cancelled, Words words) {
    StringBuilder text = new StringBuilder();
    if (cancelled) {
      text.append(words.cancelled(e.cancelledReason())).append("\n\n");
    }
    if (e.agenda().isEmpty()) {
      text.append(words.noAgenda());
    } else {
      text.append(words.agenda());
      for (int i = 0; i < e.agenda().size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(e.agenda().get(i));
      }
    }
    text.append("\n\n").append(words.meetingPage()).append(' ').append(url);
    return text.toString();
  }
}
