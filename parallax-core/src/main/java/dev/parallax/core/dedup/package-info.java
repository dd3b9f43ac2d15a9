/**
 * Deduplication: which articles are copies of which.
 *
 * <p><b>In</b>: articles, one at a time, in arrival order. <b>Out</b>: for a copy, a {@link
 * dev.parallax.api.Duplicate} naming the canonical (first seen) article and the kind — exact (same
 * normalised text), near (same or unknown outlet) or syndicated (different outlet).
 *
 * <p>{@link dev.parallax.core.dedup.MinHashDeduplicator} keeps only fingerprints (MinHash
 * signatures over 5-word shingles, bucketed by LSH bands), so memory grows by about half a kilobyte
 * per article. Thresholds are typed options ({@link dev.parallax.core.dedup.DedupOptions}).
 *
 * <p><b>Traps</b>: arrival order decides which copy is canonical, so the index is synchronised; the
 * title is not part of the compared text (outlets retitle wire copy); outlets are compared
 * case-insensitively and an unknown outlet never makes a copy "syndicated".
 */
package dev.parallax.core.dedup;
