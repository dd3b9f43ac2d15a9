package dev.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: texts split into {@code \w+} tokens, 4-token shingles
 * counted as multisets, per-page tp/fp/fn normalised to sum 1, precision and recall averaged over
 * pages (a page with no predicted shingles is left out of precision, one with no true shingles out
 * of recall), F1 of the two averages.
 */
public final class ShingleScore {

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private final List<double[]> pages = new ArrayList<>();

  /** Adds one page and returns its {tp, fp, fn}, normalised. */
  public double[] add(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    double[] r = s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    pages.add(r);
    return r;
  }

  public double precision() {
    double sum = 0;
    int n = 0;
    for (double[] r : pages) {
      if (r[0] + r[1] > 0) {
        sum += r[0] / (r[0] + r[1]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  public double recall() {
    double sum = 0;
    int n = 0;
    for (double[] r : pages) {
      if (r[0] + r[2] > 0) {
        sum += r[0] / (r[0] + r[2]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int pages() {
    return pages.size();
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }
}
