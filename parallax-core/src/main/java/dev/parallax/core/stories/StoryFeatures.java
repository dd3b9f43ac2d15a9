package dev.parallax.core.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns an article into the weighted terms the story clusterer compares: content words (stemmed),
 * names and numbers, each kind kept apart so that the two levels can weigh them differently.
 *
 * <p>Why names are found by hand rather than taken from NER: the clusterer must also run where no
 * NER ran (non-English articles, {@code --no-nlp}, feeds at scale), and for telling two events of
 * the same kind apart what matters is that both articles write the same capitalised word, not its
 * type. A capitalised word counts as a name when it is not the first word of a sentence, or when
 * the article also writes it capitalised mid-sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class StoryFeatures {

  /** The kind of a term; each level of clustering weighs the kinds differently. */
  public enum Kind {
    WORD,
    NAME,
    NUMBER
  }

  /** Terms of one article: kind-prefixed term → count. */
  public record Terms(Map<String, Integer> counts) {
    public Terms {
      counts = Map.copyOf(counts);
    }

    static Kind kindOf(String term) {
      return switch (term.charAt(0)) {
        case 'n' -> Kind.NAME;
        case 'd' -> Kind.NUMBER;
        default -> Kind.WORD;
      };
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)?|\\d[\\d,.]*\\d|\\d|[.!?]|\\n");

  private static final Set<String> STOP =
      Set.copyOf(
          Arrays.asList(
              ("a about above after again against all also am an and any are as at be because been"
                      + " before being below between both but by can could did do does doing down"
                      + " during each few for from further had has have having he her here hers"
                      + " herself him himself his how i if in into is it its itself just me more"
                      + " most my myself no nor not now of off on once only or other our ours"
                      + " ourselves out over own same she should so some such than that the their"
                      + " theirs them themselves then there these they this those through to too"
                      + " under until up very was we were what when where which while who whom why"
                      + " will with would you your yours yourself yourselves said says say told"
                      + " according mr mrs ms dr one two three new year years last first since"
                      + " monday tuesday wednesday thursday friday saturday sunday today yesterday"
                      + " tonight week month people may might must shall get got like well even"
                      + " many much still back just around however though although yet another")
                  .split(" ")));

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /**
   * Terms of an article.
   *
   * @param title the headline or null; its terms count twice, as a reader weighs a headline
   * @param text the article body
   */
  public Terms terms(String title, String text) {
    return terms(title, text, Map.of());
  }

  /**
   * Terms of an article, with names written in another spelling folded to one.
   *
   * @param spellings lower-case name word → the spelling to count it as ("vargha" → "varga"), from
   *     entities already resolved across the run's articles
   */
  public Terms terms(String title, String text, Map<String, String> spellings) {
    Map<String, Integer> counts = new HashMap<>();
    List<Token> body = tokens(withoutCredits(text));
    Set<String> bodyNames = capitalisedMidSentence(body);
    if (title != null) {
      List<Token> head = tokens(title);
      // A headline in Title Case capitalises every word: there, only words the body also
      // capitalises are names ("Varga Rejects Brackton Invitation": Varga and Brackton).
      Set<String> headNames = titleCase(head) ? bodyNames : capitalisedMidSentence(head);
      add(head, headNames, spellings, counts, 2);
    }
    add(body, bodyNames, spellings, counts, 1);
    return new Terms(counts);
  }

  /**
   * A byline on a line of its own ("By Karl Lind") and the outlet in a dateline ("LIND, March 3
   * (Harbour Wire) -"): who wrote or carried the report, not what it tells. As names they weigh
   * most, and in a small run two reports of one event by different outlets shared too little else
   * to meet.
   */
  private static final Pattern BYLINE =
      Pattern.compile("(?m)^\\s*By\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*$");

  /** A dateline's place (and date) at a line's start, then its outlet in brackets before a dash. */
  private static final Pattern DATELINE_OUTLET =
      Pattern.compile(
          "(?m)^(\\p{Lu}{2}[\\p{Lu} .'-]{0,38}(?:,[^\\n()]{1,30})?)\\s*\\([^)\\n]{1,40}\\)"
              + "(?=\\s*[—–-])");

  private static String withoutCredits(String text) {
    String unsigned = BYLINE.matcher(text).replaceAll(" ");
    return DATELINE_OUTLET.matcher(unsigned).replaceAll("$1 ");
  }

  private record Token(String text, boolean sentenceStart) {}

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    boolean start = true;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      char c = t.charAt(0);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        start = true;
        continue;
      }
      tokens.add(new Token(withoutPossessive(t), start));
      start = false;
    }
    return tokens;
  }

  /** "Putin's" and "Putin’s" are Putin. */
  private static String withoutPossessive(String t) {
    int n = t.length();
    if (n > 3
        && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S')
        && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '’')) {
      return t.substring(0, n - 2);
    }
    return t;
  }

  private static Set<String> capitalisedMidSentence(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      if (!t.sentenceStart() && Character.isUpperCase(t.text().charAt(0))) {
        out.add(t.text());
      }
    }
    return out;
  }

  /** Most words of four letters or more capitalised: a headline written in Title Case. */
  private static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
        words++;
        if (Character.isUpperCase(t.text().charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
  }

  private void add(
      List<Token> tokens,
      Set<String> names,
      Map<String, String> spellings,
      Map<String, Integer> counts,
      int weight) {
    PorterStemmer stemmer = new PorterStemmer();
    for (Token token : tokens) {
      String t = token.text();
      char c = t.charAt(0);
      String lower = t.toLowerCase(Locale.ROOT);
      String term;
      if (Character.isDigit(c)) {
        term = "d:" + t.replace(",", "");
      } else if (MONTHS.contains(lower)) {
        term = "d:" + lower;
      } else if (STOP.contains(lower) || t.length() < 3) {
        continue;
      } else if (Character.isUpperCase(c) && names.contains(t) && !isShouting(t)) {
        term = "n:" + spellings.getOrDefault(lower, lower);
      } else {
        term = "w:" + stemmer.stem(lower);
      }
      counts.merge(term, weight, Integer::sum);
    }
  }

  /** All-capital words longer than an acronym are headline shouting, not names. */
  private static boolean isShouting(String t) {
    return t.length() > 5 && t.equals(t.toUpperCase(Locale.ROOT));
  }
}
