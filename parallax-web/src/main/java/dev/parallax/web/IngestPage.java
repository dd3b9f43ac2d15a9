package dev.parallax.web;

import static dev.parallax.core.report.HtmlReport.esc;

import java.util.List;

/**
 * The page where a desk adds news: upload a file, give a URL, follow a feed. Plain forms, no
 * script; each carries the API token in a password field because a browser form cannot send an
 * Authorization header (and a form from another site cannot know it). What ingestion did lately is
 * listed below, newest first, so progress is visible on reload.
 */
final class IngestPage {

  private IngestPage() {}

  static String render(List<String> feeds, List<String> activity, boolean writable, String done) {
    StringBuilder b = new StringBuilder("<h1>Add news</h1>");
    if (!writable) {
      b.append("<p>This server is read-only: it was started without an API token.</p>");
    }
    if (done != null && !done.isBlank()) {
      b.append("<p class=\"small\"><b>Done:</b> ").append(esc(done)).append("</p>");
    }
    String token =
        "<label>API token <input type=\"password\" name=\"token\" autocomplete=\"off\""
            + " required></label> ";
    b.append("<h2>Upload a file</h2>")
        .append("<form method=\"post\" action=\"/ingest\" enctype=\"multipart/form-data\">")
        .append("<input type=\"hidden\" name=\"kind\" value=\"file\">")
        .append("<input type=\"file\" name=\"file\" required> ")
        .append(token)
        .append("<button type=\"submit\">Upload</button></form>");
    b.append("<h2>Read a web page</h2>")
        .append("<form method=\"post\" action=\"/ingest\">")
        .append("<input type=\"hidden\" name=\"kind\" value=\"url\">")
        .append("<input type=\"url\" name=\"url\" placeholder=\"https://…\" size=\"50\" required> ")
        .append(token)
        .append("<button type=\"submit\">Fetch</button></form>");
    b.append("<h2>Follow a feed</h2>")
        .append("<form method=\"post\" action=\"/ingest\">")
        .append("<input type=\"hidden\" name=\"kind\" value=\"feed\">")
        .append("<input type=\"url\" name=\"url\" placeholder=\"https://…/rss\" size=\"50\"")
        .append(" required> ")
        .append(token)
        .append("<button type=\"submit\">Follow</button></form>");
    b.append("<p class=\"small\">Feeds are polled every ")
        .append(WebServer.FEED_MINUTES)
        .append(" minutes. Following:</p><ul>");
    feeds.forEach(f -> b.append("<li>").append(esc(f)).append("</li>"));
    b.append("</ul><h2>Lately</h2><ul class=\"small\">");
    activity.forEach(a -> b.append("<li>").append(esc(a)).append("</li>"));
    b.append("</ul>");
    return b.toString();
  }
}
