package dev.parallax.api;

/**
 * A stretch of an article's text: {@code start} inclusive, {@code end} exclusive.
 *
 * @param start first character
 * @param end after the last character
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
