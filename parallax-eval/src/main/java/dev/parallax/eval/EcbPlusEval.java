package dev.parallax.eval;

import dev.parallax.core.stories.LeadEmbedder;
import dev.parallax.core.stories.StoryClusterer;
import dev.parallax.core.stories.StoryFeatures;
import dev.parallax.core.stories.StoryFeatures.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Story clustering on ECB+ ({@code shared/data/ecbplus}): B-cubed precision, recall and F1 over
 * documents at topic level (gold: the topic number) and event level (gold: topic and ecb|ecbplus),
 * for the incremental clusterer fed the documents in several shuffled orders.
 *
 * <p>The documents are tokenised; they are joined back with spaces, one sentence a line. A first
 * line that is the page's URL is dropped: the clusterer must tell events apart by what the articles
 * say, not by their addresses.
 */
public final class EcbPlusEval {

  /** One document with its gold clusters. */
  public record Doc(String id, String topic, String event, String text) {}

  /** B-cubed scores. */
  public record Bcubed(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Scores of one arrival order. */
  public record OrderResult(long seed, Bcubed event, Bcubed topic, int events, int topics) {}

  private static final Pattern TOKEN =
      Pattern.compile("<token t_id=\"\\d+\" sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

  private EcbPlusEval() {}

  public static boolean available() {
    return Files.isDirectory(SharedData.dataset("ecbplus").resolve("1"));
  }

  /** All documents, in file-name order. */
  public static List<Doc> load() throws IOException {
    Path root = SharedData.dataset("ecbplus");
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String name = f.getFileName().toString();
        String topic = name.substring(0, name.indexOf('_'));
        String event = topic + (name.endsWith("ecbplus.xml") ? "+" : "");
        docs.add(new Doc(name, topic, event, text(Files.readString(f, StandardCharsets.UTF_8))));
      }
    }
    return docs;
  }

  static String text(String xml) {
    Map<String, StringBuilder> sentences = new LinkedHashMap<>();
    Matcher m = TOKEN.matcher(xml);
    while (m.find()) {
      StringBuilder s = sentences.computeIfAbsent(m.group(1), k -> new StringBuilder());
      if (!s.isEmpty()) {
        s.append(' ');
      }
      s.append(unescape(m.group(2)));
    }
    List<String> lines = new ArrayList<>();
    for (StringBuilder s : sentences.values()) {
      String line = s.toString();
      if (lines.isEmpty() && line.startsWith("http")) {
        continue;
      }
      lines.add(line);
    }
    return String.join("\n", lines);
  }

  static String unescape(String s) {
    return s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** What the clusterer is given of each document: terms and lead embedding, computed once. */
  public static Map<String, StoryClusterer.Item> items(List<Doc> docs, boolean embeddings) {
    StoryFeatures features = new StoryFeatures();
    LeadEmbedder embedder = embeddings ? new LeadEmbedder() : null;
    Map<String, StoryClusterer.Item> items = new HashMap<>();
    for (Doc d : docs) {
      items.put(
          d.id(),
          new StoryClusterer.Item(
              d.id(),
              features.terms(null, d.text()),
              embedder == null ? null : embedder.embed(null, d.text())));
    }
    return items;
  }

  /** Runs the clusterer over {@code orders} shuffled orders (seeds 1..orders). */
  public static List<OrderResult> run(
      List<Doc> docs,
      Map<String, StoryClusterer.Item> items,
      StoryClusterer.Options options,
      int orders) {
    List<OrderResult> results = new ArrayList<>();
    for (long seed = 1; seed <= orders; seed++) {
      List<Doc> order = new ArrayList<>(docs);
      Collections.shuffle(order, new SplittableRandom(seed));
      results.add(score(docs, items, options, order, seed));
    }
    return results;
  }

  /**
   * The documents in the order of their file names, as a folder is read: each topic's two events
   * arrive interleaved and one topic after another, a harder order than a shuffled one. Seed 0.
   */
  public static OrderResult runInFileOrder(
      List<Doc> docs, Map<String, StoryClusterer.Item> items, StoryClusterer.Options options) {
    List<Doc> order = new ArrayList<>(docs);
    order.sort(java.util.Comparator.comparing(Doc::id));
    return score(docs, items, options, order, 0);
  }

  private static OrderResult score(
      List<Doc> docs,
      Map<String, StoryClusterer.Item> items,
      StoryClusterer.Options options,
      List<Doc> order,
      long seed) {
    StoryClusterer clusterer = new StoryClusterer(options);
    {
      StoryClusterer.Book book = clusterer.open();
      for (Doc d : order) {
        book.add(items.get(d.id()));
      }
      Map<String, String> eventOf = new HashMap<>();
      Map<String, String> topicOf = new HashMap<>();
      Map<Integer, Integer> topicOfEvent = new HashMap<>();
      book.topics().forEach((t, es) -> es.forEach(e -> topicOfEvent.put(e, t)));
      book.events()
          .forEach(
              (e, ids) ->
                  ids.forEach(
                      id -> {
                        eventOf.put(id, "e" + e);
                        topicOf.put(id, "t" + topicOfEvent.get(e));
                      }));
      Map<String, String> goldEvent = new HashMap<>();
      Map<String, String> goldTopic = new HashMap<>();
      docs.forEach(
          d -> {
            goldEvent.put(d.id(), d.event());
            goldTopic.put(d.id(), d.topic());
          });
      if (Boolean.getBoolean("ecb.verbose") && seed == 1) {
        Map<String, Map<String, Integer>> spread = new TreeMap<>();
        docs.forEach(
            d ->
                spread
                    .computeIfAbsent(d.event(), k -> new TreeMap<>())
                    .merge(topicOf.get(d.id()) + "/" + eventOf.get(d.id()), 1, Integer::sum));
        spread.forEach((g, m) -> System.out.println(g + " -> " + m));
      }
      return new OrderResult(
          seed,
          bcubed(eventOf, goldEvent),
          bcubed(topicOf, goldTopic),
          book.events().size(),
          book.topics().size());
    }
  }

  /** B-cubed precision and recall of a clustering against gold, both as item → cluster label. */
  public static Bcubed bcubed(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, List<String>> byPredicted = invert(predicted);
    Map<String, List<String>> byGold = invert(gold);
    double p = 0;
    double r = 0;
    for (String item : gold.keySet()) {
      List<String> c = byPredicted.get(predicted.get(item));
      List<String> g = byGold.get(gold.get(item));
      long both = c.stream().filter(x -> gold.get(x).equals(gold.get(item))).count();
      p += (double) both / c.size();
      r += (double) both / g.size();
    }
    return new Bcubed(p / gold.size(), r / gold.size());
  }

  /**
   * Writes every document of an event with two or more documents as running text, one file each
   * (its ECB+ name with {@code .txt}), for {@code parallax analyze} to read as a user's corpus.
   */
  static void writeTexts(Path dir) throws IOException {
    Files.createDirectories(dir);
    int n = 0;
    for (List<Doc> event : PlantedContradictionEval.events(load()).values()) {
      for (Doc d : event) {
        Files.writeString(dir.resolve(d.id().replaceFirst("\\.xml$", ".txt")), d.text());
        n++;
      }
    }
    System.out.printf(Locale.ROOT, "%d texts written to %s%n", n, dir);
  }

  /**
   * B-cubed of the stories of a {@code parallax analyze} run over the texts {@link #writeTexts}
   * wrote, read from its {@code analysis.json}: how the product's own path (extraction, dates,
   * duplicates, clustering in file order) groups them. Documents the run dropped as copies or
   * skipped are not scored.
   */
  static void scoreRun(List<Doc> docs, Path out) throws IOException {
    Map<String, Doc> byFile = new HashMap<>();
    docs.forEach(d -> byFile.put(d.id().replaceFirst("\\.xml$", ".txt"), d));
    com.fasterxml.jackson.databind.JsonNode run =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("analysis.json").toFile());
    Map<String, String> fileOf = new HashMap<>();
    run.get("articles")
        .forEach(
            a ->
                fileOf.put(
                    a.get("id").asText(),
                    Path.of(a.get("source").asText()).getFileName().toString()));
    Map<String, String> event = new HashMap<>();
    Map<String, String> topic = new HashMap<>();
    Map<String, String> goldEvent = new HashMap<>();
    Map<String, String> goldTopic = new HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode story : run.get("stories")) {
      for (com.fasterxml.jackson.databind.JsonNode a : story.get("articles")) {
        Doc d = byFile.get(fileOf.get(a.asText()));
        if (d != null) {
          event.put(d.id(), story.get("id").asText());
          topic.put(d.id(), story.get("topic").asText());
          goldEvent.put(d.id(), d.event());
          goldTopic.put(d.id(), d.topic());
        }
      }
    }
    Bcubed e = bcubed(event, goldEvent);
    Bcubed t = bcubed(topic, goldTopic);
    System.out.printf(
        Locale.ROOT,
        "%d documents in %d stories: event P %.3f R %.3f F1 %.3f | topic P %.3f R %.3f F1 %.3f%n",
        event.size(),
        new java.util.HashSet<>(event.values()).size(),
        e.precision(),
        e.recall(),
        e.f1(),
        t.precision(),
        t.recall(),
        t.f1());
  }

  private static Map<String, List<String>> invert(Map<String, String> labels) {
    Map<String, List<String>> out = new HashMap<>();
    labels.forEach((item, label) -> out.computeIfAbsent(label, k -> new ArrayList<>()).add(item));
    return out;
  }

  public static void main(String[] args) throws IOException {
    if (!available()) {
      System.out.println("ECB+ data not found under " + SharedData.dataset("ecbplus"));
      return;
    }
    List<Doc> docs = load();
    int write = List.of(args).indexOf("--write-texts");
    if (write >= 0 && write + 1 < args.length) {
      writeTexts(Path.of(args[write + 1]));
      return;
    }
    int score = List.of(args).indexOf("--score-run");
    if (score >= 0 && score + 1 < args.length) {
      scoreRun(docs, Path.of(args[score + 1]));
      return;
    }
    boolean embeddings = !List.of(args).contains("--no-embeddings");
    long start = System.nanoTime();
    Map<String, StoryClusterer.Item> items = items(docs, embeddings);
    System.out.printf(
        Locale.ROOT,
        "features%s: %.1f s%n",
        embeddings ? " and lead embeddings" : "",
        (System.nanoTime() - start) / 1e9);
    if (List.of(args).contains("--grid")) {
      grid(docs, items);
      return;
    }
    int orders = 5;
    StoryClusterer.Options options = StoryClusterer.Options.defaults();
    start = System.nanoTime();
    List<OrderResult> results = run(docs, items, options, orders);
    double seconds = (System.nanoTime() - start) / 1e9;
    print(docs.size(), results, seconds);
    OrderResult files = runInFileOrder(docs, items, options);
    System.out.printf(
        Locale.ROOT,
        "file-name order: event P %.3f R %.3f F1 %.3f | topic P %.3f R %.3f F1 %.3f%n",
        files.event().precision(),
        files.event().recall(),
        files.event().f1(),
        files.topic().precision(),
        files.topic().recall(),
        files.topic().f1());
  }

  /** Tuning sweep over two orders: one line per setting, mean F1 at both levels. */
  static void grid(List<Doc> docs, Map<String, StoryClusterer.Item> items) {
    StoryClusterer.Options d = StoryClusterer.Options.defaults();
    Map<Kind, Double> topicWeights =
        StoryClusterer.Options.weights(
            1,
            Double.parseDouble(
                System.getProperty("grid.tname", "" + d.topicWeights().get(Kind.NAME))),
            Double.parseDouble(
                System.getProperty("grid.tnumber", "" + d.topicWeights().get(Kind.NUMBER))));
    for (double alpha : doubles("grid.alpha", "" + d.embeddingWeight())) {
      for (double tjoin : doubles("grid.tjoin", "" + d.topicJoin())) {
        for (double tmerge : doubles("grid.tmerge", "" + d.topicMerge())) {
          for (double name : doubles("grid.name", "" + d.eventWeights().get(Kind.NAME))) {
            for (double number : doubles("grid.number", "" + d.eventWeights().get(Kind.NUMBER))) {
              for (double k : doubles("grid.k", "" + d.eventNeighbours())) {
                for (double floor : doubles("grid.floor", "" + d.eventFloor())) {
                  StoryClusterer.Options o =
                      new StoryClusterer.Options(
                          topicWeights,
                          alpha,
                          tjoin,
                          tmerge,
                          StoryClusterer.Options.weights(1, name, number),
                          (int) k,
                          Integer.getInteger("grid.shared", d.eventShared()),
                          floor,
                          d.eventDays());
                  List<OrderResult> rs = run(docs, items, o, 2);
                  System.out.printf(
                      Locale.ROOT,
                      "alpha %.2f tjoin %.2f tmerge %.2f | name %.2f number %.2f k %.0f floor %.2f:"
                          + " event"
                          + " %.3f (P %.3f R %.3f) topic %.3f (P %.3f R %.3f)%n",
                      alpha,
                      tjoin,
                      tmerge,
                      name,
                      number,
                      k,
                      floor,
                      rs.stream().mapToDouble(r -> r.event().f1()).average().orElse(0),
                      rs.stream().mapToDouble(r -> r.event().precision()).average().orElse(0),
                      rs.stream().mapToDouble(r -> r.event().recall()).average().orElse(0),
                      rs.stream().mapToDouble(r -> r.topic().f1()).average().orElse(0),
                      rs.stream().mapToDouble(r -> r.topic().precision()).average().orElse(0),
                      rs.stream().mapToDouble(r -> r.topic().recall()).average().orElse(0));
                }
              }
            }
          }
        }
      }
    }
  }

  private static double[] doubles(String property, String fallback) {
    return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  static void print(int docs, List<OrderResult> results, double seconds) {
    for (OrderResult r : results) {
      System.out.printf(
          Locale.ROOT,
          "order %d: event P %.3f R %.3f F1 %.3f (%d stories) | topic P %.3f R %.3f F1 %.3f (%d)%n",
          r.seed(),
          r.event().precision(),
          r.event().recall(),
          r.event().f1(),
          r.events(),
          r.topic().precision(),
          r.topic().recall(),
          r.topic().f1(),
          r.topics());
    }
    DoubleSummaryStatistics e =
        results.stream().mapToDouble(r -> r.event().f1()).summaryStatistics();
    DoubleSummaryStatistics t =
        results.stream().mapToDouble(r -> r.topic().f1()).summaryStatistics();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d orders: event F1 mean %.3f (min %.3f, max %.3f); topic F1 mean %.3f"
            + " (min %.3f, max %.3f); %.1f s%n",
        docs,
        results.size(),
        e.getAverage(),
        e.getMin(),
        e.getMax(),
        t.getAverage(),
        t.getMin(),
        t.getMax(),
        seconds);
  }
}
