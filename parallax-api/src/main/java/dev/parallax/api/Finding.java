package dev.parallax.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One fact as several articles of a story state it, with the verdict of cross-checking them.
 *
 * @param id stable within a run ({@code f1}, {@code f2} …)
 * @param scope the story ({@code s3}) or, for facts that do not change from one event to the next
 *     (a person's role, who said a quote, how long a war has lasted), the topic ({@code t2}) whose
 *     articles were compared
 * @param kind the kind of the claims compared: {@code quantity}, {@code role}, {@code quote},
 *     {@code duration}, {@code place}
 * @param subject what the fact is about, as people read it ("people evacuated", "Aleksandr
 *     Gritsenko", "“We have waited long enough…”")
 * @param verdict {@code corroborated}, {@code single-source} or {@code contradicted}
 * @param explanation one sentence saying who states what
 * @param sources how many independent sources state it
 * @param evidence every article's statement of it, one per claim
 */
public record Finding(
    String id,
    String scope,
    String kind,
    String subject,
    String verdict,
    String explanation,
    int sources,
    List<Evidence> evidence) {

  /** The three verdicts. */
  public static final Set<String> VERDICTS =
      Set.of("corroborated", "single-source", "contradicted");

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(explanation, "explanation");
    if (!VERDICTS.contains(verdict)) {
      throw new IllegalArgumentException("unknown verdict: " + verdict);
    }
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a finding needs evidence");
    }
  }

  /**
   * One article's statement of the fact.
   *
   * @param article the article
   * @param claim the claim id
   * @param source the independent source it counts toward (outlet, wire, or the article itself)
   * @param value the value it gives, as written or normalised
   * @param text the evidence words
   * @param start offset in the article's text
   * @param end offset after the evidence
   * @param position which of the finding's mutually consistent versions it belongs to (1, 2 …); all
   *     evidence of an uncontradicted finding is position 1
   * @param contradicted true when another independent source states something it cannot be true
   *     together with
   * @param outvoted true when more independent sources contradict it than support it
   */
  public record Evidence(
      String article,
      String claim,
      String source,
      String value,
      String text,
      int start,
      int end,
      int position,
      boolean contradicted,
      boolean outvoted) {
    public Evidence {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(source, "source");
      if (position < 1) {
        throw new IllegalArgumentException("positions start at 1");
      }
      if (outvoted && !contradicted) {
        throw new IllegalArgumentException("only a contradicted statement can be outvoted");
      }
    }
  }
}
