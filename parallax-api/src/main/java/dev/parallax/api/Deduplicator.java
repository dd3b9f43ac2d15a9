package dev.parallax.api;

import java.util.Optional;

/**
 * Finds copies among articles as they arrive, one at a time, so the same code serves a folder, a
 * feed and a crawl. The first article of a group is canonical; each later one is reported as a
 * {@link Duplicate} of it.
 *
 * <p>Unlike the other stages this one has state: it is an index of what it has seen (compact
 * fingerprints, not texts). Implementations say whether they are thread-safe.
 */
@FunctionalInterface
public interface Deduplicator {

  /**
   * Adds an article to the index.
   *
   * @return the duplicate link when the article copies one seen before, else empty
   */
  Optional<Duplicate> add(Article article);
}
