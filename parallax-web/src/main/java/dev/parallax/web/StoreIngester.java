package dev.parallax.web;

import dev.parallax.api.Annotator;
import dev.parallax.api.RawDocument;
import dev.parallax.core.dedup.DedupOptions;
import dev.parallax.core.dedup.MinHashDeduplicator;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.pipeline.Analyzer;
import dev.parallax.core.pipeline.DocumentOutcome;
import dev.parallax.core.source.SourceItem;
import dev.parallax.core.store.Store;
import dev.parallax.core.stories.LeadEmbedder;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The pipeline behind the server, built like {@code analyze}'s: documents are extracted,
 * deduplicated, annotated and stored; the analysis covers everything the store holds, with copies
 * found afresh across all of it. The annotator is made on the first ingest (loading NER models
 * takes seconds), so a server that only reads never pays for it.
 */
public final class StoreIngester implements Ingester {

  private final Store store;
  private final Supplier<Annotator> annotator;
  private final LeadEmbedder embedder;
  private Analyzer analyzer;

  /**
   * @param annotator makes the NER annotator, or null to ingest without NER
   * @param embedder sentence embeddings for topics, or null for words and names only
   */
  public StoreIngester(Store store, Supplier<Annotator> annotator, LeadEmbedder embedder) {
    this.store = Objects.requireNonNull(store, "store");
    this.annotator = annotator;
    this.embedder = embedder;
  }

  @Override
  public Analysis analyse() {
    return Analysis.of(
        Analysis.storedRun(store, () -> new MinHashDeduplicator(DedupOptions.defaults())),
        store,
        embedder);
  }

  @Override
  public synchronized DocumentOutcome ingest(String source, byte[] bytes, String contentType) {
    if (analyzer == null) {
      analyzer =
          new Analyzer(
              new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser()),
              () -> new MinHashDeduplicator(DedupOptions.defaults()),
              store,
              annotator == null ? null : annotator.get());
    }
    SourceItem item =
        new SourceItem.Loaded(new RawDocument(source, bytes, contentType, Instant.now(), Map.of()));
    return analyzer.run(Stream.of(item), o -> {}).documents().get(0);
  }

  @Override
  public synchronized boolean delete(String articleId) {
    return store.deleteArticle(articleId);
  }
}
