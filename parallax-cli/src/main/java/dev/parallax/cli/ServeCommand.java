package dev.parallax.cli;

import dev.parallax.api.Status;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.pipeline.RunResult;
import dev.parallax.core.report.HtmlReport;
import dev.parallax.core.store.Store;
import dev.parallax.core.stories.LeadEmbedder;
import dev.parallax.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
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
          + " and as a read-only JSON API under /api (documented at /openapi.json).",
      "Reads every document the store holds (fill it with parallax analyze), groups and"
          + " cross-checks them once at start, and listens on loopback unless told otherwise."
          + " Every response forbids scripts and framing (Content-Security-Policy). Ctrl-C stops."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "SQLite store (default: ${DEFAULT-VALUE}).")
  Path db = DataDirectory.defaultDatabase();

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

  @Option(
      names = "--no-embeddings",
      description = "Group stories into topics by words and names only (faster start).")
  boolean noEmbeddings;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(db)) {
      err.printf(
          "No store at %s. Fill one first, e.g. with the demo corpus:%n"
              + "  parallax analyze examples/demo --out demo-report --db %s%n",
          db, db);
      return 2;
    }
    try (Store store = Store.openSqlite(db)) {
      RunResult run = Analysis.storedRun(store);
      if (run.count(Status.OK) == 0) {
        err.printf(
            "The store %s holds no articles yet. Load the demo corpus with%n"
                + "  parallax analyze examples/demo --out demo-report --db %s%n"
                + "and run serve again.%n",
            db, db);
        return 2;
      }
      Analysis analysis = Analysis.of(run, store, noEmbeddings ? null : new LeadEmbedder());
      Path report = Files.createTempFile("parallax-report", ".html");
      byte[] page;
      try {
        HtmlReport.write(
            report,
            run,
            store,
            analysis.entities(),
            analysis.findings(),
            analysis.stories(),
            analysis.check());
        page = Files.readAllBytes(report);
      } finally {
        Files.deleteIfExists(report);
      }
      CountDownLatch stopped = new CountDownLatch(1);
      try (WebServer server =
          WebServer.start(new WebServer.Options(host, port), analysis, store, page)) {
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        out.printf(
            "Serving %d articles, %d stories from %s at http://%s:%d/ (API: /api, /openapi.json)."
                + " Ctrl-C stops.%n",
            run.count(Status.OK), analysis.stories().size(), db, host, server.port());
        out.flush();
        stopped.await();
      }
      return 0;
    }
  }
}
