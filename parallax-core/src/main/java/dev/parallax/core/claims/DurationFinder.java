package dev.parallax.core.claims;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long something has lasted, as a range of days, with the event it is about: "raging for over
 * three and a half years" (more than 1,278 days), "enters its third year" (730 to 1,095 days),
 * "since February 2022" (measured to the publication date). Ranges make "third year" and "over
 * three and a half years" comparable — and contradictory. Stateless and thread-safe.
 */
public final class DurationFinder {

  /** One duration claim. */
  public record Duration(int start, int end, String text, Amount days, String event) {}

  private static final double YEAR = 365.25;
  private static final Map<String, Double> UNIT_DAYS =
      Map.of(
          "year",
          YEAR,
          "month",
          YEAR / 12,
          "week",
          7.0,
          "day",
          1.0,
          "hour",
          1.0 / 24,
          "minute",
          1.0 / 1440,
          "second",
          1.0 / 86400,
          "decade",
          10 * YEAR);
  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10));

  private static final Pattern SPAN =
      Pattern.compile(
          "(?i)\\b(?:(more than|over|nearly|almost|about|around|some|at least|less than|roughly)\\s+)?"
              + "(\\d+(?:\\.\\d+)?|one|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              // "two and a half years", "2 1/2 years", "2-1/2 years", "2½ years"
              + "(\\s+and\\s+a\\s+half|-and-a-half|(?:\\s+|-)1/2|\\s?½)?"
              + "\\s+(decade|year|month|week|day|hour|minute|second)s?\\b"
              + "(?!\\s+(?:old|ago|earlier|later))");

  /**
   * "Four years after" is time between two things, but "for four years after testing positive" is a
   * period that started then.
   */
  private static final Pattern BEFORE_OR_AFTER = Pattern.compile("(?i)^\\s+(?:before|after)\\b");

  private static final Pattern FOR_BEFORE = Pattern.compile("(?i)\\bfor\\s+$");

  /** The event of a period a verb of barring names: "suspended for two years". */
  public static final String BAN = "ban";

  /** A verb of barring before a period: "banned from athletics for four years". */
  private static final Pattern BANNED_BEFORE =
      Pattern.compile("(?i)\\b(?:banned|suspended|barred|disqualified)\\b[^.;:]{0,40}\\bfor\\s+$");

  /**
   * Time elapsed since something, written plainly: "41 years ago", "12 weeks ago", "10 minutes
   * later". Which event it counts from is told, like a figure's, by the words around it.
   */
  /** A qualifier right before a figure: "about 10 minutes later". */
  private static final Pattern APPROXIMATE_BEFORE =
      Pattern.compile("(?i)\\b(?:about|some|nearly|almost|around|over|more than)\\s*$");

  private static final Pattern ELAPSED =
      Pattern.compile(
          "(?i)(?<![\\d.,/-])\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              + "\\s+(year|month|week|day|hour|minute)s?\\s+(ago|earlier|later)\\b");

  /**
   * A duration written as an adjective before what lasted it: "a 90-day stay", "a five-day strike".
   */
  private static final Pattern ADJECTIVE =
      Pattern.compile(
          "(?i)(?<![\\d.,/-])(?<!/\\s)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
              + "eleven|twelve)"
              // "a 4-1/2-month term", "a four-and-a-half-year sentence"
              + "(-1\\s?/\\s?2|\\s1/2|-and-a-half|½)?"
              // "a 30-year old man" (an age written without its second hyphen) is no duration
              + "-(year|month|week|day|hour)\\b(?!-|\\s+old\\b)");

  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?i)\\b(?:its|the|a)\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
              + "\\d+(?:st|nd|rd|th))\\s+(year|month|week|day)\\b");
  private static final Pattern SINCE =
      Pattern.compile(
          "(?i)\\bsince\\s+(?:(january|february|march|april|may|june|july|august|september|october|"
              + "november|december)\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern EVENT =
      Pattern.compile(
          "(?i)\\b(war|conflict|invasion|strike|talks|negotiations|crisis|siege|occupation|protests?|"
              + "campaign|trial|ceasefire|evacuation|drought|floods?|lockdown|fighting|offensive|"
              + "walkout|dispute|presidency|tenure|term|outbreak|epidemic|pandemic|shutdown|blockade|"
              + "standoff|war's)\\b");

  /**
   * Finds durations in {@code text}.
   *
   * @param published the article's publication date, for "since …"; may be null
   */
  public List<Duration> find(String text, LocalDate published) {
    List<Duration> out = new ArrayList<>();
    Matcher m = SPAN.matcher(text);
    while (m.find()) {
      if (m.group(2).equalsIgnoreCase("a") && m.group(4).equalsIgnoreCase("second")) {
        continue; // "a second quake"
      }
      double n = number(m.group(2));
      if (m.group(3) != null) {
        n += 0.5;
      }
      double days = n * UNIT_DAYS.get(m.group(4).toLowerCase(Locale.ROOT));
      String q = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
      Amount a = Amount.of(days, q);
      if (q == null) {
        // "a decade" is ten years give or take a year's rounding, not five to fifteen
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        a =
            exact(
                days,
                (unit.equals("decade") ? YEAR : UNIT_DAYS.get(unit))
                    * (m.group(3) != null ? 0.5 : 1));
      }
      String clause = text.substring(Math.max(0, m.start() - 80), m.start());
      if (q == null || !q.equals("less than")) {
        // not "his first major title in 21.01 seconds", "her first match in 54 minutes": a race's
        // or a match's time
        if (UNIT_DAYS.get(m.group(4).toLowerCase(Locale.ROOT)) >= 1
            && FIRST_IN_BEFORE.matcher(clause).find()) {
          // "the first national strike in 14 years", "the hottest day in more than a decade"
          out.add(new Duration(m.start(), m.end(), m.group(), a, SINCE_LAST));
          continue;
        }
        if (NOTICE_AFTER
            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)))
            .lookingAt()) {
          out.add(new Duration(m.start(), m.end(), m.group(), a, NOTICE)); // "14 days' notice"
          continue;
        }
      }
      if (BEFORE_OR_AFTER
              .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8)))
              .find()
          && !FOR_BEFORE.matcher(before(text, m.start())).find()) {
        continue;
      }
      String event = event(text, m.start(), m.end());
      if (event != null && isDurationContext(text, m.start())) {
        out.add(new Duration(m.start(), m.end(), m.group(), a, event));
      } else if (event == null
          && q == null
          && (PERIOD_BEFORE.matcher(before(text, m.start())).find()
              || PERIOD_AFTER
                  .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)))
                  .find()
              || !m.group(2).equalsIgnoreCase("a")
                  && NAMED_AFTER
                      .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 32)))
                      .find())) {
        // "sentenced to 12 years", "ordered to serve 90 days", "expected to take 12 days": a
        // period of no named event, compared like a figure by the words around it
        // a ban's length whatever its verb: "banned from athletics for four years" and
        // "suspended for four years" are the "four-year ban" of another report
        String period =
            BANNED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()
                ? BAN
                : custodial(text, m.start(), m.end(), PERIOD);
        out.add(new Duration(m.start(), m.end(), m.group(), a, period));
      }
    }
    Matcher elapsed = ELAPSED.matcher(text);
    while (elapsed.find()) {
      if (APPROXIMATE_BEFORE.matcher(before(text, elapsed.start())).find()) {
        continue; // approximate: of no event named, it would be compared with every other
      }
      double unit = UNIT_DAYS.get(elapsed.group(2).toLowerCase(Locale.ROOT));
      out.add(
          new Duration(
              elapsed.start(),
              elapsed.end(),
              elapsed.group(),
              exact(number(elapsed.group(1)) * unit, unit),
              elapsed.group(3).equalsIgnoreCase("ago") ? SINCE_THEN : TIME_BETWEEN));
    }
    Matcher adjective = ADJECTIVE.matcher(text);
    while (adjective.find()) {
      double unit = UNIT_DAYS.get(adjective.group(3).toLowerCase(Locale.ROOT));
      boolean half = adjective.group(2) != null;
      double days = (number(adjective.group(1)) + (half ? 0.5 : 0)) * unit;
      String event = modified(text, adjective.end());
      out.add(
          new Duration(
              adjective.start(),
              adjective.end(),
              adjective.group(),
              exact(days, half ? unit / 2 : unit),
              custodial(text, adjective.start(), adjective.end(), event != null ? event : PERIOD)));
    }
    Matcher o = ORDINAL.matcher(text);
    while (o.find()) {
      String ord = o.group(1).toLowerCase(Locale.ROOT);
      Integer n = ORDINALS.get(ord);
      if (n == null) {
        n = Integer.parseInt(ord.replaceAll("\\D", ""));
      }
      double unit = UNIT_DAYS.get(o.group(2).toLowerCase(Locale.ROOT));
      String event = event(text, o.start(), o.end());
      if (event != null) {
        out.add(
            new Duration(
                o.start(),
                o.end(),
                o.group(),
                new Amount(
                    (n - 1) * unit,
                    n * unit - 1e-9,
                    "during " + ord + " " + o.group(2).toLowerCase(Locale.ROOT)),
                event));
      }
    }
    if (published != null) {
      Matcher s = SINCE.matcher(text);
      while (s.find()) {
        int year = Integer.parseInt(s.group(2));
        int month =
            s.group(1) == null
                ? 0
                : java.time.Month.valueOf(s.group(1).toUpperCase(Locale.ROOT)).getValue();
        LocalDate from = month == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, month, 1);
        LocalDate to = month == 0 ? LocalDate.of(year, 12, 31) : from.plusMonths(1).minusDays(1);
        if (from.isAfter(published)) {
          continue;
        }
        double hi = ChronoUnit.DAYS.between(from, published);
        double lo = Math.max(0, ChronoUnit.DAYS.between(to, published));
        String event = event(text, s.start(), s.end());
        if (event != null) {
          out.add(new Duration(s.start(), s.end(), s.group(), new Amount(lo, hi, "since"), event));
        }
      }
    }
    return out;
  }

  /**
   * An exact duration as the range it stands for: "90 days" is 90 up to the next whole day, "three
   * and a half years" up to the next half year.
   */
  private static Amount exact(double days, double step) {
    return new Amount(days, days + step - 1e-9, "exact");
  }

  /**
   * The "event" of time elapsed since something ("41 years ago"): compared, by its context, only
   * with other such times, never with how long something lasted.
   */
  public static final String SINCE_THEN = "time since";

  /**
   * The event of the time since the last of a kind, told by a first or a superlative: "the first
   * national rail strike in 14 years", "the hottest day in more than a decade", "for the first time
   * in 30 years". One report's is held against another's, never against how long something lasted.
   */
  public static final String SINCE_LAST = "time since the last";

  /**
   * A first or a superlative of a disaster or the weather, then "in" right before the span, within
   * the sentence: "the first national rail walkout in", "the worst flooding in", "the strongest
   * storm to hit the coast in".
   */
  private static final Pattern FIRST_IN_BEFORE =
      Pattern.compile(
          // not a market's or a statistic's "highest level in six months", "biggest fall in a
          // decade": one story gives several such, of measures the words do not name
          "(?i)\\b(first|worst|deadliest|strongest|heaviest|longest|hottest|coldest|warmest"
              + "|wettest|driest|costliest|bloodiest|severest)"
              // up to six words, none a verb of what will come ("the first flights will resume
              // in two weeks" is no time since) nor an ordinal ("the first … third patch in three
              // years" counts patches in a period)
              + "(?:\\s+(?!(?:will|would|is|are|was|were|be|could|should|can|may|might|due"
              + "|expected|set|must|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b)"
              // "the strongest storm to hit the coast in 40 years", not "to be held in"
              + "(?!to\\s+be\\b)[\\p{L}'’-]+){0,6}"
              + "\\s+in\\s+(?:(?:more\\s+than|over|nearly|almost|about|some|at\\s+least"
              + "|the\\s+past|the\\s+last)\\s+)?$");

  /**
   * The first or superlative word a time since the last of a kind was told with ("first",
   * "strongest", "worst"), lower case, or null when the words before the span at {@code start} give
   * none. A team's "first time in 11 years" and "the worst storm in 30 years" in one story are two
   * such times, not one told two ways; "deadliest", "bloodiest" and "costliest" are "worst".
   */
  public static String sinceLastWord(String text, int start) {
    Matcher m = FIRST_IN_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
    if (!m.find()) {
      return null;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    // "the deadliest air crash in 30 years", "the worst air disaster in 25 years": one reckoning
    return word.matches("deadliest|bloodiest|costliest") ? "worst" : word;
  }

  /**
   * The event of notice given before something: "must give 14 days' notice of any walkout", "two
   * weeks' notice". A rule or a promise the story is about, compared only with other notices.
   */
  public static final String NOTICE = "notice";

  /** Notice right after a span: "days' notice", "weeks notice", "days of notice". */
  private static final Pattern NOTICE_AFTER =
      Pattern.compile("(?i)['’]?\\s+(?:of\\s+)?(?:advance\\s+|prior\\s+)?notice\\b");

  /**
   * The "event" of time between two events ("five days later", "two weeks earlier"): counted from
   * another event the text names, not from the day of writing as "ago" is, so compared only with
   * other such times, never with a time since ("10 days ago") or how long something lasted.
   */
  public static final String TIME_BETWEEN = "time between";

  /**
   * The event of a term behind bars: "sentenced to 10 years in prison", "jailed for a decade", "a
   * 12-year prison sentence". One report's sentence is compared with another's, not with the years
   * the convicted man held office; a suspended sentence or probation is no prison term.
   */
  public static final String PRISON_TERM = "prison term";

  /**
   * The event of the longest term a charge carries: "faces up to 12 years in prison", "a maximum
   * sentence of 20 years", "punishable by up to 10 years in jail". A fact of the charge that
   * reports give alike, held against other reports' maximum and never against a sentence passed or
   * a term faced in other words.
   */
  public static final String MAXIMUM_TERM = "maximum term";

  /**
   * The term faced, when custody words follow it ({@link #BEHIND_BARS}): "faces up to 12 years".
   */
  private static final Pattern FACED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:faces?|facing|punishable\\s+by)\\s+(?:up\\s+to\\s+|as\\s+many\\s+as\\s+)?$");

  /** The longest term named as such: "a maximum sentence of", "a maximum penalty of up to". */
  private static final Pattern MAXIMUM_BEFORE =
      Pattern.compile(
          "(?i)\\bmaximum\\s+(?:prison\\s+|jail\\s+)?(?:sentence|term|penalty)\\s+of\\s+"
              + "(?:up\\s+to\\s+)?$");

  /** Custody after a term: "in prison", "in jail", "behind bars", "of imprisonment". */
  private static final Pattern BEHIND_BARS =
      Pattern.compile(
          "(?i)^\\s+(?:in\\s+(?:prison|jail)|behind\\s+bars|(?:of\\s+)?imprisonment)\\b");

  /**
   * A sentence passed, its verb governing the term: "sentenced him to", "jailed the former mayor,
   * Ana Ruiz, for", "a sentence of". Not across a verb of another clause: "Ruiz, who was sentenced
   * on Monday, had been mayor for eight years".
   */
  private static final Pattern CUSTODY_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:sentenc\\w*|jailed|imprisoned)"
              + "(?:\\s+(?!(?:had|has|have|been|was|were|is|are|who|which|and|but)\\b)[^\\s.;]+){0,8}?"
              + "\\s+(?:to|for|of)\\s+(?:the\\s+|a\\s+|an\\s+)?$");

  /**
   * A sentence named right after the term: "a 12-year prison sentence", "a six-month jail term", "a
   * 10-year sentence" — not a bare term, which is as often an office's ("a five-year term").
   */
  private static final Pattern CUSTODY_AFTER =
      Pattern.compile("(?i)^(?:-long)?\\s+(?:(?:prison|jail)\\s+(?:sentence|term)|sentence)\\b");

  /**
   * Words that make a term no sentence passed: suspended, on probation or parole, or one faced
   * ("faces up to 55 years in prison"). Time served ("served four months in prison") is not read as
   * the sentence either, unless the words call it one.
   */
  private static final Pattern NOT_CUSTODY =
      Pattern.compile(
          "(?i)\\b(?:suspended|probation|parole|faces?|facing|could|would|maximum|up to)\\b");

  /**
   * {@link #PRISON_TERM} for a period or a sentence the words around call one (in its own clause),
   * else the event given.
   */
  private static String custodial(String text, int start, int end, String event) {
    if (!event.equals(PERIOD) && !event.equals("sentence") && !event.equals("term")) {
      return event;
    }
    int from = Math.max(0, start - 60);
    int clause = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1));
    String before = text.substring(Math.max(from, clause + 1), start);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    if (MAXIMUM_BEFORE.matcher(before).find()
        || (FACED_BEFORE.matcher(before).find() && BEHIND_BARS.matcher(after).find())) {
      return MAXIMUM_TERM;
    }
    if (NOT_CUSTODY.matcher(before.substring(Math.max(0, before.length() - 30))).find()
        || NOT_CUSTODY.matcher(after).find()) {
      return event;
    }
    return CUSTODY_BEFORE.matcher(before).find() || CUSTODY_AFTER.matcher(after).find()
        ? PRISON_TERM
        : event;
  }

  /** The event of a duration that names none: compared by its context, like a figure. */
  public static final String PERIOD = "period";

  /** Verbs and prepositions that make a plain number of days or years a period of something. */
  private static final Pattern PERIOD_BEFORE =
      Pattern.compile(
          "(?i)\\b(sentenced to|sentenced (?:him|her|them|\\p{Lu}[\\p{L}'’\\-]+) to|"
              + "serve|served|serving|spent|spend|spending|take|took|taking|lasted|"
              + "last|lasting|for|within|in prison for|jailed for|banned for|suspended for|"
              // "sentencing Ruiz to 12 years", "a sentence of 12 years", "life plus 485 years"
              + "sentencing \\p{Lu}[\\p{L}'’\\-]+ to|(?:sentence|term) of|(?:parole|life) plus)"
              // "to keep her there for the 90 days", "spent the last 20 years"
              + "(?:\\s+(?:the|a|an|another|the last|the past|the first|the next))?\\s*$"
              // "his first 100 days in office"
              + "|\\b(?:his|her|its|their)\\s+first\\s*$");

  /**
   * Words after a plain number of days or years that make it a term ("9 months to serve") or a
   * deadline ("had 48 hours to leave the country", "three days to respond").
   */
  private static final Pattern PERIOD_AFTER =
      Pattern.compile(
          "(?i)^\\s+(?:to serve|in (?:prison|jail|captivity)|behind bars|(?:of|on) probation"
              + "|to (?:leave|respond|reply|comply|decide|vacate|pay|appeal|surrender|get out))\\b");

  /**
   * What a counted number of days names after it: "three days of national mourning", "two minutes
   * of silence". Not after "a": "a day of mourning" is a name for the day as often as a length.
   */
  private static final Pattern NAMED_AFTER =
      Pattern.compile(
          "(?i)^\\s+of (?:\\p{Ll}+\\s+)?(?:mourning|silence|celebrations|festivities|deliberations"
              + "|captivity|talks|negotiations|fighting|protests?)\\b");

  /** The 30 characters before a duration, where what makes it one is written. */
  private static String before(String text, int start) {
    return text.substring(Math.max(0, start - 30), start);
  }

  /**
   * "for two years", "raging for …", "over three years" — not "two years ago" or "in two years".
   */
  private static boolean isDurationContext(String text, int start) {
    String before = before(text, start).toLowerCase(Locale.ROOT);
    return before.matches(
            "(?s).*\\b(for|lasted|lasting|raging|been|past|last|after|nearly|over|than|almost|about|around|entered|enters|into)\\s*$")
        || before.matches("(?s).*\\b(for|of)\\s+\\w*\\s*$");
  }

  private static double number(String s) {
    if (s.equalsIgnoreCase("a")) {
      return 1;
    }
    Double v = NumberWords.value(s);
    return v != null ? v : Double.parseDouble(s);
  }

  /** Up to three words after a duration written as an adjective. */
  private static final Pattern WORDS_AFTER =
      Pattern.compile(
          "^\\s+([a-z]+(?:-[a-z]+)*)(?:\\s+([a-z]+(?:-[a-z]+)*))?(?:\\s+([a-z]+(?:-[a-z]+)*))?");

  /**
   * What a duration written as an adjective is the length of: the noun it stands before. "Their
   * three-year war of attrition" is the war; "Trump's two-week deadline" is a deadline, whatever
   * war the sentence names (an event noun among the next words wins: "a five-day general strike").
   * Null when no lower-case word follows.
   */
  private static String modified(String text, int end) {
    Matcher m = WORDS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= 3 && m.group(g) != null; g++) {
      if (EVENT.matcher(m.group(g)).matches()) {
        return m.group(g).replace("'s", "");
      }
    }
    // the noun after any adjectives: "a 12-month suspended sentence", "a 90-day court-ordered
    // stay"; of two nouns, the second is the head ("a 20-year heroin addiction", "a 12-year
    // prison sentence")
    for (int g = 1; g <= 3 && m.group(g) != null; g++) {
      if (!m.group(g).endsWith("ed") && !ADJECTIVES.contains(m.group(g))) {
        int head = g;
        while (head < 3 && m.group(head + 1) != null && nounAfterNoun(m.group(head + 1))) {
          head++;
        }
        return m.group(head);
      }
    }
    return m.group(1);
  }

  /** Words that end a noun phrase rather than continue it: "a two-week trip abroad", "… of". */
  private static final java.util.Set<String> ENDS_PHRASE =
      java.util.Set.of(
          "of",
          "in",
          "at",
          "for",
          "to",
          "on",
          "by",
          "from",
          "with",
          "and",
          "or",
          "but",
          "that",
          "which",
          "who",
          "as",
          "is",
          "was",
          "were",
          "are",
          "be",
          "been",
          "has",
          "had",
          "have",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "began",
          "ended",
          "started",
          "abroad",
          "ago",
          "later",
          "earlier",
          "after",
          "before",
          "when",
          "while",
          "where",
          "during",
          "since",
          "until",
          "under",
          "over",
          "into",
          "the",
          "a",
          "an",
          "this",
          "his",
          "her",
          "their",
          "its",
          "than",
          "so",
          "said",
          "says",
          "ran",
          "run",
          "went",
          "came",
          "took",
          "worth",
          "between",
          "first",
          "last",
          "next",
          "through",
          "per",
          "off",
          "out",
          "up",
          "down",
          "against",
          "without",
          "including",
          "because",
          "if");

  private static boolean nounAfterNoun(String word) {
    return !ENDS_PHRASE.contains(word)
        && !word.endsWith("ed")
        && !word.endsWith("ly")
        && !word.endsWith("ing");
  }

  private static final java.util.Set<String> ADJECTIVES =
      java.util.Set.of(
          "general",
          "national",
          "nationwide",
          "full",
          "long",
          "total",
          "partial",
          "unpaid",
          "paid",
          "maximum",
          "minimum",
          "mandatory",
          "possible",
          "new",
          "initial",
          "official");

  /**
   * The event the duration belongs to: the nearest event noun before it in the sentence, or after.
   */
  private static String event(String text, int start, int end) {
    int sentenceStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
    int sentenceEnd = ClaimExtractor.sentenceEnd(text, end);
    Matcher before = EVENT.matcher(text.substring(sentenceStart, start));
    String found = null;
    while (before.find()) {
      found = before.group(1);
    }
    if (found == null) {
      Matcher after = EVENT.matcher(text.substring(end, sentenceEnd));
      if (after.find()) {
        found = after.group(1);
      }
    }
    return found == null ? null : found.toLowerCase(Locale.ROOT).replace("'s", "");
  }
}
