package dev.parallax.api;

import java.util.Objects;

/**
 * One article found to be a copy of an earlier one. Copies are not independent sources: they
 * inherit the canonical article's analysis and count once when facts are corroborated.
 *
 * @param articleId the copy
 * @param canonicalId the article it copies (the first seen of its group)
 * @param kind exact, near or syndicated
 * @param similarity estimated Jaccard similarity of their word shingles, in [0, 1]
 */
public record Duplicate(
    String articleId, String canonicalId, DuplicateKind kind, double similarity) {

  public Duplicate {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(canonicalId, "canonicalId");
    Objects.requireNonNull(kind, "kind");
    if (articleId.equals(canonicalId)) {
      throw new IllegalArgumentException("an article cannot duplicate itself: " + articleId);
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity out of [0,1]: " + similarity);
    }
  }
}
