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
 *       must agree with the pronoun; unknown gender agrees with either.
 *   <li>Within a sentence the first person named wins — the subject, in most news sentences
 *       ("Halvorsen met Doyle and said he…" is Halvorsen) — unless a preposition comes before them
 *       ("with President Doyle") and someone else is named later.
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
          if (!afterPreposition(text, from, n.start())) {
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
