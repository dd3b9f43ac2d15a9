package dev.parallax.core.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.api.Published;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, byline, publication date and outlet of an HTML page, read from the places publishers put
 * them, most trusted first: {@code <meta>} tags, JSON-LD, {@code <time>}, the URL.
 *
 * <p>Read before the page is cleaned, because cleaning removes the {@code <head>} and the furniture
 * (bylines often sit in headers). Stateless and thread-safe.
 */
final class HtmlMetadata {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "blogposting",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "socialmediaposting",
          "liveblogposting",
          "report",
          "techarticle",
          "scholarlyarticle");

  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[name=article:published_time]",
    "meta[property=og:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=parsely-pub-date]",
    "meta[name=sailthru.date]",
    "meta[name=dc.date.issued]",
    "meta[name=DC.date.issued]",
    "meta[name=dcterms.date]",
    "meta[name=date]",
    "meta[name=article.published]",
    "meta[name=OriginalPublicationDate]",
    "meta[name=displaydate]",
  };

  /** What the page says about itself. Any field may be null. */
  record Meta(String title, String byline, Published published, String outlet, String ldBody) {}

  private HtmlMetadata() {}

  static Meta read(Document doc, String url) {
    LdArticle ld = jsonLd(doc);
    String title =
        first(
            attr(doc, "meta[property=og:title]"),
            attr(doc, "meta[name=twitter:title]"),
            ld.headline,
            text(doc.selectFirst("h1")),
            cleanTitle(doc.title()));
    String byline =
        first(
            attr(doc, "meta[name=author]"),
            attr(doc, "meta[property=article:author]"),
            ld.author,
            shortText(doc.selectFirst("[rel=author], [itemprop=author], .byline, .author")));
    if (byline != null && byline.startsWith("http")) {
      byline = ld.author;
    }
    Published published = null;
    for (String selector : DATE_META) {
      published = Dates.parse(attr(doc, selector), "meta");
      if (published != null) {
        break;
      }
    }
    if (published == null) {
      published = Dates.parse(ld.datePublished, "json-ld");
    }
    if (published == null) {
      Element time = doc.selectFirst("time[datetime]");
      published = time == null ? null : Dates.parse(time.attr("datetime"), "time");
    }
    if (published == null) {
      String canonical =
          first(attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]"));
      published = Dates.fromUrl(first(canonical, url));
    }
    String outlet =
        first(
            attr(doc, "meta[property=og:site_name]"),
            ld.publisher,
            attr(doc, "meta[name=application-name]"),
            host(
                first(
                    attr(doc, "meta[property=og:url]"),
                    attr(doc, "link[rel=canonical]", "href"),
                    url)));
    return new Meta(title, byline, published, outlet, ld.articleBody);
  }

  private static final class LdArticle {
    String headline;
    String author;
    String datePublished;
    String publisher;
    String articleBody;
  }

  private static LdArticle jsonLd(Document doc) {
    LdArticle ld = new LdArticle();
    for (Element script : doc.select("script[type*=ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes, 0);
        for (JsonNode n : nodes) {
          if (!isArticle(n)) {
            continue;
          }
          ld.headline = first(ld.headline, textOf(n.get("headline")));
          ld.datePublished = first(ld.datePublished, textOf(n.get("datePublished")));
          ld.author = first(ld.author, nameOf(n.get("author")));
          ld.publisher = first(ld.publisher, nameOf(n.get("publisher")));
          String body = textOf(n.get("articleBody"));
          if (body != null && (ld.articleBody == null || body.length() > ld.articleBody.length())) {
            ld.articleBody = body;
          }
        }
      } catch (Exception e) {
        // broken JSON-LD is common and never fatal: the other signals still work
      }
    }
    return ld;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  private static String nameOf(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      n.forEach(
          x -> {
            String name = nameOf(x);
            if (name != null) {
              names.add(name);
            }
          });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    if (n.isObject()) {
      return textOf(n.get("name"));
    }
    return textOf(n);
  }

  private static String textOf(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : textOf(n.get(0));
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** "Headline | Site" and "Headline - Site" lose the site part. */
  static String cleanTitle(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = title.split("\\s+[|–—-]\\s+|\\s+::\\s+");
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p;
      }
    }
    return best.strip();
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\d?\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String attr(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String v = e.attr(attribute).strip();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static String shortText(Element e) {
    String t = text(e);
    return t != null && t.length() <= 100 ? t.replaceFirst("(?i)^by\\s+", "") : null;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
