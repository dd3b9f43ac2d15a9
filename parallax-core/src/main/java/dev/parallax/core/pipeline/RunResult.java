package dev.parallax.core.pipeline;

import dev.parallax.api.Duplicate;
import dev.parallax.api.Status;
import java.util.List;
import java.util.Map;

/**
 * What a run did: every document's outcome, in input order, and the duplicate links found among the
 * run's articles (keyed by the copy's id).
 */
public record RunResult(List<DocumentOutcome> documents, Map<String, Duplicate> duplicates) {

  public RunResult {
    documents = List.copyOf(documents);
    duplicates = Map.copyOf(duplicates);
  }

  public long count(Status status) {
    return documents.stream().filter(d -> d.status() == status).count();
  }

  public long reused() {
    return documents.stream().filter(DocumentOutcome::reused).count();
  }

  /**
   * Ids of the run's distinct articles, in input order: each article once, copies left out (their
   * analysis is their canonical article's).
   */
  public List<String> canonicalArticleIds() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    for (DocumentOutcome d : documents) {
      if (d.articleId() != null && !duplicates.containsKey(d.articleId())) {
        ids.add(d.articleId());
      }
    }
    return List.copyOf(ids);
  }

  /** Articles that are not copies of another article in the run. */
  public long uniqueArticles() {
    return count(Status.OK) - duplicates.size();
  }
}
