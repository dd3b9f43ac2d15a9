package dev.parallax.web;

import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.pipeline.DocumentOutcome;
import dev.parallax.core.report.HtmlReport;
import dev.parallax.core.source.FeedFollower;
import dev.parallax.core.source.SafeFetcher;
import dev.parallax.core.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code parallax serve}: the web UI and the REST API over one analysis of the store.
 *
 * <p>Everything shown was written by someone else and may be hostile, so every response carries a
 * strict Content-Security-Policy (no script at all, styles inline only, no framing), pages escape
 * all text (the report does), and errors are one shape with a message, never a stack trace. The
 * server binds to loopback unless told otherwise. Reading is open; writing (ingest) needs the API
 * token, and without one configured the server is read-only.
 *
 * <p>Requests are answered from an immutable snapshot of the analysis; an ingest builds the next
 * snapshot and swaps it in, so readers never see a half-built one. Ingests run one at a time.
 */
public final class WebServer implements AutoCloseable {

  /**
   * Where to listen, and the token write requests must carry (null: no writes).
   *
   * @param maxDocumentBytes the largest document an ingest accepts
   */
  public record Options(
      String host,
      int port,
      String token,
      long maxDocumentBytes,
      SafeFetcher.Options fetch,
      Path demo) {
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(fetch, "fetch");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0–65535, not " + port);
      }
    }

    /** Loopback, port 8080, read-only, documents up to 20 MB, URLs fetched safely. */
    public static Options defaults() {
      return new Options("127.0.0.1", 8080, null, 20L << 20, SafeFetcher.Options.defaults(), null);
    }

    public Options withAddress(String host, int port) {
      return new Options(host, port, token, maxDocumentBytes, fetch, demo);
    }

    public Options withToken(String token) {
      return new Options(host, port, token, maxDocumentBytes, fetch, demo);
    }

    /** The demo corpus folder the empty store offers to load, or null. */
    public Options withDemo(Path demo) {
      return new Options(host, port, token, maxDocumentBytes, fetch, demo);
    }
  }

  /** Something a route does with the current snapshot. */
  @FunctionalInterface
  interface Action {
    void handle(Snapshot s, Context ctx) throws Exception;
  }

  /** One GET route; {@code openapi.json} documents exactly the API ones and {@link #WRITES}. */
  record Route(String path, Action action) {}

  /** The write endpoints (POST, token required). */
  static final List<String> WRITES = List.of("/api/documents", "/api/urls", "/api/feeds");

  /** What requests are answered from: built once per analysis, never changed. */
  record Snapshot(Analysis analysis, Api api, Pages pages, byte[] report) {
    static Snapshot of(Analysis analysis, Store store, boolean demo) {
      Api api = new Api(analysis, store);
      return new Snapshot(
          analysis, api, new Pages(analysis, store, api, demo), WebServer.report(analysis, store));
    }
  }

  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private Javalin app;
  private final Store store;
  private final Ingester ingester;
  private final AtomicReference<Snapshot> state;
  private final Object ingestLock = new Object();
  private final List<String> feeds = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final java.util.Deque<String> activity = new java.util.ArrayDeque<>();
  private FeedFollower follower;
  private java.util.concurrent.ScheduledExecutorService poller;

  private final boolean demoAvailable;

  private WebServer(Store store, Ingester ingester, boolean demoAvailable) {
    this.store = store;
    this.ingester = ingester;
    this.demoAvailable = demoAvailable;
    this.state = new AtomicReference<>(Snapshot.of(ingester.analyse(), store, demoAvailable));
  }

  /**
   * Reads every file of the demo corpus into the store, then swaps in one analysis of it all.
   * Returns how many documents were read.
   */
  int loadDemo(Path dir) throws IOException {
    List<Path> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    synchronized (ingestLock) {
      for (Path f : files) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String type =
            name.endsWith(".html") || name.endsWith(".htm")
                ? "text/html"
                : name.endsWith(".txt") ? "text/plain" : null;
        if (name.endsWith(".gz")) {
          type = null;
        }
        DocumentOutcome o = ingester.ingest(f.toString(), Files.readAllBytes(f), type);
        note(
            o.status().name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + f
                + (o.reason() == null ? "" : " — " + o.reason()));
      }
      state.set(Snapshot.of(ingester.analyse(), store, demoAvailable));
    }
    return files.size();
  }

  /** Deletes an article from the store and swaps in the analysis without it. */
  public boolean delete(String articleId) {
    synchronized (ingestLock) {
      boolean deleted = ingester.delete(articleId);
      if (deleted) {
        state.set(Snapshot.of(ingester.analyse(), store, demoAvailable));
        note("deleted " + articleId);
      }
      return deleted;
    }
  }

  /** Minutes between two polls of the followed feeds. */
  static final int FEED_MINUTES = 15;

  /**
   * Follows a feed from now on: polled at once and every {@link #FEED_MINUTES} minutes after, in
   * the background; each new entry goes through {@link #ingest}. Returns false when it is already
   * followed.
   */
  public boolean follow(String feedUrl) {
    if (feeds.contains(feedUrl)) {
      return false;
    }
    feeds.add(feedUrl);
    store.saveFeed(feedUrl);
    note("following " + feedUrl);
    poller.submit(() -> poll(feedUrl));
    return true;
  }

  private void poll(String feedUrl) {
    FeedFollower.Poll p =
        follower.poll(
            feedUrl,
            (source, bytes, type) -> {
              DocumentOutcome o = ingest(source, bytes, type);
              note(
                  o.status().name().toLowerCase(java.util.Locale.ROOT)
                      + " "
                      + source
                      + (o.reason() == null ? "" : " — " + o.reason()));
            });
    note(
        feedUrl
            + ": "
            + (p.notModified()
                ? "unchanged"
                : p.entries() + " entries, " + p.fetched() + " fetched")
            + (p.problems().isEmpty() ? "" : "; " + String.join("; ", p.problems())));
  }

  /** Keeps the last 100 things ingestion did, newest first, for the ingest page. */
  private void note(String line) {
    String stamped =
        java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + line;
    synchronized (activity) {
      activity.addFirst(stamped);
      while (activity.size() > 100) {
        activity.removeLast();
      }
    }
  }

  /** What ingestion did lately, newest first. */
  List<String> activity() {
    synchronized (activity) {
      return List.copyOf(activity);
    }
  }

  /** The feeds followed. */
  List<String> feeds() {
    return List.copyOf(feeds);
  }

  /**
   * Reads one document into the store and swaps in the analysis that includes it; ingests run one
   * at a time, readers keep the previous analysis until the new one is ready. For uploads, fetched
   * URLs and followed feeds alike.
   */
  public DocumentOutcome ingest(String source, byte[] bytes, String contentType) {
    synchronized (ingestLock) {
      DocumentOutcome outcome = ingester.ingest(source, bytes, contentType);
      if (outcome.articleId() != null && !outcome.reused()) {
        state.set(Snapshot.of(ingester.analyse(), store, demoAvailable));
      }
      note(
          outcome.status().name().toLowerCase(java.util.Locale.ROOT)
              + " "
              + source
              + (outcome.reason() == null ? "" : " — " + outcome.reason()));
      return outcome;
    }
  }

  /** Analyses the store and starts serving it. */
  public static WebServer start(Options options, Store store, Ingester ingester) {
    WebServer server =
        new WebServer(
            store,
            ingester,
            options.demo() != null && Files.isDirectory(options.demo()) && options.token() != null);
    AtomicReference<Snapshot> state = server.state;
    byte[] openApi = openApiDocument();
    SafeFetcher fetcher = new SafeFetcher(options.fetch());
    server.follower = new FeedFollower(fetcher, java.time.Duration.ofSeconds(2));
    server.poller =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "feed-poller");
              t.setDaemon(true);
              return t;
            });
    server.poller.scheduleWithFixedDelay(
        () -> server.feeds.forEach(server::poll),
        FEED_MINUTES,
        FEED_MINUTES,
        java.util.concurrent.TimeUnit.MINUTES);
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxDocumentBytes();
              config.http.prefer405over404 = true;
              config.startup.showJavalinBanner = false;
              config.routes.before(
                  ctx -> {
                    ctx.header("Content-Security-Policy", CSP);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "no-referrer");
                    ctx.header("X-Frame-Options", "DENY");
                  });
              config.routes.get("/", ctx -> ctx.redirect("/stories"));
              config.routes.get(
                  "/openapi.json",
                  ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
              for (Route r : pages()) {
                config.routes.get(r.path(), ctx -> r.action().handle(state.get(), ctx));
              }
              for (Route r : routes()) {
                config.routes.get(r.path(), ctx -> r.action().handle(state.get(), ctx));
              }
              config.routes.post(
                  WRITES.get(0),
                  ctx -> {
                    requireToken(ctx, options.token());
                    String name = ctx.queryParam("name");
                    if (name == null || name.isBlank()) {
                      throw new Api.BadRequest(
                          "name (where the document came from, e.g. a file name) is required");
                    }
                    byte[] body = ctx.bodyAsBytes();
                    if (body.length == 0) {
                      throw new Api.BadRequest("the request body (the document) is empty");
                    }
                    respond(ctx, server.ingest("upload:" + name.strip(), body, null));
                  });
              config.routes.post(
                  WRITES.get(1),
                  ctx -> {
                    requireToken(ctx, options.token());
                    String url = urlOf(ctx.body());
                    SafeFetcher.Fetched page;
                    try {
                      page = fetcher.fetch(url);
                    } catch (SafeFetcher.Refused e) {
                      throw new Api.BadRequest(e.getMessage());
                    }
                    respond(
                        ctx,
                        server.ingest(page.uri().toString(), page.bytes(), page.contentType()));
                  });
              config.routes.post(
                  WRITES.get(2),
                  ctx -> {
                    requireToken(ctx, options.token());
                    String url = urlOf(ctx.body());
                    boolean added = server.follow(url);
                    ctx.status(added ? 202 : 200);
                    Json.write(
                        ctx, Map.of("feed", url, "following", server.feeds(), "added", added));
                  });
              config.routes.delete(
                  "/api/articles/{id}",
                  ctx -> {
                    requireToken(ctx, options.token());
                    if (!server.delete(ctx.pathParam("id"))) {
                      throw new Api.NotFound("no article " + ctx.pathParam("id"));
                    }
                    ctx.status(204);
                  });
              config.routes.get(
                  "/api/feeds",
                  ctx ->
                      Json.write(
                          ctx, Map.of("feeds", server.feeds(), "activity", server.activity())));
              config.routes.get(
                  "/ingest",
                  ctx ->
                      ctx.contentType("text/html; charset=utf-8")
                          .result(
                              Pages.page(
                                  "Add news",
                                  IngestPage.render(
                                      server.feeds(),
                                      server.activity(),
                                      options.token() != null,
                                      ctx.queryParam("done")))));
              config.routes.post(
                  "/ingest",
                  ctx -> {
                    requireFormToken(ctx, options.token());
                    String done;
                    switch (String.valueOf(ctx.formParam("kind"))) {
                      case "file" -> {
                        io.javalin.http.UploadedFile f = ctx.uploadedFile("file");
                        if (f == null || f.size() == 0) {
                          throw new Api.BadRequest("choose a file to upload");
                        }
                        byte[] bytes;
                        try (InputStream in = f.content()) {
                          bytes = in.readAllBytes();
                        }
                        DocumentOutcome o =
                            server.ingest("upload:" + f.filename(), bytes, f.contentType());
                        done = o.status().name().toLowerCase(java.util.Locale.ROOT);
                      }
                      case "url" -> {
                        SafeFetcher.Fetched page;
                        try {
                          page = fetcher.fetch(String.valueOf(ctx.formParam("url")));
                        } catch (SafeFetcher.Refused e) {
                          throw new Api.BadRequest(e.getMessage());
                        }
                        DocumentOutcome o =
                            server.ingest(page.uri().toString(), page.bytes(), page.contentType());
                        done = o.status().name().toLowerCase(java.util.Locale.ROOT);
                      }
                      case "feed" -> {
                        String url = String.valueOf(ctx.formParam("url")).strip();
                        if (!url.startsWith("http://") && !url.startsWith("https://")) {
                          throw new Api.BadRequest("a feed is an http(s) URL");
                        }
                        server.follow(url);
                        done = "following";
                      }
                      case "demo" -> {
                        if (options.demo() == null || !Files.isDirectory(options.demo())) {
                          throw new Api.BadRequest("no demo corpus beside this server");
                        }
                        done = server.loadDemo(options.demo()) + " demo documents read";
                      }
                      default -> throw new Api.BadRequest("kind must be file, url or feed");
                    }
                    ctx.redirect(
                        "/ingest?done=" + java.net.URLEncoder.encode(done, StandardCharsets.UTF_8),
                        io.javalin.http.HttpStatus.SEE_OTHER);
                  });
              config.routes.exception(
                  Api.BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
              config.routes.exception(
                  Unauthorized.class, (e, ctx) -> error(ctx, 401, e.getMessage()));
              config.routes.exception(
                  Api.NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(Json.ERROR_WRITTEN) == null) {
                      error(ctx, 404, "no such page: " + Api.abbreviate(ctx.path()));
                    }
                  });
              config.routes.error(
                  405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method()));
              config.routes.error(
                  413,
                  ctx ->
                      error(
                          ctx,
                          413,
                          "the document is larger than " + options.maxDocumentBytes() + " bytes"));
            });
    app.start();
    server.app = app;
    // a writable server goes on following the feeds followed before a restart; a read-only one
    // writes nothing unless told to follow on its command line
    if (options.token() != null) {
      store.feeds().forEach(server::follow);
    }
    return server;
  }

  private static void respond(Context ctx, DocumentOutcome outcome) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", outcome.source());
    out.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
    out.put("reason", outcome.reason());
    out.put("article", outcome.articleId());
    out.put("reused", outcome.reused());
    ctx.status(outcome.articleId() != null && !outcome.reused() ? 201 : 200);
    Json.write(ctx, out);
  }

  /** The "url" of a JSON body {@code {"url": "https://…"}}; 400 for anything else. */
  static String urlOf(String body) {
    com.fasterxml.jackson.databind.JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new Api.BadRequest("the body must be JSON like {\"url\": \"https://…\"}");
    }
    if (json == null || !json.path("url").isTextual() || json.path("url").asText().isBlank()) {
      throw new Api.BadRequest("the body must be JSON like {\"url\": \"https://…\"}");
    }
    return json.path("url").asText();
  }

  /** A write request without the right token: 401. */
  static final class Unauthorized extends RuntimeException {
    Unauthorized(String message) {
      super(message);
    }
  }

  /**
   * Checks {@code Authorization: Bearer TOKEN} in constant time. Without a configured token every
   * write is refused.
   */
  private static void requireToken(Context ctx, String token) {
    if (token == null) {
      throw new Unauthorized("this server is read-only (started without an API token)");
    }
    String header = ctx.header("Authorization");
    String given =
        header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw new Unauthorized("writes need the API token: Authorization: Bearer TOKEN");
    }
  }

  /** A form post carries the token in a field: browsers cannot add the header. */
  private static void requireFormToken(Context ctx, String token) {
    if (token == null) {
      throw new Unauthorized("this server is read-only (started without an API token)");
    }
    String given = ctx.formParam("token") == null ? "" : ctx.formParam("token").strip();
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw new Unauthorized("the API token is needed to add news (see serve's first start)");
    }
  }

  /** Errors: JSON under /api, a short page elsewhere; a message, never a stack trace. */
  private static void error(Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json")) {
      Json.error(ctx, status, message);
      return;
    }
    ctx.attribute(Json.ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status)
        .contentType("text/html; charset=utf-8")
        .result(
            Pages.page(
                "Error " + status,
                "<h1>" + status + "</h1><p>" + HtmlReport.esc(message) + "</p>"));
  }

  /** The HTML pages. */
  static List<Route> pages() {
    return List.of(
        new Route(
            "/report", (s, ctx) -> ctx.contentType("text/html; charset=utf-8").result(s.report())),
        new Route("/stories", (s, ctx) -> s.pages().stories(ctx)),
        new Route("/stories/{id}", (s, ctx) -> s.pages().story(ctx)),
        new Route("/articles/{id}", (s, ctx) -> s.pages().article(ctx)),
        new Route("/entities/{id}", (s, ctx) -> s.pages().entity(ctx)),
        new Route("/search", (s, ctx) -> s.pages().search(ctx)));
  }

  /** The REST API's routes, paths in OpenAPI style; {@code openapi.json} documents these. */
  static List<Route> routes() {
    return List.of(
        new Route("/api/stories", (s, ctx) -> s.api().stories(ctx)),
        new Route("/api/stories/{id}", (s, ctx) -> s.api().story(ctx)),
        new Route("/api/findings/{id}", (s, ctx) -> s.api().finding(ctx)),
        new Route("/api/articles", (s, ctx) -> s.api().articles(ctx)),
        new Route("/api/articles/{id}", (s, ctx) -> s.api().article(ctx)),
        new Route("/api/entities", (s, ctx) -> s.api().entities(ctx)),
        new Route("/api/entities/{id}", (s, ctx) -> s.api().entity(ctx)),
        new Route("/api/quotes", (s, ctx) -> s.api().quotes(ctx)),
        new Route("/api/claims", (s, ctx) -> s.api().claims(ctx)),
        new Route("/api/search", (s, ctx) -> s.api().search(ctx)));
  }

  /** The self-contained HTML report of an analysis, as {@code analyze} writes it. */
  static byte[] report(Analysis analysis, Store store) {
    try {
      Path file = Files.createTempFile("parallax-report", ".html");
      try {
        HtmlReport.write(
            file,
            analysis.run(),
            store,
            analysis.entities(),
            analysis.findings(),
            analysis.stories(),
            analysis.check());
        return Files.readAllBytes(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
    }
  }

  static byte[] openApiDocument() {
    try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi.json: " + e.getMessage(), e);
    }
  }

  /** The port actually bound (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    poller.shutdownNow();
    app.stop();
  }
}
