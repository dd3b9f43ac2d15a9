package dev.parallax.core.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time expressions normalised against the publication date: "on Wednesday" (the last Wednesday on
 * or before it), "overnight", "yesterday", "earlier this month", "last week", "March 10". Each
 * becomes a date range, so that reports written on different days about the same event can be
 * compared. Without a publication date only explicit dates with a year are normalised. Stateless
 * and thread-safe.
 */
public final class TimeExpressions {

  /** One expression and the dates it can mean (inclusive). */
  public record When(int start, int end, String text, LocalDate from, LocalDate to) {
    public String iso() {
      return from.equals(to) ? from.toString() : from + "/" + to;
    }
  }

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december|"
          + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)\\b(?:on\\s+|last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i)\\b(overnight|yesterday|today|tonight|this morning|this afternoon|this evening|"
              + "last night|earlier this month|earlier this week|earlier this year|last week|"
              + "last month|last year|this week|this month|this year)\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+((?:19|20)\\d{2}))?\\b");

  public List<When> find(String text, LocalDate published) {
    List<When> out = new ArrayList<>();
    if (published != null) {
      Matcher w = WEEKDAY.matcher(text);
      while (w.find()) {
        DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        LocalDate d = published.with(TemporalAdjusters.previousOrSame(day));
        if (w.group().toLowerCase(Locale.ROOT).startsWith("last")) {
          d = published.with(TemporalAdjusters.previous(day));
        }
        out.add(new When(w.start(), w.end(), w.group(), d, d));
      }
      Matcher r = RELATIVE.matcher(text);
      while (r.find()) {
        LocalDate[] range = relative(r.group(1).toLowerCase(Locale.ROOT), published);
        out.add(new When(r.start(), r.end(), r.group(), range[0], range[1]));
      }
    }
    for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        boolean monthFirst = p == MONTH_DAY;
        String monthText = monthFirst ? m.group(1) : m.group(2);
        String dayText = monthFirst ? m.group(2) : m.group(1);
        Month month = month(monthText);
        int day = Integer.parseInt(dayText);
        Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
        if (month == null || day < 1 || day > 31) {
          continue;
        }
        if (year == null) {
          if (published == null) {
            continue;
          }
          year = published.getYear();
          if (YearMonth.of(year, month)
              .atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()))
              .isAfter(published.plusDays(30))) {
            year--;
          }
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day > ym.lengthOfMonth()) {
          continue;
        }
        LocalDate d = ym.atDay(day);
        out.add(new When(m.start(), m.end(), m.group(), d, d));
      }
    }
    out.sort(java.util.Comparator.comparingInt(When::start));
    return out;
  }

  private static LocalDate[] relative(String phrase, LocalDate p) {
    return switch (phrase) {
      case "overnight", "last night" -> new LocalDate[] {p.minusDays(1), p};
      case "yesterday" -> new LocalDate[] {p.minusDays(1), p.minusDays(1)};
      case "earlier this month" -> new LocalDate[] {p.withDayOfMonth(1), p};
      case "earlier this week", "this week" ->
          new LocalDate[] {p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), p};
      case "earlier this year", "this year" -> new LocalDate[] {p.withDayOfYear(1), p};
      case "last week" -> {
        LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        yield new LocalDate[] {monday, monday.plusDays(6)};
      }
      case "last month" -> {
        YearMonth ym = YearMonth.from(p).minusMonths(1);
        yield new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
      }
      case "last year" ->
          new LocalDate[] {
            LocalDate.of(p.getYear() - 1, 1, 1), LocalDate.of(p.getYear() - 1, 12, 31)
          };
      case "this month" -> new LocalDate[] {p.withDayOfMonth(1), YearMonth.from(p).atEndOfMonth()};
      default -> new LocalDate[] {p, p};
    };
  }

  private static Month month(String s) {
    String m = s.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month month : Month.values()) {
      if (month
          .name()
          .toLowerCase(Locale.ROOT)
          .startsWith(m.length() >= 3 ? m.substring(0, 3) : m)) {
        return month;
      }
    }
    return null;
  }
}
