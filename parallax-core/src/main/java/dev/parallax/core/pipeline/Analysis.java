package dev.parallax.core.pipeline;

import dev.parallax.api.Deduplicator;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Entity;
import dev.parallax.api.Story;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.store.Store;
import dev.parallax.core.stories.LeadEmbedder;
import dev.parallax.core.stories.StoryClusterer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything Parallax knows about a set of articles: the run that read them, the entities, quotes
 * and claims found in them, their stories, and the cross-check of every story. The CLI writes one
 * to the report; the server keeps one in memory and answers from it.
 *
 * @param run the documents and the duplicate links among their articles
 * @param entities people, organisations and places across the articles
 * @param findings quotes and claims per article
 * @param stories event stories within topics
 * @param check verdicts on the stories' facts and the articles' standings
 */
public record Analysis(
    RunResult run,
    List<Entity> entities,
    RunFindings findings,
    List<Story> stories,
    CrossChecker.Result check) {

  public Analysis {
    Objects.requireNonNull(run, "run");
    entities = List.copyOf(entities);
    Objects.requireNonNull(findings, "findings");
    stories = List.copyOf(stories);
    Objects.requireNonNull(check, "check");
  }

  /**
   * Runs every stage after extraction on the run's articles, reading their texts and cached
   * mentions from the store.
   *
   * @param embedder sentence embeddings for topics, or null for words and names only
   */
  public static Analysis of(RunResult run, Store store, LeadEmbedder embedder) {
    List<Entity> entities = RunEntities.resolve(run, store);
    RunFindings findings = RunFindings.compute(run, store, entities);
    List<Story> stories =
        RunStories.compute(
            run, store, new StoryClusterer(StoryClusterer.Options.defaults()), embedder, entities);
    CrossChecker.Result check = RunCrossCheck.compute(run, store, entities, findings, stories);
    return new Analysis(run, entities, findings, stories, check);
  }

  /**
   * Everything the store holds, as one run: each source's latest outcome, and the copies among all
   * their articles found afresh by {@code deduplicator}, in reading order. Stored duplicate links
   * are not reused: each run of {@code analyze} only compared its own inputs, and the store as a
   * whole is what the server shows. Documents are marked reused: nothing is extracted again.
   */
  public static RunResult storedRun(Store store, Supplier<Deduplicator> deduplicator) {
    List<DocumentOutcome> documents =
        store.latestDocuments().stream()
            .map(d -> new DocumentOutcome(d.source(), d.status(), d.reason(), d.articleId(), true))
            .toList();
    Deduplicator dedup = deduplicator.get();
    Map<String, Duplicate> duplicates = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (DocumentOutcome d : documents) {
      if (d.articleId() != null && seen.add(d.articleId())) {
        store
            .article(d.articleId())
            .flatMap(dedup::add)
            .ifPresent(dup -> duplicates.put(dup.articleId(), dup));
      }
    }
    return new RunResult(documents, duplicates);
  }
}
