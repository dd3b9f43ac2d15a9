package dev.parallax.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One document as a source delivered it, before anything has been decided about it.
 *
 * <p>The bytes are not copied (a corpus can be large) and must not be changed after the record is
 * made. {@code declaredContentType} is what the transport claimed (an HTTP header, a WARC record, a
 * file extension mapped to a type) and may be wrong; extractors sniff the bytes too.
 *
 * @param source where it came from: a file path, a URL, {@code stdin}, or {@code archive!entry}
 * @param bytes the raw content, possibly empty, never null
 * @param declaredContentType e.g. {@code text/html; charset=windows-1251}; null when unknown
 * @param fetchedAt when the source read it
 * @param headers transport headers (lower-case names), empty when there were none
 */
public record RawDocument(
    String source,
    byte[] bytes,
    String declaredContentType,
    Instant fetchedAt,
    Map<String, String> headers) {

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** A document with no transport headers. */
  public static RawDocument of(String source, byte[] bytes, String declaredContentType) {
    return new RawDocument(source, bytes, declaredContentType, Instant.now(), Map.of());
  }
}
