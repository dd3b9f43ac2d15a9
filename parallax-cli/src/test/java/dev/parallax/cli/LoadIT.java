package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.store.Store;
import dev.parallax.web.Ingester;
import dev.parallax.web.StoreIngester;
import dev.parallax.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on loopback: concurrent clients read stories, story pages and search while
 * one client keeps uploading documents (each upload rebuilds the analysis). Reports throughput and
 * p50/p99 latency, and fails on any error. Short by default so CI stays quick; the figures in
 * docs/evaluation.md come from the long run:
 *
 * <pre>./mvnw -pl parallax-cli verify -Dit.test=LoadIT -Dload.seconds=30 -Dload.clients=32</pre>
 *
 * Uploads are the BBC texts from {@code ../shared/data/bbc} when present (read from there, never
 * copied), else the demo corpus's own texts under new names. No speed is asserted: the test asserts
 * only that nothing failed.
 */
class LoadIT {

  @TempDir Path dir;

  private static final String[] WORDS = {
    "dam", "strike", "evacuation", "minister", "union", "port", "flood", "pay", "village", "Quist"
  };

  @Test
  void readersAndAnUploaderTogetherSeeNoErrors() throws Exception {
    int seconds = Integer.getInteger("load.seconds", 5);
    int clients = Integer.getInteger("load.clients", 8);
    Path db = dir.resolve("p.db");
    Cli.analyzeDemo(dir.resolve("out"), db.toString());
    List<byte[]> uploads = uploads();
    String token = "load-test-token";
    try (Store store = Store.openSqlite(db)) {
      Ingester ingester = new StoreIngester(store, null, null);
      try (WebServer server =
          WebServer.start(
              WebServer.Options.defaults().withAddress("127.0.0.1", 0).withToken(token),
              store,
              ingester)) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        List<String> storyIds = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode page =
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/stories")).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body());
        page.get("items").forEach(s -> storyIds.add(s.get("id").asText()));

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger uploaded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
          long seed = c;
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(seed);
                while (System.nanoTime() < end) {
                  String path =
                      switch (random.nextInt(4)) {
                        case 0 -> "/api/stories?sort=contradicted";
                        case 1 -> "/api/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                        case 2 -> "/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                        default -> "/api/search?q=" + WORDS[random.nextInt(WORDS.length)];
                      };
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<Void> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                      errorSamples.add(r.statusCode() + " " + path);
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    errorSamples.add(e + " " + path);
                  }
                  latencies.add(System.nanoTime() - t0);
                }
                return null;
              });
        }
        pool.submit(
            () -> {
              int i = 0;
              while (System.nanoTime() < end && i < uploads.size()) {
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(
                                URI.create(base + "/api/documents?name=load-" + i + ".txt"))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(uploads.get(i)))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 && r.statusCode() != 201) {
                  errors.incrementAndGet();
                  errorSamples.add(r.statusCode() + " upload " + r.body());
                } else {
                  uploaded.incrementAndGet();
                }
                i++;
              }
              return null;
            });
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6;
        double p99 =
            sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)) / 1e6;
        System.out.printf(
            "load: %d clients for %d s: %d requests, %.0f requests/s, p50 %.1f ms, p99 %.1f ms,"
                + " %d errors; %d documents uploaded meanwhile%n",
            clients,
            seconds,
            sorted.size(),
            sorted.size() / (double) seconds,
            p50,
            p99,
            errors.get(),
            uploaded.get());
        assertThat(errors.get()).as(String.valueOf(errorSamples)).isZero();
        assertThat(sorted).isNotEmpty();
        assertThat(uploaded.get()).isPositive();
      }
    }
  }

  /** Texts to upload: the BBC corpus when it is beside the checkout, else the demo's own. */
  private static List<byte[]> uploads() throws Exception {
    Path bbc = Path.of(System.getProperty("parallax.shared", "../../shared"), "data", "bbc");
    if (!Files.isDirectory(bbc)) {
      bbc = Path.of("..", "..", "shared", "data", "bbc");
    }
    List<byte[]> out = new ArrayList<>();
    Path source = Files.isDirectory(bbc) ? bbc : DemoCorpusIT.DEMO;
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(200).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        // the demo's texts are already stored: a marker line makes each upload new
        out.add(
            source == bbc
                ? bytes
                : (new String(bytes, StandardCharsets.UTF_8) + "\n\nLoad test copy " + out.size())
                    .getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
