package org.entente.performance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.performance.Direction;
import org.entente.performance.Frequency;
import org.entente.performance.IndicatorStatus;
import org.entente.performance.Rag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How pages write indicators' figures, periods and statuses. */
@Component("figures")
public class Figures {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final MessageSource messages;

  Figures(MessageSource messages) {
    this.messages = messages;
  }

  /** A value as people read it: at most two decimal places, no thousands separator. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /**
   * A period named as people know it: "March 2025", "Quarter to June 2025", "Year to March 2025".
   */
  public String period(Frequency frequency, LocalDate end) {
    return message("performance.period." + frequency.name(), end.format(MONTH));
  }

  /** The GOV.UK tag colour of a status. */
  public String colour(Rag rag) {
    return switch (rag) {
      case GREEN -> "green";
      case AMBER -> "yellow";
      case RED -> "red";
      case GREY -> "grey";
    };
  }

  /** The words of a period's status. */
  public String status(IndicatorStatus.Period period) {
    if (period == null) {
      return message("performance.status.NONE");
    }
    if (period.rag() == Rag.GREY) {
      return message("performance.status.GREY." + period.grey().name());
    }
    return message("performance.status." + period.rag().name());
  }

  public String direction(Direction d) {
    return message("performance.direction." + d.name());
  }

  public String arrow(Direction d) {
    return message("performance.arrow." + d.name());
  }

  private String message(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
