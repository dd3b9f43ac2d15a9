package dev.parallax.core.extract;

import dev.parallax.api.RawDocument;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides what bytes are, whatever their name says. Stateless and thread-safe. */
final class ContentSniffer {

  private static final Pattern HTML_START =
      Pattern.compile(
          "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body)");
  private static final Pattern HTML_TAGS =
      Pattern.compile("(?i)<(p|div|br|a\\s|span|article|h[1-6]|table|meta|title)[\\s>/]");

  private ContentSniffer() {}

  /** A name for the binary format of {@code bytes}, or null when they may be text. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, "%PDF")) {
      return "pdf";
    }
    if (startsWith(b, "\u0089PNG")) {
      return "png";
    }
    if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
      return "jpeg";
    }
    if (startsWith(b, "GIF8")) {
      return "gif";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "zip";
    }
    if (b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
      return "gzip";
    }
    boolean utf16 =
        b.length > 1
            && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    if (utf16) {
      return null;
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "binary data";
      }
      if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
        control++;
      }
    }
    return control > n / 10 ? "binary data" : null;
  }

  static boolean looksLikeHtml(String text) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    if (HTML_START.matcher(head).find()) {
      return true;
    }
    int tags = 0;
    var m = HTML_TAGS.matcher(head);
    while (m.find() && tags < 3) {
      tags++;
    }
    return tags >= 3;
  }

  static boolean declaredHtml(RawDocument doc) {
    String type = doc.declaredContentType();
    return type != null && type.toLowerCase(Locale.ROOT).contains("html");
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((b[i] & 0xFF) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
