/**
 * Sources: where documents come from.
 *
 * <p><b>In</b>: command-line arguments — files, folders, {@code .gz} files, {@code -} for standard
 * input. <b>Out</b>: a lazily read stream of {@link dev.parallax.core.source.SourceItem}s: a {@link
 * dev.parallax.api.RawDocument} per input, or an {@code Unreadable} item with the reason (missing,
 * over the size limit, corrupt gzip, I/O error).
 *
 * <p><b>Traps</b>: a folder is listed first (paths only) so the run knows its size for the progress
 * bar, then read file by file; the size limit applies after decompression, so a gzip bomb stops at
 * the limit.
 */
package dev.parallax.core.source;
