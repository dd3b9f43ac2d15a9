package dev.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started on an empty store offers to load the demo corpus, and does. */
class EmptyStoreTest {

  @Test
  void theEmptyStoreOffersTheDemoAndLoadsIt(@TempDir Path dir) throws Exception {
    Path demo = Files.createDirectories(dir.resolve("demo"));
    Files.writeString(
        demo.resolve("one.txt"),
        "Harbour reopens\n\nThe harbour at Marrow Bay reopened to ferries on Monday after a week"
            + " of storms, the port authority said, and the first boat left for Ostholm at noon"
            + " with forty passengers and a load of post for the islands.");
    Files.writeString(
        demo.resolve("two.txt"),
        "Storm damage counted\n\nInsurers began counting the cost of last week's storms on the"
            + " coast on Tuesday. Roofs were torn from two schools in Marrow Bay, and the sea wall"
            + " at Ostholm will need repairs before winter, the council said.");
    try (Store store = Store.openSqlite(dir.resolve("p.db"));
        WebServer server =
            WebServer.start(
                WebServer.Options.defaults()
                    .withAddress("127.0.0.1", 0)
                    .withToken("t0ken")
                    .withDemo(demo),
                store,
                new StoreIngester(store, null, null))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      String page =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/stories")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(page).contains("Nothing here yet").contains("Load the demo corpus");
      HttpResponse<String> load =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/ingest"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("kind=demo&token=t0ken"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(load.statusCode()).isEqualTo(303);
      String articles =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/api/articles")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(Json.MAPPER.readTree(articles).get("total").asInt()).isEqualTo(2);
    }
  }
}
