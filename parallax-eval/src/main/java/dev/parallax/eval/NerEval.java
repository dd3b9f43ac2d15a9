package dev.parallax.eval;

import dev.parallax.core.nlp.CoreNlpAnnotator;
import dev.parallax.core.nlp.NlpOptions;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Named-entity F1 on CoNLL-2003 English ({@code shared/data/conll2003/eng.testa}), entity level,
 * exact spans, per type and overall (the conlleval measure). Runs Parallax's configuration and
 * CoreNLP's stock default NER (three CRF models, SUTime, fine-grained rules) in one run on the same
 * sentences, with their speeds.
 */
public final class NerEval {

  /** Scores of one configuration. */
  public record Result(
      String name,
      Map<String, double[]> perType,
      double precision,
      double recall,
      double f1,
      int tokens,
      double seconds) {}

  private NerEval() {}

  public static boolean available() {
    return Files.isRegularFile(SharedData.dataset("conll2003").resolve("eng.testa"));
  }

  /** Sentences as token lists with gold IOB tags. */
  static List<List<String[]>> sentences(int limit) throws IOException {
    List<List<String[]>> out = new ArrayList<>();
    List<String[]> cur = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            SharedData.dataset("conll2003").resolve("eng.testa"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!cur.isEmpty()) {
          out.add(cur);
          cur = new ArrayList<>();
          if (out.size() >= limit) {
            break;
          }
        }
        continue;
      }
      String[] f = line.split(" ");
      if (f[0].equals("-DOCSTART-")) {
        continue;
      }
      cur.add(new String[] {f[0], f[3]});
    }
    if (!cur.isEmpty() && out.size() < limit) {
      out.add(cur);
    }
    return out;
  }

  /** CoreNLP labels (coarse or fine-grained) as CoNLL types, or "O". */
  static String conllType(String label) {
    if (label == null) {
      return "O";
    }
    return switch (label) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> "O";
    };
  }

  /** Entity spans "start-end-type" from gold IOB1 tags. */
  static Set<String> goldSpans(List<String[]> sentence, int sentenceIndex) {
    Set<String> spans = new HashSet<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= sentence.size(); i++) {
      String tag = i < sentence.size() ? sentence.get(i)[1] : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        spans.add(sentenceIndex + ":" + start + "-" + i + "-" + type);
        type = null;
      }
      if (t != null && type == null) {
        type = t;
        start = i;
      }
    }
    return spans;
  }

  /** Entity spans from per-token types (runs of one type). */
  static Set<String> predictedSpans(List<String> types, int sentenceIndex) {
    Set<String> spans = new HashSet<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= types.size(); i++) {
      String t = i < types.size() ? types.get(i) : "O";
      t = t.equals("O") ? null : t;
      if (type != null && !type.equals(t)) {
        spans.add(sentenceIndex + ":" + start + "-" + i + "-" + type);
        type = null;
      }
      if (t != null && type == null) {
        type = t;
        start = i;
      }
    }
    return spans;
  }

  public static Result score(
      String name, List<List<String[]>> sentences, Function<List<String>, List<String>> tagger) {
    Set<String> gold = new HashSet<>();
    Set<String> predicted = new HashSet<>();
    int tokens = 0;
    long t0 = System.nanoTime();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s).stream().map(x -> x[0]).toList();
      tokens += words.size();
      List<String> labels = tagger.apply(words);
      List<String> types = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        types.add(i < labels.size() ? conllType(labels.get(i)) : "O");
      }
      gold.addAll(goldSpans(sentences.get(s), s));
      predicted.addAll(predictedSpans(types, s));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, double[]> perType = new TreeMap<>();
    for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
      perType.put(type, prf(filter(gold, type), filter(predicted, type)));
    }
    double[] all = prf(gold, predicted);
    return new Result(name, perType, all[0], all[1], all[2], tokens, seconds);
  }

  private static Set<String> filter(Set<String> spans, String type) {
    Set<String> out = new HashSet<>();
    for (String s : spans) {
      if (s.endsWith("-" + type)) {
        out.add(s);
      }
    }
    return out;
  }

  private static double[] prf(Set<String> gold, Set<String> predicted) {
    Set<String> tp = new HashSet<>(predicted);
    tp.retainAll(gold);
    double p = predicted.isEmpty() ? 0 : (double) tp.size() / predicted.size();
    double r = gold.isEmpty() ? 0 : (double) tp.size() / gold.size();
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** Parallax's configuration. */
  public static Function<List<String>, List<String>> parallax() {
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(new NlpOptions(NlpOptions.CONLL_4CLASS, false, true));
    return words -> annotator.labels(String.join(" ", words));
  }

  /** CoreNLP's stock NER as a user would assemble it (defaults), on pre-tokenised input. */
  public static Function<List<String>, List<String>> stock() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.whitespace", "true");
    p.setProperty("ssplit.eolonly", "true");
    StanfordCoreNLP pipeline = CoreNlpAnnotator.stock(p);
    return words -> {
      CoreDocument doc = new CoreDocument(String.join(" ", words));
      pipeline.annotate(doc);
      List<String> labels = new ArrayList<>();
      for (CoreLabel t : doc.tokens()) {
        labels.add(t.ner());
      }
      return labels;
    };
  }

  static void print(Result r) {
    StringBuilder types = new StringBuilder();
    r.perType().forEach((t, v) -> types.append(String.format("  %s %.3f", t, v[2])));
    System.out.printf(
        "%-9s P %.4f R %.4f F1 %.4f |%s | %d tokens in %.1f s = %.0f tokens/s%n",
        r.name(),
        r.precision(),
        r.recall(),
        r.f1(),
        types,
        r.tokens(),
        r.seconds(),
        r.tokens() / r.seconds());
  }

  public static void main(String[] args) throws IOException {
    if (!available()) {
      System.out.println("conll2003 not found under " + SharedData.dataset("conll2003"));
      return;
    }
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
    List<List<String[]>> sentences = sentences(limit);
    print(score("parallax", sentences, parallax()));
    if (args.length < 2 || !args[1].equals("--no-stock")) {
      print(score("stock", sentences, stock()));
    }
  }
}
