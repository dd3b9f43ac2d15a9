package dev.parallax.web;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Quote;
import dev.parallax.api.Standing;
import dev.parallax.api.Story;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.report.SpeakerLinks;
import dev.parallax.core.search.SearchIndex;
import dev.parallax.core.store.Store;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The REST API's answers, read from one {@link Analysis} and the store's article texts. Every list
 * is paged ({@code offset}, {@code limit}) and says how many items there are in all; every item
 * links to the others by id. Thread-safe: the analysis is immutable and the store is.
 */
final class Api {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final Analysis analysis;
  private final Store store;
  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private final SearchIndex search;
  private final Map<String, List<Quote>> quotes = new java.util.HashMap<>();

  Api(Analysis analysis, Store store) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.store = Objects.requireNonNull(store, "store");
    this.search = SearchIndex.of(analysis, store);
    for (String a : analysis.run().canonicalArticleIds()) {
      List<Quote> linked = new ArrayList<>();
      for (Quote q : analysis.findings().quotesOf(a)) {
        String who = SpeakerLinks.entityOf(q, a, analysis.entities());
        linked.add(
            new Quote(
                q.start(),
                q.end(),
                q.text(),
                q.speakerName(),
                who,
                q.cue(),
                q.how(),
                q.confidence()));
      }
      quotes.put(a, List.copyOf(linked));
    }
    analysis.stories().forEach(s -> stories.put(s.id(), s));
    analysis.entities().forEach(e -> entities.put(e.id(), e));
    analysis.check().findings().forEach(f -> findings.put(f.id(), f));
  }

  /** A request the API cannot answer as asked: 400 with the reason. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  /** Nothing with that id: 404. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  // ---- stories

  void stories(Context ctx) {
    String sort = param(ctx, "sort", "newest");
    Comparator<Story> order =
        switch (sort) {
          case "newest" ->
              Comparator.comparing(
                      (Story s) -> s.last() == null ? java.time.LocalDate.MIN : s.last())
                  .reversed();
          case "sources" -> Comparator.comparingInt((Story s) -> -s.outlets().size());
          case "contradicted" -> Comparator.comparingLong((Story s) -> -contradictions(s));
          default ->
              throw new BadRequest(
                  "sort must be newest, sources or contradicted, not \"" + sort + "\"");
        };
    List<Story> sorted =
        analysis.stories().stream().sorted(order.thenComparing(Story::id)).toList();
    Json.write(ctx, page(ctx, sorted, this::storySummary));
  }

  void story(Context ctx) {
    Story s = stories.get(ctx.pathParam("id"));
    if (s == null) {
      throw new NotFound("no story " + ctx.pathParam("id"));
    }
    Map<String, Object> out = storySummary(s);
    out.put("findings", analysis.check().of(s));
    List<Standing> standings = new ArrayList<>();
    for (String a : s.articles()) {
      Standing st = analysis.check().standings().get(a);
      if (st != null) {
        standings.add(st);
      }
    }
    out.put("standings", standings);
    Json.write(ctx, out);
  }

  private Map<String, Object> storySummary(Story s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", s.id());
    out.put("topic", s.topic());
    out.put("title", s.title());
    out.put("articles", s.articles());
    out.put("outlets", s.outlets());
    out.put("first", s.first());
    out.put("last", s.last());
    Map<String, Long> verdicts = new LinkedHashMap<>();
    for (String v : List.of("corroborated", "single-source", "contradicted")) {
      verdicts.put(v, analysis.check().of(s).stream().filter(f -> f.verdict().equals(v)).count());
    }
    out.put("verdicts", verdicts);
    return out;
  }

  private long contradictions(Story s) {
    return analysis.check().of(s).stream().filter(f -> f.verdict().equals("contradicted")).count();
  }

  // ---- findings

  void finding(Context ctx) {
    Finding f = findings.get(ctx.pathParam("id"));
    if (f == null) {
      throw new NotFound("no finding " + ctx.pathParam("id"));
    }
    Json.write(ctx, f);
  }

  // ---- articles

  void articles(Context ctx) {
    List<String> ids = new ArrayList<>();
    analysis.run().documents().stream()
        .filter(d -> d.articleId() != null)
        .forEach(d -> ids.add(d.articleId()));
    Json.write(ctx, page(ctx, ids.stream().distinct().toList(), this::articleSummary));
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a = store.article(id).orElseThrow(() -> new NotFound("no article " + id));
    if (!known(id)) {
      throw new NotFound("no article " + id);
    }
    Map<String, Object> out = articleSummary(id);
    out.put("text", a.text());
    out.put("byline", a.byline());
    List<Map<String, String>> removed = new ArrayList<>();
    a.removed().forEach(r -> removed.add(Map.of("text", r.text(), "reason", r.reason())));
    out.put("removed", removed);
    String canonical = canonical(id);
    out.put("quotes", quotesOf(canonical));
    out.put("claims", analysis.findings().claimsOf(canonical));
    out.put("standing", analysis.check().standings().get(id));
    Json.write(ctx, out);
  }

  private boolean known(String id) {
    return analysis.run().documents().stream().anyMatch(d -> id.equals(d.articleId()));
  }

  private String canonical(String id) {
    Duplicate d = analysis.run().duplicates().get(id);
    return d == null ? id : d.canonicalId();
  }

  private Map<String, Object> articleSummary(String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    store
        .article(id)
        .ifPresent(
            a -> {
              out.put("source", a.source());
              out.put("outlet", a.outlet());
              out.put("title", a.title());
              out.put("published", a.published() == null ? null : a.published().date());
              out.put("language", a.language());
            });
    Duplicate d = analysis.run().duplicates().get(id);
    out.put("duplicateOf", d == null ? null : d.canonicalId());
    out.put("duplicateKind", d == null ? null : d.kind().label());
    Standing st = analysis.check().standings().get(id);
    out.put("flagged", st != null && st.flagged());
    return out;
  }

  // ---- entities

  void entities(Context ctx) {
    String type = param(ctx, "type", null);
    if (type != null && !List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC").contains(type)) {
      throw new BadRequest("type must be PERSON, ORGANIZATION, LOCATION or MISC");
    }
    Predicate<Entity> keep = e -> type == null || e.type().equals(type);
    List<Entity> list = analysis.entities().stream().filter(keep).toList();
    Json.write(ctx, page(ctx, list, this::entitySummary));
  }

  void entity(Context ctx) {
    Entity e = entities.get(ctx.pathParam("id"));
    if (e == null) {
      throw new NotFound("no entity " + ctx.pathParam("id"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entity", e);
    out.put("quotes", quotes(q -> e.id().equals(q.speaker())));
    List<String> in = new ArrayList<>();
    for (Story s : analysis.stories()) {
      if (e.mentions().stream().anyMatch(m -> s.articles().contains(m.article()))) {
        in.add(s.id());
      }
    }
    out.put("stories", in);
    Json.write(ctx, out);
  }

  private Map<String, Object> entitySummary(Entity e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("name", e.name());
    out.put("type", e.type());
    out.put("variants", e.variants());
    out.put("mentions", e.mentions().size());
    return out;
  }

  // ---- quotes and claims

  void quotes(Context ctx) {
    String speaker = param(ctx, "speaker", null);
    Json.write(ctx, page(ctx, quotes(q -> speaker == null || speaker.equals(q.speaker())), x -> x));
  }

  private List<Map<String, Object>> quotes(Predicate<Quote> keep) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String a : analysis.run().canonicalArticleIds()) {
      for (Quote q : quotesOf(a)) {
        if (keep.test(q)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("article", a);
          m.put("quote", q);
          out.add(m);
        }
      }
    }
    return out;
  }

  void claims(Context ctx) {
    String kind = param(ctx, "kind", null);
    List<Claim> out = new ArrayList<>();
    for (String a : analysis.run().canonicalArticleIds()) {
      for (Claim c : analysis.findings().claimsOf(a)) {
        if (kind == null || kind.equals(c.kind())) {
          out.add(c);
        }
      }
    }
    Json.write(ctx, page(ctx, out, x -> x));
  }

  /**
   * An article's quotes with their speakers linked to person entities, as analysis.json has them.
   */
  List<Quote> quotesOf(String canonicalArticle) {
    return quotes.getOrDefault(canonicalArticle, List.of());
  }

  // ---- search

  SearchIndex searchIndex() {
    return search;
  }

  void search(Context ctx) {
    String kind = param(ctx, "kind", null);
    if (kind != null && !List.of("article", "quote", "entity").contains(kind)) {
      throw new BadRequest("kind must be article, quote or entity");
    }
    SearchIndex.Result r =
        search.search(
            new SearchIndex.Request(
                param(ctx, "q", ""),
                kind,
                param(ctx, "outlet", null),
                param(ctx, "entity", null),
                param(ctx, "verdict", null),
                dateParam(ctx, "from"),
                dateParam(ctx, "to"),
                intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", r.total());
    out.put("offset", intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    out.put("limit", intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    out.put("items", r.hits());
    out.put("facets", r.facets());
    Json.write(ctx, out);
  }

  private static java.time.LocalDate dateParam(Context ctx, String name) {
    String v = param(ctx, name, null);
    if (v == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(v.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequest(name + " must be a date like 2026-03-10, not \"" + abbreviate(v) + "\"");
    }
  }

  // ---- paging

  private static <T> Map<String, Object> page(
      Context ctx, List<T> all, java.util.function.Function<T, ?> view) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    List<Object> items = new ArrayList<>();
    for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
      items.add(view.apply(all.get(i)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", all.size());
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("items", items);
    return out;
  }

  private static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, not \"" + abbreviate(v) + "\"");
    }
    if (n < min || n > max) {
      throw new BadRequest(name + " must be between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  /** Echoed input is cut short: an error message is no place for a megabyte of someone's text. */
  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
