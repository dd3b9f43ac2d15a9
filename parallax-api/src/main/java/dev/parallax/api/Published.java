package dev.parallax.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When an article was published, and where that date was found.
 *
 * @param date the calendar date as the publisher gave it
 * @param time the full timestamp when the source carried one, else null
 * @param from where the date came from, most trusted first: {@code meta}, {@code json-ld}, {@code
 *     time}, {@code url}, {@code dateline}, {@code header}
 */
public record Published(LocalDate date, OffsetDateTime time, String from) {

  public Published {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
    if (time != null && !time.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("time " + time + " is not on date " + date);
    }
  }

  /** ISO-8601: the timestamp when known, else the date. */
  public String iso() {
    return time != null ? time.toString() : date.toString();
  }
}
