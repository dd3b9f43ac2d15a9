package dev.parallax.core.extract;

import dev.parallax.api.Removed;
import dev.parallax.core.extract.Blocks.Block;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in an HTML page.
 *
 * <p>Why not Readability: Readability picks one container by scoring paragraphs into their parents,
 * and fails when a page splits its body over several containers or wraps it in link-heavy
 * furniture. Parallax combines signals instead:
 *
 * <ol>
 *   <li><b>Cleaning</b>: scripts, styles, forms, navigation, hidden elements, and elements whose
 *       class or id names them as furniture (share, related, newsletter, comments …) go; a
 *       furniture-named element is kept when it holds most of the page's prose, because some sites
 *       wrap the whole page in one.
 *   <li><b>Paragraph evidence</b>: each visible block is judged prose (long enough, sentence
 *       punctuation, few links, not a furniture line) or not.
 *   <li><b>Container choice</b>: the element maximising {@code prose − λ·other} over its subtree, a
 *       maximum-density subtree, boosted when its markup names it the article body ({@code
 *       itemprop=articleBody}, {@code article-body}, {@code story-body} …). This keeps split bodies
 *       whole and stops before the sidebar.
 *   <li><b>Fallback</b>: when the page's own JSON-LD {@code articleBody} is much longer than what
 *       the DOM gave, the DOM choice missed the body and the JSON-LD text is used.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlContent {

  /** Class or id words that name furniture (matched as whole words of the name). */
  private static final Set<String> NEGATIVE_WORDS =
      Set.of(
          "comment",
          "comments",
          "share",
          "sharing",
          "social",
          "related",
          "recommend",
          "promo",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "sidebar",
          "footer",
          "masthead",
          "breadcrumb",
          "breadcrumbs",
          "nav",
          "navigation",
          "menu",
          "advert",
          "ad",
          "ads",
          "adunit",
          "sponsor",
          "sponsored",
          "popup",
          "modal",
          "cookie",
          "consent",
          "tags",
          "bio",
          "trending",
          "outbrain",
          "taboola",
          "paywall",
          "rail",
          "widget",
          "toolbar",
          "byline",
          "dateline",
          "timestamp",
          "caption",
          "credit",
          "skip",
          "hidden",
          "readmore");

  /** Furniture words specific enough to count inside longer or camelCase names. */
  private static final String[] NEGATIVE_PARTS = {
    "caption",
    "newsletter",
    "breadcrumb",
    "outbrain",
    "taboola",
    "sidebar",
    "side-bar",
    "footer",
    "social",
    "advert",
    "promo",
    "recommend",
    "related",
    "subscribe",
    "signup",
    "sharing",
    "share-",
    "-share",
    "sharebar",
    "sharetools",
    "byline",
    "author-info",
    "authorinfo",
    "timestamp",
    "cookie",
    "disclaimer",
    "read-more",
    "readmore",
    "most-popular",
    "more-stories",
    "also-read",
    "print-only",
    "ad-slot",
    "tag-list"
  };

  private static final Set<String> ROLES =
      Set.of("navigation", "banner", "complementary", "contentinfo");

  /** Names that mark the article body itself. */
  private static final String[] POSITIVE_PARTS = {
    "articlebody",
    "article-body",
    "article__body",
    "article_body",
    "story-body",
    "storybody",
    "story__body",
    "story-content",
    "article-content",
    "article__content",
    "entry-content",
    "post-content",
    "post-body",
    "postbody",
    "main-content",
    "body-text",
    "bodytext",
    "article-text",
    "articletext",
    "story-text",
    "content-body",
    "rich-text",
    "paywall-article",
    "news-body"
  };

  private static final String REMOVE_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, button, input, select,"
          + " textarea, nav, object, embed, video, audio, source, picture, link, meta, dialog";

  /**
   * Weight of non-prose text against prose when choosing the container. Chosen on the development
   * pages of the extraction benchmark: F1 is flat for 0.2–0.35 and falls on either side (0.05:
   * 0.965, 0.3: 0.967, 0.65: 0.962, 1.5: 0.950).
   */
  private static final double LAMBDA = 0.3;

  /** The body found: paragraphs in order, and what was dropped inside the chosen container. */
  record Content(List<String> paragraphs, List<Removed> removed) {}

  private HtmlContent() {}

  static Content extract(Document doc, String ldBody, String title) {
    Element body = doc.body();
    if (body == null) {
      return new Content(List.of(), List.of());
    }
    List<Removed> removed = new ArrayList<>();
    clean(body, removed);
    List<Block> blocks = Blocks.of(body);
    Map<Element, double[]> scores = score(blocks);
    Element best = body;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> e : scores.entrySet()) {
      double[] s = e.getValue();
      double score = s[0] - LAMBDA * s[1];
      if (isMarkedBody(e.getKey())) {
        score += Math.min(s[0], 400);
      }
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    List<String> paragraphs = new ArrayList<>();
    int proseChars = 0;
    for (Block b : blocks) {
      if (!isInside(b.owner(), best)) {
        removed.add(new Removed(b.text(), "outside-article"));
        continue;
      }
      String reason = keepReason(b, title);
      if (reason == null) {
        paragraphs.add(b.text());
        proseChars += b.text().length();
      } else if (b.text().length() >= 3) {
        removed.add(new Removed(b.text(), reason));
      }
    }
    if (ldBody != null && ldBody.length() > 500 && ldBody.length() > 1.6 * proseChars) {
      List<String> ld = new ArrayList<>();
      for (String p : ldBody.split("\\s*\\n\\s*")) {
        if (!p.isBlank()) {
          ld.add(p.strip().replaceAll("\\s+", " "));
        }
      }
      return new Content(ld, removed);
    }
    return new Content(paragraphs, removed);
  }

  /** Null when the block is article text, else the reason it is not. */
  private static String keepReason(Block b, String title) {
    String t = b.text();
    if (b.tag().equals("figcaption") || b.tag().equals("caption")) {
      return "caption";
    }
    String furniture = Furniture.reason(t);
    if (furniture != null) {
      return furniture;
    }
    if (b.isHeading() && title != null && similarTitle(t, title)) {
      return "title";
    }
    if (t.startsWith("<") && t.endsWith(">")) {
      return "markup";
    }
    if (b.tag().equals("figcaption") || b.tag().equals("caption")) {
      return "caption";
    }
    if (b.linkDensity() > 0.5 && t.length() < 300) {
      return Removed.RELATED_LINKS;
    }
    return null;
  }

  private static boolean similarTitle(String a, String b) {
    String x = a.replaceAll("\\W+", "").toLowerCase(java.util.Locale.ROOT);
    String y = b.replaceAll("\\W+", "").toLowerCase(java.util.Locale.ROOT);
    return x.equals(y) || (x.length() > 10 && (y.contains(x) || x.contains(y)));
  }

  private static boolean isInside(Element e, Element container) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == container) {
        return true;
      }
    }
    return false;
  }

  /** Per element: [prose chars, other chars] over its subtree. */
  private static Map<Element, double[]> score(List<Block> blocks) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    for (Block b : blocks) {
      int length = TextWeight.length(b.text());
      double prose = isProse(b) ? length * (1 - b.linkDensity()) : 0;
      double other = length - prose;
      if (b.isHeading() && prose == 0) {
        other = 0;
      }
      for (Element p = b.owner(); p != null; p = p.parent()) {
        double[] s = scores.computeIfAbsent(p, k -> new double[2]);
        s[0] += prose;
        s[1] += other;
      }
    }
    return scores;
  }

  static boolean isProse(Block b) {
    String t = b.text();
    if (b.linkDensity() > 0.35 || Furniture.reason(t) != null) {
      return false;
    }
    int length = TextWeight.length(t);
    if (length >= 120) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    boolean sentenceEnd = ".!?\"”’'):…。！？」』".indexOf(last) >= 0;
    return length >= 40 && sentenceEnd && TextWeight.words(t) >= 5;
  }

  private static boolean isMarkedBody(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
    for (String part : POSITIVE_PARTS) {
      if (names.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an element's class or id names it as furniture. Plain string tests rather than one
   * big regular expression: this runs on every element of every page, and an alternation of sixty
   * words was the extractor's single largest cost.
   */
  static boolean isNamedFurniture(String names) {
    if (names.isBlank()) {
      return false;
    }
    String lower = names.toLowerCase(java.util.Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean separator = c == ' ' || c == '-' || c == '_' || c == '\t';
      if (separator) {
        if (start >= 0 && NEGATIVE_WORDS.contains(lower.substring(start, i))) {
          return true;
        }
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    for (String part : NEGATIVE_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Removes teaser cards: a list item or {@code <article>} holding a linked headline and a short
   * summary. Lists of other stories look like prose (their summaries are sentences) but every card
   * leads with a headline that is a link, which article paragraphs never do.
   */
  private static void removeTeaserCards(Element body, List<Removed> removed) {
    removeRepeatedLinkCards(body, removed);
    for (Element h : body.select("h2, h3, h4, h5, h6")) {
      Element link = h.selectFirst("a[href]");
      if (link == null) {
        link = h.closest("a[href]");
      }
      if (link == null || link.text().length() < 0.7 * h.text().length()) {
        continue;
      }
      Element card = h.parent();
      for (int i = 0; i < 5 && card != null; i++, card = card.parent()) {
        String tag = card.normalName();
        if (tag.equals("li") || tag.equals("article")) {
          break;
        }
      }
      if (card != null && card.parent() != null && card.text().length() < 600) {
        record(card, Removed.RELATED_LINKS, removed);
        card.remove();
      }
    }
  }

  /**
   * Removes listings: three or more sibling elements of the same tag and class that each hold a
   * link and little text. Article paragraphs are siblings too, but not every one of them carries a
   * link, and they are {@code <p>}s; story listings are cards that all do.
   */
  private static void removeRepeatedLinkCards(Element body, List<Removed> removed) {
    List<Element> cards = new ArrayList<>();
    for (Element parent : body.getAllElements()) {
      Map<String, List<Element>> groups = new java.util.HashMap<>();
      for (Element child : parent.children()) {
        if (child.normalName().equals("p") || child.normalName().equals("a")) {
          continue;
        }
        groups
            .computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>())
            .add(child);
      }
      for (List<Element> group : groups.values()) {
        if (group.size() < 3) {
          continue;
        }
        boolean allCards = true;
        for (Element c : group) {
          Element link = c.selectFirst("a[href]");
          int len = c.text().length();
          if (link == null
              || link.text().length() < 15
              || link.text().length() < 0.15 * len
              || len > 700) {
            allCards = false;
            break;
          }
        }
        if (allCards) {
          cards.addAll(group);
        }
      }
    }
    for (Element card : cards) {
      record(card, Removed.RELATED_LINKS, removed);
      card.remove();
    }
  }

  /**
   * Characters of text under each element, computed in one pass (not {@code text()} per element).
   */
  private static Map<Element, Integer> textLengths(Element root) {
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    org.jsoup.select.NodeTraversor.traverse(
        new org.jsoup.select.NodeVisitor() {
          @Override
          public void head(org.jsoup.nodes.Node node, int depth) {}

          @Override
          public void tail(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof Element e) {
              int sum = 0;
              for (org.jsoup.nodes.Node child : e.childNodes()) {
                if (child instanceof org.jsoup.nodes.TextNode t) {
                  sum += t.isBlank() ? 0 : t.text().strip().length() + 1;
                } else if (child instanceof Element c) {
                  sum += lengths.getOrDefault(c, 0);
                }
              }
              lengths.put(e, sum);
            }
          }
        },
        root);
    return lengths;
  }

  private static void clean(Element body, List<Removed> removed) {
    for (Element e : body.select(REMOVE_TAGS)) {
      if (e.normalName().equals("nav")) {
        record(e, "navigation", removed);
      }
      e.remove();
    }
    for (Element e :
        body.select(
            "[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none|visibility:\\s*hidden]")) {
      record(e, "hidden", removed);
      e.remove();
    }
    Map<Element, Integer> lengths = textLengths(body);
    int total = Math.max(1, lengths.getOrDefault(body, 0));
    Set<Element> holdsBody = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marked : body.select("[itemprop=articleBody]")) {
      holdsBody.addAll(marked.parents());
    }
    List<Element> furniture = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || isMarkedBody(e)) {
        continue;
      }
      String tag = e.normalName();
      String names = e.className() + " " + e.id();
      boolean negative =
          tag.equals("aside")
              || tag.equals("form")
              || tag.equals("footer")
              || ROLES.contains(e.attr("role").toLowerCase(java.util.Locale.ROOT))
              || isNamedFurniture(names);
      if (negative) {
        furniture.add(e);
      }
    }
    removeTeaserCards(body, removed);
    for (Element e : furniture) {
      if (e.parent() == null) {
        continue;
      }
      // a furniture-named wrapper that holds most of the page is a layout box, not furniture
      if (lengths.getOrDefault(e, 0) > 0.4 * total || holdsBody.contains(e)) {
        continue;
      }
      record(e, furnitureKind(e), removed);
      e.remove();
    }
  }

  /** Keeps the visible text of an element about to be removed, so nothing disappears silently. */
  private static void record(Element e, String reason, List<Removed> removed) {
    String text = e.text().strip();
    if (!text.isEmpty()) {
      removed.add(new Removed(text, reason));
    }
  }

  /** A reader's name for the kind of furniture an element is. */
  private static String furnitureKind(Element e) {
    String names =
        (e.normalName() + " " + e.className() + " " + e.id() + " " + e.attr("role"))
            .toLowerCase(java.util.Locale.ROOT);
    if (names.contains("nav") || names.contains("menu") || names.contains("breadcrumb")) {
      return "navigation";
    }
    if (names.contains("related")
        || names.contains("recommend")
        || names.contains("more")
        || names.contains("popular")
        || names.contains("trending")
        || names.contains("outbrain")
        || names.contains("taboola")) {
      return Removed.RELATED_LINKS;
    }
    if (names.contains("share") || names.contains("social")) {
      return "share-buttons";
    }
    if (names.contains("newsletter")
        || names.contains("subscri")
        || names.contains("signup")
        || names.contains("promo")
        || names.contains("paywall")) {
      return "promotion";
    }
    if (names.contains("comment")) {
      return "comments";
    }
    if (names.contains("caption")) {
      return "caption";
    }
    if (names.contains("credit") || names.contains("byline")) {
      return Removed.CREDIT_LINE;
    }
    if (names.contains("ad") || names.contains("sponsor")) {
      return "advertising";
    }
    return Removed.BOILERPLATE;
  }
}
