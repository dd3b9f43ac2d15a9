package dev.parallax.api;

/** How one input document ended. Every document ends in exactly one of these. */
public enum Status {
  /** An article came out of it. */
  OK,
  /** Readable, but not something to analyse: empty, binary, not an article. */
  SKIPPED,
  /** Could not be read: corrupt, over the size limit, an I/O error. */
  FAILED;

  /**
   * The lower-case name used in JSON and the store ({@code ok}, {@code skipped}, {@code failed}).
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
