package dev.parallax.core.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys that make romanisations of the same name equal.
 *
 * <p>Why by hand: phonetic algorithms built for English surnames (Soundex, Metaphone) do not know
 * that Ukrainian writes {@code h} where Russian writes {@code g} (Hrytsenko / Gritsenko), that
 * Arabic {@code q} comes out as {@code g}, {@code k} or {@code q} (Qadhafi / Gaddafi / Kadafi),
 * that {@code kh}, {@code zh}, {@code ts}, {@code sh} and {@code shch} are single sounds, or that
 * the vowels of a transliterated name are the least stable part (Lukashenko / Lukashenka, Kovalskyy
 * / Kovalskiy). The skeleton below keeps consonant classes, in order, and drops vowels and doubled
 * letters; it is deliberately loose, and {@link NameMatcher} only trusts it together with other
 * evidence (given names, edit distance on the folded form).
 *
 * <p>Stateless and thread-safe.
 */
public final class Romanization {

  private Romanization() {}

  /**
   * Lower case, diacritics removed, Cyrillic transliterated (so that Гриценко and Gritsenko meet),
   * apostrophes and soft signs dropped, everything that is not a letter removed.
   */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String cyr = cyrillic(c);
      sb.append(cyr != null ? cyr : String.valueOf(c));
    }
    String stripped = Normalizer.normalize(sb, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == 'ß') {
        out.append("ss");
      } else if (c == 'ø') {
        out.append('o');
      } else if (c == 'æ') {
        out.append("ae");
      } else if (c == 'ł') {
        out.append('l');
      } else if (Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The consonant skeleton of a folded name token: multi-letter sounds made single, consonants
   * mapped to classes, vowels and repeats dropped. Gaddafi, Qadhafi and Kadhafi all give {@code
   * "ktf"}; Hrytsenko and Gritsenko give {@code "krcnk"}.
   */
  public static String skeleton(String folded) {
    // a final h after a vowel is silent (the Arabic feminine ending): Haniyeh / Haniya, Hamieh /
    // Hamie
    String s =
        folded.length() > 3 && folded.matches(".*[aeiouy]h")
            ? folded.substring(0, folded.length() - 1)
            : folded;
    s = s.replace("shch", "S").replace("tsch", "C").replace("sch", "S").replace("tch", "C");
    s =
        s.replace("dzh", "J")
            .replace("dz", "d") // Belarusian dz for d: Dzmitry, Lidziya
            .replace("kh", "K")
            .replace("gh", "K")
            .replace("ch", "C")
            .replace("sh", "S");
    s = s.replace("zh", "J").replace("dj", "J").replace("ts", "C").replace("tz", "C");
    s = s.replace("dh", "T").replace("th", "T").replace("ph", "F").replace("ck", "K");
    // x is k and s: Alexei / Aleksei, Alexeyevich / Alekseevich
    s = s.replace("x", "ks");
    StringBuilder out = new StringBuilder();
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      char k = consonantClass(c, next);
      if (k != 0 && k != last) {
        out.append(k);
      }
      last = k == 0 ? last : k;
      if (k == 0 && isVowel(c)) {
        last = 0; // a vowel separates two equal consonants: "Hanan" keeps both n's
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static char consonantClass(char c, char next) {
    switch (c) {
      case 'k', 'q', 'g', 'h', 'K' -> {
        return 'k';
      }
      case 'c' -> {
        // a Latin c is soft before e, i, y and hard elsewhere
        return next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
      }
      case 's', 'z', 'S', 'C' -> {
        // sh, ch and ts are one class: French romanises sh as ch (Hamcho / Hamshu)
        return 's';
      }
      case 'j', 'J' -> {
        return 'j';
      }
      case 't', 'd', 'T' -> {
        return 't';
      }
      case 'f', 'v', 'w', 'F' -> {
        return 'f';
      }
      case 'b', 'p' -> {
        return 'b';
      }
      case 'l', 'm', 'n', 'r' -> {
        return c;
      }
      default -> {
        return 0;
      }
    }
  }

  /**
   * One sound written the ways different romanisations write it, made one spelling, for names the
   * skeleton's letter classes keep apart: j and y (German and Slavic Jauhen, English Yauhen; Jamil
   * / Yamil), French ou and English w before a vowel (Anouar / Anwar), w after a vowel and u
   * (Nowshad / Naushad), a Burmese aspirate (Htun / Tun), doubled letters and a silent final h
   * (Ossama / Usamah), Belarusian -au and dz for Russian -ov and d (Ipatau / Ipatov, Vadzim /
   * Vadim), Arabic qaf as q or k (Qasim / Kassem).
   */
  public static String spelling(String folded) {
    // Belarusian and Russian forms of one name: a final -au for -ov (Ipatau / Ipatov), dz for a
    // soft d (Vadzim / Vadim, Dzmitry / Dmitry)
    String s = folded.replaceAll("au$", "ov").replaceAll("dz(?=[iey])", "d");
    s = s.replaceAll("(?<![dz])j", "y");
    s = s.replaceAll("ou(?=[aei])", "w").replaceAll("(?<=[aeiou])w(?![aeiouy])", "u");
    s = s.replaceAll("^ht", "t").replaceAll("(.)\\1", "$1");
    // Arabic qaf, written q or k: Qasim / Kassem
    s = s.replace('q', 'k');
    return s.length() > 3 && s.matches(".*[aeiouy]h") ? s.substring(0, s.length() - 1) : s;
  }

  /**
   * The skeleton read letter by letter, without joining digraphs: "Mozhovyy" may be Mozh-ovyy or
   * Moz-hovyy, and only one reading meets "Mozgovoy".
   */
  public static String plainSkeleton(String folded) {
    StringBuilder spaced = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      spaced.append(folded.charAt(i));
      if (folded.charAt(i) != 'h' && i + 1 < folded.length() && folded.charAt(i + 1) == 'h') {
        spaced.append('a'); // a vowel stops the digraph rules from joining the two letters
      }
    }
    return skeleton(spaced.toString());
  }

  /** Levenshtein distance, for short strings. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Scientific-style transliteration of one Cyrillic letter, or null when not Cyrillic. */
  private static String cyrillic(char c) {
    return switch (c) {
      case 'а' -> "a";
      case 'б' -> "b";
      case 'в' -> "v";
      case 'г' -> "g";
      case 'ґ' -> "g";
      case 'д' -> "d";
      case 'е' -> "e";
      case 'є' -> "ye";
      case 'ё' -> "yo";
      case 'ж' -> "zh";
      case 'з' -> "z";
      case 'и' -> "i";
      case 'і' -> "i";
      case 'ї' -> "yi";
      case 'й' -> "y";
      case 'к' -> "k";
      case 'л' -> "l";
      case 'м' -> "m";
      case 'н' -> "n";
      case 'о' -> "o";
      case 'п' -> "p";
      case 'р' -> "r";
      case 'с' -> "s";
      case 'т' -> "t";
      case 'у' -> "u";
      case 'ў' -> "u";
      case 'ф' -> "f";
      case 'х' -> "kh";
      case 'ц' -> "ts";
      case 'ч' -> "ch";
      case 'ш' -> "sh";
      case 'щ' -> "shch";
      case 'ъ', 'ь' -> "";
      case 'ы' -> "y";
      case 'э' -> "e";
      case 'ю' -> "yu";
      case 'я' -> "ya";
      default -> null;
    };
  }
}
