package dev.parallax.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.DuplicateKind;
import dev.parallax.api.Status;
import dev.parallax.core.dedup.DedupOptions;
import dev.parallax.core.dedup.MinHashDeduplicator;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.core.source.FileSource;
import dev.parallax.core.store.Store;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {

  @TempDir Path dir;

  private static final String STORY =
      "Rescue teams evacuated more than 12,000 people from villages below the Orlov dam on Tuesday after"
          + " engineers found a crack in its eastern wall, the interior ministry said. The water level had"
          + " risen by two metres overnight, and the army began building a second barrier.";

  @Test
  void everyDocumentEndsWithAnOutcomeAndReRunsReuseTheStore() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), STORY);
    Files.writeString(in.resolve("b.txt"), STORY);
    Files.writeString(in.resolve("c.txt"), "");
    Files.write(in.resolve("d.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 9, 9});
    FileSource source = new FileSource(1 << 20, new ByteArrayInputStream(new byte[0]));
    try (Store store = Store.openSqlite(dir.resolve("p.db"))) {
      Analyzer analyzer =
          new Analyzer(
              new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser()),
              () -> new MinHashDeduplicator(DedupOptions.defaults()),
              store);
      List<DocumentOutcome> seen = new ArrayList<>();
      RunResult first = analyzer.run(source.open(List.of(in.toString())).items(), seen::add);
      assertThat(seen).hasSize(4);
      assertThat(first.documents())
          .extracting(DocumentOutcome::status)
          .containsExactly(Status.OK, Status.OK, Status.SKIPPED, Status.FAILED);
      assertThat(first.duplicates()).hasSize(1);
      assertThat(first.duplicates().values().iterator().next().kind())
          .isEqualTo(DuplicateKind.EXACT);
      assertThat(first.reused()).isZero();

      RunResult second = analyzer.run(source.open(List.of(in.toString())).items(), o -> {});
      assertThat(second.reused()).isEqualTo(3);
      assertThat(second.duplicates()).isEqualTo(first.duplicates());
      assertThat(store.count("documents")).isEqualTo(3);
      assertThat(store.count("articles")).isEqualTo(2);
    }
  }

  @Test
  void nlpRunsOncePerDistinctTextAndNotAgainOnReRuns() throws Exception {
    Path in = Files.createDirectories(dir.resolve("nlp"));
    Files.writeString(in.resolve("a.txt"), STORY);
    Files.writeString(in.resolve("b.txt"), STORY); // an exact copy: inherits, is not annotated
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    dev.parallax.api.Annotator counting =
        text -> {
          calls.incrementAndGet();
          return new dev.parallax.api.Annotation(
              text, List.of(), List.of(new dev.parallax.api.Mention(0, 6, "Rescue", "MISC")));
        };
    FileSource source = new FileSource(1 << 20, new ByteArrayInputStream(new byte[0]));
    try (Store store = Store.openSqlite(dir.resolve("p.db"))) {
      Analyzer analyzer =
          new Analyzer(
              new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser()),
              () -> new MinHashDeduplicator(DedupOptions.defaults()),
              store,
              counting);
      analyzer.run(source.open(List.of(in.toString())).items(), o -> {});
      assertThat(calls.get()).isEqualTo(1);
      analyzer.run(source.open(List.of(in.toString())).items(), o -> {});
      assertThat(calls.get()).isEqualTo(1);
      assertThat(store.count("annotations")).isEqualTo(1);
    }
  }

  @Test
  void theSameFileGivenTwiceIsOneArticle() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), STORY);
    FileSource source = new FileSource(1 << 20, new ByteArrayInputStream(new byte[0]));
    try (Store store = Store.openSqlite(dir.resolve("p.db"))) {
      Analyzer analyzer =
          new Analyzer(
              new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser()),
              () -> new MinHashDeduplicator(DedupOptions.defaults()),
              store);
      RunResult run =
          analyzer.run(source.open(List.of(a.toString(), a.toString())).items(), o -> {});
      assertThat(run.documents()).hasSize(2);
      assertThat(run.duplicates()).isEmpty();
    }
  }
}
