package dev.parallax.api;

/**
 * Turns a raw document into a clean article: main text, title, byline, date, outlet, language, with
 * removed furniture recorded.
 *
 * <p>Never throws on bad input: an empty, binary or unreadable document comes back as a {@link
 * Status#SKIPPED} or {@link Status#FAILED} extraction with the reason. Implementations are
 * stateless after construction and may be shared between threads.
 */
@FunctionalInterface
public interface Extractor {

  /** Extracts the article from one document. */
  Extraction extract(RawDocument document);
}
