package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.store.Store;
import dev.parallax.web.StoreIngester;
import dev.parallax.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on a PostgreSQL server as on the embedded SQLite store: {@code analyze} of the demo
 * corpus into each, then the same summary, the same re-run behaviour and the same findings. Needs
 * {@code PARALLAX_TEST_POSTGRES} (a JDBC URL with user and password; {@code .ci/run} starts a local
 * server and sets it) and is skipped, saying so, without it. Works in a schema of its own, dropped
 * afterwards.
 */
class PostgresIT {

  @TempDir Path dir;

  @Test
  void analyzeOnPostgresMatchesSqlite() throws Exception {
    String url = System.getenv("PARALLAX_TEST_POSTGRES");
    assumeTrue(
        url != null && !url.isBlank(),
        "PARALLAX_TEST_POSTGRES not set (a jdbc:postgresql:// URL): PostgreSQL test skipped");
    String schema = "parallax_it_" + Long.toHexString(System.nanoTime());
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String pg = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      String demo = DemoCorpusIT.DEMO.toString();
      String onPg =
          Cli.run(
                  "analyze",
                  demo,
                  "--out",
                  dir.resolve("pg").toString(),
                  "--db",
                  pg,
                  "--no-embeddings",
                  "--no-progress")
              .out();
      assertThat(onPg)
          .contains("21 documents: 17 ok, 3 skipped, 1 failed")
          .doesNotContain("password=" + "parallax");
      String again =
          Cli.run(
                  "analyze",
                  demo,
                  "--out",
                  dir.resolve("pg2").toString(),
                  "--db",
                  pg,
                  "--no-embeddings",
                  "--no-progress")
              .out();
      assertThat(again).contains("(20 already in the store)"); // the corrupt download is read again

      String onSqlite =
          Cli.run(
                  "analyze",
                  demo,
                  "--out",
                  dir.resolve("lite").toString(),
                  "--db",
                  dir.resolve("p.db").toString(),
                  "--no-embeddings",
                  "--no-progress")
              .out();
      assertThat(onSqlite).contains("21 documents: 17 ok, 3 skipped, 1 failed");

      ObjectMapper json = new ObjectMapper();
      JsonNode a = json.readTree(dir.resolve("pg").resolve("analysis.json").toFile());
      JsonNode b = json.readTree(dir.resolve("lite").resolve("analysis.json").toFile());
      for (String part : new String[] {"articles", "entities", "quotes", "claims", "stories"}) {
        assertThat(a.path(part).size()).as(part).isEqualTo(b.path(part).size());
      }
      assertThat(verdicts(a)).isEqualTo(verdicts(b));

      // the server on PostgreSQL answers as the report says
      try (Store store = Store.open(pg);
          WebServer server =
              WebServer.start(
                  WebServer.Options.defaults().withAddress("127.0.0.1", 0),
                  store,
                  new StoreIngester(store, null, null))) {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(r.body()).get("total").asInt())
            .isEqualTo(a.path("articles").size());
      }
    } finally {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private static String verdicts(JsonNode analysis) {
    StringBuilder b = new StringBuilder();
    analysis
        .path("findings")
        .forEach(
            f ->
                b.append(f.path("kind").asText())
                    .append(':')
                    .append(f.path("verdict").asText())
                    .append(' '));
    return b.toString();
  }
}
