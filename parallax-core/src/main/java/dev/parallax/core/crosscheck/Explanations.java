package dev.parallax.core.crosscheck;

import dev.parallax.api.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One-sentence explanations of verdicts, written for a reader, not a developer. */
final class Explanations {

  private Explanations() {}

  /** The explanation of a finding of the given kind ("quantity", "quote", "age" …). */
  static String explain(
      String verdict, String kind, String subject, List<Finding.Evidence> evidence) {
    return switch (verdict) {
      case "contradicted" -> contradicted(subject, evidence, unjudged(kind));
      case "corroborated" -> corroborated(subject, evidence, unjudged(kind));
      default -> singleSource(subject, evidence);
    };
  }

  /**
   * Why a value beside the sides was not judged against them, by the kind of fact: a reader told an
   * age was "worded too differently" is told something untrue — two ages are held apart because the
   * reports are undated or far apart in time, and a birthday may lie between them.
   */
  static String unjudged(String kind) {
    return switch (kind) {
      case "quote" -> "worded too differently, or the speaker only inferred";
      case "age" ->
          "an age is held against another only between reports dated within a week of each other";
      case "role" -> "another way of describing the person, or a post held before";
      default -> "worded too differently";
    };
  }

  /**
   * What one source says; several articles of it (copies, one outlet's reports, a report and one
   * crediting it) are named, with why they count once.
   */
  private static String singleSource(String subject, List<Finding.Evidence> evidence) {
    Set<String> labels = new LinkedHashSet<>();
    evidence.forEach(e -> labels.add(e.source()));
    Map<Integer, String> sides = sides(evidence);
    if (labels.size() > 1 && sides.size() > 1) {
      // different values none was judged against: two parties' estimates, each given to its
      // party ("5,000, police said"; "20,000, the organisers said"), or figures worded too
      // differently to be one fact
      return "No two independent sources agree on "
          + subject
          + ", and none is judged against another: "
          + String.join("; ", sides.values())
          + ".";
    }
    return labels.size() == 1
        ? "Only " + sourceList(evidence) + " states " + subject + stated(subject, evidence) + "."
        : "Only "
            + sourceList(evidence)
            + ", which are not independent of each other, state "
            + subject
            + stated(subject, evidence)
            + ".";
  }

  /**
   * What a single source states, when its subject does not say it already: "Only a.txt states how
   * many jobs are to go: “600 positions”", not only that it states how many. Subjects that carry
   * the value ("where: Lind", "how long: two years") and quotes (whose words are the subject) are
   * left as they are.
   */
  private static String stated(String subject, List<Finding.Evidence> evidence) {
    if (subject.contains(":") || subject.startsWith("who said")) {
      return "";
    }
    Set<String> texts = new LinkedHashSet<>();
    evidence.forEach(e -> texts.add(shorten(e.text(), 60)));
    return texts.isEmpty() ? "" : ": “" + String.join("”, “", texts) + "”";
  }

  /**
   * Agreement, and, when other articles give other values that were not close enough in wording to
   * be judged the same fact, those too — so that nothing is hidden behind the badge.
   */
  private static String corroborated(
      String subject, List<Finding.Evidence> evidence, String unjudged) {
    Map<Integer, String> sides = sides(evidence);
    Map<Integer, Set<String>> who = new LinkedHashMap<>();
    evidence.forEach(
        e -> who.computeIfAbsent(e.position(), p -> new LinkedHashSet<>()).add(e.source()));
    int biggest =
        who.keySet().stream().max((x, y) -> who.get(x).size() - who.get(y).size()).orElseThrow();
    StringBuilder out =
        new StringBuilder()
            .append(who.get(biggest).size())
            .append(" independent sources agree on ")
            .append(subject)
            .append(": ")
            .append(sides.get(biggest))
            .append(".");
    List<String> others = new ArrayList<>();
    sides.forEach(
        (p, side) -> {
          if (p != biggest) {
            others.add(side);
          }
        });
    if (!others.isEmpty()) {
      out.append(" Not judged against them (")
          .append(unjudged)
          .append("): ")
          .append(String.join("; ", others))
          .append(".");
    }
    return out.toString();
  }

  /**
   * The sides at odds, then any other side of the fact that no source was judged against: a fact
   * gathers figures of one kind by their wording, and "at least seven people" beside "five people"
   * and "three people" is not part of the disagreement, so the sentence does not put it there.
   */
  private static String contradicted(
      String subject, List<Finding.Evidence> evidence, String unjudged) {
    Set<Integer> atOdds = new LinkedHashSet<>();
    evidence.forEach(
        e -> {
          if (e.contradicted()) {
            atOdds.add(e.position());
          }
        });
    List<String> parts = new ArrayList<>();
    List<String> others = new ArrayList<>();
    // one side flagged alone (its other statements agree with an article that also gives both):
    // every side is part of the disagreement
    boolean split = atOdds.size() >= 2;
    sides(evidence).forEach((p, side) -> (!split || atOdds.contains(p) ? parts : others).add(side));
    return "Sources disagree on "
        + subject
        + ": "
        + String.join("; ", parts)
        + "."
        + (others.isEmpty()
            ? ""
            : " Not judged against them (" + unjudged + "): " + String.join("; ", others) + ".");
  }

  /** Per position: "Capital Times and Coastal Observer say “…”". */
  private static Map<Integer, String> sides(List<Finding.Evidence> evidence) {
    Map<Integer, Set<String>> who = new LinkedHashMap<>();
    Map<Integer, Set<String>> what = new LinkedHashMap<>();
    for (Finding.Evidence e : evidence) {
      who.computeIfAbsent(e.position(), p -> new LinkedHashSet<>()).add(e.source());
      what.computeIfAbsent(e.position(), p -> new LinkedHashSet<>()).add(shorten(e.value(), 60));
    }
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Map.Entry<Integer, Set<String>> p : who.entrySet()) {
      Set<String> values = what.get(p.getKey());
      out.put(
          p.getKey(),
          join(new ArrayList<>(p.getValue()))
              + (p.getValue().size() == 1 ? " says " : " say ")
              + "“"
              + String.join("”, “", values)
              + "”");
    }
    return out;
  }

  /** Why an outvoted statement flags its article. */
  static String outvoted(Finding f, Finding.Evidence e) {
    Set<String> others = new LinkedHashSet<>();
    Set<String> values = new LinkedHashSet<>();
    for (Finding.Evidence o : f.evidence()) {
      if (o.position() != e.position() && !o.source().equals(e.source())) {
        others.add(o.source());
        values.add(shorten(o.value(), 60));
      }
    }
    return "On "
        + f.subject()
        + " it says “"
        + shorten(e.value(), 60)
        + "” where "
        + join(new ArrayList<>(others))
        + (others.size() == 1 ? " says " : " say ")
        + "“"
        + String.join("”, “", values)
        + "”.";
  }

  private static String sourceList(List<Finding.Evidence> evidence) {
    Set<String> sources = new LinkedHashSet<>();
    evidence.forEach(e -> sources.add(e.source()));
    return join(new ArrayList<>(sources));
  }

  static String join(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  static String shorten(String s, int max) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
  }
}
