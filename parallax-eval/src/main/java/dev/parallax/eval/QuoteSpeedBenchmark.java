package dev.parallax.eval;

import dev.parallax.api.Quote;
import dev.parallax.core.nlp.CoreNlpAnnotator;
import dev.parallax.core.nlp.NlpOptions;
import dev.parallax.core.quotes.QuoteFinder;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Side by side, in one run on the same PolNeAR articles: the stock CoreNLP pipeline a user would
 * assemble for quotes and their speakers (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote
 * with attribution) and Parallax's annotator (one NER model) plus its quote finder. Reports tokens
 * per second and quote-speaker accuracy of each, by the {@link QuoteEval} measure.
 *
 * <pre>java -Xmx6g -cp … dev.parallax.eval.QuoteSpeedBenchmark dev</pre>
 */
public final class QuoteSpeedBenchmark {

  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  private QuoteSpeedBenchmark() {}

  static int tokens(String text) {
    Matcher m = TOKEN.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The stock pipeline's quotes, with the canonical speaker when coreference found one. */
  static Function<String, List<Quote>> stock() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
    return text -> {
      CoreDocument doc = new CoreDocument(text);
      pipeline.annotate(doc);
      List<Quote> out = new ArrayList<>();
      for (CoreQuote q : doc.quotes()) {
        int start = q.quoteCharOffsets().first();
        int end = q.quoteCharOffsets().second();
        String words = text.substring(start, end);
        String speaker = q.canonicalSpeaker().orElse(q.speaker().orElse(null));
        String both = q.speaker().orElse("") + " " + q.canonicalSpeaker().orElse("");
        out.add(
            new Quote(
                start,
                end,
                words,
                speaker == null ? null : both.strip(),
                null,
                null,
                speaker == null ? "unattributed" : "corenlp",
                speaker == null ? 0 : 1));
      }
      return out;
    };
  }

  /** Parallax: its NER annotation (as analyze runs it) and its quote finder. */
  static Function<String, List<Quote>> parallax() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpOptions.defaults());
    QuoteFinder finder = new QuoteFinder();
    return text -> {
      annotator.annotate(text);
      return finder.find(text);
    };
  }

  static void measure(
      String name,
      Map<String, String> texts,
      List<QuoteEval.Gold> gold,
      Function<String, List<Quote>> f) {
    int tokens = texts.values().stream().mapToInt(QuoteSpeedBenchmark::tokens).sum();
    Map<String, List<Quote>> cache = new java.util.HashMap<>();
    long t0 = System.nanoTime();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      cache.put(e.getKey(), f.apply(e.getValue()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    QuoteEval.Result r = QuoteEval.score(texts, gold, text -> cache.get(keyOf(texts, text)));
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "%-9s %d articles, %d tokens in %.1f s = %.0f tokens/s; speaker accuracy %.4f (%d/%d), against the person after role descriptions %.4f; heap in use %.0f MB%n",
        name,
        texts.size(),
        tokens,
        seconds,
        tokens / seconds,
        r.accuracy(),
        r.right(),
        r.relations(),
        r.accuracyByPerson(),
        (rt.totalMemory() - rt.freeMemory()) / 1e6);
  }

  private static String keyOf(Map<String, String> texts, String text) {
    for (Map.Entry<String, String> e : texts.entrySet()) {
      if (e.getValue() == text) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("unknown text");
  }

  public static void main(String[] args) throws IOException {
    String split = args.length > 0 ? args[0] : "dev";
    if (!QuoteEval.available(split)) {
      System.out.println("polnear " + split + " not found");
      return;
    }
    Map<String, String> texts = QuoteEval.texts(split);
    if (args.length > 1) {
      int limit = Integer.parseInt(args[1]);
      Map<String, String> some = new java.util.TreeMap<>();
      texts.entrySet().stream().limit(limit).forEach(e -> some.put(e.getKey(), e.getValue()));
      texts = some;
    }
    List<QuoteEval.Gold> gold = QuoteEval.gold(split, texts);
    measure("parallax", texts, gold, parallax());
    System.gc();
    measure("stock", texts, gold, stock());
  }
}
