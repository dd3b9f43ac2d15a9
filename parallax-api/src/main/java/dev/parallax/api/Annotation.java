package dev.parallax.api;

import java.util.List;
import java.util.Objects;

/**
 * What the annotator found in a text: sentence boundaries and named-entity mentions, each pointing
 * into {@link #text()} by offsets.
 *
 * @param text the annotated text
 * @param sentences sentence spans, in order
 * @param mentions named-entity mentions, in order
 */
public record Annotation(String text, List<TextSpan> sentences, List<Mention> mentions) {

  public Annotation {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    for (Mention m : mentions) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException("mention beyond the text: " + m);
      }
    }
  }
}
