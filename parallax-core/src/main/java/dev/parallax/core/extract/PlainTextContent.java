package dev.parallax.core.extract;

import dev.parallax.api.Removed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells article text from furniture in a plain-text document, line by line, as crawlers deliver it:
 * a headline on the first line, menu words, "Read More:" followed by a run of headlines, link
 * titles ("Person | Biography | Site"), credit lines, and a wire agency's name glued to the last
 * sentence ("agreements.agencies").
 *
 * <p>Lines hard-wrapped inside a sentence are joined back. Stateless and thread-safe.
 */
final class PlainTextContent {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’')\\]:;]$");
  private static final Pattern AGENCY_TAIL =
      Pattern.compile(
          "(?<=[.!?\"”’])\\s?\\(?(agencies|agency|afp|reuters|ap|pti|ians|ani|xinhua|tass|"
              + "dpa|efe|upi|bloomberg)\\)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SECTION_LABEL = Pattern.compile("^[\\p{Lu}&\\s-]{2,25}$");
  private static final Pattern LINK_TITLE = Pattern.compile(".+ \\| .+ \\| .+");

  /**
   * Title, body paragraphs, removed blocks, and the date stamp written at the head of the text
   * ("December 23, 2012 6:11 PM" under the headline), or null.
   */
  record Content(String title, List<String> paragraphs, List<Removed> removed, String dateStamp) {}

  /** Paragraphs of body text after which a date stamp is no longer the article's own. */
  private static final int HEAD_PARAGRAPHS = 1;

  private PlainTextContent() {}

  static Content extract(String text) {
    List<String> paras = paragraphs(text);
    List<String> body = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    String title = null;
    String dateStamp = null;
    boolean inLinkList = false;
    for (int i = 0; i < paras.size(); i++) {
      String p = paras.get(i);
      String reason = Furniture.reason(p);
      boolean headline = isHeadlineLike(p);
      if (inLinkList && (headline || reason != null)) {
        // inside a list of other stories, every short line is another story
        removed.add(new Removed(p, Removed.RELATED_LINKS));
        continue;
      }
      if (reason != null) {
        if (reason.equals(Furniture.DATE_STAMP)
            && dateStamp == null
            && body.size() <= HEAD_PARAGRAPHS) {
          dateStamp = p.strip();
        }
        removed.add(new Removed(p, reason));
        inLinkList = reason.equals(Removed.RELATED_LINKS) || isTrendingLabel(p);
        continue;
      }
      inLinkList = false;
      if (title == null && body.isEmpty() && isTitleLike(p)) {
        title = p;
        continue;
      }
      if (title != null && p.equalsIgnoreCase(title)) {
        removed.add(new Removed(p, "repeated-title"));
        continue;
      }
      if (SECTION_LABEL.matcher(p).matches() && p.split("\\s+").length <= 3) {
        removed.add(new Removed(p, Removed.BOILERPLATE));
        continue;
      }
      if (LINK_TITLE.matcher(p).matches() && !SENTENCE_END.matcher(p).find()) {
        removed.add(new Removed(p, Removed.RELATED_LINKS));
        continue;
      }
      if (headline && runOfHeadlines(paras, i) >= 3) {
        int run = runOfHeadlines(paras, i);
        for (int j = 0; j < run; j++) {
          removed.add(new Removed(paras.get(i + j), Removed.RELATED_LINKS));
        }
        i += run - 1;
        continue;
      }
      body.add(p);
    }
    if (!body.isEmpty()) {
      String last = body.get(body.size() - 1);
      Matcher m = AGENCY_TAIL.matcher(last);
      if (m.find() && m.start() > 0 && !last.substring(0, m.start()).isBlank()) {
        removed.add(new Removed(m.group().strip(), Removed.AGENCY_TAIL));
        body.set(body.size() - 1, last.substring(0, m.start()).strip());
      }
    }
    return new Content(title, body, removed, dateStamp);
  }

  /**
   * A first line that reads as a headline: short, and not ending like a sentence (a headline may
   * end in a question mark or a closing quote, never in a full stop).
   */
  private static boolean isTitleLike(String p) {
    String t = p.strip();
    int words = t.split("\\s+").length;
    return t.length() <= 160 && words >= 2 && words <= 25 && !t.endsWith(".") && !t.endsWith(":");
  }

  private static boolean isTrendingLabel(String p) {
    return p.strip().toLowerCase(Locale.ROOT).matches("trending( now)?|most (read|popular|viewed)");
  }

  /** A short line without sentence punctuation: a headline, a subheading or a link title. */
  static boolean isHeadlineLike(String p) {
    return p.length() <= 160 && !SENTENCE_END.matcher(p).find() && p.split("\\s+").length >= 2;
  }

  private static int runOfHeadlines(List<String> paras, int from) {
    int n = 0;
    while (from + n < paras.size() && isHeadlineLike(paras.get(from + n))) {
      n++;
    }
    return n;
  }

  /**
   * Splits text into paragraphs. Blank lines separate paragraphs; so does each line break, except
   * where a line stops mid-sentence and the next begins in lower case (a hard wrap).
   */
  static List<String> paragraphs(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = raw.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
      if (line.isEmpty()) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      if (current.length() > 0) {
        boolean wrapped =
            !SENTENCE_END.matcher(current).find()
                && (Character.isLowerCase(line.codePointAt(0))
                    || current.length() > 60
                        && line.length() > 0
                        && !isHeadlineLike(current.toString()));
        if (wrapped) {
          current.append(' ').append(line);
          continue;
        }
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(line);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }
}
