package dev.parallax.eval;

import dev.parallax.api.Article;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Extraction;
import dev.parallax.api.Status;
import dev.parallax.core.dedup.DedupOptions;
import dev.parallax.core.dedup.MinHashDeduplicator;
import dev.parallax.core.extract.ExtractOptions;
import dev.parallax.core.extract.LanguageGuesser;
import dev.parallax.core.extract.NewsExtractor;
import dev.parallax.core.source.FileSource;
import dev.parallax.core.source.SourceItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Duplicate detection on {@code shared/data/bbc}: the truth is the set of file pairs whose raw text
 * is equal after whitespace normalisation (computed here, independently of Parallax); Parallax must
 * link every such pair, and its other links (near and syndicated) are listed for a person to judge.
 */
public final class BbcDuplicatesEval {

  /** What the run found. */
  public record Result(
      int documents,
      int ok,
      Set<String> truePairs,
      Set<String> foundPairs,
      List<String> otherLinks,
      long millis) {

    public int missed() {
      Set<String> m = new HashSet<>(truePairs);
      m.removeAll(foundPairs);
      return m.size();
    }
  }

  private BbcDuplicatesEval() {}

  public static boolean available() {
    return Files.isDirectory(SharedData.dataset("bbc"));
  }

  public static Result run() throws IOException {
    Path root = SharedData.dataset("bbc");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Map<String, String> firstByText = new HashMap<>();
    Set<String> truth = new HashSet<>();
    for (Path f : files) {
      String norm =
          Files.readString(f, StandardCharsets.ISO_8859_1).replaceAll("\\s+", " ").strip();
      String first = firstByText.putIfAbsent(norm, f.toString());
      if (first != null) {
        truth.add(pair(first, f.toString()));
      }
    }
    long start = System.nanoTime();
    NewsExtractor extractor = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
    MinHashDeduplicator dedup = new MinHashDeduplicator(DedupOptions.defaults());
    FileSource source =
        new FileSource(ExtractOptions.DEFAULT_MAX_BYTES, new ByteArrayInputStream(new byte[0]));
    Map<String, String> sourceById = new HashMap<>();
    Map<String, String> titleById = new HashMap<>();
    Set<String> found = new HashSet<>();
    List<String> others = new ArrayList<>();
    int ok = 0;
    for (Path f : files) {
      SourceItem item = source.read(f);
      if (!(item instanceof SourceItem.Loaded loaded)) {
        continue;
      }
      Extraction e = extractor.extract(loaded.document());
      if (e.status() != Status.OK) {
        continue;
      }
      ok++;
      Article a = e.article();
      sourceById.put(a.id(), a.source());
      titleById.put(a.id(), a.title());
      var d = dedup.add(a);
      if (d.isPresent()) {
        Duplicate dup = d.get();
        String p = pair(sourceById.get(dup.canonicalId()), a.source());
        found.add(p);
        if (!truth.contains(p)) {
          others.add(
              String.format(
                  "%s %.2f  %s [%s]  ~  %s [%s]",
                  dup.kind().label(),
                  dup.similarity(),
                  rel(root, sourceById.get(dup.canonicalId())),
                  titleById.get(dup.canonicalId()),
                  rel(root, a.source()),
                  a.title()));
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(files.size(), ok, truth, found, others, millis);
  }

  private static String rel(Path root, String file) {
    return root.relativize(Path.of(file)).toString();
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a;
  }

  public static void main(String[] args) throws IOException {
    if (!available()) {
      System.out.println("bbc dataset not found under " + SharedData.dataset("bbc"));
      return;
    }
    Result r = run();
    System.out.printf(
        "bbc: %d files, %d articles; %d exact-duplicate pairs in truth, %d found, %d missed;"
            + " %d other links; extraction + dedup %.1f s%n",
        r.documents(),
        r.ok(),
        r.truePairs().size(),
        r.truePairs().size() - r.missed(),
        r.missed(),
        r.otherLinks().size(),
        r.millis() / 1000.0);
    r.otherLinks().forEach(l -> System.out.println("  " + l));
  }
}
