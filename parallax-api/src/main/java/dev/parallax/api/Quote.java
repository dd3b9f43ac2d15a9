package dev.parallax.api;

import java.util.Objects;

/**
 * Words an article puts in someone's mouth, and who it says spoke them.
 *
 * @param start offset of the opening quotation mark in the article text
 * @param end offset just after the closing mark (or the end of the paragraph when the article never
 *     closes the quote)
 * @param text the quoted words, without the marks
 * @param speakerName the speaker as the article names them (full name when the article gives it
 *     anywhere), null when no speaker could be found
 * @param speaker the speaker's entity id when entities are resolved, else null
 * @param cue the verb or phrase that attributes the quote ("said", "according to"), null when the
 *     speaker is inferred from context
 * @param how how the speaker was found: {@code cue} (named next to a cue verb), {@code pronoun} (a
 *     pronoun resolved to the last person named), {@code continuation} (a quote that goes on from
 *     the previous one), or why there is none ({@code unattributed})
 * @param confidence how sure the attribution is, in [0, 1]
 */
public record Quote(
    int start,
    int end,
    String text,
    String speakerName,
    String speaker,
    String cue,
    String how,
    double confidence) {

  public Quote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(how, "how");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
