package dev.parallax.core.extract;

import dev.parallax.api.Removed;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines and blocks that belong to the page around an article rather than to the article:
 * calls to share, subscribe or follow, "Read more" lead-ins, credit lines, cookie banners. Shared
 * by the HTML and plain-text extractors so both drop the same things for the same reasons.
 *
 * <p>Only whole short blocks are matched: a sentence of the article that happens to contain
 * "subscribe" is longer than any of these patterns allows. Stateless and thread-safe.
 */
final class Furniture {

  /** Short blocks that are furniture by their words alone. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)^(connect with us|follow us( on \\w+)?|share (this|on \\w+)( article| story)?|"
              + "share|tweet|email|print|comments?|\\d+ comments?|leave a (comment|reply)|"
              + "advertisement|advertising|sponsored( content)?|published|updated|on|by|"
              + "sign up( for [\\w ]+)?|subscribe( now| today| to [\\w ]+)?|newsletter|"
              + "(accept|manage) cookies|we use cookies.*|skip to (main )?content|"
              + "trending( now)?|most (read|popular|viewed)|latest( news)?|top stories|"
              + "copyright .*|© .*|all rights reserved\\.?|back to top|"
              + "click here.*|download (our|the) app.*|watch:?|listen:?|"
              + "log ?in|sign ?in|register|menu|search|home|news|close|loading\\.*|"
              + "this content was .*|view comments|show comments|related( articles| stories)?:?)"
              + "[.!:]?$");

  /** Lead-ins to lists of other articles. */
  private static final Pattern RELATED =
      Pattern.compile(
          "(?i)^(read (more|also|next|this)|see also|you (may|might) (also )?like|"
              + "more (from|on|stories|news)( [\\w ]+)?|recommended( for you)?|related( news)?|"
              + "also read|don't miss|editor'?s picks?|what to read next|more to explore)"
              + "\\b.{0,60}$");

  /** Credit and attribution lines. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)^((credit|credits|photo|image|picture|source)( to| by)?\\s*[:\\-–—]?\\s+.{1,120}|"
              + "(with|additional reporting by|reporting by|writing by|editing by|compiled by)"
              + "\\b.{1,120}|\\(?(with )?(\\w+ )?(wires|agencies|wire services)\\)?\\.?)$");

  private Furniture() {}

  /**
   * The reason {@code block} is furniture, or null when it may be article text.
   *
   * @param block one trimmed line or paragraph
   */
  static String reason(String block) {
    String t = block.strip();
    if (t.isEmpty() || t.length() > 200) {
      return null;
    }
    if (CREDIT.matcher(t).matches()) {
      return Removed.CREDIT_LINE;
    }
    if (RELATED.matcher(t).matches()) {
      return Removed.RELATED_LINKS;
    }
    if (t.length() <= 80 && BOILERPLATE.matcher(t).matches()) {
      return Removed.BOILERPLATE;
    }
    return null;
  }

  /** True when {@code block} introduces a list of links to other articles. */
  static boolean introducesLinks(String block) {
    return RELATED.matcher(block.strip()).matches()
        || block.strip().toLowerCase(Locale.ROOT).matches("(read more|related|more stories):?");
  }
}
