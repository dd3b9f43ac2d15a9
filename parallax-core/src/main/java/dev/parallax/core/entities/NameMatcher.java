package dev.parallax.core.entities;

import java.util.List;
import java.util.Objects;

/**
 * Decides whether two person names may belong to one person, across spelling and transliteration
 * variants, without ever merging two people who share only a first or a family name.
 *
 * <p>The rule: the family names must agree — equal when folded, or equal consonant skeletons
 * ({@link Romanization#skeleton}) with a small edit distance on the folded form — and the given
 * names must be compatible: every given name on the side with fewer of them must match one on the
 * other side, in order, by folded equality, skeleton, a known cognate (Volodymyr / Vladimir), or an
 * initial. A side without given names matches nothing across documents: "Kim" alone could be anyone
 * called Kim. Within one article that case is coreference, handled elsewhere.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameMatcher {

  /** A decision with the evidence for it. */
  public record Decision(boolean same, String reason) {
    public Decision {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Whether {@code a} and {@code b} name the same person, as far as names can tell. */
  public Decision compare(PersonName a, PersonName b) {
    if (!familyAgrees(a, b) && !misspeltFamily(a, b)) {
      return new Decision(false, "family names differ");
    }
    if (a.given().isEmpty() || b.given().isEmpty()) {
      return new Decision(false, "a family name alone does not identify a person");
    }
    String pa = patronymic(a.given());
    String pb = patronymic(b.given());
    if (pa != null && pb != null && !patronymicsAgree(pa, pb)) {
      return new Decision(false, "patronymics differ: " + pa + " / " + pb);
    }
    List<String> ga = withoutPatronymic(a.given());
    List<String> gb = withoutPatronymic(b.given());
    if (ga.isEmpty() || gb.isEmpty()) {
      return new Decision(false, "no given name besides a patronymic");
    }
    List<String> shorter = ga.size() <= gb.size() ? ga : gb;
    List<String> longer = shorter == ga ? gb : ga;
    if (String.join("", shorter).equals(String.join("", longer))) {
      return new Decision(true, "same names, written apart or together");
    }
    // a father's and a mother's family name both given ("Ruiz Vega"): so precise that the other
    // name may leave out a first given name ("Juan Pablo Ruiz Vega" goes by "Pablo Ruiz Vega")
    boolean twoFamilyNames = a.family().size() >= 2 && b.family().size() >= 2 && longer.size() == 2;
    int from = 0;
    int matched = 0;
    boolean[] used = new boolean[longer.size()];
    for (String g : shorter) {
      int found = -1;
      int start = -1;
      for (int j = from; j < longer.size(); j++) {
        start = j;
        if (givenAgrees(g, longer.get(j))) {
          found = j;
          break;
        }
        // "Gholamreza" and "Ghulam Reza" are one name written together or apart
        if (j + 1 < longer.size() && givenAgrees(g, longer.get(j) + longer.get(j + 1))) {
          used[j] = true;
          found = j + 1;
          break;
        }
      }
      if (found < 0) {
        return new Decision(false, "given name " + g + " has no counterpart");
      }
      if (matched == 0 && start > 0 && !twoFamilyNames) {
        // the first given name must meet the other's first: in "Muthana Harith" Harith is the
        // father's name, and "Harith" alone is someone else. Even a leading Muhammad or Ahmad
        // counts: "Ali Saddam Hussein" is Saddam Hussein's son.
        return new Decision(false, "first given names differ");
      }
      used[found] = true;
      matched++;
      from = found + 1;
    }
    // "Muhammad Amin" and "Muhammad Yahya Amin" may be two people: a name missing on one side
    // is only harmless when it is a patronymic or an initial, or when two names already agree.
    boolean distinctive =
        matched >= 2
            || a.family().size() >= 2 && b.family().size() >= 2
            || shorter.stream().noneMatch(GivenNames::common)
            || rareFamily(a) && rareFamily(b);
    for (int j = 0; j < longer.size(); j++) {
      if (!used[j] && !distinctive && !isPatronymic(longer.get(j)) && longer.get(j).length() > 1) {
        return new Decision(false, "one name has a given name the other lacks: " + longer.get(j));
      }
    }
    return new Decision(true, "family name and given names agree");
  }

  /**
   * A long family name that is not itself a given name (Bahadhiq, Kazemian, not Ali or Ibrahim) is
   * shared by few people, so a first given name plus that family name is already specific.
   */
  private static boolean rareFamily(PersonName p) {
    String f = p.familyJoined();
    return f.length() >= 7 && !GivenNames.common(f) && !GivenNames.known(f);
  }

  /**
   * One family name misspelt, the given names written identically (or, for a family name one letter
   * apart as written, as spellings of the same names, one for one): "Tomas Harwicke" and "Tomas
   * Narwicke", "Ana Lindqvist" and "Ana Lindqivst". The given names carry the identification here,
   * so the family names need only be one letter apart (two in a long name, or two neighbours
   * swapped), as written or respelt ({@link Romanization#spelling}: "Bakhtiyar" / "Bachtijar"),
   * rather than spellings of one sound. Only for a family name of five letters at least: "Omar
   * Nasr" and "Omar Masr" may be two men, and short names are a letter apart from many others.
   */
  static boolean misspeltFamily(PersonName a, PersonName b) {
    if (a.given().isEmpty() || a.given().size() != b.given().size()) {
      return false;
    }
    boolean identical = a.given().equals(b.given());
    for (int i = 0; i < a.given().size() && !identical; i++) {
      if (!givenAgrees(a.given().get(i), b.given().get(i))) {
        return false;
      }
    }
    String x = a.familyJoined();
    String y = b.familyJoined();
    if (Math.min(x.length(), y.length()) < MISSPELT_FAMILY_MIN) {
      return false;
    }
    if (!identical) {
      // given names that only agree as spellings: the family name one letter apart as written
      return Romanization.distance(x, y) <= 1;
    }
    String sx = Romanization.spelling(x);
    String sy = Romanization.spelling(y);
    int allowed = Math.min(x.length(), y.length()) >= MISSPELT_LONG ? 2 : 1;
    return Romanization.distance(x, y) <= allowed
        || Romanization.distance(sx, sy) <= allowed
        || swapped(x, y);
  }

  /** Shortest family name {@link #misspeltFamily} trusts with one letter wrong. */
  static final int MISSPELT_FAMILY_MIN = 5;

  /** Shortest family name {@link #misspeltFamily} trusts with two letters wrong. */
  static final int MISSPELT_LONG = 8;

  static boolean familyAgrees(PersonName a, PersonName b) {
    String x = a.familyJoined();
    String y = b.familyJoined();
    if (x.equals(y)) {
      return true;
    }
    if (variant(x, y) || variant(withoutArticle(x), withoutArticle(y))) {
      return true;
    }
    // one side may carry a second family name: "Juuk" / "Juuk Chaw", "Beltran" / "Beltran Leyva"
    for (String p : a.family()) {
      for (String q : b.family()) {
        if ((a.family().size() != b.family().size()) && p.length() >= 4 && variant(p, q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String patronymic(List<String> given) {
    for (String g : given) {
      if (isPatronymic(g)) {
        return g;
      }
    }
    return null;
  }

  private static List<String> withoutPatronymic(List<String> given) {
    return given.stream().filter(g -> !isPatronymic(g)).toList();
  }

  /**
   * Patronymics agree when their stems do: Hryhoryavich / Grigoryevich, not Vasilyevich /
   * Valeryevich.
   */
  private static boolean patronymicsAgree(String x, String y) {
    String sx = Romanization.skeleton(x);
    String sy = Romanization.skeleton(y);
    int n = Math.min(3, Math.min(sx.length(), sy.length()));
    if (sx.regionMatches(0, sy, 0, n) || variant(x, y)) {
      return true;
    }
    // the father's given name under the suffix: Uladzimiravich / Vladimirovich meet as Uladzimir /
    // Vladimir do; Ryhoravich / Hryhoryavich as Ryhor / Hryhory (Belarusian drops the h)
    String fx = fatherOf(x);
    String fy = fatherOf(y);
    if (givenAgrees(fx, fy)
        || GivenNames.cognate(fx + "i", fy)
        || GivenNames.cognate(fx, fy + "i")) {
      return true;
    }
    String kx = Romanization.skeleton(fx);
    String ky = Romanization.skeleton(fy);
    return kx.length() >= 3
        && ky.length() >= 3
        && (kx.endsWith(ky) || ky.endsWith(kx))
        && Math.abs(kx.length() - ky.length()) == 1;
  }

  /** The father's name inside a patronymic: "vladimirovich" → "vladimir", "ivanovna" → "ivan". */
  private static String fatherOf(String patronymic) {
    return patronymic.replaceFirst(
        "(i?y?[eoa]vi[cć]h|i?y?[eoa]vych|[eoa]vna|ichna|yevna|ich|ych)$", "");
  }

  /** East Slavic patronymics: Vladimirovich, Oleksandrivna, Hryhoryavich. */
  static boolean isPatronymic(String folded) {
    return folded.length() > 5
        && (folded.endsWith("vich")
            || folded.endsWith("vych")
            || folded.endsWith("vna")
            || folded.endsWith("ich")
            || folded.endsWith("ichna")
            || folded.endsWith("yevna"));
  }

  /** "alsubaie" → "subaie": the Arabic article written together with the name. */
  private static String withoutArticle(String family) {
    return family.length() > 5 && (family.startsWith("al") || family.startsWith("el"))
        ? family.substring(2)
        : family;
  }

  static boolean givenAgrees(String x, String y) {
    if (x.equals(y) || GivenNames.cognate(x, y)) {
      return true;
    }
    int cx = x.indexOf('_');
    int cy = y.indexOf('_');
    if (cx >= 0 || cy >= 0) {
      // compound Arabic names meet only when prefix and the name after it do ("abd_khaliq" is not
      // "abd_malik"); an initial still stands for the whole compound
      if (cx < 0 || cy < 0) {
        return (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0);
      }
      return x.substring(0, cx).equals(y.substring(0, cy))
          && variant(x.substring(cx + 1), y.substring(cy + 1));
    }
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    return variant(x, y);
  }

  /** Two folded tokens that are romanisations of one name. */
  static boolean variant(String x, String y) {
    if (x.equals(y) || close(x, y)) {
      return true;
    }
    String sx = Romanization.spelling(x);
    String sy = Romanization.spelling(y);
    // respelt, the two must meet exactly in skeleton: the one-consonant allowance below is for
    // spellings as written ("Nazeer" respelt "Nazer" is not "Nazem")
    if (sx.equals(x) && sy.equals(y) || !sameStart(sx, sy)) {
      return false;
    }
    String kx = Romanization.skeleton(sx);
    return sx.equals(sy)
        || kx.length() >= 2
            && Romanization.distance(sx, sy) <= 1
            && kx.equals(Romanization.skeleton(sy));
  }

  /** Two strings one swap of neighbouring letters apart ("thl" / "tlh"). */
  static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /** The same first letter, or a vowel both: "Usama" and "Osama", not "Sami" and "Usama". */
  private static boolean sameStart(String x, String y) {
    return !x.isEmpty()
        && !y.isEmpty()
        && (x.charAt(0) == y.charAt(0)
            || "aeiou".indexOf(x.charAt(0)) >= 0 && "aeiou".indexOf(y.charAt(0)) >= 0);
  }

  /** Two spellings a few letters apart whose consonant skeletons meet. */
  private static boolean close(String x, String y) {
    int longest = Math.max(x.length(), y.length());
    int allowed = longest <= 4 ? 1 : (longest + 2) / 3;
    int folded = Romanization.distance(x.replace("x", "ks"), y.replace("x", "ks"));
    if (folded > allowed) {
      return false;
    }
    String sx = Romanization.skeleton(x);
    String sy = Romanization.skeleton(y);
    if (sx.isEmpty() || sy.isEmpty()) {
      return false;
    }
    if (sx.equals(sy) || Romanization.plainSkeleton(x).equals(Romanization.plainSkeleton(y))) {
      return true;
    }
    if (swapped(sx, sy) && sx.length() >= 3 && folded <= 2) {
      // two neighbouring consonants written in the other order: "Tahli" / "Talhi"
      return true;
    }
    int skeletonDistance = Romanization.distance(sx, sy);
    // one consonant apart: only for long skeletons, or when the spellings differ by one letter
    return skeletonDistance == 1
        && sx.charAt(0) == sy.charAt(0)
        && (sx.length() >= 4 || folded <= 1 && longest >= 4);
  }
}
