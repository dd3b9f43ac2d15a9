package dev.parallax.eval.bench;

import dev.parallax.api.Extraction;
import dev.parallax.api.RawDocument;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.eval.Baselines;
import dev.parallax.eval.ExtractionEval;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction speed on the benchmark pages, Parallax beside Readability4J and boilerpipe in one run,
 * on the same decoded pages. One operation extracts one page (pages are taken in turn), so the
 * score is pages per second. Parallax's figure includes everything its extractor does per page —
 * charset decoding, parsing, metadata, content, language detection.
 *
 * <pre>
 * java -cp parallax-eval/target/benchmarks.jar org.openjdk.jmh.Main ExtractionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class ExtractionBenchmark {

  private List<ExtractionEval.Page> pages;
  private NewsExtractor parallax;
  private Function<ExtractionEval.Page, String> readability;
  private Function<ExtractionEval.Page, String> boilerpipe;
  private int next;

  @Setup
  public void setUp() throws IOException {
    if (!ExtractionEval.available()) {
      throw new IllegalStateException(
          "extraction dataset not found: set -Dparallax.shared=../shared");
    }
    pages = ExtractionEval.pages();
    parallax = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
    readability = Baselines.readability4j();
    boilerpipe = Baselines.boilerpipe();
  }

  private ExtractionEval.Page page() {
    ExtractionEval.Page p = pages.get(next);
    next = (next + 1) % pages.size();
    return p;
  }

  @Benchmark
  public void parallax(Blackhole bh) {
    ExtractionEval.Page p = page();
    Extraction e = parallax.extract(RawDocument.of(p.url(), p.html(), "text/html"));
    bh.consume(e);
  }

  @Benchmark
  public void readability4j(Blackhole bh) {
    bh.consume(readability.apply(page()));
  }

  @Benchmark
  public void boilerpipe(Blackhole bh) {
    bh.consume(boilerpipe.apply(page()));
  }
}
