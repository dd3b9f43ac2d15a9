package dev.parallax.core.report;

import static dev.parallax.core.report.HtmlReport.esc;

import dev.parallax.api.Article;
import dev.parallax.api.Finding;
import dev.parallax.api.Standing;
import dev.parallax.api.Story;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.store.Store;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's story pages: for each story that more than one source speaks to, its flagged
 * articles first with their reasons, then a claims × sources matrix with a verdict badge per fact
 * and each source's version; the sentence it comes from opens on demand (a {@code <details>}
 * element, so the report needs no script).
 */
public final class StoryPages {

  static final String CSS =
      """
      .badge{display:inline-block;padding:.05rem .45rem;border-radius:.6rem;font:600 .75rem system-ui,sans-serif;color:#fff}
      .b-contradicted{background:#b3261e}.b-corroborated{background:#2e7d32}.b-single-source{background:#7a7567}
      .flag{border-left:4px solid #b3261e;background:#fbeeee;padding:.4rem .8rem;margin:.5rem 0}
      td.outvoted{background:#fbeeee}
      td details summary{cursor:pointer}
      .matrix td:first-child{width:28%}
      mark{background:#ffe58a}
      """;

  private StoryPages() {}

  /** Verdict counts of a story, for the stories table: "1 contradicted · 3 corroborated". */
  static String counts(List<Finding> findings) {
    Map<String, Integer> n = new HashMap<>();
    findings.forEach(f -> n.merge(f.verdict(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    for (String v : List.of("contradicted", "corroborated", "single-source")) {
      if (n.containsKey(v)) {
        parts.add(n.get(v) + " " + v);
      }
    }
    return String.join(" · ", parts);
  }

  /** True when a story gets a page: some fact of it is stated by two or more sources. */
  static boolean hasPage(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.sources() >= 2);
  }

  static void write(Writer w, List<Story> stories, CrossChecker.Result check, Store store)
      throws IOException {
    Map<String, Article> cache = new HashMap<>();
    for (Story s : stories) {
      List<Finding> findings = check.of(s);
      if (!hasPage(findings)) {
        continue;
      }
      w.write("<section class=\"story\" id=\"page-" + esc(s.id()) + "\">");
      w.write("<h3>" + esc(s.title()) + " <span class=\"small\">" + esc(s.id()) + "</span></h3>\n");
      writeBody(w, s, check, store, cache, id -> "#a-" + id);
      w.write("</section>\n");
    }
  }

  /**
   * One story's flagged articles and its facts × sources matrix, with links to articles made by
   * {@code articleHref} (an anchor in the report, a page on the server).
   */
  public static void writeStory(
      Writer w,
      Story s,
      CrossChecker.Result check,
      Store store,
      java.util.function.Function<String, String> articleHref)
      throws IOException {
    writeBody(w, s, check, store, new HashMap<>(), articleHref);
  }

  private static void writeBody(
      Writer w,
      Story s,
      CrossChecker.Result check,
      Store store,
      Map<String, Article> cache,
      java.util.function.Function<String, String> articleHref)
      throws IOException {
    List<Finding> findings = check.of(s);
    for (String id : s.articles()) {
      Standing st = check.standings().get(id);
      if (st != null && st.flagged()) {
        Article a = article(store, cache, id);
        w.write(
            "<div class=\"flag\"><strong>Flagged:</strong> <a href=\""
                + esc(articleHref.apply(id))
                + "\">"
                + esc(HtmlReport.label(a, id))
                + "</a><ul>");
        for (String r : st.reasons()) {
          w.write("<li>" + esc(r) + "</li>");
        }
        w.write("</ul></div>\n");
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    findings.forEach(f -> f.evidence().forEach(e -> sources.add(e.source())));
    w.write("<table class=\"matrix\"><tr><th>Fact</th>");
    for (String src : sources) {
      w.write("<th>" + esc(src) + "</th>");
    }
    w.write("</tr>\n");
    for (Finding f : findings) {
      w.write(
          "<tr id=\""
              + esc(f.id())
              + "\"><td><span class=\"badge b-"
              + esc(f.verdict())
              + "\">"
              + esc(f.verdict())
              + "</span> "
              + esc(f.subject())
              + "<div class=\"small\">"
              + esc(f.explanation())
              + "</div></td>");
      for (String src : sources) {
        List<Finding.Evidence> here =
            f.evidence().stream().filter(e -> e.source().equals(src)).toList();
        boolean outvoted = here.stream().anyMatch(Finding.Evidence::outvoted);
        w.write(outvoted ? "<td class=\"outvoted\">" : "<td>");
        for (Finding.Evidence e : here) {
          w.write(
              "<details><summary>"
                  + esc(e.value())
                  + "</summary><div class=\"small\">"
                  + inContext(article(store, cache, e.article()), e)
                  + " <a href=\""
                  + esc(articleHref.apply(e.article()))
                  + "\">article</a></div></details>");
        }
        w.write("</td>");
      }
      w.write("</tr>\n");
    }
    w.write("</table>\n");
  }

  /** The evidence's sentence with the evidence marked, escaped. */
  static String inContext(Article a, Finding.Evidence e) {
    if (a == null || e.end() > a.text().length()) {
      return esc(e.text());
    }
    String t = a.text();
    int from = Math.max(0, e.start() - 200);
    int sentence = Math.max(t.lastIndexOf(". ", e.start()), t.lastIndexOf('\n', e.start()));
    from = Math.max(from, sentence + 1);
    int to = t.length();
    int stop = t.indexOf(". ", e.end());
    int paragraph = t.indexOf('\n', e.end());
    to = stop >= 0 ? Math.min(to, stop + 1) : to;
    to = paragraph >= 0 ? Math.min(to, paragraph) : to;
    to = Math.min(to, e.end() + 200);
    return esc(t.substring(from, e.start()).stripLeading())
        + "<mark>"
        + esc(t.substring(e.start(), e.end()))
        + "</mark>"
        + esc(t.substring(e.end(), to));
  }

  private static Article article(Store store, Map<String, Article> cache, String id) {
    return cache.computeIfAbsent(id, k -> store.article(k).orElse(null));
  }
}
