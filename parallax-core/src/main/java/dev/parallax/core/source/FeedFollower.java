package dev.parallax.core.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps up with RSS and Atom feeds: each poll asks for the feed conditionally (the {@code ETag} and
 * {@code Last-Modified} of the last answer, so an unchanged feed costs one 304), reads its entries
 * with Rome, and fetches each entry's page not seen before — through {@link SafeFetcher} (so a feed
 * cannot point Parallax at the machine itself or a private network), only where the site's
 * robots.txt allows it, and no faster than one request per host per politeness delay (or the site's
 * Crawl-delay, when longer, up to a minute). Pages go to a sink (the pipeline).
 *
 * <p>Remembers, in memory, validators per feed, robots rules per host and the entry links it has
 * already handed on; after a restart the store recognises pages it already holds. One poll at a
 * time per follower.
 */
public final class FeedFollower {

  /** Where fetched pages go: the pipeline, in practice. */
  @FunctionalInterface
  public interface Sink {
    void accept(String source, byte[] bytes, String contentType);
  }

  /** What one poll of one feed did. */
  public record Poll(
      String feed,
      boolean notModified,
      int entries,
      int fetched,
      int disallowed,
      List<String> problems) {}

  private static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

  private final SafeFetcher fetcher;
  private final Duration politeness;
  private final Map<String, String[]> validators = new HashMap<>();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  public FeedFollower(SafeFetcher fetcher, Duration politeness) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.politeness = Objects.requireNonNull(politeness, "politeness");
  }

  /** Polls one feed and hands every new entry's page to {@code sink}. Never throws. */
  public synchronized Poll poll(String feedUrl, Sink sink) {
    List<String> problems = new ArrayList<>();
    String[] v = validators.get(feedUrl);
    SafeFetcher.Fetched feed;
    try {
      pause(URI.create(feedUrl));
      feed = fetcher.fetch(feedUrl, v == null ? null : v[0], v == null ? null : v[1]);
    } catch (SafeFetcher.Refused | IllegalArgumentException e) {
      return new Poll(feedUrl, false, 0, 0, 0, List.of("feed: " + e.getMessage()));
    }
    if (feed.notModified()) {
      return new Poll(feedUrl, true, 0, 0, 0, List.of());
    }
    validators.put(feedUrl, new String[] {feed.etag(), feed.lastModified()});
    List<String> links;
    try {
      links = links(feed.bytes());
    } catch (FeedException | IOException | IllegalArgumentException e) {
      // Rome says IllegalArgumentException for a document that is XML but no feed
      return new Poll(
          feedUrl, false, 0, 0, 0, List.of("not an RSS or Atom feed: " + e.getMessage()));
    }
    int fetched = 0;
    int disallowed = 0;
    for (String link : links) {
      URI uri;
      try {
        uri = feed.uri().resolve(link.strip());
      } catch (IllegalArgumentException e) {
        problems.add("bad entry link: " + link);
        continue;
      }
      if (!seen.add(uri.toString())) {
        continue;
      }
      if (!allowed(uri)) {
        disallowed++;
        continue;
      }
      try {
        pause(uri);
        SafeFetcher.Fetched page = fetcher.fetch(uri.toString());
        sink.accept(page.uri().toString(), page.bytes(), page.contentType());
        fetched++;
      } catch (SafeFetcher.Refused e) {
        problems.add(e.getMessage());
      }
    }
    return new Poll(feedUrl, false, links.size(), fetched, disallowed, problems);
  }

  /** The entry links of an RSS or Atom document, in feed order. */
  static List<String> links(byte[] xml) throws FeedException, IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false); // no external entities from someone else's XML
    SyndFeed feed =
        input.build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if (link == null && !e.getLinks().isEmpty()) {
        link = e.getLinks().get(0).getHref();
      }
      if (link != null && !link.isBlank()) {
        out.add(link);
      }
    }
    return out;
  }

  /** Whether robots.txt lets Parallax fetch {@code uri}; fetched once per host. */
  private boolean allowed(URI uri) {
    String key = hostKey(uri);
    BaseRobotRules rules = robots.get(key);
    if (rules == null) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      String robotsUrl = key + "/robots.txt";
      try {
        pause(uri);
        SafeFetcher.Fetched r = fetcher.fetch(robotsUrl);
        rules = parser.parseContent(robotsUrl, r.bytes(), r.contentType(), List.of("parallax"));
      } catch (SafeFetcher.Refused e) {
        // no robots.txt (404) allows everything; a server error is read as "not now" by the
        // library; anything else we could not read: allow, as browsers do
        int status = statusOf(e.getMessage());
        rules = parser.failedFetch(status > 0 ? status : 404);
      }
      robots.put(key, rules);
    }
    return rules.isAllowed(uri.toString());
  }

  private static int statusOf(String message) {
    if (message != null && message.startsWith("HTTP ")) {
      try {
        return Integer.parseInt(message.substring(5, 8));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        return -1;
      }
    }
    return -1;
  }

  /** Sleeps until this host may be asked again. */
  private void pause(URI uri) {
    String key = hostKey(uri);
    long delay = politeness.toMillis();
    BaseRobotRules rules = robots.get(key);
    if (rules != null && rules.getCrawlDelay() > 0) {
      delay = Math.max(delay, Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
    }
    Long last = lastRequest.get(key);
    long now = System.currentTimeMillis();
    if (last != null && now - last < delay) {
      try {
        Thread.sleep(delay - (now - last));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lastRequest.put(key, System.currentTimeMillis());
  }

  private static String hostKey(URI uri) {
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /**
   * The feeds an argument names: the feed URL itself, or, for an OPML file ({@code .opml} or {@code
   * .xml} on disk), every outline's {@code xmlUrl}.
   */
  public static List<String> feedsOf(String argument) throws IOException {
    java.nio.file.Path file = java.nio.file.Path.of(argument);
    if (!argument.contains("://") && java.nio.file.Files.isRegularFile(file)) {
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        NodeList outlines =
            f.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("outline");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < outlines.getLength(); i++) {
          String url = ((Element) outlines.item(i)).getAttribute("xmlUrl");
          if (!url.isBlank()) {
            out.add(url.strip());
          }
        }
        return out;
      } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
        throw new IOException("not an OPML file: " + argument + " (" + e.getMessage() + ")", e);
      }
    }
    return List.of(argument);
  }
}
