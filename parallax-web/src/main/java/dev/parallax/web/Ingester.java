package dev.parallax.web;

import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.pipeline.DocumentOutcome;

/**
 * What the server needs from the pipeline: an analysis of everything in the store, and a way to
 * read one more document into it. The CLI supplies one built from the same stages as {@code
 * analyze}; the server calls {@link #ingest} one document at a time and then {@link #analyse}
 * again.
 */
public interface Ingester {

  /** Everything the store holds, analysed. */
  Analysis analyse();

  /**
   * Extracts, stores and annotates one document; never throws for bad input: the outcome says ok,
   * skipped or failed, with the reason.
   *
   * @param source where it came from: {@code upload:NAME} or the URL it was fetched from
   * @param contentType the declared content type, or null
   */
  DocumentOutcome ingest(String source, byte[] bytes, String contentType);

  /** Removes an article and the documents that produced it; false when there was none. */
  boolean delete(String articleId);
}
