package dev.parallax.eval;

import dev.parallax.core.entities.NameMatcher;
import dev.parallax.core.entities.PersonName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same-person decision on the OFAC sanctions list ({@code shared/data/names}).
 *
 * <ul>
 *   <li><b>Same person</b>: every pair of names of one individual's entry (the primary name and
 *       each alias, and the aliases among themselves).
 *   <li><b>Different people who look alike</b>: every pair of names from two different individuals
 *       whose folded family names are equal or within edit distance 2 (for family names of 5
 *       letters or more). This is chosen without the matcher's own keys, so it does not flatter
 *       them: QADHAFI, Khamis / QADHAFI, Muammar is a negative; so is KIM, Jong Un / KIM, Yong
 *       Chol.
 * </ul>
 *
 * Precision and recall are of the "same person" answer over both sets.
 */
public final class NamesEval {

  /** Counts of the decision. */
  public record Result(
      int positives,
      int negatives,
      int truePositives,
      int falsePositives,
      int allAliasPairs,
      int allAliasPairsMatched,
      int identicalNegatives,
      int unrelatedGivenNames,
      List<String> falseExamples,
      List<String> missedExamples) {
    public double precision() {
      return truePositives + falsePositives == 0
          ? 0
          : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return positives == 0 ? 0 : (double) truePositives / positives;
    }
  }

  private NamesEval() {}

  public static boolean available() {
    return Files.isRegularFile(SharedData.dataset("names").resolve("ofac_sdn.csv"));
  }

  /** Names per individual entry, primary name first. */
  public static Map<String, List<String>> individuals() throws IOException {
    Path dir = SharedData.dataset("names");
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(dir.resolve("ofac_sdn.csv"), StandardCharsets.ISO_8859_1)) {
      List<String> f = csv(line);
      if (f.size() > 2 && f.get(2).strip().equals("individual")) {
        names.computeIfAbsent(f.get(0).strip(), k -> new ArrayList<>()).add(f.get(1).strip());
      }
    }
    for (String line :
        Files.readAllLines(dir.resolve("ofac_alt.csv"), StandardCharsets.ISO_8859_1)) {
      List<String> f = csv(line);
      if (f.size() > 3 && names.containsKey(f.get(0).strip())) {
        names.get(f.get(0).strip()).add(f.get(3).strip());
      }
    }
    return names;
  }

  public static Result run() throws IOException {
    Map<String, List<String>> entries = individuals();
    NameMatcher matcher = new NameMatcher();
    int positives = 0;
    int tp = 0;
    int allPairs = 0;
    int allMatched = 0;
    int identical = 0;
    int unrelated = 0;
    List<String> missed = new ArrayList<>();
    Map<String, List<String[]>> byBlock = new HashMap<>();
    for (Map.Entry<String, List<String>> e : entries.entrySet()) {
      List<String> names = e.getValue();
      for (int i = 0; i < names.size(); i++) {
        PersonName a = PersonName.parse(names.get(i));
        String family = a == null ? "" : String.join("", a.family());
        if (family.length() >= 2) {
          byBlock
              .computeIfAbsent(family.substring(0, 1), k -> new ArrayList<>())
              .add(new String[] {e.getKey(), names.get(i), family});
        }
        for (int j = i + 1; j < names.size(); j++) {
          allPairs++;
          PersonName b = PersonName.parse(names.get(j));
          boolean same = a != null && b != null && matcher.compare(a, b).same();
          if (same) {
            allMatched++;
          }
          if (a == null
              || b == null
              || !lookAlike(String.join("", a.family()), String.join("", b.family()))) {
            continue;
          }
          positives++;
          if (!givenNamesClose(a, b)) {
            unrelated++;
          }
          if (same) {
            tp++;
          } else if (missed.size() < 100_000) {
            missed.add(
                names.get(i) + "  ~  " + names.get(j) + "  :: " + matcher.compare(a, b).reason());
          }
        }
      }
    }
    int negatives = 0;
    int fp = 0;
    List<String> falses = new ArrayList<>();
    for (List<String[]> block : byBlock.values()) {
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          String[] x = block.get(i);
          String[] y = block.get(j);
          if (x[0].equals(y[0])) {
            continue;
          }
          if (!lookAlike(x[2], y[2])) {
            continue;
          }
          negatives++;
          if (matcher.compare(PersonName.parse(x[1]), PersonName.parse(y[1])).same()) {
            fp++;
            if (falses.size() < 400) {
              falses.add(x[1] + "  ~  " + y[1]);
            }
          }
        }
      }
    }
    return new Result(
        positives, negatives, tp, fp, allPairs, allMatched, identical, unrelated, falses, missed);
  }

  /** Family names that look alike: equal when folded, or within edit distance 2 (5+ letters). */
  /**
   * Whether some given name of one is within a third of its letters of some given name of the other
   * (plain edit distance). Pairs where none is (Chapo / Joaquin, Somboon / Chinwong: aliases under
   * another name altogether) are beyond any method that compares names: their share bounds the
   * recall such a method can reach without merging unrelated people.
   */
  static boolean givenNamesClose(PersonName a, PersonName b) {
    String ja = String.join("", a.given());
    String jb = String.join("", b.given());
    if (!ja.isEmpty() && levenshtein(ja, jb) * 3 <= Math.max(ja.length(), jb.length())) {
      return true; // written together or apart: "Cha-hyong" / "Ja Hyong"
    }
    for (String x : a.given()) {
      for (String y : b.given()) {
        if (levenshtein(x, y) * 3 <= Math.max(x.length(), y.length())) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean lookAlike(String x, String y) {
    return x.equals(y)
        || (x.length() >= 5
            && y.length() >= 5
            && Math.abs(x.length() - y.length()) <= 2
            && levenshtein(x, y) <= 2);
  }

  /**
   * Plain Levenshtein distance, kept here so the choice of pairs never follows the matcher's own
   * measures.
   */
  static int levenshtein(String a, String b) {
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

  /** Splits one CSV line (double quotes, doubled quotes inside). */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (!available()) {
      System.out.println("names dataset not found under " + SharedData.dataset("names"));
      return;
    }
    Result r = run();
    System.out.printf(
        "names: %d look-alike pairs of one person, %d of different people (%d spelled identically);"
            + " precision %.4f recall %.4f (tp %d, fp %d); over all %d alias pairs: recall %.4f%n"
            + "  %d look-alike pairs of one person share no close given name, apart or together"
            + " (aliases under another name): recall within reach of name comparison %.4f%n",
        r.positives(),
        r.negatives(),
        r.identicalNegatives(),
        r.precision(),
        r.recall(),
        r.truePositives(),
        r.falsePositives(),
        r.allAliasPairs(),
        (double) r.allAliasPairsMatched() / r.allAliasPairs(),
        r.unrelatedGivenNames(),
        1 - (double) r.unrelatedGivenNames() / r.positives());
    if (args.length > 0) {
      System.out.println("-- merged but different people:");
      r.falseExamples().forEach(s -> System.out.println("  " + s));
      System.out.println("-- same person, not merged (sample):");
      r.missedExamples().forEach(s -> System.out.println("  " + s));
    }
  }
}
