package dev.parallax.core.pipeline;

import dev.parallax.api.Status;
import java.util.Objects;

/**
 * How one input ended in a run: a small value kept for every document so the run can report on all
 * of them without holding their texts.
 *
 * @param source where it came from
 * @param status ok, skipped or failed
 * @param reason why it was skipped or failed, else null
 * @param articleId the article it produced, else null
 * @param reused true when the store already had it and nothing was extracted again
 */
public record DocumentOutcome(
    String source, Status status, String reason, String articleId, boolean reused) {

  public DocumentOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
  }
}
