package dev.parallax.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SafeFetcherTest {

  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/page",
        x -> {
          byte[] body = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
          x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          x.sendResponseHeaders(200, body.length);
          x.getResponseBody().write(body);
          x.close();
        });
    server.createContext(
        "/hop",
        x -> {
          x.getResponseHeaders().add("Location", "/page");
          x.sendResponseHeaders(302, -1);
          x.close();
        });
    server.createContext(
        "/loop",
        x -> {
          x.getResponseHeaders().add("Location", "/loop");
          x.sendResponseHeaders(302, -1);
          x.close();
        });
    server.createContext(
        "/to-file",
        x -> {
          x.getResponseHeaders().add("Location", "file:///etc/passwd");
          x.sendResponseHeaders(302, -1);
          x.close();
        });
    server.createContext(
        "/big",
        x -> {
          x.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[1024];
          for (int i = 0; i < 100; i++) {
            x.getResponseBody().write(chunk);
          }
          x.close();
        });
    server.createContext(
        "/slow",
        x -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.sendResponseHeaders(200, -1);
          x.close();
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static SafeFetcher local() {
    return new SafeFetcher(
        new SafeFetcher.Options(10_000, Duration.ofSeconds(2), Duration.ofSeconds(1), 3, true));
  }

  @Test
  void theMachineItselfAndPrivateNetworksAreRefusedByDefault() {
    SafeFetcher fetcher = new SafeFetcher(SafeFetcher.Options.defaults());
    for (String url :
        new String[] {
          base + "/page",
          "http://localhost/",
          "http://[::1]/",
          "http://10.1.2.3/",
          "http://172.16.0.9/",
          "http://192.168.1.1/admin",
          "http://169.254.169.254/latest/meta-data/",
          "http://100.64.0.1/",
          "http://0.0.0.0/",
          "http://[::ffff:10.0.0.1]/",
          "http://[fd00::1]/"
        }) {
      assertThatThrownBy(() -> fetcher.fetch(url))
          .as(url)
          .isInstanceOf(SafeFetcher.Refused.class)
          .hasMessageContaining("not fetched");
    }
  }

  @Test
  void onlyHttpAndHttpsAndNoCredentials() {
    SafeFetcher fetcher = new SafeFetcher(SafeFetcher.Options.defaults());
    for (String url :
        new String[] {"file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "x"}) {
      assertThatThrownBy(() -> fetcher.fetch(url)).as(url).isInstanceOf(SafeFetcher.Refused.class);
    }
    assertThatThrownBy(() -> fetcher.fetch("http://user:pw@example.org/"))
        .hasMessageContaining("password");
  }

  @Test
  void redirectsAreFollowedAndCheckedSizeAndTimeAreLimited() throws Exception {
    SafeFetcher fetcher = local();
    SafeFetcher.Fetched page = fetcher.fetch(base + "/hop");
    assertThat(page.uri().getPath()).isEqualTo("/page");
    assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).contains("Hello");
    assertThat(page.contentType()).startsWith("text/html");
    assertThatThrownBy(() -> fetcher.fetch(base + "/loop")).hasMessageContaining("redirects");
    assertThatThrownBy(() -> fetcher.fetch(base + "/to-file")).hasMessageContaining("file");
    assertThatThrownBy(() -> fetcher.fetch(base + "/big")).hasMessageContaining("larger than");
    assertThatThrownBy(() -> fetcher.fetch(base + "/slow")).hasMessageContaining("timed out");
    assertThatThrownBy(() -> fetcher.fetch(base + "/missing")).hasMessageContaining("404");
  }

  @Test
  void publicAddressesPass() throws Exception {
    assertThat(SafeFetcher.forbidden(InetAddress.getByName("93.184.216.34"))).isNull();
    assertThat(SafeFetcher.forbidden(InetAddress.getByName("2606:4700::1111"))).isNull();
    assertThat(SafeFetcher.forbidden(InetAddress.getByName("172.32.0.1"))).isNull();
  }
}
