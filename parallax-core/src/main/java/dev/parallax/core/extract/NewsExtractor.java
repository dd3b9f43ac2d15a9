package dev.parallax.core.extract;

import dev.parallax.api.Article;
import dev.parallax.api.Extraction;
import dev.parallax.api.Extractor;
import dev.parallax.api.Published;
import dev.parallax.api.RawDocument;
import dev.parallax.api.Removed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parallax's {@link Extractor}: decodes the bytes, decides whether they are HTML, plain text or
 * neither, extracts the article and its metadata, removes repeated blocks, and names the language.
 *
 * <p>Never throws on input: every document comes back {@code ok}, {@code skipped} (empty, binary,
 * no article text) or {@code failed} (over the size limit, or an unexpected error, reported with
 * its message). Thread-safe; share one instance.
 *
 * <pre>{@code
 * Extractor extractor = new NewsExtractor(ExtractOptions.defaults(), new LanguageGuesser());
 * Extraction e = extractor.extract(RawDocument.of("a.html", bytes, "text/html"));
 * }</pre>
 */
public final class NewsExtractor implements Extractor {

  private final ExtractOptions options;
  private final LanguageGuesser language;
  private final TextDecoder decoder = new TextDecoder();

  public NewsExtractor(ExtractOptions options, LanguageGuesser language) {
    this.options = Objects.requireNonNull(options, "options");
    this.language = Objects.requireNonNull(language, "language");
  }

  @Override
  public Extraction extract(RawDocument doc) {
    try {
      return extractOrThrow(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return Extraction.failed(doc.source(), "extractor error: " + e);
    }
  }

  private Extraction extractOrThrow(RawDocument doc) {
    byte[] bytes = doc.bytes();
    if (bytes.length > options.maxBytes()) {
      return Extraction.failed(
          doc.source(),
          "over the size limit: " + bytes.length + " > " + options.maxBytes() + " bytes");
    }
    if (bytes.length == 0) {
      return Extraction.skipped(doc.source(), "empty document");
    }
    String binary = ContentSniffer.binaryKind(bytes);
    if (binary != null) {
      return Extraction.skipped(doc.source(), "binary content (" + binary + "), not an article");
    }
    TextDecoder.Decoded decoded = decoder.decode(bytes, doc.declaredContentType());
    List<String> issues = new ArrayList<>(decoded.issues());
    String text = decoded.text();
    if (text.strip().isEmpty()) {
      return Extraction.skipped(doc.source(), "empty document");
    }
    boolean html = ContentSniffer.looksLikeHtml(text);
    if (html != ContentSniffer.declaredHtml(doc)) {
      issues.add(
          "content is " + (html ? "HTML" : "plain text") + " whatever its name or type says");
    }
    String title;
    String byline = null;
    Published published;
    String outlet;
    List<String> paragraphs;
    List<Removed> removed = new ArrayList<>();
    LocalDate fetched = doc.fetchedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    if (html) {
      Document page = Jsoup.parse(text, doc.source().startsWith("http") ? doc.source() : "");
      HtmlMetadata.Meta meta = HtmlMetadata.read(page, doc.source());
      HtmlContent.Content content = HtmlContent.extract(page, meta.ldBody(), meta.title());
      title = meta.title();
      byline = meta.byline();
      published = meta.published();
      outlet = meta.outlet();
      paragraphs = content.paragraphs();
      removed.addAll(content.removed());
      if (published == null && !paragraphs.isEmpty()) {
        published = Dates.fromDateline(paragraphs.get(0), fetched);
      }
    } else {
      PlainTextContent.Content content = PlainTextContent.extract(text);
      title = content.title();
      paragraphs = content.paragraphs();
      removed.addAll(content.removed());
      published = paragraphs.isEmpty() ? null : Dates.fromDateline(paragraphs.get(0), fetched);
      if (published == null || Dates.YEAR_ASSUMED.equals(published.from())) {
        // a full date stamped under the headline beats a dateline whose year is a guess
        Published stamp = Dates.fromStamp(content.dateStamp(), fetched);
        published = stamp != null ? stamp : published;
      }
      published = fuller(published, Dates.fromUrl(doc.source()));
      outlet = HtmlMetadata.host(doc.source().startsWith("http") ? doc.source() : null);
    }
    published = fuller(published, Dates.fromFileName(doc.source()));
    paragraphs = RepeatedBlocks.keepOnce(paragraphs, removed);
    String body = String.join("\n\n", paragraphs);
    int words = TextWeight.words(body);
    if (words < options.minWords()) {
      return Extraction.skipped(
          doc.source(),
          words == 0
              ? "no article text found"
              : "not an article: " + words + " words of text, fewer than " + options.minWords());
    }
    String lang = language.guess(body);
    Article article =
        new Article(
            articleId(doc),
            doc.source(),
            contentHash(body),
            outlet,
            title,
            byline,
            published,
            lang,
            body,
            removed,
            issues);
    return Extraction.ok(article);
  }

  /**
   * The date found so far, or the other when none was found or the one found had its year guessed
   * (a dateline "Sept. 28" read in 2026 is dated 2026; a file or address of the same article that
   * writes the whole date knows better).
   */
  private static Published fuller(Published found, Published other) {
    if (other != null && (found == null || Dates.YEAR_ASSUMED.equals(found.from()))) {
      return other;
    }
    return found;
  }

  /** Stable id of a document: the same source with the same bytes always gets the same id. */
  static String articleId(RawDocument doc) {
    MessageDigest sha = sha256();
    sha.update(doc.source().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(doc.bytes());
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /** SHA-256 of the text with case and whitespace normalised: equal for exact duplicates. */
  public static String contentHash(String text) {
    String norm = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return HexFormat.of().formatHex(sha256().digest(norm.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
