package dev.parallax.core.pipeline;

import dev.parallax.api.Article;
import dev.parallax.api.Entity;
import dev.parallax.core.entities.EntityResolver;
import dev.parallax.core.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities of a run: the stored mentions of its distinct articles, resolved across them. Copies
 * are left out — their mentions are their canonical article's.
 */
public final class RunEntities {

  private RunEntities() {}

  public static List<Entity> resolve(RunResult run, Store store) {
    List<EntityResolver.ArticleMentions> inputs = new ArrayList<>();
    for (String id : run.canonicalArticleIds()) {
      Article a = store.article(id).orElse(null);
      if (a != null) {
        store
            .mentions(Analyzer.annotationKey(a.contentHash()))
            .ifPresent(m -> inputs.add(new EntityResolver.ArticleMentions(a.id(), a.text(), m)));
      }
    }
    return new EntityResolver().resolve(inputs);
  }
}
