package dev.parallax.core.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with the thing they count: "502 drones and 24 missiles", "more than 500 drones and
 * missiles", "30,000 customers", "about 20 per cent of Ukraine", "12,000 of his troops", "35
 * million euros". Approximations become ranges ({@link Amount}) so that "more than 500" and "526"
 * can later be judged consistent.
 *
 * <p>Years, dates, times of day, ordinals and vote tallies ("31 to 12") are not counts and are
 * skipped. Stateless and thread-safe.
 */
public final class QuantityFinder {

  /** One amount of something. */
  public record Quantity(
      int start, int end, String text, Amount amount, String thing, String unit) {}

  private static final String QUALIFIER =
      "(more than|over|above|in excess of|upwards of|at least|no fewer than|no less than|less than|"
          + "fewer than|under|below|up to|at most|as many as|no more than|about|around|some|roughly|"
          + "approximately|an estimated|nearly|almost|close to)";
  private static final String WORD_NUMBER =
      "((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six"
          + "|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
          + "fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|dozens|a dozen|"
          + "a few hundred|several hundred|several thousand)";
  private static final String FIGURE = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?<![\\d.])\\.\\d+)";
  private static final String SCALE = "(million|billion|trillion|thousand|bn|m)";
  private static final String PERCENT = "(%|per cent|percent)";
  private static final String CURRENCY_WORD =
      "(euros?|dollars?|pounds?|roubles?|rubles?|hryvnias?|yuan|yen|crowns?|kronor|kroner|kronur"
          + "|krona|krone|rupees?|pesos?|francs?)";

  /** Metric units written against their figure: "140mm", "20km", "5kg". */
  private static final String GLUED_UNIT = "mm|cm|km|kg";

  private static final Pattern GLUED = Pattern.compile("(?:" + GLUED_UNIT + ")\\b");

  /** A temperature right before a bracket, whose conversion the bracket gives. */
  private static final Pattern TEMPERATURE_BEFORE =
      Pattern.compile(
          "\\d(?:\\s?[°º]\\s?(?:C|F)|(?:C|F)|\\s+(?i:degrees?)(?:\\s+(?:C|F|(?i:celsius|centigrade"
              + "|fahrenheit)))?)\\s*\\(\\s*(?i:about|around|some|roughly|nearly|almost|or)?\\s*-?$");

  /**
   * A temperature's scale after its figure: "41.2C", "41.2°C", "106°F", "41 degrees Celsius". A
   * plain "41 degrees" names no scale (a report in one country means Celsius, in another
   * Fahrenheit) and is left a count of degrees.
   */
  private static final Pattern TEMPERATURE =
      Pattern.compile(
          // the letter glued to the figure or after a degree sign or word ("41.2C", "41 °C"),
          // not a letter standing alone ("5 F-16 jets", "seat 14C" is a seat's name)
          "(?:\\s?[°º]\\s?|\\s(?i:degrees?)\\s+)?(C|F)(?![\\p{L}\\d-]|\\.[\\p{L}\\d])"
              + "|\\s?(?:[°º]\\s?|(?i:degrees?)\\s+)?(?i:(celsius|centigrade|fahrenheit))\\b");

  /**
   * A unit of measure hyphened to its figure before what it measures: "the 450-kilogram satellite",
   * "a 20-mile stretch", "a 300-metre tower", "a 7.6-inch screen". Read as the unit, as "450
   * kilograms" is.
   */
  private static final Pattern HYPHENED_UNIT =
      Pattern.compile(
          "(?i)-((?:kilo|centi|milli)?(?:gram|metre|meter)|tonne|ton|mile|foot|litre|liter|gallon"
              + "|acre|hectare|inch)(?![\\p{L}-])");

  /**
   * A count hyphened to what it counts before a win or a lead: "a 212-vote victory", "a four-point
   * lead", "a one-seat majority", "a two-goal cushion". Read as "212 votes"; only these nouns, as
   * other hyphened counts ("a 12-storey block", "a five-star hotel") are no count of the thing.
   */
  private static final Pattern HYPHENED_MARGIN =
      Pattern.compile(
          "(?i)-(vote|point|seat|goal|run|stroke|length|shot|wicket)\\s+"
              + "(?:victory|win|margin|lead|majority|advantage|defeat|loss|deficit|cushion)\\b");

  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?i)(?:\\b"
              + QUALIFIER
              + "\\s+)?"
              // "US$2 million", "$US2 million", "A$7 million": the country code is the currency's
              + "(?:(?-i:[A-Z]{1,2})(?=\\$))?(?:([$€£])(?:(?-i:[A-Z]{1,2})(?=\\d))?)?"
              + "(?:"
              + FIGURE
              + "|\\b"
              + WORD_NUMBER
              + ")"
              // "$143-billion": a scale word may be hyphenated to its figure
              + "(?:\\s*(?:-\\s*)?"
              + SCALE
              + "\\b)?"
              + "(?:\\s*"
              + PERCENT
              + ")?"
              + "(?:\\s+"
              + CURRENCY_WORD
              + ")?"
              // "40%": a sign ends the figure as a word does; so does a metric unit written
              // against it ("140mm of rain", "a 20km stretch")
              + "(?:\\b|(?<=%)|(?=(?-i:"
              + GLUED_UNIT
              + "|C|F)\\b))");

  /**
   * A range: "$140-150 million", "$140 million to $160 million", "between 35 and 40", "35 to 40".
   * Only read when the first figure is below the second: "31 to 12" is a tally, "17-14" a score.
   */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?i)(\\bbetween\\s+)?([$€£])?"
              + FIGURE
              + "(?:\\s*"
              + SCALE
              + "\\b)?\\s*(-|–|\\bto\\b|\\band\\b)\\s*([$€£])?"
              + FIGURE
              + "(?:\\s*"
              + SCALE
              + "\\b)?(?:\\s*"
              + PERCENT
              + ")?(?:\\s+"
              + CURRENCY_WORD
              + ")?(?:\\b|(?<=%))");

  private static final Pattern PART_OF =
      Pattern.compile(
          "(?i)^\\s+of\\s+(?:the|their|his|her|its|our|those|these)\\s+(?:\\d|"
              + WORD_NUMBER
              + "\\b|first|last|top)");

  /**
   * "30 of the aircraft": a part of a whole the sentence does not give ("12,000 of his troops" and
   * "20 per cent of the country" still count).
   */
  private static final Pattern PART_OF_UNSTATED =
      Pattern.compile("(?i)^\\s+of\\s+(?:the|those|these)\\s+\\p{L}");

  /**
   * "28 of 41 passes", "18 of its next 23 games", "three of their last five games": a part, then
   * the whole with what both count; a whole of the next or last few is as stated as a bare one.
   */
  private static final Pattern PART_OF_FIGURE =
      Pattern.compile(
          "(?i)^\\s+of\\s+(?:(?:(?:the|their|his|her|its|our)\\s+)?"
              + "(?:next|last|first|final|past|previous|remaining)\\s+)?(?:"
              + FIGURE
              + "|"
              + WORD_NUMBER
              + ")(?=\\s)");

  private static final Pattern THING =
      Pattern.compile(
          "^\\s+(?:of\\s+(?:his|her|their|its|the|our|those|these)\\s+)?"
              // "32 million U.S. viewers": a country written with full stops qualifies the thing
              + "(?:(?:\\p{Lu}\\.\\s?){2,}\\s*)?"
              + "((?:[a-z][a-z\\-]+|[A-Z]{2,}s?)(?:\\s+(?:[a-z][a-z\\-]+|[A-Z]{2,}s?)){0,2})");

  /**
   * A plural noun after a name or nationality that says whose they are: "12 Vestland diplomats",
   * "502 Russian drones", "23 Somali pirates". The name is part of the thing, so that two nations'
   * counts are never one; a single noun after the name must be a plural ("12 Monday night" counts
   * nothing).
   */
  private static final Pattern NAMED_THING =
      Pattern.compile(
          "^\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2})([a-z][a-z-]{2,}(?<!ss|us)s|people|police)\\b");

  /**
   * What a share is of: "of Ukraine", "of the country", "of eligible voters", "of Harwick's dock
   * workers". Determiners other than "the" are left out ("of their income" is of income).
   */
  private static final Pattern SHARE_OF =
      Pattern.compile("^\\s+of\\s+(?:(the)\\s+|(?:their|its|his|her|our|those|these|all)\\s+)?");

  /**
   * A share's whole that is the votes of a ballot, after "of" and any determiner: "89 per cent of
   * those who voted", "of those voting", "of those taking part", "of votes cast", "of the votes".
   * All are "the vote", as "of the vote" is.
   */
  private static final Pattern VOTERS =
      Pattern.compile(
          "(?i)(?:(?:members|people|voters)\\s+)?(?:who\\s+)?(?:voted|voting|took\\s+part"
              + "|taking\\s+part|cast\\s+(?:a\\s+|their\\s+)?(?:ballots?|votes?))\\b"
              + "|(?:valid\\s+)?votes?(?:\\s+cast)?\\b|ballots\\s+cast\\b");

  /** Where the votes a share is of end in the words after it ("of those who voted"), or 0. */
  private static int votersEnd(String rest) {
    Matcher share = SHARE_OF.matcher(rest);
    if (!share.find()) {
      return 0;
    }
    Matcher voters = VOTERS.matcher(rest.substring(share.end()));
    return voters.lookingAt() ? share.end() + voters.end() : 0;
  }

  /** Capitalised words opening what a share is of: "Ukraine", "Australian PC". */
  private static final Pattern CAPITALISED =
      Pattern.compile("^\\p{Lu}[\\w\\-]*(?:['’]s)?(?:\\s+\\p{Lu}[\\w\\-]*)*");

  private static final Set<String> STOP =
      Set.of(
          "and",
          "or",
          "in",
          "on",
          "at",
          "to",
          "from",
          "by",
          "with",
          "for",
          "that",
          "which",
          "who",
          "were",
          "was",
          "had",
          "have",
          "has",
          "are",
          "is",
          "said",
          "than",
          "as",
          "a",
          "an",
          "the",
          "of",
          "this",
          "last",
          "next",
          "after",
          "before",
          "ago",
          "since",
          "during",
          "into",
          "towards",
          "toward",
          "over",
          "per",
          "times",
          "each",
          "would",
          "will",
          "could",
          "may",
          "also",
          "across",
          "against",
          "between",
          "among",
          "around",
          "about",
          "under",
          "while",
          "when",
          "where",
          "but",
          "not",
          "be",
          "been",
          "being",
          "it",
          "its",
          "their",
          "his",
          "her",
          "out",
          "up",
          "down",
          "more",
          "less",
          "years",
          "year",
          "months",
          "month",
          "weeks",
          "week",
          "days",
          "day",
          "hours",
          "hour",
          "minutes",
          "minute",
          "old",
          "decades",
          "decade",
          "centuries",
          "century");
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  public List<Quantity> find(String text) {
    List<Quantity> out = ranges(text);
    List<Quantity> parts = new ArrayList<>();
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      if (inside(out, m.start(), m.end())) {
        continue;
      }
      String digits = m.group(3);
      String word = m.group(4);
      if (digits == null && word == null) {
        continue;
      }
      if (word != null && pronounOne(text, m.start(4), word)) {
        continue; // "no one else", "the one who": a pronoun, not a count
      }
      if (word != null
          && word.toLowerCase(Locale.ROOT).matches(".*teen|twenty")
          && DECADE_AFTER.matcher(text.substring(m.end(4))).lookingAt()) {
        continue; // "the nineteen sixties", "nineteen eighty-four": a year or a decade
      }
      if (digits != null && isNotACount(text, m.start(3), m.end(3), digits, false)) {
        continue;
      }
      if (m.group(2) != null && conversion(text, m.start())) {
        continue; // "$US1 million ($1.52 million)": the same sum in another currency
      }
      Amount amount = amount(m.group(1), digits, word, m.group(5));
      if (amount == null) {
        continue;
      }
      boolean rank = m.group(2) == null && m.group(6) == null && isRank(text, m.start(), m.end());
      String unit =
          rank ? "rank" : m.group(6) != null ? "percent" : currency(m.group(2), m.group(7));
      String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
      Matcher temperature = TEMPERATURE.matcher(rest);
      if (unit == null && !rank && temperature.lookingAt()) {
        if (TEMPERATURE_BEFORE
            .matcher(text.substring(Math.max(0, m.start() - 40), m.start()))
            .find()) {
          continue; // "82 degrees Fahrenheit (about 28 degrees Celsius)": one reading, converted
        }
        // "41.2C", "106°F", "41 degrees Celsius": a temperature, compared in Celsius
        boolean fahrenheit =
            temperature.group(1) != null
                ? temperature.group(1).equals("F")
                : temperature.group(2).equalsIgnoreCase("fahrenheit");
        Amount celsius =
            fahrenheit
                ? new Amount(
                    (amount.low() - 32) * 5 / 9, (amount.high() - 32) * 5 / 9, amount.qualifier())
                : amount;
        int end = Math.min(text.length(), m.end() + temperature.end());
        out.add(
            new Quantity(
                m.start(), end, text.substring(m.start(), end), celsius, "degrees Celsius", null));
        continue;
      }
      Matcher margin = HYPHENED_MARGIN.matcher(rest);
      if (unit == null && !rank && margin.lookingAt()) {
        int end = m.end() + margin.end(1);
        out.add(
            new Quantity(
                m.start(),
                end,
                text.substring(m.start(), end),
                amount,
                margin.group(1).toLowerCase(Locale.ROOT) + "s",
                null));
        continue;
      }
      // "140mm of rain" is read as "140 mm of rain"
      Matcher unitAgainst = GLUED.matcher(rest);
      Matcher hyphened = HYPHENED_UNIT.matcher(rest);
      String gluedUnit =
          unitAgainst.lookingAt()
              ? unitAgainst.group()
              : hyphened.lookingAt() ? hyphened.group(1) : null;
      int glued = gluedUnit == null ? 0 : 1;
      rest = " ".repeat(glued) + rest;
      Matcher whole = PART_OF_FIGURE.matcher(rest);
      // "completed 28 of 41 passes": the part counts the same things as the whole ("28 passes"),
      // which is how other reports give it ("completed 28 passes"); the whole is read next
      boolean part = whole.find();
      if (!part && PART_OF.matcher(rest).find()) {
        continue; // "three of the seven bullets": a part; the whole is read on its own
      }
      if (!part && unit == null && PART_OF_UNSTATED.matcher(rest).find()) {
        continue; // "30 of the aircraft": a part of a whole the sentence does not give
      }
      String thing =
          gluedUnit != null
              ? gluedUnit // the unit alone: "24km north" is 24 km
              : part ? thing(rest.substring(whole.end()), unit) : thing(rest, unit);
      boolean toll = false;
      if (thing == null
          && unit == null
          && !rank
          && (TOLL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()
              || TOLL_AFTER.matcher(rest).lookingAt())) {
        thing = "people"; // "killing two and injuring 27": people, however few words say so
        toll = true;
      }
      if (thing == null && unit == null && !rank) {
        String before = text.substring(Math.max(0, m.start() - 90), m.start());
        Matcher number = NUMBER_OF_BEFORE.matcher(before);
        if (number.find()) {
          thing = number.group(1); // "the number of cases has climbed to 214": 214 cases
          toll = true;
        } else if (CROWD_BEFORE.matcher(before).find()
            || GATHERED_AFTER.matcher(rest).lookingAt()) {
          // "a crowd of 41,000", "the attendance was 41,000", "40,000 had joined": people there
          thing = "people";
          toll = true;
        }
      }
      if (thing == null && (unit == null || rank)) {
        continue; // a bare number says nothing checkable
      }
      if (unit == null
          && COUNTED_ED.contains(thing)
          && PARENT_OF.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
        continue; // "mother of 12 killed in crossfire": her children, not those killed
      }
      if (unit == null
          && !toll
          && !part
          && gluedUnit == null
          && m.group(1) == null
          && notACountOfIt(text, m.start(), word, thing, amount.low() == Math.rint(amount.low()))) {
        continue; // "the Firefox 2 browser", "All three live in": a name's number, a pronoun
      }
      String counted = thing;
      if (unit == null && thing != null && CENTS.matcher(thing).matches()) {
        // "35 cents a share" in a report whose sums are all in euros is €0.35
        String currency = onlyCurrency(text);
        if (currency != null) {
          amount = new Amount(amount.low() / 100, amount.high() / 100, amount.qualifier());
          unit = currency;
          thing = null;
        }
      }
      int end = m.end();
      if (counted != null && !toll) {
        int at = rest.indexOf(counted);
        int voters = "percent".equals(unit) ? votersEnd(rest) : 0;
        if (voters > 0) {
          end = m.end() + voters; // "89 per cent of those who voted" is "the vote"
        } else if (at >= 0) {
          end = m.end() + at - glued + counted.length();
        }
      }
      (part ? parts : out)
          .add(
              new Quantity(
                  m.start(),
                  Math.min(end, text.length()),
                  text.substring(m.start(), Math.min(end, text.length())),
                  amount,
                  thing,
                  unit));
    }
    out.addAll(parts);
    out.sort(Comparator.comparingInt(Quantity::start));
    return out;
  }

  /**
   * Whether a sum stands in brackets right after another sum: "$US1 million ($1.52 million)", "£2
   * million ($2.5 million)". The bracket restates the sum in another currency; read as a second
   * figure, it would be at odds with every report that gives only the first. Other units in
   * brackets ("60 metres (200 feet)") are kept: reports that give only feet compare with them.
   */
  private static boolean conversion(String text, int start) {
    int i = start - 1;
    while (i >= 0 && i > start - 4 && Character.isUpperCase(text.charAt(i))) {
      i--; // "(A$1.52 million)", "(US$2 billion)"
    }
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || text.charAt(i) != '(') {
      return false;
    }
    String before = text.substring(Math.max(0, i - 30), i);
    return CONVERTED.matcher(before).find();
  }

  /**
   * A sum ending right before a bracket: a currency sign or code, a figure and a scale word, or a
   * figure and a scale word alone ("110 billion ($143 billion)"), as when the euro sign was lost to
   * a wrong encoding.
   */
  private static final Pattern CONVERTED =
      Pattern.compile(
          "(?:(?:[$€£¥]|\\b[A-Z]{1,3}\\$|\\$[A-Z]{1,3})\\s?\\d(?:[\\d,.]*\\d)?"
              + "(?:\\s*(?:-\\s*)?(?:million|billion|trillion|bn|m|k))?"
              + "|\\d(?:[\\d,.]*\\d)?\\s*(?:-\\s*)?(?:million|billion|trillion|bn))"
              + "(?:\\s+"
              + CURRENCY_WORD
              + ")?\\s*$");

  /** Ranges of figures, read before single figures so that neither end is read alone. */
  private static List<Quantity> ranges(String text) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      String joiner = m.group(5).toLowerCase(Locale.ROOT);
      if (joiner.equals("and") != (m.group(1) != null)
          || isNotACount(text, m.start(3), m.end(3), m.group(3), true)) {
        continue;
      }
      String highScale = m.group(8);
      String lowScale = m.group(4) != null ? m.group(4) : highScale;
      double low = scaled(Double.parseDouble(m.group(3).replace(",", "")), lowScale);
      double high = scaled(Double.parseDouble(m.group(7).replace(",", "")), highScale);
      if (!(low < high)) {
        continue;
      }
      String symbol = m.group(2) != null ? m.group(2) : m.group(6);
      String unit = m.group(9) != null ? "percent" : currency(symbol, m.group(10));
      String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
      Matcher whole = PART_OF_FIGURE.matcher(rest);
      // "completed 28 of 41 passes": the part counts the same things as the whole ("28 passes"),
      // which is how other reports give it ("completed 28 passes"); the whole is read next
      boolean part = whole.find();
      String thing = part ? thing(rest.substring(whole.end()), unit) : thing(rest, unit);
      if (unit == null && (thing == null || !thing.endsWith("s"))) {
        continue; // "a 2-13 season" is a record, not a count
      }
      int end = m.end();
      if (thing != null && rest.indexOf(thing) >= 0) {
        end = m.end() + rest.indexOf(thing) + thing.length();
      }
      out.add(
          new Quantity(
              m.start(),
              end,
              text.substring(m.start(), end),
              new Amount(low, high, "between"),
              thing,
              unit));
    }
    return out;
  }

  private static boolean inside(List<Quantity> found, int start, int end) {
    for (Quantity q : found) {
      if (start < q.end() && q.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static double scaled(double n, String scale) {
    if (scale == null) {
      return n;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "thousand" -> n * 1e3;
      case "million", "m" -> n * 1e6;
      case "billion", "bn" -> n * 1e9;
      case "trillion" -> n * 1e12;
      default -> n;
    };
  }

  private static Amount amount(String qualifier, String digits, String word, String scale) {
    double n;
    if (digits != null) {
      n = Double.parseDouble(digits.replace(",", ""));
    } else {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.equals("hundreds") || w.equals("a few hundred") || w.equals("several hundred")) {
        return new Amount(200, 999, w);
      }
      if (w.equals("thousands") || w.equals("several thousand")) {
        return new Amount(2000, 9999, w);
      }
      if (w.equals("dozens")) {
        return new Amount(24, 99, w);
      }
      Double v = NumberWords.value(w);
      if (v == null) {
        return null;
      }
      n = v;
    }
    return Amount.of(scaled(n, scale), qualifier);
  }

  private static final Pattern CENTS = Pattern.compile("(?i)cents?");

  private static final Pattern CURRENCY_SIGN =
      Pattern.compile("([$€£])\\s?\\d|\\d\\s+" + CURRENCY_WORD + "\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The one currency a text gives its sums in, or null when it gives none or several: a cent is a
   * hundredth of it.
   */
  private static String onlyCurrency(String text) {
    Set<String> seen = new HashSet<>();
    Matcher m = CURRENCY_SIGN.matcher(text);
    while (m.find()) {
      String c = currency(m.group(1), m.group(1) == null ? m.group(2) : null);
      if (c != null) {
        seen.add(c);
      }
    }
    return seen.size() == 1 ? seen.iterator().next() : null;
  }

  private static String currency(String symbol, String word) {
    if (symbol != null) {
      return switch (symbol) {
        case "$" -> "dollars";
        case "€" -> "euros";
        default -> "pounds";
      };
    }
    if (word == null) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("kron")) {
      return "crowns"; // the Nordic and Czech crowns by their own names
    }
    return w.endsWith("s") ? w : w + "s";
  }

  /** A speed's unit right after its figure: "80 km/h", "50 kilometres an hour", "30 mph". */
  private static final Pattern SPEED =
      Pattern.compile(
          "^\\s*(?:(km/h|kph|km\\s+(?:an|per)\\s+hour|kilomet(?:re|er)s?\\s+(?:an|per)\\s+hour)"
              + "|mph\\b|miles\\s+(?:an|per)\\s+hour)",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether a word is a plural noun that a plural without "s" may stand before: "police officers",
   * "cattle trucks" (not "people were", "people has").
   */
  private static boolean pluralNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !STOP.contains(w)
        && !NOT_COUNTED.contains(w);
  }

  /** The counted noun after the number ("drones", "drones and missiles", "troops"), or null. */
  private static String thing(String rest, String unit) {
    if ("percent".equals(unit)) {
      Matcher share = SHARE_OF.matcher(rest);
      if (!share.find()) {
        return null;
      }
      String after = rest.substring(share.end());
      if (VOTERS.matcher(after).lookingAt()) {
        return "the vote"; // "of those who voted", "of those taking part", "of votes cast"
      }
      String the = share.group(1) != null ? share.group(1) + " " : "";
      Matcher name = CAPITALISED.matcher(after);
      String named = name.find() ? name.group() : "";
      // the noun phrase in place of a name ("of eligible voters") or after a possessive one ("of
      // Harwick's dock workers"); after any other name the next word is the sentence's ("68 per
      // cent of Greeks believe")
      String noun =
          named.isEmpty() || named.matches(".*['’]s")
              ? thing(" " + after.substring(named.length()).stripLeading(), null)
              : null;
      String phrase = (named + (noun == null ? "" : " " + noun)).strip();
      return phrase.isEmpty() ? null : the + phrase;
    }
    Matcher speed = SPEED.matcher(rest);
    if (speed.find()) {
      // "winds of up to 80 km/h": a speed, not a distance of 80 km
      return speed.group(1) != null ? "km/h" : "mph";
    }
    Matcher t = THING.matcher(rest);
    if (!t.find()) {
      Matcher named = NAMED_THING.matcher(rest);
      return named.find()
              && !MONTHS.contains(named.group(1).strip().toLowerCase(Locale.ROOT))
              && !STOP.contains(named.group(2))
          ? named.group(1) + named.group(2)
          : null;
    }
    String[] words = t.group(1).split("\\s+");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      // "three bank workers-two women and a man": a number after a dash starts a new count
      String w = word;
      int dash = w.indexOf('-');
      // "12 games-instead of 27", "two sisters-s": a dash after a plural is a dash between words
      // (or a mangled apostrophe), not a compound
      boolean cut =
          dash > 0
              && (NumberWords.value(w.substring(dash + 1)) != null
                  || w.charAt(dash - 1) == 's' && !w.substring(0, dash).endsWith("ss"));
      if (cut) {
        w = w.substring(0, dash);
      }
      if (STOP.contains(w)
          || NOT_COUNTED.contains(w.toLowerCase(Locale.ROOT))
          || COMPASS.contains(w)
          || !kept.isEmpty() && DIMENSION_WORDS.contains(w)
          || w.endsWith("ly")
          || (w.endsWith("ing") || w.equals("dead")) && !kept.isEmpty()
          || w.endsWith("ed") && !kept.isEmpty()) {
        break;
      }
      kept.add(w);
      // a plural noun ends the phrase: "civilian homes", "dock workers", "residents" (spent …),
      // "people" (took …), "women" (dead)
      if (cut
          || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
          || Plurals.withoutS(w) && !(i + 1 < words.length && pluralNoun(words[i + 1]))) {
        break;
      }
    }
    // a counted thing is a noun: a phrase that stops on a participle or an adjective counts
    // nothing it names ("10,000 gathered", "five voting", "one expected")
    while (!kept.isEmpty() && !countable(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    if (kept.isEmpty()) {
      return null;
    }
    String thing = String.join(" ", kept);
    // "drones and missiles": a second noun joined by "and" counts too, unless it has its own number
    // or its own measure ("9,000 employees and sales of €4.1 billion")
    String after = rest.substring(t.start(1) + thing.length());
    Matcher and = AND_NOUN.matcher(after);
    if (and.find()
        && !STOP.contains(and.group(1))
        && NumberWords.value(and.group(1)) == null
        && !and.group(1).matches("hundreds|thousands|dozens|several|some|about|more")
        && and.group(1).endsWith("s")) {
      thing = thing + " and " + and.group(1);
    }
    return thing;
  }

  /**
   * Words after a figure that are not what it counts: adverbs and prepositions ("four straight",
   * "90 through 95", "$100 million worth", "people inside", "crewmen aboard"), verbs a figure is
   * the subject of ("one knew", "20,000 people took part"), and words that make the figure a
   * pronoun ("no one else"). Without these, a report was said to state "how many elses".
   */
  private static final Set<String> NOT_COUNTED =
      Set.copyOf(
          java.util.Arrays.asList(
              // adverbs and prepositions
              ("else through straight consecutive most worth aboard inside outside above below "
                      + "alive apiece each later earlier ahead behind away back again too only just "
                      + "even still now then yet already also instead together apart near far very "
                      + "so such rather quite enough further fewer least ever never always often "
                      + "once twice soon off "
                      // pronouns, determiners, conjunctions
                      + "he she it we they you i me him us them what who whom whose there here if "
                      + "unless because although though whereas nor "
                      // auxiliaries and modals ("one might", "doesn't")
                      + "can could might must shall should do does did doesn don didn isn wasn am "
                      // verbs a figure is the subject of, past tenses not in -ed
                      + "took came went got made knew met cast threw told became put gave saw said "
                      + "fell struck hurt ran won lost left kept held brought bought thought "
                      + "caught sent felt found heard led paid sat stood stole stolen wore "
                      + "wrote broke chose drove fought flew grew hid rode rose sank spoke stuck "
                      + "swore tore began begun blew drew drank fed fled died lied say says "
                      + "remain remains "
                      // adjectives that end a phrase with no noun after them
                      + "full late worldwide southern northern eastern western prestigious few "
                      + "many several short shy")
                  .split(" ")));

  /**
   * Points of the compass after a measure are where, not what: "3 km south of the station" is a
   * distance of 3 km. Lower case only, so that "five South Korean sailors" still counts sailors.
   */
  private static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west");

  /**
   * Words after a measure that say which way it runs ("9 km high", "a wall 12 metres long"), not
   * what it counts. Only after a first word, so that "three high schools" still counts schools.
   */
  private static final Set<String> DIMENSION_WORDS =
      Set.of("high", "deep", "long", "wide", "tall", "thick", "across");

  /**
   * Whether a word can be the head of a counted thing: not a participle or a past tense ("-ed",
   * "-ing", where nouns such as "speed", "building" and "shed" are the exceptions, and "guaranteed"
   * is not one), not an adverb.
   */
  private static boolean countable(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ly") || NOT_COUNTED.contains(w)) {
      return false;
    }
    if (w.endsWith("ed")
        && w.length() > 4
        && !(w.endsWith("eed") && w.length() <= 5)
        && !COUNTED_ED.contains(w)) {
      return false;
    }
    return !w.endsWith("ing") || COUNTED_ING.contains(w);
  }

  /** Participles news counts people by: "50 injured", "three wounded", "12 missing". */
  private static final Set<String> COUNTED_ED =
      Set.of(
          "injured",
          "wounded",
          "killed",
          "arrested",
          "detained",
          "displaced",
          "evacuated",
          "hospitalised",
          "hospitalized",
          "rescued",
          "trapped",
          "stranded",
          "affected",
          "accused",
          "convicted",
          "charged",
          "confirmed",
          "infected",
          "deceased",
          "armed");

  /** Nouns in -ing that are counted ("three buildings" ends on its -s; these end without). */
  private static final Set<String> COUNTED_ING =
      Set.of(
          "building",
          "meeting",
          "hearing",
          "shooting",
          "bombing",
          "killing",
          "opening",
          "ending",
          "inning",
          "offering",
          "filing",
          "sibling",
          "earring",
          "ring",
          "king",
          "wing",
          "string",
          "thing",
          "spring",
          "evening",
          "morning",
          "setting",
          "wedding",
          "landing",
          "warning",
          "ruling",
          "crossing",
          "outing",
          "painting",
          "recording",
          "finding",
          "missing");

  /** "No. 1", "#1", "number one" before the figure. */
  private static final Pattern RANK_MARK = Pattern.compile("(?i)(?:\\bno\\.|#|\\bnumber)\\s*$");

  /** A figure before these nouns places something in an order: "the AFC's five seed". */
  private static final Pattern RANK_NOUN = Pattern.compile("(?i)^[\\s-]*(seed|seeded|seeds)\\b");

  /**
   * Whether the figure is a place in an order, not a count: "the No. 1 seed", "#3 pick", "the
   * number one draft choice", "a five seed". Two reports giving different ranks of different teams
   * would otherwise disagree on "how many seeds".
   */
  private static boolean isRank(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 8), start);
    return RANK_MARK.matcher(before).find()
        || RANK_NOUN.matcher(text.substring(end, Math.min(text.length(), end + 10))).find();
  }

  private static final Pattern PRONOUN_BEFORE_ONE =
      Pattern.compile("(?i)\\b(?:no|any|every|some|the|this|that|which|each|little|loved)\\s+$");

  /**
   * Whether a figure before a singular noun counts nothing: a whole number in digits that is part
   * of a name written before it ("the Firefox 2 browser", "Boeing 747 jumbo", "a Category 4 storm")
   * or a number word standing for people before their verb ("All three live in", "the two agree").
   * Counted things after a figure above one are plurals, so a singular noun there is what the name
   * is ("browser") or a verb ("live"). Plurals without -s ("staff", "police"), participles news
   * counts people by ("12 arrested") and "dead" stay counts; so does a figure after a possessive
   * ("Italy's 60 million population") or after a capital that opens a sentence ("A 5.9 magnitude
   * earthquake", "Some 50 staff" is read with its qualifier).
   */
  private static boolean notACountOfIt(
      String text, int start, String word, String thing, boolean whole) {
    String[] words = thing.split("\\s+");
    int from = Math.max(0, start - 60);
    Matcher before = WORD_BEFORE.matcher(text.substring(from, start));
    if (!before.find()) {
      return false;
    }
    String prev = before.group(2);
    String edge = before.group(1);
    boolean opening = edge.isEmpty() ? from == 0 : !edge.isBlank() && !edge.equals("(");
    // a name's figure is written in digits and comes before what the name is ("the Firefox 2
    // browser support"), so the first word decides; a number word after a name counts ("had
    // given Cheeks two contract extensions"); a number of people is read alone ("the two agree")
    if (word == null
        && singular(words[0])
        && Character.isUpperCase(prev.charAt(0))
        && !opening
        && !ARTICLE.matcher(prev).matches()
        && !prev.matches(".*['’]s?")
        && whole) {
      return true;
    }
    return word != null
        && words.length == 1
        && singular(words[0])
        && COUNT_AS_PRONOUN.contains(prev.toLowerCase(Locale.ROOT));
  }

  /**
   * The word before a figure, and what stands before that word: a space or a bracket inside a
   * sentence; a sentence's end, a line break, a quotation mark or the text's start when the word
   * opens a sentence.
   */
  private static final Pattern WORD_BEFORE =
      Pattern.compile("(^|[.!?:;\"“”]\\s*|\\n|[ \\t(])(\\p{L}[\\p{L}'’-]*)[ \\t]+$");

  /** Whether a word is a singular noun, not a count's plural, participle or "dead". */
  private static boolean singular(String w) {
    return w.matches("[a-z][a-z-]*")
        && !(w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"))
        && !Plurals.withoutS(w)
        && !COUNTED_ED.contains(w)
        && !w.equals("dead");
  }

  /** Whether the letters glued before a figure follow a currency sign: "$US2 million". */
  private static boolean currencyBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && i > start - 4 && Character.isUpperCase(text.charAt(i))) {
      i--;
    }
    return i >= 0 && "$€£".indexOf(text.charAt(i)) >= 0;
  }

  /** A parent of a number of children, right before the number: "a mother of 12". */
  private static final Pattern PARENT_OF =
      Pattern.compile(
          "(?i)\\b(?:mother|father|parent|grandmother|grandfather|mum|mom|dad)\\s+of\\s+$");

  /** An article: a name's figure never follows one ("A 5.9 magnitude quake" opens a sentence). */
  private static final Pattern ARTICLE = Pattern.compile("A|An|The");

  /** Words before a number of people that make it the subject: "all three", "the two". */
  private static final Set<String> COUNT_AS_PRONOUN =
      Set.of("all", "the", "both", "these", "those");

  /** Whether "one" is a pronoun ("no one", "the one who", "loved ones"), not the figure 1. */
  private static boolean pronounOne(String text, int start, String word) {
    if (!word.equalsIgnoreCase("one")) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 12), start);
    return PRONOUN_BEFORE_ONE.matcher(before).find();
  }

  /**
   * A decade or a year's second half after a teen or "twenty": "the nineteen sixties", "nineteen
   * ninety", "twenty twenty".
   */
  private static final Pattern DECADE_AFTER =
      Pattern.compile(
          "(?i)[\\s-]+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
              + "|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b");

  /**
   * "And" and a second noun after a counted one, not one with its own measure ("sales of") nor a
   * verb ("opened six clinics and says").
   */
  private static final Pattern AND_NOUN =
      Pattern.compile(
          "^\\s+and\\s+(?!(?:says|said|say|is|was|are|were|has|have|had|will|would|could)\\b)"
              + "([a-z][a-z\\-]+)\\b(?!\\s+of\\b)");

  /** Words that end the noun phrase after "number of": a preposition, a verb or a relative. */
  private static final String NOT_THE_NOUN =
      "(?!(?:in|of|at|on|for|from|across|has|have|had|is|was|are|were|who|that|which)\\b)";

  /**
   * "The number of" a thing, then a verb that gives its level, right before a bare number: "the
   * number of cholera cases in Tarnow has climbed to 214", "the number of dead rose to 14". The
   * counted thing is the noun phrase after "number of", up to a preposition or verb.
   */
  private static final Pattern NUMBER_OF_BEFORE =
      Pattern.compile(
          "(?i)\\bnumber\\s+of\\s+((?:"
              + NOT_THE_NOUN
              + "\\p{L}[\\p{L}-]*\\s+){0,2}"
              + NOT_THE_NOUN
              + "\\p{L}[\\p{L}-]*)"
              + "(?:\\s+(?:in|at|on|across|from|who|that|which)\\s+[^.;:\\d]{1,40}?)?\\s+"
              + "(?:(?:has|have|had)\\s+)?(?:climbed|risen|rose|reached|increased|grown|grew|"
              + "jumped|fallen|fell|dropped|stands\\s+at|stood\\s+at|is|was|are|were)"
              + "(?:\\s+to)?\\s+(?:(?:about|around|nearly|almost|at\\s+least|more\\s+than)\\s+)?$");

  /**
   * A gathering's size right before a bare number: "a crowd of 41,000", "an audience of 2,000",
   * "the attendance at the Riverside Stadium was 41,000", and an estimate of it: "organisers put
   * the turnout at 40,000", "police estimated the crowd at 12,000".
   */
  private static final Pattern CROWD_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:crowds?|attendance|audience|turnout)"
              + "(?:\\s+(?:at|in|for)\\s+[^.;:\\d]{1,40}?)?\\s+"
              + "(?:of|was|is|stood\\s+at|reached|at)\\s+(?:(?:about|around|nearly|almost|some|"
              + "more\\s+than|over|at\\s+least)\\s+)?$");

  /**
   * A verb of joining a gathering right after a bare number: "40,000 had joined the march", "12,000
   * took part", "about 300 turned out": people, as a toll's verb says.
   */
  private static final Pattern GATHERED_AFTER =
      Pattern.compile(
          "(?i)\\s+(?:(?:have|had|has)\\s+)?(?:joined|marched|took\\s+part|turned\\s+out|"
              + "attended|gathered|rallied|demonstrated)\\b");

  /**
   * A verb of dying, surviving, being hurt or falling ill right after a bare number: "three have
   * died", "14 died", "17 survived", "27 have fallen ill", "nine were treated for minor injuries",
   * "189 had been rescued", "nine remained missing".
   */
  private static final Pattern TOLL_AFTER =
      Pattern.compile(
          "(?i)\\s+(?:(?:have|had|has)\\s+)?(?:died|survived|(?:(?:have|had)\\s+been|were)\\s+"
              + "(?:killed|injured|wounded|hurt|infected|sickened|taken\\s+ill|treated\\s+for"
              + "|rescued|evacuated)"
              + "|(?:fallen|fell|become|became)\\s+ill"
              + "|(?:were|are|remain|remains|remained)\\s+(?:still\\s+)?missing)\\b");

  /**
   * A verb of killing, hurting or making ill right before a bare number: "injuring 27", "killed
   * 14", "sickened 31".
   */
  private static final Pattern TOLL_BEFORE =
      Pattern.compile("(?i)\\b(?:kill|injur|wound|sicken|infect)(?:ing|ed|es|s)\\s+$");

  /**
   * Words a number names rather than counts: "flight 417 slid off the runway" is one flight, "Route
   * 9", "Gate 12", "Room 301", "Chapter 11". (A rank's "No. 2" is read as a rank.)
   */
  private static final Set<String> NAMED_BY_NUMBER =
      Set.of(
          "flight",
          "route",
          "highway",
          "interstate",
          "room",
          "gate",
          "platform",
          "seat",
          "flat",
          "row",
          "terminal",
          "bus",
          "apartment",
          "suite",
          "precinct",
          "channel",
          "page",
          "chapter",
          "article",
          "section",
          "proposition",
          "amendment",
          "episode",
          "version",
          "pier",
          "exit");

  /**
   * A race's distance names the race: "the Olympic 100m champion", "the 400 metres hurdles", "the
   * 1,500m final" measure nothing that happened.
   */
  private static final Pattern RACE =
      Pattern.compile(
          "(?i)\\s*(?:m|km|metres?|meters?|miles?)\\s+(?:freestyle\\s+|backstroke\\s+|butterfly\\s+|"
              + "breaststroke\\s+|individual\\s+medley\\s+|world\\s+|olympic\\s+)?(?:champions?|"
              + "championships?|final|finals|race|title|record|hurdles|freestyle|butterfly|"
              + "backstroke|breaststroke|sprint|dash|relay|gold|silver|bronze|medal|medallist|"
              + "medalist|heats?|semi-?finals?)\\b");

  /** Years, dates, clock times, ordinals and tallies are numbers, not counts of things. */
  private static boolean isNotACount(
      String text, int start, int end, String digits, boolean rangeStart) {
    // a line break is a space to the checks below ("1300 GMT" ends a line as often as not)
    String before =
        text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT).replace('\n', ' ');
    String after =
        text.substring(end, Math.min(text.length(), end + 12))
            .toLowerCase(Locale.ROOT)
            .replace('\n', ' ');
    if (start > 0 && Character.isLetter(text.charAt(start - 1)) && !currencyBefore(text, start)) {
      return true; // "the G7 meeting", "an MP3 player", "the Airbus A380": a name
    }
    if (digits.matches("(19|20)\\d{2}")
        && !after.matches("^\\s+(people|of|troops|soldiers|residents|drones).*")) {
      return true;
    }
    String prevWord = before.replaceAll(".*?([a-z]+)\\.?\\s*$", "$1");
    String nextWord = after.replaceAll("^\\s*([a-z]+).*", "$1");
    if (MONTHS.contains(prevWord)
        || MONTHS.contains(nextWord)
        || NAMED_BY_NUMBER.contains(prevWord)) {
      return true;
    }
    if (RACE.matcher(text.substring(end, Math.min(text.length(), end + 40))).lookingAt()) {
      return true;
    }
    if (rangeStart) {
      // "10:30 to 11", "3rd-5th"; the tally and score rules below are for single figures, which a
      // range is not
      return after.matches("^(st|nd|rd|th|:\\d).*") || before.matches(".*\\d[:.]$");
    }
    return after.matches("^(st|nd|rd|th|:\\d|\\s*(a\\.m|p\\.m|am\\b|pm\\b)).*")
        || after.matches("^\\s+to\\s+\\d+.*")
        || before.matches(".*\\d+\\s+to\\s+$")
        || after.matches("^-\\d.*")
        || before.endsWith("-")
        // the minutes of a clock time ("10:56 AM") or the decimals of a magnitude ("6.0 quake")
        || before.matches(".*\\d[:.]$")
        || after.matches("^\\s*(gmt|utc|edt|est|cdt|cst|pdt|pst|bst|cet|ist)\\b.*");
  }
}
