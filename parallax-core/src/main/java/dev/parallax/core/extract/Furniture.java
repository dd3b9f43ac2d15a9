package dev.parallax.core.extract;

import dev.parallax.api.Removed;
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

  /** The reason given for a line that is only a date or time stamp. */
  static final String DATE_STAMP = "date-stamp";

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

  /** Calls to sign up, download, follow: promotion, whatever words surround them. */
  private static final Pattern PROMO =
      Pattern.compile(
          "(?i)^(get (breaking|the latest|our|the best|free|exclusive)|sign up|subscribe|join (us|our)|"
              + "download (our|the)|follow (us|@)|let our news|stay (informed|up to date|in the know)|"
              + "never miss|want more|enjoyed this|like this (article|story)|breaking news (emails|alerts)|"
              + "support (our|independent) journalism|become a (member|subscriber)|"
              + "already a subscriber|to continue reading|you have \\d+ free).{0,200}$");

  /** Photo agency credits ("Name | Bloomberg | Getty Images", "AP Photo/Name"). */
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "(?i)^.{0,80}(getty images|ap photo|afp via getty|reuters/|shutterstock|epa-efe|"
              + "photo(graph)?:|image:|\\(photo|file photo).{0,80}$");

  /** A byline standing alone: "By Jane Doe", "By Reuters". */
  private static final Pattern BYLINE =
      Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'-]*(\\s+(and\\s+)?\\p{Lu}[\\p{L}.'-]*,?){0,6}$");

  /**
   * Post metadata and legal lines: "Posted by … in …", "Tags:", "This document is subject to
   * copyright".
   */
  private static final Pattern POST_META =
      Pattern.compile(
          "(?i)^(.{0,40}\\b(posted|published|publicado|filed|written) (by|in|under|por|on)\\b.{0,160}|"
              + "(tags?|categor(y|ia|ies)|filed under|topics?)\\s*:.{0,200}|"
              + "this (document|article|material|content) (is subject to|may not be).{0,300}|"
              + "citation\\s*:.{0,400}|explore further|.{0,120}©.{0,80})$");

  private Furniture() {}

  /**
   * The reason {@code block} is furniture, or null when it may be article text.
   *
   * @param block one trimmed line or paragraph
   */
  static String reason(String block) {
    String t = block.strip();
    if (t.isEmpty() || t.length() > 320) {
      return null;
    }
    if (CREDIT.matcher(t).matches() || PHOTO_CREDIT.matcher(t).matches()) {
      return Removed.CREDIT_LINE;
    }
    if (t.length() <= 200 && RELATED.matcher(t).matches()) {
      return Removed.RELATED_LINKS;
    }
    if (t.length() <= 80 && BOILERPLATE.matcher(t).matches()) {
      return Removed.BOILERPLATE;
    }
    if (t.length() <= 60 && isDateStamp(t)) {
      // before the post-meta lines, which "Posted on December 23, 2012" would match too: a date
      // stamp is kept apart because it may be the article's publication date
      return DATE_STAMP;
    }
    if (POST_META.matcher(t).matches()) {
      return t.contains("©") ? Removed.CREDIT_LINE : Removed.BOILERPLATE;
    }
    if (PROMO.matcher(t).matches()) {
      return Removed.BOILERPLATE;
    }
    if (BYLINE.matcher(t).matches()) {
      return "byline";
    }
    return null;
  }

  /**
   * A line that is only a date or time stamp, perhaps with a name: "Nov. 19, 2019, 8:41 AM UTC".
   */
  private static boolean isDateStamp(String t) {
    if (Dates.parse(t, "text") == null) {
      return false;
    }
    String rest =
        t.replaceAll("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?", "")
            .replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", "")
            .replaceAll("(?i)\\b(am|pm|utc|gmt|[ecmp][sd]t|updated|published|posted|on|at)\\b", "")
            .replaceAll("[\\d\\s,.:/|+-]", "");
    return rest.length() <= 25;
  }
}
