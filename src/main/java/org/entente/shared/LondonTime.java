package org.entente.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Instants are stored in UTC and shown in Europe/London; pages call this as {@code @time}. */
@Component("time")
public class LondonTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  public String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
  }
}
