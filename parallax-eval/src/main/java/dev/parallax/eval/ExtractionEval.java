package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.Extraction;
import dev.parallax.api.RawDocument;
import dev.parallax.api.Status;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-content extraction on {@code shared/data/extraction} with the benchmark's own metric
 * ({@link ShingleScore}).
 */
public final class ExtractionEval {

  /** One benchmark page: its key, URL, raw HTML bytes and true body. */
  public record Page(String key, String url, byte[] html, String truth) {}

  /** Per-page outcome, for finding the worst pages. */
  public record PageResult(String key, String url, double precision, double recall) {}

  /** Overall scores. */
  public record Result(
      int pages, double precision, double recall, double f1, List<PageResult> perPage) {}

  private ExtractionEval() {}

  public static boolean available() {
    return Files.isRegularFile(SharedData.dataset("extraction").resolve("ground-truth.json"));
  }

  public static List<Page> pages() throws IOException {
    Path dir = SharedData.dataset("extraction");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : truth.properties()) {
      Path file = dir.resolve("pages").resolve(e.getKey() + ".html.gz");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        html = in.readAllBytes();
      }
      pages.add(
          new Page(
              e.getKey(),
              e.getValue().path("url").asText(),
              html,
              e.getValue().path("articleBody").asText()));
    }
    return pages;
  }

  /** Scores any extractor given as page → predicted body text. */
  public static Result score(List<Page> pages, Function<Page, String> extractor) {
    ShingleScore score = new ShingleScore();
    List<PageResult> per = new ArrayList<>();
    for (Page p : pages) {
      String predicted = extractor.apply(p);
      double[] r = score.add(p.truth(), predicted == null ? "" : predicted);
      double precision = r[0] + r[1] > 0 ? r[0] / (r[0] + r[1]) : 0;
      double recall = r[0] + r[2] > 0 ? r[0] / (r[0] + r[2]) : 0;
      per.add(new PageResult(p.key(), p.url(), precision, recall));
    }
    return new Result(score.pages(), score.precision(), score.recall(), score.f1(), per);
  }

  /** Parallax's extractor as the benchmark sees it: the body text, or empty. */
  public static Function<Page, String> parallax() {
    NewsExtractor extractor = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
    return page -> {
      Extraction e = extractor.extract(RawDocument.of(page.url(), page.html(), "text/html"));
      return e.status() == Status.OK ? e.article().text() : "";
    };
  }

  public static void main(String[] args) throws IOException {
    if (!available()) {
      System.out.println("extraction dataset not found under " + SharedData.dataset("extraction"));
      return;
    }
    List<Page> pages = pages();
    Result r = score(pages, parallax());
    if (args.length > 1 && args[0].equals("--page")) {
      NewsExtractor extractor = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
      for (Page p : pages) {
        if (p.key().startsWith(args[1])) {
          Extraction e = extractor.extract(RawDocument.of(p.url(), p.html(), "text/html"));
          System.out.println(e.status() + " " + e.reason());
          String text = e.article() == null ? "" : e.article().text();
          boolean diff = args.length > 2 && args[2].equals("--diff");
          String truthFlat = p.truth().replaceAll("\\s+", " ");
          for (String para : text.split("\n\n")) {
            if (!diff || !truthFlat.contains(para.replaceAll("\\s+", " "))) {
              System.out.println((diff ? "EXTRA: " : "") + para);
            }
          }
          if (diff) {
            String flat = text.replaceAll("\\s+", " ");
            for (String para : p.truth().split("\n+")) {
              if (!flat.contains(para.strip().replaceAll("\\s+", " "))) {
                System.out.println("MISSING: " + para);
              }
            }
          } else {
            System.out.println("=== TRUTH\n" + p.truth());
          }
        }
      }
      return;
    }
    if (args.length > 0 && args[0].equals("--baselines")) {
      for (var entry :
          java.util.Map.of(
                  "readability4j", Baselines.readability4j(), "boilerpipe", Baselines.boilerpipe())
              .entrySet()) {
        Result b = score(pages, entry.getValue());
        System.out.printf(
            "%s: %d pages  precision %.4f  recall %.4f  F1 %.4f%n",
            entry.getKey(), b.pages(), b.precision(), b.recall(), b.f1());
      }
    }
    boolean verbose = args.length > 0 && args[0].equals("--pages");
    if (verbose) {
      r.perPage().stream()
          .sorted((a, b) -> Double.compare(a.precision() + a.recall(), b.precision() + b.recall()))
          .limit(25)
          .forEach(
              p ->
                  System.out.printf(
                      "%.3f %.3f %s %s%n", p.precision(), p.recall(), p.key(), p.url()));
    }
    System.out.printf(
        "extraction: %d pages  precision %.4f  recall %.4f  F1 %.4f%n",
        r.pages(), r.precision(), r.recall(), r.f1());
  }
}
