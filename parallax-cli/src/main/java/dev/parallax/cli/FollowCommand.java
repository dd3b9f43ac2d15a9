package dev.parallax.cli;

import dev.parallax.core.nlp.CoreNlpAnnotator;
import dev.parallax.core.nlp.NlpOptions;
import dev.parallax.core.source.FeedFollower;
import dev.parallax.core.source.SafeFetcher;
import dev.parallax.core.store.Store;
import dev.parallax.web.StoreIngester;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax follow}: keeps reading feeds into the store. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
      "Polls RSS/Atom feeds (or the feeds of OPML files) and reads every new entry's page into"
          + " the store, like analyze: cleaned, deduplicated, annotated.",
      "Feeds are asked conditionally (ETag / Last-Modified); pages are fetched only where the"
          + " site's robots.txt allows, one request per host every 2 s at most (longer when"
          + " robots.txt asks), never from the machine itself or a private network, 20 MB and"
          + " 30 s at most. parallax serve shows what the store holds (or use serve --follow)."
    })
final class FollowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs or OPML files.")
  List<String> feeds;

  @Mixin StoreOption location = new StoreOption();

  @Option(
      names = "--every",
      paramLabel = "MINUTES",
      description = "Minutes between polls (default: ${DEFAULT-VALUE}).")
  int everyMinutes = 15;

  @Option(names = "--once", description = "Poll every feed once and stop.")
  boolean once;

  @Option(names = "--no-nlp", description = "Skip named-entity recognition.")
  boolean noNlp;

  @Option(
      names = "--allow-private-addresses",
      description =
          "Also fetch from private networks and this machine (feeds on your own network only).")
  boolean allowPrivate;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> all = new ArrayList<>();
    for (String f : feeds) {
      all.addAll(FeedFollower.feedsOf(f));
    }
    try (Store store = Store.open(location.db)) {
      Follow.Ingest ingest =
          new StoreIngester(
                  store, noNlp ? null : () -> new CoreNlpAnnotator(NlpOptions.defaults()), null)
              ::ingest;
      SafeFetcher.Options fetch = SafeFetcher.Options.defaults();
      FeedFollower follower =
          new FeedFollower(
              new SafeFetcher(allowPrivate ? fetch.allowingPrivateAddresses() : fetch),
              Follow.POLITENESS);
      if (once) {
        Follow.round(follower, all, out, ingest);
        return 0;
      }
      Follow.loop(follower, all, everyMinutes, out, ingest);
      return 0;
    }
  }
}
