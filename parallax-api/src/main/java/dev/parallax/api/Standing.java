package dev.parallax.api;

import java.util.List;
import java.util.Objects;

/**
 * How an article fares against the independent sources of its story.
 *
 * @param article the article
 * @param contradicted ids of findings in which other independent sources contradict it
 * @param flagged true when it states something the independent majority contradicts
 * @param reasons why it is flagged, one sentence per outvoted fact; empty when not flagged
 */
public record Standing(
    String article, List<String> contradicted, boolean flagged, List<String> reasons) {

  public Standing {
    Objects.requireNonNull(article, "article");
    contradicted = List.copyOf(contradicted);
    reasons = List.copyOf(reasons);
    if (flagged == reasons.isEmpty()) {
      throw new IllegalArgumentException("a flagged article needs reasons, and only it");
    }
  }
}
