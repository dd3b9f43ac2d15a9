package dev.parallax.core.report;

import dev.parallax.api.Entity;
import dev.parallax.api.Quote;
import java.util.List;
import java.util.Locale;

/** Links a quote's speaker name to the person entity named that way in the same article. */
public final class SpeakerLinks {

  private SpeakerLinks() {}

  /** The id of the person entity the speaker name belongs to, or null. */
  public static String entityOf(Quote q, String article, List<Entity> entities) {
    if (q.speakerName() == null) {
      return null;
    }
    String speaker = q.speakerName().toLowerCase(Locale.ROOT);
    String last = speaker.substring(speaker.lastIndexOf(' ') + 1);
    for (Entity e : entities) {
      if (!e.type().equals("PERSON")) {
        continue;
      }
      boolean inArticle = e.mentions().stream().anyMatch(m -> m.article().equals(article));
      if (!inArticle) {
        continue;
      }
      for (String v : e.variants()) {
        String lv = v.toLowerCase(Locale.ROOT);
        if (lv.equals(speaker) || lv.endsWith(" " + last) || lv.equals(last)) {
          return e.id();
        }
      }
    }
    return null;
  }
}
