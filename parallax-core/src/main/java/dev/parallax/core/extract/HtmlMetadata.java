package dev.parallax.core.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.api.Published;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** Meta names and properties that carry the publication date, most specific first. */
  private static final String[] DATE_META = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.date",
    "date",
    "article.published",
    "originalpublicationdate",
    "displaydate",
  };

  /** What the page says about itself. Any field may be null. */
  record Meta(String title, String byline, Published published, String outlet, String ldBody) {}

  private HtmlMetadata() {}

  static Meta read(Document doc, String url) {
    Map<String, String> metas = metaTags(doc);
    LdArticle ld = jsonLd(doc);
    String title =
        first(
            metas.get("og:title"),
            metas.get("twitter:title"),
            ld.headline,
            text(doc.selectFirst("h1")),
            cleanTitle(doc.title()));
    String byline =
        first(
            metas.get("author"),
            metas.get("article:author"),
            ld.author,
            shortText(doc.selectFirst("[rel=author], [itemprop=author], .byline, .author")));
    if (byline != null && byline.startsWith("http")) {
      byline = ld.author;
    }
    Published published = null;
    for (String key : DATE_META) {
      published = Dates.parse(metas.get(key), "meta");
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
      String canonical = first(attr(doc, "link[rel=canonical]", "href"), metas.get("og:url"));
      published = Dates.fromUrl(first(canonical, url));
    }
    String outlet =
        first(
            metas.get("og:site_name"),
            ld.publisher,
            metas.get("application-name"),
            host(first(metas.get("og:url"), attr(doc, "link[rel=canonical]", "href"), url)));
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

  /**
   * All {@code <meta>} tags by lower-cased name, property or itemprop, first one winning: read
   * once, because looking each one up with a selector scans the whole page every time.
   */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"name", "property", "itemprop"}) {
        String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
          metas.putIfAbsent(k, content);
        }
      }
    }
    return metas;
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
