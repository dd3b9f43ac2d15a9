package dev.parallax.core.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Win–loss records, scores and vote tallies: "improved to 52-3", "a 162-139 record", "beat the
 * Chiefs 20-13", "(10-0)", "passed by 88 votes to 81". Two figures joined by a hyphen are one fact,
 * and neither is a count of anything: "52-3" and "52-16" disagree although both say 52, so they are
 * kept whole rather than read as amounts.
 *
 * <p>A pair followed by a noun is a range of that noun ("35-40 firefighters", "4-5 inches"), not a
 * record, unless the noun is one a record or a score goes with ("record", "win", "lead"). Dates,
 * times and longer chains ("4-3-3", "12-16-08", "2012-13") are left out. Stateless and thread-safe.
 */
public final class RecordFinder {

  /**
   * One record, score or tally, as written and normalised ("52-3").
   *
   * @param vote whether it is a vote's tally ("by 88 votes to 81", "passed 88-81"), which is
   *     compared with other tallies only
   */
  public record Score(int start, int end, String text, String value, boolean vote) {}

  private static final Pattern PAIR =
      Pattern.compile(
          "(?<![\\d.,/:$£€\\-–])\\b(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})(?:\\s?[-–]\\s?(0|[1-9]\\d?))?\\b"
              + "(?![-–/.:,]?\\d)");

  /** The word after the pair, if it is one. */
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\\p{L}\\-]+)");

  /** Nouns a record or a score goes with; any other noun after a pair makes it a range. */
  private static final Set<String> RECORD_NOUNS =
      Set.of(
          "record",
          "mark",
          "win",
          "wins",
          "victory",
          "loss",
          "defeat",
          "lead",
          "deficit",
          "edge",
          "advantage",
          "decision",
          "vote",
          "margin",
          "score",
          "scoreline",
          "start",
          "finish",
          "run",
          "tie",
          "draw",
          "triumph",
          "rout",
          "thrashing",
          "setback",
          "season",
          "campaign",
          "overall",
          "halftime");

  /** Small words after a pair that leave it a record: "to 52-3 with 46 KOs", "20-13 to clinch". */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "with", "to", "in", "on", "at", "and", "but", "for", "as", "after", "before", "since",
          "when", "while", "against", "over", "under", "this", "last", "so", "is", "was", "the",
          "a", "an", "or", "by", "from", "into", "behind", "then", "that", "which", "who");

  /** Nouns of a score at some moment of a game, not its result. */
  private static final Pattern MOMENT_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:[-–]\\s*point\\s+|\\w+-quarter\\s+)?(lead|deficit|edge|advantage)\\b");

  private static final Pattern FIXED_MOMENT =
      Pattern.compile("(?i)\\b(half-?\\s?time|at the half)\\b");

  /**
   * Words before a score that make it a standing in the game: "tied 13-13", "put them up 20-13".
   */
  private static final Pattern TIED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:tied|up|ahead|led|leading|trailed|trailing|down)\\s+(?:at\\s+|by\\s+)?$");

  /** A tie broken ("to break a 13-13 tie"): a moment the game passed through. */
  private static final Pattern BROKEN_BEFORE =
      Pattern.compile("(?i)\\b(?:break|breaks|broke|breaking|snap|snapped)\\s+(?:a|the)\\s+$");

  /**
   * Whether the score is one of the moments of a game: "a 7-0 lead", "a 20-13 lead", "the score
   * tied 13-13", "put the Colts up 20-13", "to break a 13-13 tie" ("ended in a 1-1 tie" is a
   * result). A game passes through many such scores, and two reports giving different ones tell
   * different moments, not different results. A half-time score is one moment and stays.
   */
  private static boolean moment(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 20), start);
    String after = text.substring(end, Math.min(text.length(), end + 30));
    if (TIED_BEFORE.matcher(before).find()
        || BROKEN_BEFORE.matcher(before).find() && after.matches("(?is)^\\s*tie\\b.*")) {
      return true;
    }
    return MOMENT_AFTER.matcher(after).find()
        && !FIXED_MOMENT.matcher(before).find()
        && !FIXED_MOMENT.matcher(after.substring(0, Math.min(after.length(), 12))).find();
  }

  /** One set of a match told set by set: "6-2", "7-6 (7-4)", "7-6(5)". */
  private static final String SET = "\\d{1,2}-\\d{1,2}(?:\\s?\\(\\d{1,2}(?:-\\d{1,2})?\\))?";

  /** Two or more sets in a row: "6-3 4-6 7-6 (7-4)", "6-2, 6-2". */
  private static final Pattern SET_LINE =
      Pattern.compile("(?<![\\d.,/:$£€\\-–])\\b" + SET + "(?:,?\\s+" + SET + ")+(?![-–/.:]?\\d)");

  private static final Pattern SET_SCORE = Pattern.compile("(\\d{1,2})-(\\d{1,2})(?!\\))");

  /**
   * A tennis (or volleyball) result told set by set is one score: "won 6-2 6-3" against "won 6-2
   * 6-4" is one match misreported, while each set read alone would be set against any other set of
   * another report ("6-2" against "6-4" of another set). Every set has a side with six games or
   * more (a volleyball set, 25 points or more), so two game scores in a row ("2-1 and 3-0") are not
   * read as one. The value is the sets in order, tie-breaks left out.
   */
  private static Score setLine(Matcher line) {
    List<String> sets = new ArrayList<>();
    Matcher s = SET_SCORE.matcher(line.group());
    while (s.find()) {
      int a = Integer.parseInt(s.group(1));
      int b = Integer.parseInt(s.group(2));
      if (Math.max(a, b) < 6) {
        return null;
      }
      sets.add(a + "-" + b);
    }
    return sets.size() < 2
        ? null
        : new Score(line.start(), line.end(), line.group(), String.join(" ", sets), false);
  }

  /**
   * A vote's tally written with "to": "by 88 votes to 81", "voted 86 to 81", "approved 88 to 81". A
   * count before "to" is otherwise the start of a range ("35 to 40") or of a change, so the tally
   * is read only with a word of voting before it or "votes" after its first figure.
   */
  private static final Pattern TALLY =
      Pattern.compile(
          "(?i)(?<![\\d.,/:$£€\\-–])\\b(\\d{1,3})\\s+(votes?\\s+)?to\\s+(\\d{1,3})\\b"
              + "(?![-–/.,:]?\\d|\\s*(?:%|per\\s?cent|percent|million|billion|thousand))");

  /** Verbs of a chamber's voting: "voted", "passed", "approved". */
  private static final String VOTE_VERBS =
      "vot(?:e|es|ed|ing)|passed|approved|adopted|rejected|ratified";

  /** A word of voting in the words before a tally. */
  private static final Pattern VOTE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:" + VOTE_VERBS + "|ballot|defeated|backed|endorsed|elected|confirmed)\\b");

  /** A verb of voting right before a hyphened pair, which makes it a tally: "passed 52-48". */
  private static final Pattern VOTE_RIGHT_BEFORE =
      Pattern.compile("(?i)\\b(?:" + VOTE_VERBS + ")\\s+(?:by\\s+)?(?:an?\\s+)?$");

  /** Vote tallies in {@code text}, as "88-81". */
  private static List<Score> tallies(String text) {
    List<Score> out = new ArrayList<>();
    Matcher t = TALLY.matcher(text);
    while (t.find()) {
      String before = text.substring(Math.max(0, t.start() - 80), t.start());
      Matcher next =
          NEXT_WORD.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 30)));
      if (t.group(2) == null && !VOTE_BEFORE.matcher(before).find()
          || before.matches("(?is).*\\b(?:from|between)\\s+$")
          // "approved a plan to cut 30 to 40 jobs": a range of the noun after it
          || next.find()
              && Character.isLowerCase(next.group(1).charAt(0))
              && !RECORD_NOUNS.contains(next.group(1))
              && !FUNCTION_WORDS.contains(next.group(1))) {
        continue;
      }
      out.add(
          new Score(
              t.start(),
              t.end(),
              t.group(),
              Integer.parseInt(t.group(1)) + "-" + Integer.parseInt(t.group(3)),
              true));
    }
    return out;
  }

  /** Finds records, scores and vote tallies in {@code text}. */
  public List<Score> find(String text) {
    List<Score> out = tallies(text);
    List<int[]> lines = new ArrayList<>();
    Matcher l = SET_LINE.matcher(text);
    while (l.find()) {
      Score line = setLine(l);
      if (line != null) {
        out.add(line);
        lines.add(new int[] {line.start(), line.end()});
      }
    }
    Matcher m = PAIR.matcher(text);
    while (m.find()) {
      int at = m.start();
      if (lines.stream().anyMatch(r -> r[0] <= at && at < r[1])) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (m.group(3) == null && a == 0 && b == 0) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start() - 12), m.start());
      if (before.matches("(?s).*\\b(?:from|between|aged|ages|of)\\s+$")) {
        // "from 35-40", "ages 18-24": a range
        continue;
      }
      Matcher next =
          NEXT_WORD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
      if (next.find()) {
        String word = next.group(1).toLowerCase(Locale.ROOT);
        if (Character.isLowerCase(next.group(1).charAt(0))
            && !RECORD_NOUNS.contains(word)
            && !FUNCTION_WORDS.contains(word)) {
          continue;
        }
      }
      if (moment(text, m.start(), m.end())) {
        continue;
      }
      String value = a + "-" + b + (m.group(3) == null ? "" : "-" + m.group(3));
      // "passed 88-81", "by an 88-81 vote"; a game's "20-13" after any word of voting in its
      // paragraph stays a score
      boolean vote =
          VOTE_RIGHT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
              || next.find(0) && next.group(1).toLowerCase(Locale.ROOT).startsWith("vote");
      out.add(new Score(m.start(), m.end(), m.group(), value, vote));
    }
    out.sort(java.util.Comparator.comparingInt(Score::start));
    return out;
  }
}
