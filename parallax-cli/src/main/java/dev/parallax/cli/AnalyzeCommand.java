package dev.parallax.cli;

import dev.parallax.api.DuplicateKind;
import dev.parallax.api.Status;
import dev.parallax.core.dedup.DedupOptions;
import dev.parallax.core.dedup.MinHashDeduplicator;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.core.nlp.CoreNlpAnnotator;
import dev.parallax.core.nlp.NlpOptions;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.pipeline.Analyzer;
import dev.parallax.core.pipeline.RunResult;
import dev.parallax.core.report.AnalysisJson;
import dev.parallax.core.report.HtmlReport;
import dev.parallax.core.source.FileSource;
import dev.parallax.core.store.Store;
import dev.parallax.core.stories.LeadEmbedder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax analyze}: the main job. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news documents, extracts clean articles, finds duplicates and syndicated copies,"
          + " people and places, quotes with their speakers and checkable claims, groups the"
          + " articles into stories, cross-checks each story's facts across independent sources"
          + " (corroborated, single-source, contradicted), stores everything, and writes"
          + " DIR/report.html and DIR/analysis.json.",
      "Documents already in the store (same source, same bytes) are not extracted again."
          + " Exit status 1 when some document failed."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or folders (.txt, .html, .htm, .gz; folders recursively), or - for stdin.")
  List<String> paths;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder for the report.")
  Path out;

  @Mixin StoreOption location = new StoreOption();

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Documents larger than this fail (default: ${DEFAULT-VALUE}).")
  long maxBytes = ExtractOptions.DEFAULT_MAX_BYTES;

  @Option(
      names = "--near-threshold",
      paramLabel = "J",
      description =
          "Shingle similarity for near duplicates of one outlet (default: ${DEFAULT-VALUE}).")
  double nearThreshold = DedupOptions.defaults().nearThreshold();

  @Option(
      names = "--syndication-threshold",
      paramLabel = "J",
      description = "Shingle similarity for copies across outlets (default: ${DEFAULT-VALUE}).")
  double syndicationThreshold = DedupOptions.defaults().syndicationThreshold();

  @Option(
      names = "--no-nlp",
      description =
          "Skip named-entity recognition (faster; no entities in the report, so no posts,"
              + " speakers or places to cross-check).")
  boolean noNlp;

  @Option(
      names = "--no-embeddings",
      description =
          "Group stories into topics by words and names only, without the sentence-embedding"
              + " model (faster, slightly worse topics).")
  boolean noEmbeddings;

  @Option(names = "--no-progress", description = "Never show a progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter outw = spec.commandLine().getOut();
    DedupOptions d = DedupOptions.defaults();
    DedupOptions dedup =
        new DedupOptions(
            d.shingleWords(), d.hashes(), d.bands(), d.rows(), nearThreshold, syndicationThreshold);
    ExtractOptions extract = new ExtractOptions(maxBytes, ExtractOptions.defaults().minWords());
    Files.createDirectories(out);
    FileSource source = new FileSource(maxBytes, System.in);
    FileSource.Inputs inputs = source.open(paths);
    try (Store store = Store.open(location.db)) {
      Analyzer analyzer =
          new Analyzer(
              new NewsExtractor(extract, new LanguageGuesser()),
              () -> new MinHashDeduplicator(dedup),
              store,
              noNlp ? null : new CoreNlpAnnotator(NlpOptions.defaults()));
      RunResult run;
      boolean bar = !noProgress && System.console() != null && inputs.size() > 20;
      if (bar) {
        try (ProgressBar pb =
            new ProgressBarBuilder()
                .setTaskName("Analysing")
                .setInitialMax(inputs.size())
                .setStyle(ProgressBarStyle.ASCII)
                .build()) {
          run = analyzer.run(inputs.items(), o -> pb.step());
        }
      } else {
        run = analyzer.run(inputs.items(), o -> {});
      }
      Path json = out.resolve("analysis.json");
      Path html = out.resolve("report.html");
      Analysis a = Analysis.of(run, store, noEmbeddings ? null : new LeadEmbedder());
      AnalysisJson.write(json, run, store, a.entities(), a.findings(), a.stories(), a.check());
      HtmlReport.write(html, run, store, a.entities(), a.findings(), a.stories(), a.check());
      printSummary(outw, run, html, json, store);
      return run.count(Status.FAILED) > 0 ? 1 : 0;
    }
  }

  private static void printSummary(
      PrintWriter w, RunResult run, Path html, Path json, Store store) {
    long exact =
        run.duplicates().values().stream().filter(x -> x.kind() == DuplicateKind.EXACT).count();
    long near =
        run.duplicates().values().stream().filter(x -> x.kind() == DuplicateKind.NEAR).count();
    long synd =
        run.duplicates().values().stream()
            .filter(x -> x.kind() == DuplicateKind.SYNDICATED)
            .count();
    w.printf(
        "%d documents: %d ok, %d skipped, %d failed (%d already in the store)%n",
        run.documents().size(),
        run.count(Status.OK),
        run.count(Status.SKIPPED),
        run.count(Status.FAILED),
        run.reused());
    w.printf(
        "%d unique articles; %d copies (%d exact, %d near, %d syndicated)%n",
        run.uniqueArticles(), run.duplicates().size(), exact, near, synd);
    run.documents().stream()
        .filter(o -> o.status() == Status.FAILED)
        .limit(10)
        .forEach(o -> w.printf("  failed: %s — %s%n", o.source(), o.reason()));
    if (run.count(Status.FAILED) > 10) {
      w.printf("  … %d more failures in the report%n", run.count(Status.FAILED) - 10);
    }
    w.printf("report: %s%ndata:   %s%nstore:  %s%n", html, json, store.location());
    w.flush();
  }
}
