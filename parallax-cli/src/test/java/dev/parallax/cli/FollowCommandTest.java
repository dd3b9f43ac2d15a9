package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.parallax.core.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax follow --once} against a feed and its pages served on loopback. */
class FollowCommandTest {

  private static HttpServer server;
  private static String base;

  private static final String STORY =
      "Rescue crews reached the last cut-off villages of the Marrow valley on Wednesday, the"
          + " regional emergency service said, three days after the river burst its banks. About"
          + " 1,200 people remain in shelters, and engineers are checking the road bridge at"
          + " Ostholm before it reopens to traffic later this week.";

  private static void send(HttpExchange x, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.getResponseHeaders().add("ETag", "\"f1\"");
    if (type.contains("rss") && "\"f1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
      x.sendResponseHeaders(304, -1);
      x.close();
      return;
    }
    x.sendResponseHeaders(200, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @BeforeAll
  static void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed.xml",
        x ->
            send(
                x,
                "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Post</title>"
                    + "<link>/</link><description>n</description>"
                    + "<item><title>Villages reached</title><link>/a.html</link></item>"
                    + "<item><title>Bridge checks</title><link>/b.html</link></item>"
                    + "</channel></rss>"));
    server.createContext(
        "/a.html",
        x ->
            send(
                x,
                "text/html",
                "<html><head><title>Villages reached</title></head><body><article><h1>Villages"
                    + " reached</h1><p>"
                    + STORY
                    + "</p></article></body></html>"));
    server.createContext(
        "/b.html",
        x ->
            send(
                x,
                "text/html",
                "<html><head><title>Bridge checks</title></head><body><article><h1>Bridge"
                    + " checks</h1><p>Engineers began checking the Ostholm road bridge on Thursday"
                    + " after the floods, the highways agency said, and expect to reopen it to"
                    + " cars by Saturday if no damage is found to its piers or deck.</p>"
                    + "</article></body></html>"));
    server.createContext("/robots.txt", x -> send(x, "text/plain", "User-agent: *\nAllow: /\n"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void newEntriesAreReadIntoTheStoreOnceAndAnUnchangedFeedIsSkipped(@TempDir Path dir)
      throws Exception {
    String db = dir.resolve("p.db").toString();
    String first =
        Cli.run(
                "follow",
                base + "/feed.xml",
                "--db",
                db,
                "--once",
                "--no-nlp",
                "--allow-private-addresses")
            .out();
    assertThat(first).contains("2 entries, 2 fetched").contains("ok " + base + "/a.html");
    try (Store store = Store.openSqlite(Path.of(db))) {
      assertThat(store.count("articles")).isEqualTo(2);
    }
    // a new process has no validators: the feed is read again, the pages are already stored
    String second =
        Cli.run(
                "follow",
                base + "/feed.xml",
                "--db",
                db,
                "--once",
                "--no-nlp",
                "--allow-private-addresses")
            .out();
    assertThat(second).contains("2 fetched");
    try (Store store = Store.openSqlite(Path.of(db))) {
      assertThat(store.count("articles")).isEqualTo(2);
    }
  }

  @Test
  void withoutPermissionThisMachineIsNotFetched(@TempDir Path dir) {
    String out =
        Cli.run(
                "follow",
                base + "/feed.xml",
                "--db",
                dir.resolve("p.db").toString(),
                "--once",
                "--no-nlp")
            .out();
    assertThat(out).contains("problem:").contains("not fetched");
  }
}
