package dev.parallax.core.pipeline;

import dev.parallax.api.Article;
import dev.parallax.api.Entity;
import dev.parallax.api.Story;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cross-checks the claims of a run's stories (see {@link CrossChecker}). */
public final class RunCrossCheck {

  private RunCrossCheck() {}

  public static CrossChecker.Result compute(
      RunResult run,
      Store store,
      List<Entity> entities,
      RunFindings findings,
      List<Story> stories) {
    Map<String, Article> articles = new LinkedHashMap<>();
    for (String id : run.canonicalArticleIds()) {
      store.article(id).ifPresent(a -> articles.put(id, a));
    }
    return new CrossChecker(entities).check(stories, articles, findings.claims());
  }
}
