package dev.parallax.cli;

import dev.parallax.api.Status;
import dev.parallax.core.nlp.CoreNlpAnnotator;
import dev.parallax.core.nlp.NlpOptions;
import dev.parallax.core.source.FeedFollower;
import dev.parallax.core.store.Store;
import dev.parallax.core.stories.LeadEmbedder;
import dev.parallax.web.StoreIngester;
import dev.parallax.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax serve}: the web UI and REST API over everything in the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store's articles, stories and cross-checked findings as pages (stories, one"
          + " story's evidence, articles, people, search with facets, the full report at /report)"
          + " and as a JSON API under /api (documented at /openapi.json).",
      "Reads every document the store holds (fill it with parallax analyze or by uploading),"
          + " groups and cross-checks them at start and after each upload, and listens on"
          + " loopback unless told otherwise. Every response forbids scripts and framing.",
      "Uploads (POST /api/documents?name=NAME with the document as the body) need the API"
          + " token: generated at first start, stored beside the store (FILE.token), shown once."
          + " Ctrl-C stops."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption location = new StoreOption();

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}; anything else exposes the store to"
              + " the network).")
  String host = WebServer.Options.defaults().host();

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = WebServer.Options.defaults().port();

  @Option(names = "--read-only", description = "Refuse every upload (no API token).")
  boolean readOnly;

  @Option(
      names = "--no-nlp",
      description = "Upload without named-entity recognition (no people in uploaded articles).")
  boolean noNlp;

  @Option(
      names = "--no-embeddings",
      description = "Group stories into topics by words and names only (faster).")
  boolean noEmbeddings;

  @Option(
      names = "--follow",
      paramLabel = "FEED",
      description =
          "An RSS/Atom feed URL or an OPML file of feeds to poll every 15 minutes while"
              + " serving (feeds can also be added at /ingest); new entries are fetched"
              + " (robots.txt obeyed, public addresses only) and join their stories. The store"
              + " keeps followed feeds; a server started with its token follows them again."
              + " Repeatable.")
  java.util.List<String> follow = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.open(location.db)) {
      String token = readOnly ? null : token(out);
      StoreIngester ingester =
          new StoreIngester(
              store,
              noNlp ? null : () -> new CoreNlpAnnotator(NlpOptions.defaults()),
              noEmbeddings ? null : new LeadEmbedder());
      CountDownLatch stopped = new CountDownLatch(1);
      try (WebServer server =
          WebServer.start(
              WebServer.Options.defaults()
                  .withAddress(host, port)
                  .withToken(token)
                  .withDemo(demoCorpus()),
              store,
              ingester)) {
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        for (String f : follow) {
          FeedFollower.feedsOf(f).forEach(server::follow);
        }
        long articles =
            store.latestDocuments().stream().filter(d -> d.status() == Status.OK).count();
        if (articles == 0) {
          out.printf(
              "The store %s is empty. Load the demo corpus with%n"
                  + "  parallax analyze examples/demo --out demo-report --db %s%n"
                  + "and start serve again, or upload documents to /api/documents.%n",
              location.db, location.db);
        }
        out.printf(
            "Serving %d articles from %s at http://%s:%d/ (API: /api, /openapi.json)%s."
                + " Ctrl-C stops.%n",
            articles, location.db, host, server.port(), readOnly ? ", read-only" : "");
        out.flush();
        stopped.await();
      }
      return 0;
    }
  }

  /**
   * The demo corpus an empty store offers to load: {@code examples/demo} in the working folder or
   * beside the jar's checkout, or null.
   */
  private static Path demoCorpus() {
    Path here = Path.of("examples", "demo");
    if (Files.isDirectory(here)) {
      return here.toAbsolutePath();
    }
    try {
      Path jar =
          Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
      Path beside = checkout == null ? null : checkout.resolveSibling("examples").resolve("demo");
      return beside != null && Files.isDirectory(beside) ? beside : null;
    } catch (java.net.URISyntaxException | SecurityException e) {
      return null;
    }
  }

  /** The store's API token: read from FILE.token, or made, saved owner-only and shown once. */
  private String token(PrintWriter out) throws IOException {
    Path file =
        Store.isServer(location.db)
            ? DataDirectory.resolve().resolve("server-api.token")
            : Path.of(location.db).resolveSibling(Path.of(location.db).getFileName() + ".token");
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (Files.exists(file)) {
      out.printf("Uploads need the API token stored in %s.%n", file);
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own protection applies
    }
    out.printf("API token for uploads (shown once; stored in %s):%n  %s%n", file, token);
    return token;
  }
}
