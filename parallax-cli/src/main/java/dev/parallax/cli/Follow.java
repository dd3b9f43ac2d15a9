package dev.parallax.cli;

import dev.parallax.core.pipeline.DocumentOutcome;
import dev.parallax.core.source.FeedFollower;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The polling loop of {@code follow}. */
final class Follow {

  /** Where a fetched page goes: the store. */
  @FunctionalInterface
  interface Ingest {
    DocumentOutcome ingest(String source, byte[] bytes, String contentType);
  }

  /** Seconds between two requests to one host, unless its robots.txt asks for more. */
  static final Duration POLITENESS = Duration.ofSeconds(2);

  private Follow() {}

  /** One round over every feed; prints a line per feed and per new article. */
  static void round(FeedFollower follower, List<String> feeds, PrintWriter out, Ingest ingest) {
    for (String feed : feeds) {
      FeedFollower.Poll p =
          follower.poll(
              feed,
              (source, bytes, type) -> {
                DocumentOutcome o = ingest.ingest(source, bytes, type);
                out.printf(
                    "  %s %s%s%n",
                    o.status().name().toLowerCase(java.util.Locale.ROOT),
                    source,
                    o.reason() == null ? "" : " — " + o.reason());
              });
      out.printf(
          "%s %s: %s%n",
          LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
          feed,
          p.notModified()
              ? "unchanged"
              : p.entries()
                  + " entries, "
                  + p.fetched()
                  + " fetched"
                  + (p.disallowed() > 0
                      ? ", " + p.disallowed() + " disallowed by robots.txt"
                      : ""));
      p.problems().forEach(problem -> out.printf("  problem: %s%n", problem));
      out.flush();
    }
  }

  /** Rounds forever, {@code everyMinutes} apart, until the thread is interrupted. */
  static void loop(
      FeedFollower follower, List<String> feeds, int everyMinutes, PrintWriter out, Ingest ingest) {
    while (!Thread.currentThread().isInterrupted()) {
      round(follower, feeds, out, ingest);
      try {
        Thread.sleep(Duration.ofMinutes(Math.max(1, everyMinutes)).toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
