package dev.parallax.core.pipeline;

import dev.parallax.api.Article;
import dev.parallax.api.Deduplicator;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Extraction;
import dev.parallax.api.Extractor;
import dev.parallax.api.RawDocument;
import dev.parallax.api.Status;
import dev.parallax.core.source.SourceItem;
import dev.parallax.core.store.Store;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the pipeline as far as it exists today — extract, store, deduplicate — over a stream of
 * inputs, one document at a time.
 *
 * <p>A document the store already holds (same source, same bytes) is not extracted again: its
 * recorded outcome and article are reused. Each new document is stored in its own transaction as
 * soon as it is extracted, so a killed run loses at most the document in hand. Only small outcomes
 * are kept in memory; article texts stay in the store.
 *
 * <p>Not thread-safe (one run at a time per instance); the stages it holds are.
 */
public final class Analyzer {

  /** Told about each document as it finishes. */
  @FunctionalInterface
  public interface Progress {
    void done(DocumentOutcome outcome);
  }

  private final Extractor extractor;
  private final Supplier<Deduplicator> deduplicators;
  private final Store store;
  private final dev.parallax.api.Annotator annotator;

  /**
   * @param deduplicators makes a fresh index for each run, so duplicates are found among the run's
   *     own articles
   * @param annotator runs NLP on each distinct text not annotated before; null to skip NLP
   */
  public Analyzer(
      Extractor extractor,
      Supplier<Deduplicator> deduplicators,
      Store store,
      dev.parallax.api.Annotator annotator) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.deduplicators = Objects.requireNonNull(deduplicators, "deduplicators");
    this.store = Objects.requireNonNull(store, "store");
    this.annotator = annotator;
  }

  /** An analyzer without NLP. */
  public Analyzer(Extractor extractor, Supplier<Deduplicator> deduplicators, Store store) {
    this(extractor, deduplicators, store, null);
  }

  public RunResult run(Stream<SourceItem> inputs, Progress progress) {
    Deduplicator dedup = deduplicators.get();
    List<DocumentOutcome> outcomes = new ArrayList<>();
    Map<String, Duplicate> duplicates = new LinkedHashMap<>();
    java.util.Set<String> indexed = new java.util.HashSet<>();
    inputs.forEachOrdered(
        item -> {
          DocumentOutcome outcome;
          Article article = null;
          if (item instanceof SourceItem.Unreadable u) {
            outcome = new DocumentOutcome(u.source(), Status.FAILED, u.reason(), null, false);
          } else {
            RawDocument doc = ((SourceItem.Loaded) item).document();
            String sha = sha256(doc.bytes());
            Optional<Store.DocumentRecord> known = store.findDocument(doc.source(), sha);
            if (known.isPresent()) {
              Store.DocumentRecord r = known.get();
              outcome =
                  new DocumentOutcome(r.source(), r.status(), r.reason(), r.articleId(), true);
              if (r.articleId() != null) {
                article = store.article(r.articleId()).orElse(null);
              }
            } else {
              Extraction e = extractor.extract(doc);
              store.saveDocument(sha, e);
              article = e.article();
              outcome =
                  new DocumentOutcome(
                      e.source(),
                      e.status(),
                      e.reason(),
                      article == null ? null : article.id(),
                      false);
            }
          }
          if (article != null && indexed.add(article.id())) {
            Optional<Duplicate> d = dedup.add(article);
            if (d.isPresent()) {
              duplicates.put(article.id(), d.get());
              store.saveDuplicate(d.get());
            } else if (annotator != null
                && article.language().equals("eng")
                && store.mentions(annotationKey(article.contentHash())).isEmpty()) {
              // the NER model is English: other languages are left unannotated rather than
              // annotated wrongly
              // deep NLP once per distinct text; copies inherit the canonical article's
              store.saveMentions(
                  annotationKey(article.contentHash()),
                  annotator.annotate(article.text()).mentions());
            }
          }
          outcomes.add(outcome);
          progress.done(outcome);
        });
    return new RunResult(outcomes, duplicates);
  }

  /**
   * What the annotations of a text are stored under: its content hash and the version of what the
   * annotator gives. Raised whenever the mentions it finds change (2: a blank line ends a sentence;
   * 3: a dash between spaces ends a name), so that a store made by an earlier version annotates its
   * texts again rather than serving the old mentions.
   */
  static String annotationKey(String contentHash) {
    return contentHash + ANNOTATIONS;
  }

  private static final String ANNOTATIONS = "/ner-3";

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
