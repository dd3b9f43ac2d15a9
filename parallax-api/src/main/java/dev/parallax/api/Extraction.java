package dev.parallax.api;

import java.util.Objects;

/**
 * What became of one input document: an article, or the reason there is none.
 *
 * @param source the document's source
 * @param status how it ended
 * @param reason why it was skipped or failed; for {@code OK}, null or a note
 * @param article the article when {@code status} is {@code OK}, else null
 */
public record Extraction(String source, Status status, String reason, Article article) {

  public Extraction {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    if ((status == Status.OK) != (article != null)) {
      throw new IllegalArgumentException("article must be present exactly when status is OK");
    }
    if (status != Status.OK && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a " + status.label() + " document needs a reason");
    }
  }

  public static Extraction ok(Article article) {
    return new Extraction(article.source(), Status.OK, null, article);
  }

  public static Extraction skipped(String source, String reason) {
    return new Extraction(source, Status.SKIPPED, reason, null);
  }

  public static Extraction failed(String source, String reason) {
    return new Extraction(source, Status.FAILED, reason, null);
  }
}
