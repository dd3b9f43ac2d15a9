package dev.parallax.core.report;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Quote;
import dev.parallax.api.Removed;
import dev.parallax.api.Status;
import dev.parallax.api.Story;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.pipeline.DocumentOutcome;
import dev.parallax.core.pipeline.RunFindings;
import dev.parallax.core.pipeline.RunResult;
import dev.parallax.core.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, no script, no external resource)
 * that reads offline. For each article: the clean text, what was removed and why, whether it copies
 * another; then duplicate groups and the documents that were skipped or failed.
 *
 * <p>Every string from the input is escaped: articles are written by strangers, and a title of
 * {@code <script>} must show as text. Streams articles from the store one at a time.
 */
public final class HtmlReport {

  private static final String CSS =
      """
      body{font:16px/1.55 Georgia,serif;margin:0;background:#f6f5f1;color:#1d1d1b}
      header,main{max-width:60rem;margin:0 auto;padding:0 1.2rem}
      header{padding-top:1.5rem}
      h1{font:600 1.9rem/1.2 system-ui,sans-serif;margin:.2rem 0}
      h2{font:600 1.3rem system-ui,sans-serif;margin:2rem 0 .6rem;border-bottom:2px solid #1d1d1b}
      h3{font:600 1.15rem/1.3 system-ui,sans-serif;margin:0 0 .3rem}
      .meta,.small{font:.85rem system-ui,sans-serif;color:#55524a}
      .counts{display:flex;gap:.6rem;flex-wrap:wrap;margin:.8rem 0;font:.9rem system-ui,sans-serif}
      .counts span{background:#fff;border:1px solid #d8d4c8;border-radius:4px;padding:.25rem .6rem}
      article{background:#fff;border:1px solid #d8d4c8;border-radius:6px;padding:1rem 1.2rem;margin:1rem 0}
      article.copy{background:#fbfaf6}
      .badge{display:inline-block;font:600 .72rem system-ui,sans-serif;padding:.1rem .45rem;border-radius:3px;
        text-transform:uppercase;letter-spacing:.03em;margin-right:.3rem;background:#e8e4d8}
      .ok{background:#d9ead3}.skipped{background:#fff2cc}.failed{background:#f4cccc}
      .exact,.near{background:#d0e0f0}.syndicated{background:#e6d7f0}
      details{margin-top:.6rem;font:.9rem system-ui,sans-serif}
      summary{cursor:pointer;color:#3b5b7a}
      ul.removed{list-style:none;padding:0}
      ul.removed li{border-left:3px solid #d8d4c8;padding:.1rem .6rem;margin:.35rem 0;color:#55524a}
      table{border-collapse:collapse;width:100%;font:.88rem system-ui,sans-serif;background:#fff}
      th,td{border:1px solid #d8d4c8;padding:.35rem .5rem;text-align:left;vertical-align:top}
      a{color:#2b5a86}
      .issues{color:#8a5a00}
      """;

  private HtmlReport() {}

  public static void write(
      Path file,
      RunResult run,
      Store store,
      List<Entity> entities,
      RunFindings findings,
      List<Story> stories,
      CrossChecker.Result check)
      throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
      w.write("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
      w.write(
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
      w.write(
          "<title>Parallax report</title><style>"
              + CSS
              + StoryPages.CSS
              + "</style></head><body>\n<header>");
      w.write(
          "<div class=\"meta\">Parallax report · generated "
              + esc(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
              + "</div>");
      w.write("<h1>What came in, and what it says</h1><div class=\"counts\">");
      w.write(count("documents", run.documents().size()));
      w.write(count("articles", run.count(Status.OK)));
      w.write(count("unique articles", run.uniqueArticles()));
      w.write(count("copies", run.duplicates().size()));
      w.write(count("stories", stories.size()));
      w.write(count("skipped", run.count(Status.SKIPPED)));
      w.write(count("failed", run.count(Status.FAILED)));
      w.write(
          "</div><nav class=\"small\"><a href=\"#stories\">Stories</a> · <a href=\"#articles\">Articles</a> · "
              + "<a href=\"#entities\">People and places</a> · <a href=\"#duplicates\">Duplicate groups</a> · <a href=\"#problems\">Skipped and failed</a></nav>");
      w.write("</header>\n<main>\n");

      writeStories(w, stories, store, check);
      StoryPages.write(w, stories, check, store);
      writeEntities(w, entities);
      writeDuplicates(w, run, store);
      writeProblems(w, run);

      w.write("<h2 id=\"articles\">Articles</h2>\n");
      Set<String> written = new HashSet<>();
      for (DocumentOutcome d : run.documents()) {
        if (d.articleId() == null || !written.add(d.articleId())) {
          continue;
        }
        Article a = store.article(d.articleId()).orElse(null);
        if (a != null) {
          writeArticle(w, a, run.duplicates().get(a.id()), findings);
        }
      }
      w.write("</main></body></html>\n");
    }
  }

  private static void writeStories(
      Writer w, List<Story> stories, Store store, CrossChecker.Result check) throws IOException {
    w.write("<h2 id=\"stories\">Stories</h2>\n");
    if (stories.isEmpty()) {
      w.write("<p class=\"small\">No articles with text.</p>\n");
      return;
    }
    w.write(
        "<p class=\"small\">Articles that report one event, grouped; stories of the same kind of"
            + " news share a topic. Copies follow their original.</p>\n<table><tr><th>Story</th>"
            + "<th>Topic</th><th>Articles</th><th>Outlets</th><th>When</th><th>Facts</th></tr>\n");
    for (Story s : stories) {
      StringBuilder links = new StringBuilder();
      for (String id : s.articles()) {
        Article a = store.article(id).orElse(null);
        String label = label(a, id);
        if (!links.isEmpty()) {
          links.append("<br>");
        }
        links
            .append("<a href=\"#a-")
            .append(esc(id))
            .append("\">")
            .append(esc(label))
            .append("</a>");
      }
      List<Finding> found = check.of(s);
      String facts =
          StoryPages.hasPage(found)
              ? "<a href=\"#page-" + esc(s.id()) + "\">" + esc(StoryPages.counts(found)) + "</a>"
              : esc(StoryPages.counts(found));
      String when =
          s.first() == null
              ? "unknown"
              : s.first().equals(s.last()) ? s.first().toString() : s.first() + " – " + s.last();
      w.write(
          "<tr id=\"story-"
              + esc(s.id())
              + "\"><td>"
              + esc(s.title())
              + "</td><td>"
              + esc(s.topic())
              + "</td><td>"
              + links
              + "</td><td>"
              + esc(s.outlets().isEmpty() ? "unknown" : String.join(", ", s.outlets()))
              + "</td><td>"
              + esc(when)
              + "</td><td>"
              + facts
              + "</td></tr>\n");
    }
    w.write("</table>\n");
  }

  private static void writeEntities(Writer w, List<Entity> entities) throws IOException {
    w.write("<h2 id=\"entities\">People, organisations and places</h2>\n");
    if (entities.isEmpty()) {
      w.write("<p class=\"small\">No named entities (run without NLP, or none found).</p>\n");
      return;
    }
    w.write(
        "<p class=\"small\">Each is listed once with every spelling the articles use, and the roles"
            + " they give it.</p>\n<table><tr><th>Name</th><th>Type</th><th>Also written</th><th>Roles as"
            + " stated</th><th>Mentions</th></tr>\n");
    for (Entity e : entities) {
      if (e.mentions().size() < 2 && !e.type().equals("PERSON")) {
        continue; // one-off places and organisations would drown the people
      }
      StringBuilder roles = new StringBuilder();
      java.util.Set<String> seen = new java.util.LinkedHashSet<>();
      for (Entity.Role r : e.roles()) {
        String text = (r.affiliation() == null ? "" : r.affiliation() + " ") + r.role();
        if (seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
          roles.append("<div>").append(esc(text)).append("</div>");
        }
      }
      w.write(
          "<tr><td><b>"
              + esc(e.name())
              + "</b></td><td>"
              + esc(e.type().toLowerCase(java.util.Locale.ROOT))
              + "</td><td>"
              + esc(String.join(" · ", e.variants().subList(1, e.variants().size())))
              + "</td><td>"
              + roles
              + "</td><td>"
              + e.mentions().size()
              + (e.references().isEmpty()
                  ? ""
                  : " <span class=\"small\">+ " + e.references().size() + " he/she</span>")
              + "</td></tr>\n");
    }
    w.write("</table>\n");
  }

  private static void writeDuplicates(Writer w, RunResult run, Store store) throws IOException {
    w.write("<h2 id=\"duplicates\">Duplicate groups</h2>\n");
    if (run.duplicates().isEmpty()) {
      w.write("<p class=\"small\">No copies: every article is an independent text.</p>\n");
      return;
    }
    w.write(
        "<p class=\"small\">Copies count once when facts are corroborated. The first article"
            + " of each group is canonical.</p>\n");
    Map<String, List<Duplicate>> groups = new LinkedHashMap<>();
    for (Duplicate d : run.duplicates().values()) {
      groups.computeIfAbsent(d.canonicalId(), k -> new ArrayList<>()).add(d);
    }
    w.write("<table><tr><th>Canonical article</th><th>Copies</th></tr>\n");
    for (Map.Entry<String, List<Duplicate>> g : groups.entrySet()) {
      w.write("<tr><td>" + articleLink(g.getKey(), store) + "</td><td>");
      for (Duplicate d : g.getValue()) {
        w.write(
            "<div><span class=\"badge "
                + d.kind().label()
                + "\">"
                + d.kind().label()
                + "</span>"
                + articleLink(d.articleId(), store)
                + String.format(
                    " <span class=\"small\">similarity %.2f</span></div>", d.similarity()));
      }
      w.write("</td></tr>\n");
    }
    w.write("</table>\n");
  }

  private static void writeProblems(Writer w, RunResult run) throws IOException {
    w.write("<h2 id=\"problems\">Skipped and failed</h2>\n");
    List<DocumentOutcome> problems =
        run.documents().stream().filter(d -> d.status() != Status.OK).toList();
    if (problems.isEmpty()) {
      w.write("<p class=\"small\">Every document gave an article.</p>\n");
      return;
    }
    w.write("<table><tr><th>Document</th><th>Status</th><th>Reason</th></tr>\n");
    for (DocumentOutcome d : problems) {
      w.write(
          "<tr><td>"
              + esc(d.source())
              + "</td><td><span class=\"badge "
              + d.status().label()
              + "\">"
              + d.status().label()
              + "</span></td><td>"
              + esc(d.reason())
              + "</td></tr>\n");
    }
    w.write("</table>\n");
  }

  private static void writeArticle(Writer w, Article a, Duplicate dup, RunFindings findings)
      throws IOException {
    w.write("<article id=\"a-" + esc(a.id()) + "\"" + (dup != null ? " class=\"copy\"" : "") + ">");
    w.write("<h3>" + esc(label(a, a.id())) + "</h3>");
    StringBuilder meta = new StringBuilder();
    meta.append(esc(a.outlet() == null ? "unknown outlet" : a.outlet()));
    if (a.byline() != null) {
      meta.append(" · ").append(esc(a.byline()));
    }
    if (a.published() != null) {
      meta.append(" · ")
          .append(esc(a.published().iso()))
          .append(" <span title=\"where the date was found\">(")
          .append(esc(a.published().from()))
          .append(")</span>");
    }
    meta.append(" · language ").append(esc(a.language()));
    w.write("<div class=\"meta\">" + meta + "</div>");
    w.write("<div class=\"meta\">source: " + esc(a.source()) + "</div>");
    for (String issue : a.issues()) {
      w.write("<div class=\"small issues\">⚠ " + esc(issue) + "</div>");
    }
    if (dup != null) {
      w.write(
          "<p class=\"small\"><span class=\"badge "
              + dup.kind().label()
              + "\">"
              + dup.kind().label()
              + " copy</span> of <a href=\"#a-"
              + esc(dup.canonicalId())
              + "\">article "
              + esc(dup.canonicalId())
              + "</a> (similarity "
              + String.format("%.2f", dup.similarity())
              + "); not an independent source.</p>");
      w.write("<details><summary>Text of the copy</summary>");
      writeParagraphs(w, a.text());
      w.write("</details>");
    } else {
      writeParagraphs(w, a.text());
    }
    if (dup == null) {
      List<Claim> claims =
          findings.claimsOf(a.id()).stream().filter(c -> !c.kind().equals("quote")).toList();
      if (!claims.isEmpty()) {
        w.write(
            "<details><summary>Claims: "
                + claims.size()
                + " numbers, durations and roles</summary>"
                + "<table><tr><th>Kind</th><th>About</th><th>Value</th><th>As written</th></tr>");
        for (Claim c : claims) {
          w.write(
              "<tr><td>"
                  + esc(c.kind())
                  + "</td><td>"
                  + esc(c.subject())
                  + "</td><td>"
                  + esc(c.value())
                  + "</td><td>"
                  + esc(c.text())
                  + "</td></tr>");
        }
        w.write("</table></details>");
      }
      List<Quote> quotes = findings.quotesOf(a.id());
      if (!quotes.isEmpty()) {
        w.write("<details><summary>Quotes: " + quotes.size() + "</summary><ul class=\"removed\">");
        for (Quote q : quotes) {
          w.write(
              "<li>“"
                  + esc(q.text())
                  + "” — <b>"
                  + esc(q.speakerName() == null ? "speaker not found" : q.speakerName())
                  + "</b> <span class=\"small\">("
                  + esc(q.how())
                  + (q.cue() == null ? "" : ", “" + esc(q.cue()) + "”")
                  + ")</span></li>");
        }
        w.write("</ul></details>");
      }
    }
    if (!a.removed().isEmpty()) {
      w.write(
          "<details><summary>Removed: "
              + a.removed().size()
              + " block"
              + (a.removed().size() == 1 ? "" : "s")
              + "</summary><ul class=\"removed\">");
      for (Removed r : a.removed()) {
        w.write(
            "<li><span class=\"badge\">" + esc(r.reason()) + "</span>" + esc(r.text()) + "</li>");
      }
      w.write("</ul></details>");
    }
    w.write("</article>\n");
  }

  private static void writeParagraphs(Writer w, String text) throws IOException {
    for (String p : text.split("\n\n")) {
      w.write("<p>" + esc(p) + "</p>");
    }
  }

  /**
   * What a reader sees for an article: its headline, or, with none, its file's name (the findings
   * name it so too, with folders added only where two files share a name), never the internal id.
   */
  static String label(Article a, String id) {
    if (a == null) {
      return id;
    }
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    String source = a.source() == null ? "" : a.source();
    String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    return file.isBlank() ? id : file;
  }

  private static String articleLink(String id, Store store) {
    Article a = store.article(id).orElse(null);
    String outlet = a == null ? null : a.outlet();
    return "<a href=\"#a-"
        + esc(id)
        + "\">"
        + esc(label(a, id))
        + "</a>"
        + (outlet == null ? "" : " <span class=\"small\">" + esc(outlet) + "</span>");
  }

  private static String count(String label, long n) {
    return "<span><b>" + n + "</b> " + esc(label) + "</span>";
  }

  /** The report's style sheet, for pages that look like it (the server's). */
  public static String styles() {
    return CSS + StoryPages.CSS;
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
