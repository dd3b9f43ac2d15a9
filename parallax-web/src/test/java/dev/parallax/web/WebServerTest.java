package dev.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.core.dedup.DedupOptions;
import dev.parallax.core.dedup.MinHashDeduplicator;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.pipeline.Analyzer;
import dev.parallax.core.source.FileSource;
import dev.parallax.core.store.Store;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over a store of made-up reports, one of them with a hostile title, on a free loopback
 * port: answers, paging, errors, headers and the OpenAPI document.
 */
class WebServerTest {

  @TempDir static Path dir;

  private static Store store;
  private static Analysis analysis;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "test-token-not-a-secret";

  private static final String FLOOD =
      """
      Floodwater forced 2,400 people from their homes in Marrow Bay on Tuesday, the regional \
      emergency service said. Rescue crews worked through the night to reach villages cut off by \
      the river, and the service said 14 schools would stay closed until Friday. The river rose \
      more than three metres in a day after a week of heavy rain across the valley.

      "We have never seen the water come up this fast," said Ilse Varga, who runs the harbour \
      cafe.
      """;

  @BeforeAll
  static void serve() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("bay-herald.txt"), "Floods hit Marrow Bay\n\n" + FLOOD);
    Files.writeString(
        in.resolve("valley-news.txt"),
        "<script>alert('x')</script> floods\n\n"
            + "Some 4,200 people had to leave their homes in Marrow Bay when the river flooded on"
            + " Tuesday, according to the regional emergency service. Crews spent the night"
            + " reaching cut-off villages along the valley. The water rose more than three metres"
            + " in a single day after a week of rain, and 12 schools will remain shut until the"
            + " end of the week.\n\n\"We have never seen the water come up this fast,\" said Ilse"
            + " Varga, who runs the harbour cafe.\n");
    store = Store.openSqlite(dir.resolve("p.db"));
    Analyzer analyzer =
        new Analyzer(
            new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser()),
            () -> new MinHashDeduplicator(DedupOptions.defaults()),
            store);
    FileSource source = new FileSource(1 << 20, new ByteArrayInputStream(new byte[0]));
    analyzer.run(source.open(List.of(in.toString())).items(), o -> {});
    // what serve does: everything in the store, read back as one run
    Ingester ingester = new StoreIngester(store, null, null);
    analysis = ingester.analyse();
    server =
        WebServer.start(
            WebServer.Options.defaults().withAddress("127.0.0.1", 0).withToken(TOKEN),
            store,
            ingester);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void storiesArePagedAndLeadToTheirFindings() throws Exception {
    HttpResponse<String> r = get("/api/stories?limit=10");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode page = json(r);
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(10);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("articles")).hasSize(2);

    JsonNode story = json(get("/api/stories/" + first.get("id").asText()));
    assertThat(story.get("findings").isArray()).isTrue();
    assertThat(story.get("verdicts").has("contradicted")).isTrue();
  }

  @Test
  void articlesCarryTheirTextAndHostileTitlesStayData() throws Exception {
    JsonNode page = json(get("/api/articles"));
    assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
    String hostile = null;
    for (JsonNode a : page.get("items")) {
      if (a.get("title").asText().contains("<script>")) {
        hostile = a.get("id").asText();
      }
    }
    assertThat(hostile).isNotNull();
    JsonNode article = json(get("/api/articles/" + hostile));
    assertThat(article.get("text").asText()).contains("4,200 people");
  }

  @Test
  void pagesEscapeWhatArticlesSayAndForbidScript() throws Exception {
    JsonNode story = json(get("/api/stories")).get("items").get(0);
    String hostile = null;
    for (JsonNode a : json(get("/api/articles")).get("items")) {
      if (a.get("title").asText().contains("<script>")) {
        hostile = a.get("id").asText();
      }
    }
    assertThat(get("/").statusCode()).isEqualTo(302);
    for (String path :
        List.of(
            "/report",
            "/stories",
            "/stories/" + story.get("id").asText(),
            "/articles/" + hostile,
            "/search?q=alert")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).doesNotContain("<script>");
      if (path.startsWith("/report") || path.startsWith("/articles/")) {
        assertThat(r.body()).as(path).contains("&lt;script&gt;alert");
      }
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).contains("default-src 'none'").doesNotContain("script-src");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
    // a hostile query is echoed as text, in the box and in the title
    HttpResponse<String> r = get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)");
    // pages that do not exist are a page, not JSON and not a stack trace
    HttpResponse<String> missing = get("/stories/s999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(missing.body()).contains("no story s999").doesNotContain("Exception");
  }

  @Test
  void theStoryPageShowsTheContradictionWithItsEvidence() throws Exception {
    String id = json(get("/api/stories")).get("items").get(0).get("id").asText();
    String page = get("/stories/" + id).body();
    assertThat(page).contains("Timeline").contains("/articles/");
    // 2,400 against 4,200 people: two sources disagree
    assertThat(json(get("/api/stories/" + id)).get("verdicts").get("contradicted").asInt())
        .isPositive();
    assertThat(page).contains("b-contradicted").contains("<details>").contains("<mark>");
    // the per-source chart is inline SVG: no script, no request
    assertThat(page).contains("<svg").contains("How each source fares");
  }

  @Test
  void badParametersAndUnknownIdsGetOneErrorShapeWithAMessage() throws Exception {
    for (String path :
        List.of("/api/stories?limit=0", "/api/stories?offset=-1", "/api/stories?limit=ten")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(json(r).get("error").get("message").asText()).as(path).isNotBlank();
    }
    assertThat(json(get("/api/stories?sort=oldest")).get("error").get("message").asText())
        .contains("sort");
    for (String path : List.of("/api/stories/s999", "/api/entities/e999", "/api/nothing")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(json(r).get("error").get("status").asInt()).isEqualTo(404);
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.");
    }
  }

  @Test
  void searchFindsArticlesAndQuotesWithFacets() throws Exception {
    JsonNode r = json(get("/api/search?q=homes+Marrow&kind=article"));
    assertThat(r.get("total").asInt()).isEqualTo(2);
    assertThat(r.get("items").get(0).get("snippet").asText()).containsIgnoringCase("homes");
    assertThat(r.get("facets").get("kind").get("article").asInt()).isEqualTo(2);
    // a stemmed word finds its other forms; nothing matches a word no article has
    assertThat(json(get("/api/search?q=flooding")).get("total").asInt()).isGreaterThan(0);
    assertThat(json(get("/api/search?q=zeppelin")).get("total").asInt()).isZero();
    // malformed query syntax is not an error
    assertThat(get("/api/search?q=%22unclosed+(phrase").statusCode()).isEqualTo(200);
    assertThat(get("/api/search?from=yesterday").statusCode()).isEqualTo(400);
    JsonNode quotes = json(get("/api/search?q=water+fast&kind=quote"));
    assertThat(quotes.get("total").asInt()).isEqualTo(2);
    assertThat(quotes.get("items").get(0).get("article").asText()).isNotBlank();
  }

  private static HttpResponse<String> post(String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void writesNeedTheTokenAndOtherMethodsAreRefused() throws Exception {
    HttpResponse<String> r = post("/api/stories", TOKEN, "{\"title\": \"x\"}");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(json(r).get("error").get("message").asText()).contains("POST");
    for (String token : new String[] {null, "wrong", TOKEN + "x"}) {
      HttpResponse<String> denied = post("/api/documents?name=x.txt", token, FLOOD);
      assertThat(denied.statusCode()).as(String.valueOf(token)).isEqualTo(401);
      assertThat(json(denied).get("error").get("message").asText()).contains("token");
    }
    assertThat(post("/api/documents", TOKEN, FLOOD).statusCode()).isEqualTo(400);
    assertThat(post("/api/documents?name=empty.txt", TOKEN, "").statusCode()).isEqualTo(400);
  }

  @Test
  void urlsToTheMachineOrPrivateNetworksAreRefused() throws Exception {
    for (String url :
        List.of(
            "http://127.0.0.1:" + server.port() + "/api/stories",
            "http://localhost/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "file:///etc/passwd")) {
      HttpResponse<String> r = post("/api/urls", TOKEN, "{\"url\": \"" + url + "\"}");
      assertThat(r.statusCode()).as(url).isEqualTo(400);
      assertThat(json(r).get("error").get("message").asText()).as(url).isNotBlank();
    }
    assertThat(post("/api/urls", TOKEN, "{not json").statusCode()).isEqualTo(400);
    assertThat(post("/api/urls", TOKEN, "{\"link\": \"x\"}").statusCode()).isEqualTo(400);
    assertThat(post("/api/urls", null, "{\"url\": \"http://example.org/\"}").statusCode())
        .isEqualTo(401);
  }

  private static HttpResponse<String> form(String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ingest"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theAddNewsPageTakesTheTokenInAFieldAndShowsWhatHappened() throws Exception {
    String page = get("/ingest").body();
    assertThat(page)
        .contains("enctype=\"multipart/form-data\"")
        .contains("type=\"password\" name=\"token\"")
        .doesNotContain("<script");
    HttpResponse<String> denied = form("kind=url&url=https%3A%2F%2Fexample.org%2F&token=wrong");
    assertThat(denied.statusCode()).isEqualTo(401);
    assertThat(denied.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    HttpResponse<String> refused = form("kind=url&url=http%3A%2F%2F127.0.0.1%2F&token=" + TOKEN);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("not fetched");
  }

  @Test
  void aFollowedFeedIsPolledInTheBackgroundAndItsTroubleShown() throws Exception {
    String feed = "http://127.0.0.1:" + server.port() + "/no-feed-here.xml";
    HttpResponse<String> r = post("/api/feeds", TOKEN, "{\"url\": \"" + feed + "\"}");
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(post("/api/feeds", TOKEN, "{\"url\": \"" + feed + "\"}").statusCode())
        .isEqualTo(200);
    assertThat(post("/api/feeds", null, "{\"url\": \"" + feed + "\"}").statusCode()).isEqualTo(401);
    // the first poll runs at once; this machine's address is refused, and the page says so
    String activity = "";
    for (int i = 0; i < 50 && !activity.contains("not fetched"); i++) {
      Thread.sleep(100);
      activity = json(get("/api/feeds")).get("activity").toString();
    }
    assertThat(activity).contains(feed).contains("not fetched");
    assertThat(get("/ingest").body()).contains("no-feed-here.xml");
    // the store remembers it: a server started again on it follows the feed again
    assertThat(store.feeds()).contains(feed);
    try (WebServer again =
        WebServer.start(
            WebServer.Options.defaults().withAddress("127.0.0.1", 0).withToken("t"),
            store,
            new StoreIngester(store, null, null))) {
      HttpResponse<String> feeds =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again.port() + "/api/feeds"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(json(feeds).get("feeds").toString()).contains(feed);
    }
  }

  @Test
  void anUploadedReportIsStoredAnalysedAndServed() throws Exception {
    String text =
        "Ferry service resumes in Marrow Bay\n\n"
            + "The ferry between Marrow Bay and Ostholm resumed on Thursday after the floods, the"
            + " operator said. Two boats will run every hour until the end of the month, and"
            + " tickets bought for cancelled crossings will be honoured, the operator added.";
    HttpResponse<String> r = post("/api/documents?name=ferry.txt", TOKEN, text);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = json(r).get("article").asText();
    JsonNode article = json(get("/api/articles/" + id));
    assertThat(article.get("source").asText()).isEqualTo("upload:ferry.txt");
    assertThat(json(get("/api/search?q=ferry+Ostholm")).get("total").asInt()).isPositive();
    // the same bytes again change nothing
    HttpResponse<String> again = post("/api/documents?name=ferry.txt", TOKEN, text);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("reused").asBoolean()).isTrue();
    // deleting needs the token too, and the article is gone from the answers
    HttpRequest.Builder delete =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/articles/" + id))
            .DELETE();
    assertThat(HTTP.send(delete.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
    HttpResponse<String> deleted =
        HTTP.send(
            delete.header("Authorization", "Bearer " + TOKEN).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(get("/api/articles/" + id).statusCode()).isEqualTo(404);
    assertThat(json(get("/api/search?q=ferry+Ostholm")).get("total").asInt()).isZero();
    // a binary upload ends as skipped, with the reason, not as an error
    HttpResponse<String> junk = post("/api/documents?name=junk.bin", TOKEN, "\u0000\u0001\u0002");
    assertThat(json(junk).get("status").asText()).isIn("skipped", "failed");
    assertThat(json(junk).get("reason").asText()).isNotBlank();
  }

  @Test
  void theOpenApiDocumentListsExactlyTheRoutesServed() throws Exception {
    JsonNode doc = json(get("/openapi.json"));
    Set<String> documented = new HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);
    Set<String> served = new HashSet<>();
    WebServer.routes().forEach(r -> served.add(r.path()));
    Set<String> all = new HashSet<>(served);
    all.addAll(WebServer.WRITES);
    assertThat(documented).isEqualTo(all);
    for (String path : served) {
      assertThat(doc.get("paths").get(path).has("get")).as(path).isTrue();
    }
    for (String path : WebServer.WRITES) {
      assertThat(doc.get("paths").get(path).has("post")).as(path).isTrue();
    }
  }

  @Test
  void theDefaultIsLoopback() {
    assertThat(WebServer.Options.defaults().host()).isEqualTo("127.0.0.1");
  }
}
