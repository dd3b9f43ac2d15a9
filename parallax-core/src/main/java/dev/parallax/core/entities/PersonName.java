package dev.parallax.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person's name split into given names and family name, folded for comparison.
 *
 * <p>Reads both orders: "Volodymyr Marchenko" (family name last) and "LUKASHENKA, Alyaksandr"
 * (family name first, before a comma, as lists and indexes write it). Honorifics and generational
 * suffixes are dropped; Arabic and European family-name particles (al-, el-, bin, van, de, von …)
 * stay with the family name but do not count when names are compared.
 *
 * @param given folded given names in order (may be empty)
 * @param family folded family-name tokens without particles (never empty for a valid name)
 * @param display the name as written
 */
public record PersonName(List<String> given, List<String> family, String display) {

  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "sir",
          "gen",
          "col",
          "lt",
          "sgt",
          "president",
          "minister",
          "sheikh",
          "shaykh",
          "haji",
          "hajji",
          "mullah",
          "maulana",
          "imam",
          "jr",
          "sr",
          "ii",
          "iii",
          "iv",
          "mayor",
          "governor",
          "senator",
          "rep",
          "sen",
          "gov",
          "chancellor",
          "councillor",
          "councilor",
          "spokesman",
          "spokeswoman",
          "judge",
          "ambassador",
          "secretary",
          "chairman",
          "chairwoman",
          "lawmaker",
          "pope",
          "rev",
          "hafiz",
          "hafez",
          "molvi",
          "molavi",
          "maulvi",
          "mawlawi",
          "mawlana",
          "mowlana",
          "sheik",
          "shaikh",
          "haj",
          "hajj",
          "alhaj",
          "alhaji",
          "qari",
          "general",
          "brigadier",
          "colonel",
          "major",
          "captain",
          "commander",
          "lieutenant",
          "rtd",
          "eng",
          "engineer",
          // Shia descent titles written before the given name (Seyyed Ali is called Ali)
          "seyyed",
          "seyed",
          "sayyed",
          "sayyid",
          "syed",
          // Burmese and Mon honorifics (Daw Aung is a woman called Aung)
          "daw",
          "nai");

  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ul", "ur", "ud", "bin", "ibn", "bint", "ben", "abu", "van", "von", "der",
          "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "los", "las",
          "y", "e");

  public PersonName {
    given = List.copyOf(given);
    family = List.copyOf(family);
    Objects.requireNonNull(display, "display");
  }

  /** Parses a name in either order; returns null when nothing name-like is left. */
  public static PersonName parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    int comma = raw.indexOf(',');
    List<String> familyPart;
    List<String> givenPart;
    if (comma > 0) {
      familyPart = tokens(raw.substring(0, comma));
      String rest = raw.substring(comma + 1);
      int second = rest.indexOf(',');
      givenPart = givenTokens(second >= 0 ? rest.substring(0, second) : rest);
    } else {
      List<String> all = givenTokens(raw);
      if (all.isEmpty()) {
        return null;
      }
      int split = all.size() - 1;
      // family-name particles belong to the family name: "Abu Bakr al Baghdadi"
      while (split > 0 && PARTICLES.contains(all.get(split - 1))) {
        split--;
      }
      givenPart = new ArrayList<>(all.subList(0, split));
      familyPart = new ArrayList<>(all.subList(split, all.size()));
    }
    givenPart = withoutLineage(compounds(givenPart));
    List<String> family = new ArrayList<>();
    for (String t : familyPart) {
      if (!PARTICLES.contains(t)) {
        family.add(t);
      }
    }
    if (family.isEmpty() && !familyPart.isEmpty()) {
      family.add(familyPart.get(familyPart.size() - 1));
    }
    if (family.isEmpty()) {
      if (givenPart.isEmpty()) {
        return null;
      }
      family.add(givenPart.remove(givenPart.size() - 1));
    }
    return new PersonName(givenPart, family, raw.strip());
  }

  private static final List<String> ABD_PREFIXES =
      List.of(
          "abdoul", "abdul", "abdel", "abdal", "abdil", "abdol", "abdur", "abdus", "abdu", "abd");

  private static final Set<String> ABD_WORDS =
      Set.of(
          "abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdur", "abdus", "abdu");

  private static final Set<String> ABU_WORDS =
      Set.of("abu", "abou", "abo", "abi", "abul", "abil", "abol");

  /**
   * Arabic compound names as one name each: "Abd al-Khaliq", "Abdul Khaliq" and "Abdelkhaliq" are
   * all {@code abd_khaliq}, "Abdurrahman" and "Abdul Rahman" both {@code abd_rahman}, "Abu Bakr"
   * and "Abubakar" {@code abu_bakr}/{@code abu_bakar}. Why: written apart, "Abd" and "Abu" looked
   * like given names of their own (or particles to drop), so "Abd al-Khaliq" met "Abdel-Malik"
   * through the shared "abd", and "Abu Yasir" (father of Yasir) met "Yasir". The part after the
   * prefix is what tells these names apart, and {@link NameMatcher} compares only that part.
   */
  static List<String> compounds(List<String> given) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String t = given.get(i);
      boolean abd = ABD_WORDS.contains(t);
      boolean abu = ABU_WORDS.contains(t);
      if ((abd || abu) && i + 1 < given.size()) {
        int next = i + 1;
        if (PARTICLES.contains(given.get(next)) && next + 1 < given.size()) {
          next++; // "Abd al Rahim": the article written apart
        }
        out.add((abd ? "abd_" : "abu_") + root(given.get(next), t.endsWith("l")));
        i = next;
        continue;
      }
      String joined = joinedCompound(t);
      out.add(joined != null ? joined : t);
    }
    return out;
  }

  /** "abdulkhaliq" → abd_khaliq, "abubakar" → abu_bakar; null when the word is no compound. */
  private static String joinedCompound(String t) {
    for (String prefix : ABD_PREFIXES) {
      if (t.startsWith(prefix) && t.length() >= prefix.length() + 3) {
        return "abd_" + root(t.substring(prefix.length()), prefix.endsWith("l"));
      }
    }
    if (t.startsWith("abdullah") || t.startsWith("abdulla") || t.startsWith("abdallah")) {
      return "abd_allah";
    }
    for (String prefix : List.of("abou", "abul", "abol", "abu")) {
      if (t.startsWith(prefix) && t.length() >= prefix.length() + 4) {
        return "abu_" + root(t.substring(prefix.length()), false);
      }
    }
    return null;
  }

  /**
   * The name after "Abd"/"Abu" without the article in any of its spellings: "al-Rahman",
   * "ur-Rahman", "r-rahman" (assimilated to a sun letter) all give "rahman"; "lah", "llah", "allah"
   * give "allah".
   */
  private static String root(String r, boolean articleWritten) {
    String s = r;
    if (s.matches("(allah|alla|ullah|ulla|llah|lla|lah|la)")) {
      return "allah";
    }
    if (!articleWritten && s.length() > 4 && s.matches("[aeiou]l.*")) {
      s = s.substring(2); // "al-rahman", "ul-haq"
    } else if (s.length() > 4 && s.matches("[aeiou]?([a-z])\\1.*")) {
      s = s.substring(s.charAt(0) == s.charAt(1) ? 1 : 2); // "ur-rahman" → "rahman", "rrahman"
    } else if (!articleWritten && s.length() > 4 && s.matches("[aeiou][rsdtzn].*")) {
      s = s.substring(1); // "Abdurahman": the article's vowel before a sun letter
    }
    return s;
  }

  /**
   * Given names without lineage and particles: "Usama bin Muhammad bin Awad" is Usama, son of
   * Muhammad; the father's name is not his given name, and "Musa Abu" keeps only Musa.
   */
  private static List<String> withoutLineage(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String t : given) {
      if (t.equals("bin") || t.equals("ibn") || t.equals("bint") || t.equals("ben")) {
        break;
      }
      if (!PARTICLES.contains(t)) {
        out.add(t);
      }
    }
    return out.isEmpty() && !given.isEmpty() ? List.of(given.get(0)) : out;
  }

  /**
   * Tokens of a given-name part, with hyphenated names kept whole: Korean "Mun-ch'o'l" is one name,
   * not Mun and Chol (and "Jong Un" / "Jong-un" meet through the matcher's joining). An Arabic
   * article joined by a hyphen is set apart, to be dropped with the other particles.
   */
  private static List<String> givenTokens(String s) {
    // the Arabic article is no part of the name it is joined to: "al-Hassan" is Hassan, as
    // "al Hassan" (whose "al" is dropped as a particle) already was
    String articleApart = s.replaceAll("(?i)(?<![\\p{L}'’])(?:al|el)[-‐‑](?=\\p{L}{3})", "al ");
    return tokens(articleApart.replaceAll("(?<=\\p{L})[-‐‑](?=\\p{L})", ""));
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    // apostrophes mark sounds inside a word ('Ali, Kyo'ng, Ch'o'l): drop them, do not split
    for (String part : s.replaceAll("['’`ʼʻ]", "").split("[\\s\\-‐‑–.]+")) {
      String f = Romanization.fold(part);
      if (!f.isEmpty() && !TITLES.contains(f.toLowerCase(Locale.ROOT))) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether a word is a post on its own, as written before a name ("Analyst Ingrid Holm"). */
  public static boolean isPost(String word) {
    return Roles.isRoleWord(word);
  }

  /**
   * 'm' or 'f' when the given name of a full name ("Ana Ruiz") is one the name list gives one
   * gender; 0 for a family name alone or a name of either or no known gender.
   */
  public static char genderOf(String fullName) {
    String[] words = fullName.strip().split("\\s+");
    return words.length >= 2 ? NameGender.of(words[0]) : 0;
  }

  /** True when a word is a title or honorific rather than part of a name ("Mayor", "Dr."). */
  public static boolean isTitle(String word) {
    return TITLES.contains(Romanization.fold(word));
  }

  /** The family name written as one word: "de los reyes" and "delos reyes" meet. */
  String familyJoined() {
    return String.join("", family);
  }
}
