package dev.parallax.core.extract;

import dev.parallax.api.Removed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a block of paragraphs that a page repeats only once, at its first place. Crawled pages
 * repeat blocks when a template renders the body twice (an AMP copy, a "continue reading"
 * expansion) — the repeat is not a second statement of the facts.
 */
final class RepeatedBlocks {

  private RepeatedBlocks() {}

  /**
   * Returns the paragraphs with repeats dropped; each dropped one is added to {@code removed} with
   * reason {@link Removed#REPEATED_BLOCK}. A paragraph counts as repeated when its normalised text
   * appeared before and it has at least three words, so that short lines such as a repeated "Photo"
   * label are left to the furniture rules.
   */
  static List<String> keepOnce(List<String> paragraphs, List<Removed> removed) {
    Set<String> seen = new HashSet<>();
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      String key = p.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
      boolean substantial = key.split(" ").length >= 3;
      if (substantial && !seen.add(key)) {
        removed.add(new Removed(p, Removed.REPEATED_BLOCK));
      } else {
        kept.add(p);
      }
    }
    return kept;
  }
}
