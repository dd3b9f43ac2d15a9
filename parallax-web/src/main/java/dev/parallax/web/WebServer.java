package dev.parallax.web;

import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * {@code parallax serve}: the web UI and the REST API over one analysis of the store.
 *
 * <p>Everything shown was written by someone else and may be hostile, so every response carries a
 * strict Content-Security-Policy (no script at all, styles inline only, no framing), pages escape
 * all text (the report does), and errors are one JSON shape with a message, never a stack trace.
 * The server binds to loopback unless told otherwise.
 */
public final class WebServer implements AutoCloseable {

  /** Where to listen. */
  public record Options(String host, int port) {
    public Options {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0–65535, not " + port);
      }
    }

    /** Loopback, port 8080. */
    public static Options defaults() {
      return new Options("127.0.0.1", 8080);
    }
  }

  /** One GET route of the REST API; {@code openapi.json} documents exactly these. */
  record Route(String path, Handler handler) {}

  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving.
   *
   * @param report the HTML report of the same analysis, shown at {@code /}
   */
  public static WebServer start(Options options, Analysis analysis, Store store, byte[] report) {
    Api api = new Api(analysis, store);
    Pages pages = new Pages(analysis, store, api);
    byte[] openApi = openApiDocument();
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.http.maxRequestSize = 1_000_000;
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
                  "/report", ctx -> ctx.contentType("text/html; charset=utf-8").result(report));
              config.routes.get("/stories", pages::stories);
              config.routes.get("/stories/{id}", pages::story);
              config.routes.get("/articles/{id}", pages::article);
              config.routes.get("/entities/{id}", pages::entity);
              config.routes.get("/search", pages::search);
              config.routes.get(
                  "/openapi.json",
                  ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
              for (Route r : routes(api)) {
                config.routes.get(r.path(), r.handler());
              }
              config.routes.exception(
                  Api.BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
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
            });
    app.start();
    return new WebServer(app);
  }

  /** Errors: JSON under /api, a short page elsewhere; a message, never a stack trace. */
  private static void error(io.javalin.http.Context ctx, int status, String message) {
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
                "<h1>"
                    + status
                    + "</h1><p>"
                    + dev.parallax.core.report.HtmlReport.esc(message)
                    + "</p>"));
  }

  /** The REST API's routes, all GET, paths in OpenAPI style. */
  static List<Route> routes(Api api) {
    return List.of(
        new Route("/api/stories", api::stories),
        new Route("/api/stories/{id}", api::story),
        new Route("/api/findings/{id}", api::finding),
        new Route("/api/articles", api::articles),
        new Route("/api/articles/{id}", api::article),
        new Route("/api/entities", api::entities),
        new Route("/api/entities/{id}", api::entity),
        new Route("/api/quotes", api::quotes),
        new Route("/api/claims", api::claims),
        new Route("/api/search", api::search));
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
    app.stop();
  }
}
