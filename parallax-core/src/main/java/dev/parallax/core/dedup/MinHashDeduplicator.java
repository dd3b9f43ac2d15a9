package dev.parallax.core.dedup;

import dev.parallax.api.Article;
import dev.parallax.api.Deduplicator;
import dev.parallax.api.Duplicate;
import dev.parallax.api.DuplicateKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Finds exact, near and syndicated copies as articles arrive.
 *
 * <ul>
 *   <li><b>Exact</b>: the same {@link Article#contentHash()} (text with case and whitespace
 *       normalised).
 *   <li><b>Near / syndicated</b>: MinHash signatures over word shingles, bucketed by LSH banding so
 *       that each arrival is compared only with the few earlier articles that share a band; a
 *       candidate counts when its estimated Jaccard similarity reaches the threshold. Different
 *       outlets make it a syndicated copy (lower threshold), the same or unknown outlets a near
 *       duplicate.
 * </ul>
 *
 * <p>Memory is a signature (hashes × 4 bytes) and an outlet per article, never the text: a million
 * articles need about half a gigabyte at the defaults. Hash functions come from a fixed seed, so
 * the same inputs always give the same groups. Thread-safe: {@link #add} is synchronised, since
 * arrival order defines which article is canonical.
 */
public final class MinHashDeduplicator implements Deduplicator {

  private static final long SEED = 0x5eed_cafe_f00dL;
  private static final long PRIME = (1L << 61) - 1;

  private final DedupOptions options;
  private final long[] a;
  private final long[] b;
  private final Map<String, String> byContentHash = new HashMap<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<Seen> seen = new ArrayList<>();

  private record Seen(String id, String canonicalId, String outlet, int[] signature) {}

  public MinHashDeduplicator(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    SplittableRandom random = new SplittableRandom(SEED);
    a = new long[options.hashes()];
    b = new long[options.hashes()];
    for (int i = 0; i < options.hashes(); i++) {
      a[i] = 1 + random.nextLong(PRIME - 1);
      b[i] = random.nextLong(PRIME);
    }
  }

  @Override
  public synchronized Optional<Duplicate> add(Article article) {
    String outlet = normaliseOutlet(article.outlet());
    String exact = byContentHash.get(article.contentHash());
    int[] signature = signature(article.text());
    Duplicate found = null;
    if (exact != null) {
      Seen original = find(exact);
      boolean syndicated = differentOutlets(outlet, original.outlet());
      found =
          new Duplicate(
              article.id(),
              original.canonicalId(),
              syndicated ? DuplicateKind.SYNDICATED : DuplicateKind.EXACT,
              1.0);
    } else if (signature != null) {
      found = nearest(article.id(), outlet, signature);
    }
    String canonical = found == null ? article.id() : found.canonicalId();
    if (exact == null) {
      byContentHash.put(article.contentHash(), article.id());
    }
    int index = seen.size();
    seen.add(new Seen(article.id(), canonical, outlet, signature));
    if (signature != null) {
      for (long key : bandKeys(signature)) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(index);
      }
    }
    return Optional.ofNullable(found);
  }

  private Duplicate nearest(String id, String outlet, int[] signature) {
    Set<Integer> candidates = new LinkedHashSet<>();
    for (long key : bandKeys(signature)) {
      List<Integer> bucket = buckets.get(key);
      if (bucket != null) {
        candidates.addAll(bucket);
      }
    }
    Duplicate best = null;
    for (int c : candidates) {
      Seen other = seen.get(c);
      double similarity = similarity(signature, other.signature());
      boolean syndicated = differentOutlets(outlet, other.outlet());
      double threshold = syndicated ? options.syndicationThreshold() : options.nearThreshold();
      if (similarity >= threshold && (best == null || similarity > best.similarity())) {
        best =
            new Duplicate(
                id,
                other.canonicalId(),
                syndicated ? DuplicateKind.SYNDICATED : DuplicateKind.NEAR,
                similarity);
      }
    }
    return best;
  }

  private Seen find(String id) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      if (seen.get(i).id().equals(id)) {
        return seen.get(i);
      }
    }
    throw new IllegalStateException("indexed article missing: " + id);
  }

  private static boolean differentOutlets(String x, String y) {
    return x != null && y != null && !x.equals(y);
  }

  private static String normaliseOutlet(String outlet) {
    return outlet == null || outlet.isBlank() ? null : outlet.strip().toLowerCase(Locale.ROOT);
  }

  /** MinHash signature of the text's word shingles; null when the text has no shingle. */
  int[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> tokens = new ArrayList<>(words.length);
    for (String w : words) {
      if (!w.isEmpty()) {
        tokens.add(w);
      }
    }
    int k = options.shingleWords();
    if (tokens.size() < k) {
      return null;
    }
    int[] sig = new int[options.hashes()];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + k <= tokens.size(); i++) {
      sb.setLength(0);
      for (int j = 0; j < k; j++) {
        sb.append(tokens.get(i + j)).append(' ');
      }
      long h = fnv64(sb.toString()) & Long.MAX_VALUE;
      for (int f = 0; f < sig.length; f++) {
        int v = (int) (Math.floorMod(a[f] * h + b[f], PRIME) & 0x7fffffff);
        if (v < sig[f]) {
          sig[f] = v;
        }
      }
    }
    return sig;
  }

  private long[] bandKeys(int[] sig) {
    long[] keys = new long[options.bands()];
    for (int band = 0; band < options.bands(); band++) {
      long h = band * 0x9E3779B97F4A7C15L;
      for (int r = 0; r < options.rows(); r++) {
        h = (h ^ sig[band * options.rows() + r]) * 0x100000001B3L;
      }
      keys[band] = h;
    }
    return keys;
  }

  static double similarity(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  private static long fnv64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= c;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
