package dev.parallax.web;

import static dev.parallax.core.report.HtmlReport.esc;

import dev.parallax.api.Article;
import dev.parallax.api.Finding;
import dev.parallax.api.Standing;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small charts drawn on the server as inline SVG, so pages stay free of script: a story's timeline
 * (when each outlet published, flagged articles in red) and how each source fares against the
 * others (facts it shares that others confirm, facts only it states, facts where it is outvoted).
 * Every label is escaped.
 */
final class Charts {

  private Charts() {}

  private static final int WIDTH = 720;

  /** Articles on a date axis, one row per outlet. */
  static String timeline(List<Article> articles, Map<String, Standing> standings) {
    List<Article> dated = articles.stream().filter(a -> a.published() != null).toList();
    if (dated.size() < 2) {
      return "";
    }
    LocalDate first = dated.stream().map(a -> a.published().date()).min(LocalDate::compareTo).get();
    LocalDate last = dated.stream().map(a -> a.published().date()).max(LocalDate::compareTo).get();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    Map<String, Integer> rows = new LinkedHashMap<>();
    dated.forEach(a -> rows.putIfAbsent(outlet(a), rows.size()));
    int left = 180;
    int height = 30 + rows.size() * 22;
    StringBuilder b =
        new StringBuilder("<figure class=\"chart\"><svg viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(height)
            .append("\" width=\"100%\" role=\"img\" aria-label=\"When each outlet published\">");
    rows.forEach(
        (outlet, row) ->
            b.append("<text x=\"0\" y=\"")
                .append(22 + row * 22)
                .append("\" font-size=\"12\">")
                .append(esc(shorten(outlet)))
                .append("</text>"));
    b.append("<line x1=\"").append(left).append("\" y1=\"").append(height - 18);
    b.append("\" x2=\"").append(WIDTH - 20).append("\" y2=\"").append(height - 18);
    b.append("\" stroke=\"#999\"/>");
    b.append("<text x=\"").append(left).append("\" y=\"").append(height - 4);
    b.append("\" font-size=\"11\">").append(first).append("</text>");
    b.append("<text x=\"").append(WIDTH - 20).append("\" y=\"").append(height - 4);
    b.append("\" font-size=\"11\" text-anchor=\"end\">").append(last).append("</text>");
    for (Article a : dated) {
      double x =
          left
              + (WIDTH - 20 - left)
                  * (double) ChronoUnit.DAYS.between(first, a.published().date())
                  / days;
      Standing st = standings.get(a.id());
      String colour = st != null && st.flagged() ? "#b3261e" : "#3b5b7a";
      b.append("<circle cx=\"")
          .append(Math.round(x))
          .append("\" cy=\"")
          .append(18 + rows.get(outlet(a)) * 22)
          .append("\" r=\"6\" fill=\"")
          .append(colour)
          .append("\"><title>")
          .append(esc(a.title() == null ? a.id() : a.title()))
          .append("</title></circle>");
    }
    return b.append(
            "</svg><figcaption class=\"small\">When each outlet published; red: flagged."
                + "</figcaption></figure>")
        .toString();
  }

  /** Per source: facts confirmed, stated alone, in dispute, and outvoted. */
  static String agreement(List<Finding> findings) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (Finding.Evidence e : f.evidence()) {
        int[] c = counts.computeIfAbsent(e.source(), k -> new int[4]);
        if (e.outvoted()) {
          c[3]++;
        } else if (f.verdict().equals("contradicted")) {
          c[2]++;
        } else if (f.verdict().equals("single-source")) {
          c[1]++;
        } else {
          c[0]++;
        }
      }
    }
    if (counts.size() < 2) {
      return "";
    }
    int max = counts.values().stream().mapToInt(c -> c[0] + c[1] + c[2] + c[3]).max().orElse(1);
    int left = 180;
    int height = 20 + counts.size() * 24;
    String[] colours = {"#2e7d32", "#7a7567", "#d08a1e", "#b3261e"};
    StringBuilder b =
        new StringBuilder("<figure class=\"chart\"><svg viewBox=\"0 0 ")
            .append(WIDTH)
            .append(' ')
            .append(height)
            .append("\" width=\"100%\" role=\"img\" aria-label=\"How each source fares\">");
    int row = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int y = 6 + row * 24;
      b.append("<text x=\"0\" y=\"").append(y + 13).append("\" font-size=\"12\">");
      b.append(esc(shorten(e.getKey()))).append("</text>");
      double x = left;
      for (int k = 0; k < 4; k++) {
        double w = (WIDTH - 60 - left) * (double) e.getValue()[k] / max;
        if (w > 0) {
          b.append("<rect x=\"")
              .append(Math.round(x))
              .append("\" y=\"")
              .append(y)
              .append("\" width=\"")
              .append(Math.max(1, Math.round(w)))
              .append("\" height=\"16\" fill=\"")
              .append(colours[k])
              .append("\"/>");
          x += w;
        }
      }
      b.append("<text x=\"").append(Math.round(x) + 6).append("\" y=\"").append(y + 13);
      b.append("\" font-size=\"11\">").append(e.getValue()[0]).append(" / ");
      b.append(e.getValue()[1]).append(" / ").append(e.getValue()[2]).append(" / ");
      b.append(e.getValue()[3]).append("</text>");
      row++;
    }
    return b.append(
            "</svg><figcaption class=\"small\">Per source: facts others confirm (green), facts"
                + " only it states (grey), facts in dispute (amber), facts where independent"
                + " sources outvote it (red).</figcaption></figure>")
        .toString();
  }

  private static String outlet(Article a) {
    return a.outlet() != null ? a.outlet() : a.source().replaceFirst(".*/", "");
  }

  private static String shorten(String s) {
    return s.length() > 26 ? s.substring(0, 25) + "…" : s;
  }
}
