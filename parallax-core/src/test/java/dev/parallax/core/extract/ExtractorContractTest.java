package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Extraction;
import dev.parallax.api.RawDocument;
import dev.parallax.api.Removed;
import dev.parallax.api.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract every extractor keeps: never throws, same input same output, every outcome has a
 * reason when it is not ok, text is not lost silently, safe under concurrent use.
 */
class ExtractorContractTest {

  private static NewsExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
  }

  private static List<RawDocument> inputs() {
    SplittableRandom random = new SplittableRandom(7);
    byte[] noise = new byte[4096];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) random.nextInt(256);
    }
    StringBuilder huge = new StringBuilder("<html><body>");
    for (int i = 0; i < 3000; i++) {
      huge.append("<div><p>Paragraph ")
          .append(i)
          .append(" says the river rose again overnight, officials said.</p>");
    }
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      deep.append("<div>");
    }
    deep.append("The deepest sentence of the page is still an ordinary sentence with words in it.");
    return List.of(
        RawDocument.of("empty", new byte[0], null),
        RawDocument.of("noise", noise, "text/html"),
        RawDocument.of(
            "tags-only",
            "<html><body><div></div></body></html>".getBytes(StandardCharsets.UTF_8),
            "text/html"),
        RawDocument.of(
            "unclosed",
            "<html><body><p>The mayor said <b>nothing".getBytes(StandardCharsets.UTF_8),
            "text/html"),
        RawDocument.of("huge", huge.toString().getBytes(StandardCharsets.UTF_8), "text/html"),
        RawDocument.of("deep", deep.toString().getBytes(StandardCharsets.UTF_8), "text/html"),
        RawDocument.of(
            "text",
            "A plain sentence about a vote in the council that passed by a wide margin on Monday."
                .getBytes(StandardCharsets.UTF_8),
            null));
  }

  @Test
  void neverThrowsAndAlwaysExplains() {
    for (RawDocument doc : inputs()) {
      Extraction e = extractor.extract(doc);
      assertThat(e.source()).isEqualTo(doc.source());
      if (e.status() != Status.OK) {
        assertThat(e.reason()).as(doc.source()).isNotBlank();
      } else {
        assertThat(e.article().text()).as(doc.source()).isNotBlank();
        for (Removed r : e.article().removed()) {
          assertThat(r.reason()).isNotBlank();
        }
      }
    }
  }

  @Test
  void sameInputSameOutput() {
    for (RawDocument doc : inputs()) {
      assertThat(extractor.extract(doc)).as(doc.source()).isEqualTo(extractor.extract(doc));
    }
  }

  @Test
  void safeUnderConcurrentUse() throws Exception {
    List<RawDocument> docs = inputs();
    List<Extraction> expected = docs.stream().map(extractor::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Extraction>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> docs.stream().map(extractor::extract).toList()));
      }
      for (Future<List<Extraction>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
