package dev.parallax.core.extract;

import dev.parallax.api.Published;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates in the forms news pages use: ISO-8601 with or without zone, RFC 1123,
 * "November 19, 2019", "19 Nov 2019", dates in URL paths, and datelines ("MOSCOW, September 4 —").
 * Stateless and thread-safe.
 */
final class Dates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          + "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
  private static final Pattern URL_COMPACT =
      Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*[\\p{Lu}][\\p{Lu}\\p{L} .'-]{1,40},?(?:\\s+[\\p{L} ]{1,30},)?\\s+"
              + MONTH
              + "\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\(\\p{L}[\\p{L}&.' ]{0,40}\\)\\s*)?[—–-](?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** Where a date came from when it is a dateline's whose year was guessed. */
  static final String YEAR_ASSUMED = "dateline, year assumed";

  private Dates() {}

  /** Parses a date in any of the supported forms, or returns null. */
  static Published parse(String value, String from) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Matcher iso = ISO.matcher(v);
    if (iso.find()) {
      LocalDate date = date(iso.group(1), iso.group(2), iso.group(3));
      if (date == null) {
        return null;
      }
      OffsetDateTime time = null;
      if (iso.group(4) != null && iso.group(7) != null) {
        String zone =
            iso.group(7).equals("Z")
                ? "Z"
                : iso.group(7).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
        try {
          LocalDateTime ldt =
              date.atTime(
                  Integer.parseInt(iso.group(4)),
                  Integer.parseInt(iso.group(5)),
                  iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
          time = ldt.atOffset(ZoneOffset.of(zone));
        } catch (RuntimeException e) {
          time = null;
        }
      }
      return new Published(date, time, from);
    }
    try {
      ZonedDateTime rfc = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      OffsetDateTime time = rfc.toOffsetDateTime();
      return new Published(time.toLocalDate(), time, from);
    } catch (DateTimeParseException e) {
      // not RFC 1123: try the written forms below
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(v);
    if (mdy.find()) {
      LocalDate d = date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
      return d == null ? null : new Published(d, null, from);
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(v);
    if (dmy.find()) {
      LocalDate d = date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
      return d == null ? null : new Published(d, null, from);
    }
    return null;
  }

  /** A date written in a URL path ({@code /2019/11/19/} or {@code -20191119-}), or null. */
  static Published fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return new Published(d, null, "url");
      }
    }
    Matcher c = URL_COMPACT.matcher(url);
    if (c.find()) {
      LocalDate d = date(c.group(1), c.group(2), c.group(3));
      if (d != null) {
        return new Published(d, null, "url");
      }
    }
    return null;
  }

  /**
   * A full date in a file's name ({@code breitbart_2016-09-12_story.txt}, {@code
   * 2016_09_12-story.html}): archives and scrapers commonly name saved articles by their date, and
   * a text file carries its date nowhere else. Only the name is read, not the folders (a folder's
   * date is {@link #fromUrl}'s), and only year, month and day together, so a number that merely
   * looks like a year is not taken for one. Null for web addresses and names without a date.
   */
  static Published fromFileName(String source) {
    if (source == null || source.startsWith("http://") || source.startsWith("https://")) {
      return null;
    }
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    Matcher m = FILE_DATE.matcher(name);
    if (!m.find()) {
      return null;
    }
    LocalDate d = date(m.group(1), m.group(3), m.group(4));
    return d == null ? null : new Published(d, null, "file name");
  }

  private static final Pattern FILE_DATE =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-_.])(\\d{2})\\2(\\d{2})(?!\\d)");

  /**
   * A dateline at the start of the text ("MOSCOW, September 4 —"). A dateline without a year takes
   * the latest year that does not put it after {@code notAfter}.
   */
  static Published fromDateline(String text, LocalDate notAfter) {
    if (text == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
    if (!m.find()) {
      return null;
    }
    int month = Integer.parseInt(month(m.group(1)));
    int day = Integer.parseInt(m.group(2));
    int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : notAfter.getYear();
    LocalDate d = date(String.valueOf(year), String.valueOf(month), String.valueOf(day));
    if (d != null && m.group(3) == null && d.isAfter(notAfter)) {
      d = d.minusYears(1);
    }
    return d == null
        ? null
        : new Published(d, null, m.group(3) == null ? YEAR_ASSUMED : "dateline");
  }

  /**
   * The date of a stamp line at the head of a plain text ("December 23, 2012 6:11 PM", "Posted on
   * Sunday 23 Dec 2012"), or null when there is none or it lies after the day the text was fetched
   * (a stamp from the future is a misreading, not a publication date).
   */
  static Published fromStamp(String stamp, LocalDate notAfter) {
    Published p = parse(stamp, "date stamp");
    return p == null || p.date().isAfter(notAfter.plusDays(1)) ? null : p;
  }

  private static String month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key.length() > 4 && !key.startsWith("sept") ? key.substring(0, 3) : key);
    if (m == null) {
      m = MONTHS.get(key.substring(0, 3));
    }
    return String.valueOf(m);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return date.getYear() >= 1990 && date.getYear() <= 2100 ? date : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
