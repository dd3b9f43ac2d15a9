package dev.parallax.core.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's age as news writes it beside the name: "Ana Ruiz, 61, said", "Ana Ruiz (61)", "Ana
 * Ruiz, aged 61,", "Ana Ruiz, the 61-year-old mayor", "61-year-old Ana Ruiz", "the 61-year-old
 * former mayor Ana Ruiz". Ages are the figure reports most often give of a person and one they get
 * wrong, and no amount reader sees them: the figure counts nothing.
 */
final class Ages {

  /** The age as stated and the span from the name to the figure (or the figure to the name). */
  record Age(int years, int start, int end) {}

  /**
   * ", 61," or " (61)" right after the name; the figure must end there, so "Ruiz, 52-3" (a record)
   * and "Ruiz, 35 points" (a count) are no ages.
   */
  private static final Pattern AFTER =
      Pattern.compile(
          "^(?:\\s*,\\s*(?:aged\\s+)?(\\d{1,3})\\s*(?=[,;]|\\.(?!\\d))|\\s*\\((\\d{1,3})\\)"
              // "Ana Ruiz, the 61-year-old former mayor"
              + "|\\s*,\\s+(?:a|the)\\s+(\\d{1,3})-year-old\\b(?!\\s+[\\p{L}-]+['’]s\\b))");

  /** "61-year-old" before the name, with up to three lower-case words between ("former mayor"). */
  private static final Pattern BEFORE =
      Pattern.compile("(?<![\\d.,-])(\\d{1,3})-year-old\\s+(?:[a-z][\\p{L}'’-]*\\s+){0,3}$");

  /** People are not older than this: a larger figure beside a name is something else. */
  private static final int OLDEST = 115;

  private Ages() {}

  /** The age given beside the name at [nameStart, nameEnd), if any. */
  static Optional<Age> of(String text, int nameStart, int nameEnd) {
    Matcher after = AFTER.matcher(text.substring(nameEnd, Math.min(text.length(), nameEnd + 40)));
    if (after.find()) {
      int group = after.group(1) != null ? 1 : after.group(2) != null ? 2 : 3;
      int years = Integer.parseInt(after.group(group));
      int figureEnd = nameEnd + (group == 3 ? after.end() : after.end(group));
      return plausible(years)
          ? Optional.of(new Age(years, nameStart, figureEnd))
          : Optional.empty();
    }
    String lead = text.substring(Math.max(0, nameStart - 60), nameStart);
    Matcher before = BEFORE.matcher(lead);
    if (before.find()) {
      int years = Integer.parseInt(before.group(1));
      int figureStart = nameStart - lead.length() + before.start(1);
      return plausible(years)
          ? Optional.of(new Age(years, figureStart, nameEnd))
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean plausible(int years) {
    return years >= 1 && years <= OLDEST;
  }
}
