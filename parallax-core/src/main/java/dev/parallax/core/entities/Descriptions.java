package dev.parallax.core.entities;

import dev.parallax.api.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the roles news gives people in definite descriptions that stand in for their names: in
 * "Kim, in turn, vowed to stay a partner. The North Korean leader has already sent troops", the
 * second sentence says Kim is the North Korean leader, without naming him.
 *
 * <p>Why by hand: CoreNLP's coreference would link the two, at the cost of the parse (see {@link
 * Pronouns}); news opens a sentence with such a description right after naming the person, so the
 * salience rule that resolves pronouns resolves these too. A description counts when it opens a
 * sentence ("The Kremlin spokesman …"), its head is an office or role word {@link Roles} knows, it
 * names whom the role is for (a bare "The minister said" fits too many people), and no name follows
 * it (then it is a title, read by {@link Roles}). Its antecedent is the person the pronoun rule
 * would choose, skipping anyone whose stated affiliation in the article is another ("the North
 * Korean leader" is not the man the article calls the Russian President). Stateless and
 * thread-safe.
 */
final class Descriptions {

  /** "The North Korean leader", "The former prime minister", "The Kremlin spokesman" + verb. */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?<=^|[.!?][\"”’)]?\\s{1,3}|\\n)The\\s+((?:\\p{Lu}[\\p{L}'’\\-]*\\s+){0,3})"
              + "((?:(?:former|then|current|new|veteran|longtime|embattled|outgoing)\\s+)?"
              + "(?:"
              + Roles.ROLE_NOUN
              + "))(?=\\s+(?!\\p{Lu})\\p{Ll})");

  private Descriptions() {}

  /**
   * The roles the article's sentence-opening descriptions give its people.
   *
   * @param article the article id
   * @param text the article's text
   * @param people the article's PERSON mentions, each with its entity id, in any order
   * @param affiliations the affiliations each person's titles give them in this article, by entity
   *     id, as written ("Russian", "Kremlin")
   * @return each description's role, by the entity it refers to
   */
  static List<Map.Entry<String, Entity.Role>> resolve(
      String article,
      String text,
      List<Map.Entry<String, Entity.Mentioned>> people,
      Map<String, List<String>> affiliations) {
    List<Map.Entry<String, Entity.Role>> out = new ArrayList<>();
    if (people.isEmpty()) {
      return out;
    }
    List<Pronouns.Named> named = new ArrayList<>();
    for (Map.Entry<String, Entity.Mentioned> p : people) {
      named.add(new Pronouns.Named(p.getKey(), p.getValue().start(), p.getValue().end()));
    }
    named.sort(java.util.Comparator.comparingInt(Pronouns.Named::start));
    List<Integer> starts = Pronouns.sentenceStarts(text);
    Matcher m = DESCRIPTION.matcher(text);
    while (m.find()) {
      String affiliation = m.group(1).isBlank() ? null : m.group(1).strip();
      String role = m.group(2).strip();
      if (affiliation != null
          && Arrays.stream(affiliation.split("\\s+")).anyMatch(Roles::isRoleModifier)) {
        // "The Foreign Minister": the capitalised words are the title's own, not an affiliation
        role = affiliation + " " + role;
        affiliation = null;
      }
      if (affiliation == null) {
        // "The minister said": without an affiliation the description fits too many people
        continue;
      }
      String a = affiliation;
      String id =
          Pronouns.antecedent(
              text,
              named,
              starts,
              m.start(),
              who -> compatible(a, affiliations.getOrDefault(who, List.of())));
      if (id != null) {
        out.add(
            Map.entry(
                id,
                new Entity.Role(
                    article, role.toLowerCase(Locale.ROOT), affiliation, m.start(), m.end())));
      }
    }
    return out;
  }

  /**
   * Whether a description's affiliation fits what the article already says of the person: no
   * affiliation known, or one sharing a word's stem ("Ukrainian" / "Ukraine's").
   */
  private static boolean compatible(String affiliation, List<String> known) {
    if (known.isEmpty()) {
      return true;
    }
    for (String k : known) {
      for (String x : words(k)) {
        for (String y : words(affiliation)) {
          if (x.regionMatches(0, y, 0, Math.min(5, Math.min(x.length(), y.length())))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 3) {
        out.add(w);
      }
    }
    return out;
  }
}
