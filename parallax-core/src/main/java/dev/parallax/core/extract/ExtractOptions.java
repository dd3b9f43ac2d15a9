package dev.parallax.core.extract;

/**
 * Typed options of the extractor.
 *
 * @param maxBytes documents larger than this fail with "over the size limit" (default 20 MB)
 * @param minWords documents with less article text are skipped as "not an article"
 */
public record ExtractOptions(long maxBytes, int minWords) {

  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public ExtractOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("minWords must not be negative: " + minWords);
    }
  }

  public static ExtractOptions defaults() {
    return new ExtractOptions(DEFAULT_MAX_BYTES, 15);
  }
}
