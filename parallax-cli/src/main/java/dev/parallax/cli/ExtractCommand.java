package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.api.Article;
import dev.parallax.api.Extraction;
import dev.parallax.api.Removed;
import dev.parallax.api.Status;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.core.source.FileSource;
import dev.parallax.core.source.SourceItem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax extract}: clean articles, one per document, without storing anything. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the article from each document and prints it; stores nothing.",
      "With --jsonl, one JSON object per document: source, status (ok/skipped/failed), reason,"
          + " title, byline, text, published, language, outlet, removed[{text, reason}], issues."
    })
final class ExtractCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders, or - for stdin.")
  List<String> paths;

  @Option(names = "--jsonl", description = "Print JSON Lines instead of a readable listing.")
  boolean jsonl;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Size limit (default: ${DEFAULT-VALUE}).")
  long maxBytes = ExtractOptions.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    NewsExtractor extractor =
        new NewsExtractor(
            new ExtractOptions(maxBytes, ExtractOptions.defaults().minWords()),
            new LanguageGuesser());
    AtomicInteger failed = new AtomicInteger();
    new FileSource(maxBytes, System.in)
        .open(paths)
        .items()
        .forEachOrdered(
            item -> {
              Extraction e =
                  item instanceof SourceItem.Loaded l
                      ? extractor.extract(l.document())
                      : Extraction.failed(item.source(), ((SourceItem.Unreadable) item).reason());
              if (e.status() == Status.FAILED) {
                failed.incrementAndGet();
              }
              if (jsonl) {
                out.println(toJson(e));
              } else {
                print(out, e);
              }
            });
    out.flush();
    return failed.get() > 0 ? 1 : 0;
  }

  private static String toJson(Extraction e) {
    ObjectNode o = JSON.createObjectNode();
    Article a = e.article();
    o.put("source", e.source());
    o.put("status", e.status().label());
    o.put("reason", e.reason());
    o.put("title", a == null ? null : a.title());
    o.put("byline", a == null ? null : a.byline());
    o.put("text", a == null ? null : a.text());
    o.put("published", a == null || a.published() == null ? null : a.published().iso());
    o.put("language", a == null ? null : a.language());
    o.put("outlet", a == null ? null : a.outlet());
    ArrayNode removed = o.putArray("removed");
    ArrayNode issues = o.putArray("issues");
    if (a != null) {
      for (Removed r : a.removed()) {
        removed.addObject().put("text", r.text()).put("reason", r.reason());
      }
      a.issues().forEach(issues::add);
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("a tree of strings always serialises", ex);
    }
  }

  private static void print(PrintWriter out, Extraction e) {
    out.printf("[%s] %s%n", e.status().label(), e.source());
    if (e.article() == null) {
      out.printf("  %s%n%n", e.reason());
      return;
    }
    Article a = e.article();
    out.printf("  title:     %s%n", a.title());
    out.printf("  outlet:    %s%n", a.outlet());
    out.printf(
        "  published: %s%n",
        a.published() == null
            ? "unknown"
            : a.published().iso() + " (" + a.published().from() + ")");
    out.printf("  language:  %s%n", a.language());
    out.printf("  removed:   %d blocks%n%n", a.removed().size());
    out.println(a.text());
    out.println();
  }
}
