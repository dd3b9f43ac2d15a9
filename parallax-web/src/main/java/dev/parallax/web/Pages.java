package dev.parallax.web;

import static dev.parallax.core.report.HtmlReport.esc;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Quote;
import dev.parallax.api.Standing;
import dev.parallax.api.Story;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.report.HtmlReport;
import dev.parallax.core.report.StoryPages;
import dev.parallax.core.search.SearchIndex;
import dev.parallax.core.store.Store;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's HTML pages: stories, one story, one article, one entity, search. Server-rendered, no
 * script: every value from an article goes through {@link HtmlReport#esc}, links carry only ids
 * Parallax made or URL-encoded query values, and the Content-Security-Policy forbids script anyway.
 * Evidence opens in place ({@code <details>}), as in the report.
 */
final class Pages {

  private final Analysis analysis;
  private final Store store;
  private final Api api;
  private final Map<String, Story> stories = new HashMap<>();
  private final Map<String, Entity> entities = new HashMap<>();

  private final boolean demoAvailable;

  Pages(Analysis analysis, Store store, Api api, boolean demoAvailable) {
    this.analysis = analysis;
    this.store = store;
    this.api = api;
    this.demoAvailable = demoAvailable;
    analysis.stories().forEach(s -> stories.put(s.id(), s));
    analysis.entities().forEach(e -> entities.put(e.id(), e));
  }

  private static final String EXTRA_CSS =
      """
      nav.top{display:flex;gap:1.2rem;align-items:center;padding:.6rem 1.2rem;border-bottom:1px solid #ddd;margin-bottom:1rem}
      nav.top a{font-weight:600}
      form.search input[type=search]{width:24rem;max-width:70%;padding:.3rem}
      .facets{float:right;width:15rem;margin-left:1rem;font-size:.85rem}
      .facets h4{margin:.6rem 0 .2rem}
      .hit{margin:.6rem 0}
      .kind{font:600 .7rem system-ui,sans-serif;text-transform:uppercase;color:#666}
      mark.q{background:#ffe58a}
      span.claim{border-bottom:2px solid #3b5b7a}
      a.ent{color:inherit;text-decoration:underline dotted}
      .timeline li{margin:.2rem 0}
      """;

  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        + "<title>"
        + esc(title)
        + " · Parallax</title><style>"
        + HtmlReport.styles()
        + EXTRA_CSS
        + "</style></head><body><nav class=\"top\"><a href=\"/stories\">Stories</a>"
        + "<a href=\"/search\">Search</a><a href=\"/ingest\">Add news</a>"
        + "<a href=\"/report\">Full report</a>"
        + "<a href=\"/openapi.json\">API</a></nav>\n<main>"
        + body
        + "</main></body></html>\n";
  }

  private static void html(Context ctx, String title, String body) {
    ctx.contentType("text/html; charset=utf-8").result(page(title, body));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String badges(List<Finding> findings) {
    StringBuilder b = new StringBuilder();
    for (String v : List.of("contradicted", "corroborated", "single-source")) {
      long n = findings.stream().filter(f -> f.verdict().equals(v)).count();
      if (n > 0) {
        b.append("<span class=\"badge b-").append(v).append("\">").append(n).append(' ');
        b.append(v).append("</span> ");
      }
    }
    return b.toString();
  }

  // ---- stories

  void stories(Context ctx) {
    String sort = ctx.queryParam("sort") == null ? "newest" : ctx.queryParam("sort");
    Comparator<Story> order =
        switch (sort) {
          case "sources" -> Comparator.comparingInt((Story s) -> -s.outlets().size());
          case "contradicted" ->
              Comparator.comparingLong(
                  (Story s) ->
                      -analysis.check().of(s).stream()
                          .filter(f -> f.verdict().equals("contradicted"))
                          .count());
          default ->
              Comparator.comparing(
                      (Story s) -> s.last() == null ? java.time.LocalDate.MIN : s.last())
                  .reversed();
        };
    StringBuilder b = new StringBuilder("<h1>Stories</h1><p class=\"small\">Sort: ");
    for (String s : List.of("newest", "sources", "contradicted")) {
      b.append(
          s.equals(sort)
              ? "<b>" + s + "</b> "
              : "<a href=\"/stories?sort=" + s + "\">" + s + "</a> ");
    }
    b.append("</p><table><tr><th>Story</th><th>Outlets</th><th>When</th><th>Facts</th></tr>\n");
    for (Story s : analysis.stories().stream().sorted(order.thenComparing(Story::id)).toList()) {
      b.append("<tr><td><a href=\"/stories/")
          .append(enc(s.id()))
          .append("\">")
          .append(esc(s.title()))
          .append("</a> <span class=\"small\">")
          .append(s.articles().size())
          .append(" articles</span></td><td>")
          .append(esc(String.join(", ", s.outlets())))
          .append("</td><td class=\"small\">")
          .append(esc(span(s)))
          .append("</td><td>")
          .append(badges(analysis.check().of(s)))
          .append("</td></tr>\n");
    }
    b.append("</table>");
    if (analysis.stories().isEmpty()) {
      b.append("<p>Nothing here yet.</p>");
      if (demoAvailable) {
        b.append(
            "<form method=\"post\" action=\"/ingest\"><input type=\"hidden\" name=\"kind\""
                + " value=\"demo\"><label>API token <input type=\"password\" name=\"token\""
                + " autocomplete=\"off\" required></label> <button type=\"submit\">Load the demo"
                + " corpus</button></form>");
      }
      b.append(
          "<p class=\"small\">Or <a href=\"/ingest\">add news</a>: upload files, read web pages,"
              + " follow feeds.</p>");
    }
    html(ctx, "Stories", b.toString());
  }

  private static String span(Story s) {
    if (s.first() == null) {
      return "";
    }
    return s.first().equals(s.last()) ? s.first().toString() : s.first() + " – " + s.last();
  }

  void story(Context ctx) throws IOException {
    Story s = stories.get(ctx.pathParam("id"));
    if (s == null) {
      throw new Api.NotFound("no story " + ctx.pathParam("id"));
    }
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(s.title())).append("</h1><p>");
    b.append(badges(analysis.check().of(s))).append("</p><h2>Timeline</h2><ol class=\"timeline\">");
    List<Article> articles = new ArrayList<>();
    s.articles().forEach(id -> store.article(id).ifPresent(articles::add));
    articles.sort(
        Comparator.comparing(
            (Article a) -> a.published() == null ? java.time.LocalDate.MAX : a.published().date()));
    for (Article a : articles) {
      b.append("<li><span class=\"small\">")
          .append(a.published() == null ? "undated" : esc(a.published().date().toString()))
          .append(" · ")
          .append(esc(a.outlet() == null ? a.source() : a.outlet()))
          .append("</span> <a href=\"/articles/")
          .append(enc(a.id()))
          .append("\">")
          .append(esc(a.title() == null ? a.id() : a.title()))
          .append("</a></li>");
    }
    b.append("</ol>");
    b.append(Charts.timeline(articles, analysis.check().standings()));
    b.append("<h2>Facts across sources</h2>");
    b.append(Charts.agreement(analysis.check().of(s)));
    StringWriter w = new StringWriter();
    StoryPages.writeStory(w, s, analysis.check(), store, id -> "/articles/" + enc(id));
    b.append(w);
    html(ctx, s.title(), b.toString());
  }

  // ---- articles

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a = store.article(id).orElseThrow(() -> new Api.NotFound("no article " + id));
    if (analysis.run().documents().stream().noneMatch(d -> id.equals(d.articleId()))) {
      throw new Api.NotFound("no article " + id);
    }
    Duplicate dup = analysis.run().duplicates().get(id);
    String canonical = dup == null ? id : dup.canonicalId();
    StringBuilder b = new StringBuilder();
    b.append("<h1>")
        .append(esc(a.title() == null ? id : a.title()))
        .append("</h1><p class=\"small\">");
    b.append(esc(a.outlet() == null ? "outlet unknown" : a.outlet())).append(" · ");
    b.append(a.published() == null ? "undated" : esc(a.published().date().toString()));
    b.append(" · ").append(esc(a.source())).append("</p>");
    if (dup != null) {
      b.append("<p>A ")
          .append(esc(dup.kind().label()))
          .append(" copy of <a href=\"/articles/")
          .append(enc(dup.canonicalId()))
          .append("\">")
          .append(esc(dup.canonicalId()))
          .append("</a>: it counts as one source with it.</p>");
    }
    List<Duplicate> copies =
        analysis.run().duplicates().values().stream()
            .filter(d -> d.canonicalId().equals(id))
            .toList();
    if (!copies.isEmpty()) {
      b.append("<p>Copies of this article (they count as one source with it): ");
      for (Duplicate c : copies) {
        b.append("<a href=\"/articles/")
            .append(enc(c.articleId()))
            .append("\">")
            .append(esc(store.article(c.articleId()).map(x -> x.source()).orElse(c.articleId())))
            .append("</a> <span class=\"small\">(")
            .append(esc(c.kind().label()))
            .append(")</span> ");
      }
      b.append("</p>");
    } else if (dup == null) {
      b.append("<p class=\"small\">No copies: an independent text.</p>");
    }
    for (Story s : analysis.stories()) {
      if (s.articles().contains(id)) {
        b.append("<p>Story: <a href=\"/stories/")
            .append(enc(s.id()))
            .append("\">")
            .append(esc(s.title()))
            .append("</a> ")
            .append(badges(analysis.check().of(s)))
            .append("</p>");
      }
    }
    Standing st = analysis.check().standings().get(id);
    if (st != null && st.flagged()) {
      b.append("<div class=\"flag\"><strong>Flagged</strong><ul>");
      st.reasons().forEach(r -> b.append("<li>").append(esc(r)).append("</li>"));
      b.append("</ul></div>");
    } else if (st != null && !st.contradicted().isEmpty()) {
      b.append("<p class=\"small\">Other sources contradict ")
          .append(st.contradicted().size())
          .append(" of its facts, without outvoting it; see the story.</p>");
    }
    List<Quote> quotes = api.quotesOf(canonical);
    b.append("<h2>Text</h2>");
    if (canonical.equals(id)) {
      b.append(
              "<p class=\"small\">Quotes are marked, claims underlined (hover for the value),"
                  + " names link to their page.</p>")
          .append(highlighted(a.text(), id, quotes, analysis.findings().claimsOf(id)));
    } else {
      // a copy's offsets are its canonical article's: show its text plainly
      b.append("<div class=\"text\"><p>").append(paragraphs(a.text())).append("</p></div>");
    }
    b.append("<h2>Quotes</h2><table><tr><th>Quote</th><th>Speaker</th><th>How</th></tr>");
    for (Quote q : quotes) {
      String who =
          q.speaker() != null
              ? "<a href=\"/entities/" + enc(q.speaker()) + "\">" + esc(q.speakerName()) + "</a>"
              : esc(q.speakerName() == null ? "—" : q.speakerName());
      b.append("<tr><td>“")
          .append(esc(q.text()))
          .append("”</td><td>")
          .append(who)
          .append("</td><td class=\"small\">")
          .append(esc(q.how()))
          .append("</td></tr>");
    }
    b.append("</table><h2>Claims</h2><table><tr><th>Kind</th><th>Subject</th><th>Value</th>");
    b.append("<th>Evidence</th></tr>");
    for (Claim c : analysis.findings().claimsOf(canonical)) {
      b.append("<tr><td class=\"small\">")
          .append(esc(c.kind()))
          .append("</td><td>")
          .append(esc(c.subject()))
          .append("</td><td>")
          .append(esc(c.value()))
          .append("</td><td class=\"small\">")
          .append(esc(c.text()))
          .append("</td></tr>");
    }
    b.append("</table>");
    if (!a.removed().isEmpty()) {
      b.append("<details><summary>Removed page furniture (")
          .append(a.removed().size())
          .append(")</summary><ul>");
      a.removed()
          .forEach(
              r ->
                  b.append("<li><span class=\"small\">")
                      .append(esc(r.reason()))
                      .append(":</span> ")
                      .append(esc(r.text()))
                      .append("</li>"));
      b.append("</ul></details>");
    }
    html(ctx, a.title() == null ? id : a.title(), b.toString());
  }

  /** A stretch of the text to mark: a quote, a claim's evidence, or a mention of an entity. */
  private record Span(int start, int end, String kind, String detail) {}

  /**
   * The text in paragraphs with its quotes marked, each claim's evidence underlined (its value on
   * hover) and every mention of a known entity linked to the entity's page. Spans may overlap (a
   * name inside a quote): the text is cut at every span boundary and each piece wrapped in the
   * marks that cover it, so the HTML always nests.
   */
  private String highlighted(
      String text, String articleId, List<Quote> quotes, List<Claim> claims) {
    List<Span> spans = new ArrayList<>();
    quotes.forEach(q -> spans.add(new Span(q.start(), q.end(), "quote", null)));
    for (Claim c : claims) {
      if (!c.kind().equals("quote")) {
        spans.add(new Span(c.start(), c.end(), "claim", c.kind() + ": " + c.value()));
      }
    }
    for (Entity e : analysis.entities()) {
      for (Entity.Mentioned m : e.mentions()) {
        if (m.article().equals(articleId)) {
          spans.add(new Span(m.start(), m.end(), "entity", e.id()));
        }
      }
    }
    spans.removeIf(x -> x.start() < 0 || x.end() > text.length() || x.end() <= x.start());
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
    spans.forEach(
        x -> {
          cuts.add(x.start());
          cuts.add(x.end());
        });
    StringBuilder b = new StringBuilder("<div class=\"text\"><p>");
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      int a = from;
      int z = to;
      List<Span> over = spans.stream().filter(x -> x.start() <= a && x.end() >= z).toList();
      String open = "";
      String close = "";
      for (Span x : over) {
        switch (x.kind()) {
          case "quote" -> {
            open += "<mark>";
            close = "</mark>" + close;
          }
          case "claim" -> {
            open += "<span class=\"claim\" title=\"" + esc(x.detail()) + "\">";
            close = "</span>" + close;
          }
          default -> {
            open += "<a class=\"ent\" href=\"/entities/" + enc(x.detail()) + "\">";
            close = "</a>" + close;
          }
        }
      }
      String[] parts = text.substring(a, z).split("\\n\\s*\\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          b.append("</p><p>");
        }
        if (!parts[i].isEmpty()) {
          b.append(open).append(esc(parts[i])).append(close);
        }
      }
      from = to;
    }
    return b.append("</p></div>").toString();
  }

  private static String paragraphs(String s) {
    return esc(s).replaceAll("\\n\\s*\\n", "</p><p>");
  }

  // ---- entities

  void entity(Context ctx) {
    Entity e = entities.get(ctx.pathParam("id"));
    if (e == null) {
      throw new Api.NotFound("no entity " + ctx.pathParam("id"));
    }
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(esc(e.name())).append("</h1><p class=\"small\">");
    b.append(esc(e.type().toLowerCase(java.util.Locale.ROOT))).append(" · ");
    b.append(e.mentions().size()).append(" mentions");
    if (!e.references().isEmpty()) {
      b.append(" + ").append(e.references().size()).append(" he/she");
    }
    b.append("</p><h2>Spellings seen</h2><p>")
        .append(esc(String.join(" · ", e.variants())))
        .append("</p>");
    if (!e.roles().isEmpty()) {
      b.append("<h2>Roles as each outlet states them</h2><table><tr><th>Outlet</th>");
      b.append("<th>Role</th></tr>");
      for (Entity.Role r : e.roles()) {
        String outlet =
            store
                .article(r.article())
                .map(a -> a.outlet() == null ? a.source() : a.outlet())
                .orElse("");
        b.append("<tr><td><a href=\"/articles/")
            .append(enc(r.article()))
            .append("\">")
            .append(esc(outlet))
            .append("</a></td><td>")
            .append(esc((r.affiliation() == null ? "" : r.affiliation() + " ") + r.role()))
            .append("</td></tr>");
      }
      b.append("</table>");
    }
    b.append("<h2>Quotes</h2><ul>");
    for (String a : analysis.run().canonicalArticleIds()) {
      for (Quote q : api.quotesOf(a)) {
        if (e.id().equals(q.speaker())) {
          b.append("<li>“")
              .append(esc(q.text()))
              .append("” <a class=\"small\" href=\"/articles/")
              .append(enc(a))
              .append("\">")
              .append(
                  esc(
                      store
                          .article(a)
                          .map(x -> x.outlet() == null ? x.source() : x.outlet())
                          .orElse(a)))
              .append("</a></li>");
        }
      }
    }
    b.append("</ul><h2>Stories</h2><ul>");
    for (Story s : analysis.stories()) {
      if (e.mentions().stream().anyMatch(m -> s.articles().contains(m.article()))) {
        b.append("<li><a href=\"/stories/")
            .append(enc(s.id()))
            .append("\">")
            .append(esc(s.title()))
            .append("</a></li>");
      }
    }
    b.append("</ul>");
    html(ctx, e.name(), b.toString());
  }

  // ---- search

  void search(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    Map<String, String> filters = new LinkedHashMap<>();
    for (String f : SearchIndex.FACETS) {
      String v = ctx.queryParam(f);
      if (v != null && !v.isBlank()) {
        filters.put(f, v);
      }
    }
    SearchIndex.Result r =
        api.searchIndex()
            .search(
                new SearchIndex.Request(
                    q,
                    filters.get("kind"),
                    filters.get("outlet"),
                    entityId(filters.get("entity")),
                    filters.get("verdict"),
                    date(ctx, "from"),
                    date(ctx, "to"),
                    0,
                    50));
    StringBuilder b = new StringBuilder("<h1>Search</h1>");
    b.append("<form class=\"search\" method=\"get\" action=\"/search\"><input type=\"search\"")
        .append(" name=\"q\" value=\"")
        .append(esc(q))
        .append("\" placeholder=\"words, names, &quot;a phrase&quot;\" autofocus> ")
        .append("<label class=\"small\">from <input type=\"date\" name=\"from\" value=\"")
        .append(esc(ctx.queryParam("from")))
        .append("\"></label> <label class=\"small\">to <input type=\"date\" name=\"to\" value=\"")
        .append(esc(ctx.queryParam("to")))
        .append("\"></label> ");
    filters.forEach(
        (k, v) ->
            b.append("<input type=\"hidden\" name=\"")
                .append(esc(k))
                .append("\" value=\"")
                .append(esc(v))
                .append("\">"));
    b.append("<button type=\"submit\">Search</button></form>");
    b.append("<div class=\"facets\">");
    for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      b.append("<h4>").append(esc(f.getKey())).append("</h4>");
      f.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(12)
          .forEach(
              v -> {
                Map<String, String> next = new LinkedHashMap<>(filters);
                next.put(f.getKey(), v.getKey());
                b.append("<div><a href=\"")
                    .append(esc(searchHref(q, next)))
                    .append("\">")
                    .append(esc(v.getKey()))
                    .append("</a> <span class=\"small\">")
                    .append(v.getValue())
                    .append("</span></div>");
              });
    }
    b.append("</div><p class=\"small\">").append(r.total()).append(" matches");
    filters.forEach(
        (k, v) -> {
          Map<String, String> without = new LinkedHashMap<>(filters);
          without.remove(k);
          b.append(" · ")
              .append(esc(k))
              .append(": ")
              .append(esc(v))
              .append(" <a href=\"")
              .append(esc(searchHref(q, without)))
              .append("\">✕</a>");
        });
    b.append("</p>");
    for (SearchIndex.Hit h : r.hits()) {
      String href =
          switch (h.kind()) {
            case "entity" -> "/entities/" + enc(h.id());
            default -> "/articles/" + enc(h.article());
          };
      b.append("<div class=\"hit\"><span class=\"kind\">")
          .append(esc(h.kind()))
          .append("</span> <a href=\"")
          .append(esc(href))
          .append("\">")
          .append(esc(h.title()))
          .append("</a> <span class=\"small\">")
          .append(esc(h.outlet() == null ? "" : h.outlet()))
          .append(h.date() == null ? "" : " · " + h.date())
          .append("</span><div class=\"small\">")
          .append(esc(h.snippet()))
          .append("</div></div>");
    }
    html(ctx, q.isBlank() ? "Search" : q, b.toString());
  }

  private static java.time.LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(v.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new Api.BadRequest(name + " must be a date like 2026-03-10");
    }
  }

  /** Facet links carry entity names; the index filters on ids. */
  private String entityId(String name) {
    if (name == null) {
      return null;
    }
    for (Entity e : analysis.entities()) {
      if (e.name().equals(name) || e.id().equals(name)) {
        return e.id();
      }
    }
    return name;
  }

  private static String searchHref(String q, Map<String, String> filters) {
    StringBuilder h = new StringBuilder("/search?q=").append(enc(q));
    filters.forEach((k, v) -> h.append('&').append(enc(k)).append('=').append(enc(v)));
    return h.toString();
  }
}
