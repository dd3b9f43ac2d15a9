package dev.parallax.core.source;

import dev.parallax.api.RawDocument;
import java.util.Objects;

/**
 * What a source yields for one input: a document to extract, or the reason it could not be read.
 * Unreadable inputs are items too, so that every input ends up in the run's summary.
 */
public sealed interface SourceItem {

  /** Where the input came from. */
  String source();

  /** A document that was read. */
  record Loaded(RawDocument document) implements SourceItem {
    public Loaded {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /** An input that could not be read: missing, unreadable, too large, corrupt. */
  record Unreadable(String source, String reason) implements SourceItem {
    public Unreadable {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
