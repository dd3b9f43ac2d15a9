package dev.parallax.core.dedup;

/**
 * Typed options of the deduplicator.
 *
 * @param shingleWords words per shingle (5: long enough that unrelated stories share few)
 * @param hashes MinHash signature length; must equal {@code bands × rows}
 * @param bands LSH bands; with {@code rows} sets the similarity at which two texts are likely to be
 *     compared at all, about {@code (1/bands)^(1/rows)}
 * @param rows rows per band
 * @param nearThreshold estimated Jaccard similarity at or above which two texts of the same outlet
 *     (or of unknown outlets) are near duplicates
 * @param syndicationThreshold similarity at or above which texts of different outlets are
 *     syndicated copies; lower than {@code nearThreshold} because outlets trim, retitle and append
 *     to wire copy
 */
public record DedupOptions(
    int shingleWords,
    int hashes,
    int bands,
    int rows,
    double nearThreshold,
    double syndicationThreshold) {

  public DedupOptions {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be at least 1: " + shingleWords);
    }
    if (bands * rows != hashes || bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "hashes (" + hashes + ") must equal bands (" + bands + ") × rows (" + rows + ")");
    }
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new IllegalArgumentException("nearThreshold must be in (0,1]: " + nearThreshold);
    }
    if (!(syndicationThreshold > 0 && syndicationThreshold <= 1)) {
      throw new IllegalArgumentException(
          "syndicationThreshold must be in (0,1]: " + syndicationThreshold);
    }
  }

  /**
   * 5-word shingles, 128 hashes in 32 bands of 4 (candidates from ~0.42), near at 0.8, syndicated
   * at 0.5.
   */
  public static DedupOptions defaults() {
    return new DedupOptions(5, 128, 32, 4, 0.8, 0.5);
  }
}
