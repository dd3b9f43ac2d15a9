package dev.parallax.core.crosscheck;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.core.claims.Amount;
import dev.parallax.core.claims.NumberWords;
import dev.parallax.core.entities.Romanization;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two reports telling the same thing in nearly the same words, except for one place or one figure:
 * "The explosion happened at the West Coast Bank in Woodburn" against "… in Salem". This finds such
 * sentence pairs and the one name or number they differ on.
 *
 * <p>Why beside the claim extractors: a place or a figure is only a claim where a pattern reads it
 * as one ("in X", "N people"), and most facts are written some other way ("Woodburn's West Coast
 * Bank", "a Salem bank"). When two independent reports share a sentence almost word for word, the
 * sentence itself says the two are about the same thing, whatever its shape, and a differing name
 * or number in it is a disagreement. Nearly identical means: at least {@link #MIN_SHARED} content
 * words in common, {@link #MIN_OVERLAP} of the shorter sentence's content words shared, and one
 * difference only besides small words.
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceDiffs {

  /** Content words the two sentences must share. */
  static final int MIN_SHARED = 6;

  /** Share of the shorter sentence's content words found in the other. */
  static final double MIN_OVERLAP = 0.7;

  /**
   * A sentence: a full stop inside a figure ("6.1") or a name ("U.S."), or after a title or an
   * initial ("St. Louis", "Mr. Ruiz", "J. Ruiz"), does not end it.
   */
  private static final Pattern SENTENCE =
      Pattern.compile(
          "(?:[^.!?\\n]|[.!?](?=[^\\s\"”’)])"
              + "|(?<=\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Lt|Gen|Col|Sgt|No|\\p{Lu}))\\.(?=\\s\\p{Lu}))+"
              + "(?:[.!?]+[\"”’)]*|$)");

  /** A word, a figure or a currency sign; an abbreviated title keeps its full stop ("St."). */
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr)\\.(?=\\s\\p{Lu})|\\p{L}[\\p{L}\\p{M}'’\\-]*|\\d[\\d,.]*\\d|\\d|\\$|€|£");

  /** Words that may differ between two tellings of one fact without changing it. */
  private static final Set<String> SMALL =
      Set.of(
          "a",
          "an",
          "the",
          "of",
          "in",
          "on",
          "at",
          "to",
          "and",
          "or",
          "by",
          "for",
          "from",
          "with",
          "was",
          "were",
          "is",
          "are",
          "has",
          "had",
          "have",
          "been",
          "be",
          "that",
          "which",
          "who",
          "said",
          "says",
          "told",
          "reported",
          "according",
          "about",
          "some",
          "around",
          "nearly",
          "almost",
          "more",
          "than",
          "over",
          "least",
          "up",
          "as",
          "many",
          "approximately",
          "roughly",
          "estimated",
          "also",
          "its",
          "his",
          "her",
          "their",
          "it",
          "he",
          "she",
          "they",
          "this",
          "these",
          "those",
          "there",
          "after",
          "before",
          "when",
          "while",
          "where",
          "just",
          "only",
          "all",
          "other",
          "another",
          "new",
          "last",
          "first",
          "then",
          "now",
          "but",
          "not",
          "would",
          "could",
          "will",
          "may",
          "can",
          "did",
          "do",
          "does",
          "into",
          "out",
          "off",
          "near",
          "outside",
          "inside",
          "local",
          "early",
          "late",
          "later",
          "earlier");

  private SentenceDiffs() {}

  /** One token of a sentence, with its offsets in the article. */
  private record Token(String text, String lower, int start, int end) {}

  /** A sentence of an article, its tokens and its content words. */
  private record Sentence(String article, List<Token> tokens, Set<String> content) {}

  /** One difference found: the two spans and what they differ on. */
  record Difference(String kind, Claim a, Claim b) {}

  /**
   * The differences between independent articles of one story.
   *
   * @param members the story's article ids
   * @param sourceOf the independent source of an article: articles of one source are not compared
   * @param isPlace whether a name is a known place
   * @param isPerson whether a name is a known person's: a differing person is not a place
   * @param isBody whether a name is a known organisation's and no place's: a team or a company
   *     written where the other report writes a place is the body named by its city
   */
  static List<Difference> find(
      List<String> members,
      Function<String, Article> articles,
      Function<String, String> sourceOf,
      Predicate<String> isPlace,
      Predicate<String> isPerson,
      Predicate<String> isBody) {
    Map<String, List<Sentence>> sentences = new LinkedHashMap<>();
    for (String id : members) {
      Article a = articles.apply(id);
      if (a != null) {
        sentences.put(id, sentences(id, a.text()));
      }
    }
    List<String> ids = new ArrayList<>(sentences.keySet());
    List<Difference> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (sourceOf.apply(ids.get(i)).equals(sourceOf.apply(ids.get(j)))) {
          continue;
        }
        for (Sentence x : sentences.get(ids.get(i))) {
          for (Sentence y : sentences.get(ids.get(j))) {
            Difference d = compare(x, y, isPlace, isPerson.or(isBody));
            if (d != null) {
              out.add(d);
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Sentence> sentences(String article, String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      List<Token> tokens = new ArrayList<>();
      Set<String> content = new HashSet<>();
      Matcher t = TOKEN.matcher(s.group());
      while (t.find()) {
        String lower = t.group().toLowerCase(Locale.ROOT);
        tokens.add(new Token(t.group(), lower, s.start() + t.start(), s.start() + t.end()));
        if (!SMALL.contains(lower) && (lower.length() > 2 || Character.isDigit(lower.charAt(0)))) {
          content.add(lower);
        }
      }
      if (content.size() >= MIN_SHARED) {
        out.add(new Sentence(article, tokens, content));
      }
    }
    return out;
  }

  /** The single place or figure two nearly identical sentences differ on, or null. */
  private static Difference compare(
      Sentence x, Sentence y, Predicate<String> isPlace, Predicate<String> isPerson) {
    Set<String> shared = new HashSet<>(x.content());
    shared.retainAll(y.content());
    int smaller = Math.min(x.content().size(), y.content().size());
    if (shared.size() < MIN_SHARED || shared.size() < MIN_OVERLAP * smaller) {
      return null;
    }
    List<int[]> hunks = hunks(x.tokens(), y.tokens());
    int[] only = null;
    for (int[] h : hunks) {
      if (small(x.tokens(), h[0], h[1]) && small(y.tokens(), h[2], h[3])) {
        continue;
      }
      if (only != null) {
        return null; // more than one difference: a rewrite, not one fact changed
      }
      only = h;
    }
    if (only == null || only[0] == only[1] || only[2] == only[3]) {
      return null; // identical, or words added on one side only
    }
    List<Token> a = x.tokens().subList(only[0], only[1]);
    List<Token> b = y.tokens().subList(only[2], only[3]);
    Double va = figure(a);
    Double vb = figure(b);
    if (va != null && vb != null) {
      if (va.equals(vb) || a.size() > 3 || b.size() > 3 || !counted(x.tokens(), only[1])) {
        return null;
      }
      String counted = x.tokens().get(only[1]).lower();
      return new Difference(
          "quantity",
          claim(x, a, "quantity", counted, Amount.of(va, null).describe()),
          claim(y, b, "quantity", counted, Amount.of(vb, null).describe()));
    }
    String pa = name(a);
    String pb = name(b);
    if (pa != null && pb != null && (isPlace.test(pa) || isPlace.test(pb))) {
      if (Agreement.placesAgree(pa, pb)
          || sameSpelling(pa, pb)
          || isPerson.test(pa)
          || isPerson.test(pb)) {
        return null;
      }
      return new Difference(
          "place", claim(x, a, "place", "place", pa), claim(y, b, "place", "place", pb));
    }
    return null;
  }

  /**
   * Whether the word after a figure is a counted thing ("12 people", "3 rifles") rather than a
   * clock time, a unit of time or nothing: "at 9 p.m." and "at 1 p.m." differ on when, which a
   * figure's comparison does not judge.
   */
  private static boolean counted(List<Token> tokens, int after) {
    if (after >= tokens.size()) {
      return false;
    }
    String next = tokens.get(after).text();
    return next.matches("\\p{Ll}{3,}") && !TIME_WORDS.contains(next);
  }

  private static final Set<String> TIME_WORDS =
      Set.of(
          "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
          "minutes", "minute", "seconds", "second", "percent", "per", "times", "old");

  /** One name spelled two ways: accents ("Vendôme"), British and American ("Technicolour"). */
  private static boolean sameSpelling(String a, String b) {
    String x = Romanization.fold(a);
    String y = Romanization.fold(b);
    return x.equals(y)
        || (Math.min(x.length(), y.length()) >= 6 && Romanization.distance(x, y) <= 1);
  }

  /** Whether tokens [from, to) are only small words (or nothing). */
  private static boolean small(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).lower();
      if (!SMALL.contains(w) && !w.matches("[$€£]")) {
        return false;
      }
    }
    return true;
  }

  /** The value of a span that is one figure (with at most a currency sign), or null. */
  private static Double figure(List<Token> span) {
    Double value = null;
    for (Token t : span) {
      if (t.text().matches("[$€£]") || SMALL.contains(t.lower())) {
        continue;
      }
      Double v =
          Character.isDigit(t.text().charAt(0)) ? number(t.text()) : NumberWords.value(t.lower());
      if (v == null || value != null) {
        return null;
      }
      value = v;
    }
    return value;
  }

  private static Double number(String digits) {
    try {
      return Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The span as a capitalised name ("West Coast Bank", "Salem"), or null. */
  private static String name(List<Token> span) {
    List<String> words = new ArrayList<>();
    for (Token t : span) {
      if (SMALL.contains(t.lower()) && words.isEmpty()) {
        continue;
      }
      if (!Character.isUpperCase(t.text().charAt(0)) && !SMALL.contains(t.lower())) {
        return null;
      }
      words.add(t.text());
    }
    while (!words.isEmpty() && SMALL.contains(words.getLast().toLowerCase(Locale.ROOT))) {
      words.removeLast();
    }
    return words.isEmpty() || words.size() > 4 ? null : String.join(" ", words);
  }

  private static Claim claim(
      Sentence s, List<Token> span, String kind, String subject, String value) {
    int start = span.getFirst().start();
    int end = span.getLast().end();
    String text = span.stream().map(Token::text).reduce((p, q) -> p + " " + q).orElse("");
    return new Claim(
        "diff:" + s.article() + ":" + start,
        s.article(),
        kind,
        subject,
        "differs",
        value,
        text,
        start,
        end);
  }

  /**
   * The differing stretches of two token lists, from their longest common subsequence of words:
   * each hunk is {@code {aFrom, aTo, bFrom, bTo}}.
   */
  private static List<int[]> hunks(List<Token> a, List<Token> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).lower().equals(b.get(j).lower())
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int hi = -1;
    int hj = -1;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).lower().equals(b.get(j).lower())) {
        if (hi >= 0) {
          out.add(new int[] {hi, i, hj, j});
          hi = -1;
        }
        i++;
        j++;
      } else {
        if (hi < 0) {
          hi = i;
          hj = j;
        }
        if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
          i++;
        } else {
          j++;
        }
      }
    }
    if (hi >= 0) {
      out.add(new int[] {hi, n, hj, m});
    }
    return out;
  }
}
