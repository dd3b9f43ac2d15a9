package dev.parallax.api;

import java.util.Objects;

/**
 * A named entity as it appears in an article's text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the words as written
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code MISC}
 */
public record Mention(int start, int end, String text, String type) {

  public Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
