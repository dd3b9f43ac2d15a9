package dev.parallax.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed, its pages and a robots.txt served on loopback by a test server. */
class FeedFollowerTest {

  private static HttpServer server;
  private static String base;
  private static final AtomicInteger FEED_BODIES = new AtomicInteger();
  private static final List<String> REQUESTS = Collections.synchronizedList(new ArrayList<>());

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    REQUESTS.add(x.getRequestURI().getPath());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      x.getResponseHeaders().add("Content-Type", type);
    }
    x.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0 && status != 304) {
      x.getResponseBody().write(bytes);
    }
    x.close();
  }

  @BeforeAll
  static void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        x -> {
          x.getResponseHeaders().add("ETag", "\"v1\"");
          if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            send(x, 304, null, "");
            return;
          }
          FEED_BODIES.incrementAndGet();
          send(
              x,
              200,
              "application/rss+xml",
              """
              <?xml version="1.0" encoding="UTF-8"?>
              <rss version="2.0"><channel><title>Bay Herald</title><link>/</link>
              <description>News</description>
              <item><title>Ferry resumes</title><link>/news/ferry.html</link></item>
              <item><title>Harbour cafe</title><link>/news/cafe.html</link></item>
              <item><title>Members only</title><link>/private/memo.html</link></item>
              </channel></rss>
              """);
        });
    server.createContext(
        "/atom.xml",
        x ->
            send(
                x,
                200,
                "application/atom+xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley</title>
                <id>urn:x</id><updated>2026-03-10T00:00:00Z</updated>
                <entry><title>Rain</title><id>urn:1</id><updated>2026-03-10T00:00:00Z</updated>
                <link href="/news/rain.html"/></entry></feed>
                """));
    server.createContext(
        "/news/", x -> send(x, 200, "text/html", "<html><body><p>Story body.</p></body></html>"));
    server.createContext(
        "/robots.txt", x -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static SafeFetcher localFetcher() {
    return new SafeFetcher(SafeFetcher.Options.defaults().allowingPrivateAddresses());
  }

  @Test
  void newEntriesAreFetchedOnceRobotsAreObeyedAndAnUnchangedFeedCostsA304() {
    FeedFollower follower = new FeedFollower(localFetcher(), Duration.ofMillis(20));
    List<String> got = new ArrayList<>();
    FeedFollower.Poll first = follower.poll(base + "/feed.xml", (s, b, t) -> got.add(s));
    assertThat(first.entries()).isEqualTo(3);
    assertThat(first.fetched()).isEqualTo(2);
    assertThat(first.disallowed()).isEqualTo(1);
    assertThat(got).containsExactly(base + "/news/ferry.html", base + "/news/cafe.html");
    assertThat(REQUESTS).doesNotContain("/private/memo.html");

    FeedFollower.Poll second = follower.poll(base + "/feed.xml", (s, b, t) -> got.add(s));
    assertThat(second.notModified()).isTrue();
    assertThat(got).hasSize(2);
    assertThat(FEED_BODIES.get()).isEqualTo(1);
  }

  @Test
  void atomFeedsWorkAndAFeedCannotPointAtTheMachineByDefault() {
    FeedFollower local = new FeedFollower(localFetcher(), Duration.ZERO);
    List<String> got = new ArrayList<>();
    assertThat(local.poll(base + "/atom.xml", (s, b, t) -> got.add(s)).fetched()).isEqualTo(1);
    assertThat(got).containsExactly(base + "/news/rain.html");

    FeedFollower guarded =
        new FeedFollower(new SafeFetcher(SafeFetcher.Options.defaults()), Duration.ZERO);
    FeedFollower.Poll refused = guarded.poll(base + "/atom.xml", (s, b, t) -> got.add(s));
    assertThat(refused.problems()).singleElement().asString().contains("not fetched");
  }

  @Test
  void notAFeedIsAProblemNotAnException() {
    FeedFollower follower = new FeedFollower(localFetcher(), Duration.ZERO);
    FeedFollower.Poll p = follower.poll(base + "/news/x.html", (s, b, t) -> {});
    assertThat(p.problems()).singleElement().asString().contains("not an RSS or Atom feed");
  }

  @Test
  void anOpmlFileNamesItsFeeds(@TempDir Path dir) throws Exception {
    Path opml = dir.resolve("feeds.opml");
    Files.writeString(
        opml,
        """
        <?xml version="1.0"?><opml version="2.0"><head><title>desk</title></head><body>
        <outline text="a" type="rss" xmlUrl="https://a.example/feed"/>
        <outline text="group"><outline text="b" xmlUrl="https://b.example/atom"/></outline>
        </body></opml>
        """);
    assertThat(FeedFollower.feedsOf(opml.toString()))
        .containsExactly("https://a.example/feed", "https://b.example/atom");
    assertThat(FeedFollower.feedsOf("https://c.example/rss"))
        .containsExactly("https://c.example/rss");
  }
}
