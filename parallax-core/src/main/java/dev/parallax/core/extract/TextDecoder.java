package dev.parallax.core.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text without silently producing mojibake.
 *
 * <p>Order of evidence: a byte-order mark; the charset the transport declared; the charset the HTML
 * declares in a {@code <meta>} tag; strict UTF-8 (which almost never decodes non-UTF-8 text without
 * error); statistical detection (juniversalchardet, which knows the Cyrillic single-byte code
 * pages); windows-1252 as the last resort. A declared charset that does not decode cleanly is not
 * trusted: the next piece of evidence is tried and the disagreement is recorded as an issue. Every
 * guess is recorded too, so a reader can tell decoded text from guessed text.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Pattern CONTENT_TYPE_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SCAN_BYTES = 4096;

  /** Decoded text, the charset used, and what was uncertain about it. */
  public record Decoded(String text, Charset charset, List<String> issues) {
    public Decoded {
      issues = List.copyOf(issues);
    }
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param declaredContentType the transport's content type, may be null
   */
  public Decoded decode(byte[] bytes, String declaredContentType) {
    List<String> issues = new ArrayList<>();
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return new Decoded(
          new String(bytes, bom.length, bytes.length - bom.length, bom.charset),
          bom.charset,
          issues);
    }
    for (String declared : declaredCharsets(bytes, declaredContentType)) {
      Charset charset = charsetOrNull(declared);
      if (charset == null) {
        issues.add("unknown declared charset: " + declared);
        continue;
      }
      String text = strictDecode(bytes, charset);
      if (text != null) {
        return new Decoded(text, charset, issues);
      }
      issues.add("declared charset " + charset.name() + " does not fit the bytes");
    }
    String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, issues);
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      String text = strictDecode(bytes, detected);
      if (text != null) {
        issues.add("charset detected: " + detected.name());
        return new Decoded(text, detected, issues);
      }
    }
    Charset fallback = Charset.forName("windows-1252");
    issues.add("charset guessed: windows-1252");
    return new Decoded(new String(bytes, fallback), fallback, issues);
  }

  private static List<String> declaredCharsets(byte[] bytes, String contentType) {
    List<String> found = new ArrayList<>(2);
    if (contentType != null) {
      Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
      if (m.find()) {
        found.add(m.group(1));
      }
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find() && !found.contains(m.group(1))) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Charset charsetOrNull(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // Browsers read ISO-8859-1 and US-ASCII declarations as windows-1252; so must we.
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
        return Charset.forName("windows-1252");
      }
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? null : charsetOrNull(name);
  }

  /** Decodes, or returns null when the bytes are not valid in that charset. */
  static String strictDecode(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The String constructor is many times faster than a CharsetDecoder; it marks bad input
      // with U+FFFD, and only then is the strict decoder asked whether the input is really bad.
      String fast = new String(bytes, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 3
          && (b[0] & 0xFF) == 0xEF
          && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
