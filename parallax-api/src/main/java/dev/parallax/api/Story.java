package dev.parallax.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event story: the distinct articles that report one event, inside a broader topic.
 *
 * @param id story id, stable within one analysis ({@code s1}, {@code s2} … in order of first
 *     article)
 * @param topic the topic it belongs to ({@code t1} …); several event stories of the same kind of
 *     news share one
 * @param title a headline for the story: the member headline whose words the other articles share
 *     most
 * @param articles ids of its articles, in arrival order (copies are not listed; they follow their
 *     canonical article)
 * @param outlets distinct outlets, where known, in arrival order
 * @param first earliest known publication date, null when no article has one
 * @param last latest known publication date, null when no article has one
 */
public record Story(
    String id,
    String topic,
    String title,
    List<String> articles,
    List<String> outlets,
    LocalDate first,
    LocalDate last) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
    if ((first == null) != (last == null) || (first != null && first.isAfter(last))) {
      throw new IllegalArgumentException("bad time span: " + first + " – " + last);
    }
  }
}
