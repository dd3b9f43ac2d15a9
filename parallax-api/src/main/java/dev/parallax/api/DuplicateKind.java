package dev.parallax.api;

/** Why one article is a copy of another. */
public enum DuplicateKind {
  /** The same normalised text. */
  EXACT,
  /** Nearly the same text from the same outlet (an update, a re-crawl, a mirror). */
  NEAR,
  /** Nearly the same text under a different outlet: a wire story or syndicated copy. */
  SYNDICATED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
