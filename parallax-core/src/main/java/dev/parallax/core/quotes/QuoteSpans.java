package dev.parallax.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in text: straight ({@code "}) and curly ({@code “ ”}) double quotes and
 * guillemets. A quote that runs over several paragraphs — news style opens it again at the start of
 * each paragraph and closes it only at the end — comes back as one span. A quote the text never
 * closes ends with its paragraph.
 */
final class QuoteSpans {

  /** One quotation: offsets of the marks (end exclusive) and of the words inside. */
  record Span(int start, int end, int innerStart, int innerEnd) {}

  private QuoteSpans() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    // the last span, when it was cut at a paragraph break with no mark of its own, and no mark
    // has come since: the quote may yet close in this paragraph (see closesCarriedQuote)
    boolean carried = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0 && i + 1 < n && text.charAt(i + 1) == '\n') {
        // paragraph break inside a quote: it goes on if the next paragraph opens a quote
        int next = i;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < n && isOpening(text, next)) {
          i = next; // skip the re-opening mark; the quote continues
          continue;
        }
        spans.add(new Span(open, trimEnd(text, i), open + 1, trimEnd(text, i)));
        open = -1;
        carried = true;
        continue;
      }
      boolean straight = c == '"';
      if (open < 0 && carried && (straight || c == '”') && closesCarriedQuote(text, i)) {
        // "… leaving less than a stump behind.\n\nThe loss of science is real, "said Ana Ruiz:
        // the quote went on into this paragraph without being opened again, and closes here
        Span last = spans.remove(spans.size() - 1);
        spans.add(new Span(last.start(), i + 1, last.innerStart(), i));
        carried = false;
        continue;
      }
      if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
        carried = false;
      }
      if (open < 0) {
        // a right quote used as a left one (it happens) opens only where a quote could start
        if (c == '“' || c == '«' || c == '„' || ((straight || c == '”') && opensHere(text, i))) {
          open = i;
        }
      } else if (c == '”' || c == '»' || straight || c == '“' && closesHere(text, i)) {
        if (i > open + 1) {
          spans.add(new Span(open, i + 1, open + 1, i));
        }
        open = -1;
      }
    }
    if (open >= 0 && trimEnd(text, n) > open + 1) {
      spans.add(new Span(open, trimEnd(text, n), open + 1, trimEnd(text, n)));
    }
    return spans;
  }

  /**
   * A mark that can only close: right after a comma or a sentence's end (a space between, as
   * mangled text has it) and before a word in lower case, "…biodiversity, "said Ana Ruiz".
   */
  private static boolean closesCarriedQuote(String text, int i) {
    int before = i - 1;
    if (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before >= 0
        && ",.!?".indexOf(text.charAt(before)) >= 0
        && i + 1 < text.length()
        && Character.isLowerCase(text.charAt(i + 1));
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    return c == '“' || c == '«' || c == '„' || c == '"';
  }

  /** A straight quote opens when it follows a space, a line start or an opening bracket. */
  private static boolean opensHere(String text, int i) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    return i == 0
        || Character.isWhitespace(text.charAt(i - 1))
        || "([{—–-:".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** A left curly quote used as a closing one (it happens): after a word, before a space. */
  private static boolean closesHere(String text, int i) {
    return i > 0
        && !Character.isWhitespace(text.charAt(i - 1))
        && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static int trimEnd(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
