package dev.parallax.api;

import java.util.Objects;

/**
 * Text an extractor took out of an article, and why. Kept so that a reader can see what was
 * dropped: nothing disappears silently.
 *
 * @param text the removed text as it stood in the input (after markup was stripped)
 * @param reason a short fixed label, one of the {@code REASON_*} constants or another stable
 *     lower-case word
 */
public record Removed(String text, String reason) {

  /** Navigation, sharing, subscription and other page furniture. */
  public static final String BOILERPLATE = "boilerplate";

  /** A block the article already contains (kept once, at its first place). */
  public static final String REPEATED_BLOCK = "repeated-block";

  /** "Credit to …", "With wires", photo credits. */
  public static final String CREDIT_LINE = "credit-line";

  /** A list of links or headlines to other articles ("Read More:", "You may also like"). */
  public static final String RELATED_LINKS = "related-links";

  /** A wire agency's name glued to the end of the last sentence. */
  public static final String AGENCY_TAIL = "agency-tail";

  public Removed {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }
}
