package dev.parallax.core.pipeline;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Entity;
import dev.parallax.api.Quote;
import dev.parallax.core.claims.ClaimExtractor;
import dev.parallax.core.quotes.QuoteFinder;
import dev.parallax.core.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotes and claims of a run's distinct articles, found once and shared by every report (JSON
 * and HTML), keyed by article id. Claim ids ({@code c1}, {@code c2} …) follow input order.
 *
 * @param quotes quotes per article
 * @param claims claims per article, quotes included
 */
public record RunFindings(Map<String, List<Quote>> quotes, Map<String, List<Claim>> claims) {

  public RunFindings {
    quotes = Map.copyOf(quotes);
    claims = Map.copyOf(claims);
  }

  /** No quotes, no claims. */
  public static RunFindings empty() {
    return new RunFindings(Map.of(), Map.of());
  }

  public List<Quote> quotesOf(String articleId) {
    return quotes.getOrDefault(articleId, List.of());
  }

  public List<Claim> claimsOf(String articleId) {
    return claims.getOrDefault(articleId, List.of());
  }

  public static RunFindings compute(RunResult run, Store store, List<Entity> entities) {
    QuoteFinder finder = new QuoteFinder();
    ClaimExtractor extractor = new ClaimExtractor();
    Map<String, List<Quote>> quotes = new HashMap<>();
    Map<String, List<Claim>> claims = new HashMap<>();
    int[] counter = {0};
    for (String id : run.canonicalArticleIds()) {
      Article a = store.article(id).orElse(null);
      if (a == null) {
        continue;
      }
      List<Quote> found = finder.find(a.text());
      quotes.put(id, found);
      claims.put(id, extractor.extract(a, found, entities, () -> "c" + (++counter[0])));
    }
    return new RunFindings(quotes, claims);
  }
}
