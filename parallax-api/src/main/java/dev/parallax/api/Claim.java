package dev.parallax.api;

import java.util.Objects;

/**
 * A checkable statement an article makes, as a structured value with its evidence.
 *
 * <p>Kinds: {@code quantity} (how many of something: subject = the thing counted, value = the
 * amount as a range), {@code duration} (how long something has lasted: value in days as a range),
 * {@code role} (a person's role: subject = the person, value = the role and affiliation), {@code
 * quote} (who said something).
 *
 * @param id stable within a run
 * @param article the article that states it
 * @param kind what sort of claim
 * @param subject what the claim is about, normalised for comparison ("drones", "Oleksandr
 *     Hrytsenko")
 * @param predicate the relation ("count", "lasted", "has role")
 * @param value the claimed value, normalised (for amounts: {@code [low, high]} with {@code exact}
 *     or an approximation word)
 * @param text the words as written
 * @param start offset of the evidence in the article's text
 * @param end offset after the evidence
 */
public record Claim(
    String id,
    String article,
    String kind,
    String subject,
    String predicate,
    String value,
    String text,
    int start,
    int end) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
