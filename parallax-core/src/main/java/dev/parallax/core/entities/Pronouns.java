package dev.parallax.core.entities;

import dev.parallax.api.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links third-person pronouns ("he", "his", "she", "her") to the person they stand for, within one
 * article: in "Marek Halvorsen said … He added" the "He" is Halvorsen.
 *
 * <p>Why by hand rather than CoreNLP's coreference: the statistical and neural coref annotators
 * need the dependency parse and cost most of the stock pipeline's time (about 230 tokens/s on two
 * cores, see DESIGN.md); news prose is regular enough that a salience rule gets most personal
 * pronouns right. The rule, per pronoun outside quotation marks:
 *
 * <ol>
 *   <li>Candidates are the people named in the same sentence before the pronoun, then in each of
 *       the three sentences before it, nearest sentence first.
 *   <li>A candidate whose gender the article makes known ("Mr.", "Ms.", "spokeswoman", "his wife")
 *       must agree with the pronoun; so must one whose given name is a man's or a woman's (see
 *       {@link NameGender}). Unknown gender agrees with either.
 *   <li>Within a sentence the first person named wins — the subject, in most news sentences
 *       ("Halvorsen met Doyle and said he…" is Halvorsen) — unless a preposition comes before them
 *       ("with President Doyle"), they are listed with others ("Ruiz, Varga and Lind are signed,
 *       but Holm is not") or they stand in brackets, and someone else is named later.
 * </ol>
 *
 * Pronouns inside quotes speak from the quoted person's point of view and are left alone; so is a
 * pronoun with no person named within reach. Stateless and thread-safe.
 */
public final class Pronouns {

  private static final Pattern PRONOUN =
      Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself|He|Him|His|She|Her|Hers)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+(?=[\"“A-Z])");
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");

  private static final Pattern MALE_CUE =
      Pattern.compile(
          "(?i)\\b(?:mr|sir|lord|king|prince|father|brother|son|husband|spokesman|chairman|"
              + "congressman|businessman|councilman|sportsman)\\.?\\s+$");
  private static final Pattern FEMALE_CUE =
      Pattern.compile(
          "(?i)\\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|mother|sister|daughter|wife|"
              + "spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|"
              + "sportswoman|actress)\\.?\\s+$");

  private Pronouns() {}

  /** One pronoun and the entity it refers to. */
  public record Reference(String entityId, Entity.Mentioned mention) {}

  /** One mention of a person, by entity id. */
  record Named(String entityId, int start, int end) {}

  /**
   * The pronoun references of one article.
   *
   * @param article the article id the mentions carry
   * @param text the article's text
   * @param people the article's PERSON mentions, each with its entity id
   */
  public static List<Reference> resolve(
      String article, String text, List<Map.Entry<String, Entity.Mentioned>> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    List<Named> named = new ArrayList<>();
    Map<String, Character> gender = new HashMap<>();
    for (Map.Entry<String, Entity.Mentioned> p : people) {
      Entity.Mentioned m = p.getValue();
      named.add(new Named(p.getKey(), m.start(), m.end()));
      String before = text.substring(Math.max(0, m.start() - 25), m.start());
      if (MALE_CUE.matcher(before).find()) {
        gender.putIfAbsent(p.getKey(), 'm');
      } else if (FEMALE_CUE.matcher(before).find()) {
        gender.putIfAbsent(p.getKey(), 'f');
      }
    }
    for (Map.Entry<String, Entity.Mentioned> p : people) {
      // where the article says nothing of it, a given name before a family name tells it
      // ("Jennifer Lawrence"); a name alone is usually a family name ("Ross") and tells nothing
      String[] words = p.getValue().text().strip().split("\\s+");
      char g = words.length >= 2 ? NameGender.of(words[0]) : 0;
      if (g != 0) {
        gender.putIfAbsent(p.getKey(), g);
      }
    }
    named.sort(java.util.Comparator.comparingInt(Named::start));
    boolean[] quoted = new boolean[text.length()];
    Matcher q = QUOTED.matcher(text);
    while (q.find()) {
      java.util.Arrays.fill(quoted, q.start(), q.end(), true);
    }
    List<Integer> starts = sentenceStarts(text);
    List<Reference> out = new ArrayList<>();
    Matcher m = PRONOUN.matcher(text);
    while (m.find()) {
      if (quoted[m.start()]) {
        continue;
      }
      char g = isMale(m.group(1)) ? 'm' : 'f';
      String id =
          antecedent(
              text,
              named,
              starts,
              m.start(),
              who -> gender.get(who) == null || gender.get(who) == g);
      if (id != null) {
        out.add(new Reference(id, new Entity.Mentioned(article, m.start(), m.end(), m.group(1))));
      }
    }
    return out;
  }

  private static boolean isMale(String pronoun) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    return p.equals("he") || p.equals("him") || p.equals("his") || p.equals("himself");
  }

  /**
   * The person a reference at {@code pos} stands for, by the rule above, among those {@code fits}
   * accepts; null when none is within reach.
   */
  static String antecedent(
      String text,
      List<Named> named,
      List<Integer> starts,
      int pos,
      java.util.function.Predicate<String> fits) {
    int sentence = sentenceOf(starts, pos);
    for (int s = sentence; s >= Math.max(0, sentence - 3); s--) {
      int from = starts.get(s);
      int to = s == sentence ? pos : starts.get(s + 1);
      String fallback = null;
      for (Named n : named) {
        if (n.start() >= to) {
          break;
        }
        if (n.start() >= from && n.end() <= to && fits.test(n.entityId())) {
          // "At a news conference with President Doyle, Halvorsen said he…": a person after a
          // preposition is seldom the subject, so a later one not after a preposition comes first
          if (!afterPreposition(text, from, n.start())
              && !listed(text, named, n)
              && !inBrackets(text, from, n.start())) {
            return n.entityId();
          }
          fallback = fallback == null ? n.entityId() : fallback;
        }
      }
      if (fallback != null) {
        return fallback;
      }
    }
    return null;
  }

  /** Only a comma, "and" or "or" between two names: they are listed together. */
  private static final Pattern LIST_GAP =
      Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|(?:and|or|&)\\s+)");

  /**
   * Whether a person is one of several named in a list ("Jennifer Lawrence, Josh Hutcherson and
   * Liam Hemsworth are signed, but Ross is not"): a list is a plural subject, which a singular
   * pronoun seldom takes up, so its members come after anyone named alone in the sentence.
   */
  private static boolean listed(String text, List<Named> named, Named n) {
    int i = named.indexOf(n);
    return i > 0 && gapIsList(text, named.get(i - 1).end(), n.start())
        || i + 1 < named.size() && gapIsList(text, n.end(), named.get(i + 1).start());
  }

  /** Whether a name stands in brackets opened earlier in its sentence: an aside, not a subject. */
  private static boolean inBrackets(String text, int sentenceStart, int nameStart) {
    int depth = 0;
    for (int i = sentenceStart; i < nameStart; i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
    }
    return depth > 0;
  }

  private static boolean gapIsList(String text, int from, int to) {
    return from <= to && LIST_GAP.matcher(text.substring(from, to)).matches();
  }

  private static final Pattern TRAILING_TITLES =
      Pattern.compile("(?:\\s*\\b[A-Z][\\p{L}.’'\\-]*)+\\s*$");
  private static final Pattern PREPOSITION_LAST =
      Pattern.compile(
          "(?i)\\b(?:with|to|from|by|for|of|against|between|about|on|at|in|and|than|like)\\s*$");

  /** Whether the words before a name, titles aside, end in a preposition ("with President X"). */
  private static boolean afterPreposition(String text, int sentenceStart, int nameStart) {
    String before = text.substring(Math.max(sentenceStart, nameStart - 60), nameStart);
    before = TRAILING_TITLES.matcher(before).replaceFirst("");
    return PREPOSITION_LAST.matcher(before).find();
  }

  static List<Integer> sentenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find()) {
      starts.add(m.end());
    }
    return starts;
  }

  private static int sentenceOf(List<Integer> starts, int pos) {
    int i = java.util.Collections.binarySearch(starts, pos);
    return i >= 0 ? i : -i - 2;
  }
}
