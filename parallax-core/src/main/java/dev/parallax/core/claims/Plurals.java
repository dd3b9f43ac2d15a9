package dev.parallax.core.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English plurals of counted things, both ways, in one place: claims fold a counted noun to its
 * singular ("two men" and "one man" count one thing), the quantity reader ends a counted phrase on
 * a plural not made with -s ("20,000 people took part"), and findings name the thing in the plural
 * ("how many women"). Stateless.
 */
public final class Plurals {

  /** Plurals not made with -s, by their singular; "children" keeps the form reports count in. */
  private static final Map<String, String> SINGULAR_OF =
      Map.of("men", "man", "women", "woman", "feet", "foot", "teeth", "tooth");

  /** The same, the other way, and "person", whose plural counts people everywhere else. */
  private static final Map<String, String> PLURAL_OF = pluralOf();

  /** Words in -man that are not compounds of "man": humans, Germans. */
  private static final Set<String> NOT_MAN =
      Set.of("human", "german", "roman", "shaman", "talisman", "caiman", "ottoman");

  /** Plurals in -ies of nouns in -ie: movies, rookies, calories (and words the same in both). */
  private static final Pattern IE_NOUN =
      Pattern.compile("(?:movies|rookies|cookies|goalies|calories|zombies|species|series)$");

  /** Plurals not written with -s: they end a counted phrase as "-s" plurals do. */
  private static final Pattern WITHOUT_S =
      Pattern.compile("(?:people|men|children|feet|teeth|mice|geese|police|personnel|staff)");

  private Plurals() {}

  private static Map<String, String> pluralOf() {
    Map<String, String> out = new HashMap<>();
    SINGULAR_OF.forEach((plural, singular) -> out.put(singular, plural));
    out.put("person", "people");
    return Map.copyOf(out);
  }

  /** One lower-case word's singular: "inches" inch, "crewmen" crewman, "campuses" campus. */
  static String singular(String w) {
    String irregular = SINGULAR_OF.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.endsWith("men") && w.length() > 5 && !w.endsWith("omen")) {
      return w.substring(0, w.length() - 3) + "man"; // crewmen, gunmen (not "abdomen", "omen")
    }
    if (w.endsWith("ies") && w.length() > 4 && !IE_NOUN.matcher(w).find()) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.matches(".*[^aeiou]uses")) {
      return w.substring(0, w.length() - 2); // campuses, bonuses (not houses, causes)
    }
    if (w.matches(".{2,}(?:ches|shes|xes|sses|zzes)")) {
      return w.substring(0, w.length() - 2); // inches, crashes, boxes, losses
    }
    return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /**
   * The plural of a word whose plural is not made with -s ("woman" women, "crewman" crewmen,
   * "person" people), or null.
   */
  public static String irregularPlural(String w) {
    String irregular = PLURAL_OF.get(w);
    if (irregular == null && w.endsWith("man") && !NOT_MAN.contains(w)) {
      irregular = w.substring(0, w.length() - 3) + "men"; // crewman, policeman
    }
    return irregular;
  }

  /** Whether a word is a plural not written with -s ("people", "women", "crewmen"). */
  static boolean withoutS(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WITHOUT_S.matcher(w).matches() || w.endsWith("men");
  }
}
