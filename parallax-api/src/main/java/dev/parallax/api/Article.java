package dev.parallax.api;

import java.util.List;
import java.util.Objects;

/**
 * The clean article an extractor made of a document: main text, metadata, and a record of what was
 * removed. All later offsets index into {@link #text()}.
 *
 * @param id stable identifier: the same source bytes always give the same id
 * @param source where the document came from
 * @param contentHash hex SHA-256 of the normalised text, used for exact-duplicate detection
 * @param outlet who published it (site name or host), null when unknown
 * @param title the headline, null when none was found
 * @param byline the author line, null when none was found
 * @param published publication date with its provenance, null when unknown
 * @param language ISO 639-3 code from language detection, {@code und} when undecided
 * @param text the article body, paragraphs separated by a blank line
 * @param removed furniture taken out, in document order
 * @param issues what was odd about the input (e.g. "charset guessed: windows-1251")
 */
public record Article(
    String id,
    String source,
    String contentHash,
    String outlet,
    String title,
    String byline,
    Published published,
    String language,
    String text,
    List<Removed> removed,
    List<String> issues) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    issues = List.copyOf(issues);
  }
}
