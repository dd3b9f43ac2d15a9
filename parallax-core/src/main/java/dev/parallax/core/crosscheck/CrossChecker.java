package dev.parallax.core.crosscheck;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Standing;
import dev.parallax.api.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cross-checks the claims of each story's articles against each other and gives every fact a
 * verdict: {@code corroborated} (two or more independent sources agree), {@code single-source}, or
 * {@code contradicted} (independent sources disagree), with every article's evidence; then marks
 * each article whose statements the independent majority contradicts.
 *
 * <p>Amounts are compared inside an event story (how many people were evacuated differs from one
 * flood to the next); a person's title, who said a quote, and how long a war has lasted do not
 * change from one event to the next and are compared across the whole topic.
 *
 * <p>Stateless apart from its inputs; one instance per run.
 */
public final class CrossChecker {

  /** Claim kinds compared across a topic rather than inside one event story. */
  private static final Set<String> TOPIC_KINDS = Set.of("role", "quote", "duration");

  /** Claim kinds compared inside an event story. */
  private static final Set<String> STORY_KINDS = Set.of("quantity");

  /**
   * The result of cross-checking a run.
   *
   * @param findings every fact with its verdict, contradicted first within each scope
   * @param standings every article's standing, by article id
   */
  public record Result(List<Finding> findings, Map<String, Standing> standings) {
    public Result {
      findings = List.copyOf(findings);
      standings = Map.copyOf(standings);
    }

    /** Findings a story's page shows: its own and its topic's that involve its articles. */
    public List<Finding> of(Story story) {
      Set<String> members = Set.copyOf(story.articles());
      return findings.stream()
          .filter(f -> f.scope().equals(story.id()) || f.scope().equals(story.topic()))
          .filter(f -> f.evidence().stream().anyMatch(e -> members.contains(e.article())))
          .toList();
    }

    /** Nothing found. */
    public static Result empty() {
      return new Result(List.of(), Map.of());
    }
  }

  private final List<Entity> entities;
  private final Map<String, String> personByName = new HashMap<>();

  /**
   * @param entities the run's entities, so that a person spelled two ways is one person
   */
  public CrossChecker(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity e : entities) {
      if (e.type().equals("PERSON")) {
        for (String v : e.variants()) {
          personByName.putIfAbsent(v.toLowerCase(Locale.ROOT), e.id());
        }
        personByName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.id());
      }
    }
  }

  /**
   * Cross-checks a run.
   *
   * @param stories the run's event stories
   * @param articles the distinct articles, by id
   * @param claims each distinct article's claims
   */
  public Result check(
      List<Story> stories, Map<String, Article> articles, Map<String, List<Claim>> claims) {
    Sources sources = Sources.of(new ArrayList<>(articles.values()));
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> topicArticles = new LinkedHashMap<>();
    for (Story s : stories) {
      topicArticles.computeIfAbsent(s.topic(), t -> new ArrayList<>()).addAll(s.articles());
      findings.addAll(
          check(s.id(), s.articles(), STORY_KINDS, articles, claims, sources, findings));
    }
    for (Map.Entry<String, List<String>> t : topicArticles.entrySet()) {
      findings.addAll(
          check(t.getKey(), t.getValue(), TOPIC_KINDS, articles, claims, sources, findings));
    }
    Map<String, Claim> byId = new HashMap<>();
    claims.values().forEach(list -> list.forEach(c -> byId.put(c.id(), c)));
    return new Result(findings, standings(articles.keySet(), findings, byId));
  }

  private List<Finding> check(
      String scope,
      List<String> members,
      Set<String> kinds,
      Map<String, Article> articles,
      Map<String, List<Claim>> claims,
      Sources sources,
      List<Finding> sofar) {
    List<Finding> out = new ArrayList<>();
    Function<String, Article> lookup = articles::get;
    for (String kind : kinds.stream().sorted().toList()) {
      List<Statement> statements = new ArrayList<>();
      for (String id : members) {
        for (Claim c : claims.getOrDefault(id, List.of())) {
          if (c.kind().equals(kind)) {
            statements.add(
                new Statement(c, sources.sourceOf(id), sources.labelOf(id), who(c, kind)));
          }
        }
      }
      for (List<Statement> fact : Facts.align(kind, statements, lookup)) {
        out.add(finding("f" + (sofar.size() + out.size() + 1), scope, kind, fact));
      }
    }
    out.sort(Comparator.comparingInt(f -> verdictOrder(f.verdict())));
    List<Finding> renumbered = new ArrayList<>();
    for (Finding f : out) {
      renumbered.add(
          new Finding(
              "f" + (sofar.size() + renumbered.size() + 1),
              f.scope(),
              f.kind(),
              f.subject(),
              f.verdict(),
              f.explanation(),
              f.sources(),
              f.evidence()));
    }
    return renumbered;
  }

  private static int verdictOrder(String verdict) {
    return switch (verdict) {
      case "contradicted" -> 0;
      case "corroborated" -> 1;
      default -> 2;
    };
  }

  /** The person a role or quote is about: their entity when one carries the name. */
  private String who(Claim c, String kind) {
    if (!kind.equals("role") && !kind.equals("quote")) {
      return "";
    }
    String name = c.subject() == null ? "" : c.subject().toLowerCase(Locale.ROOT).strip();
    String id = personByName.get(name);
    if (id != null) {
      return id;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    for (Entity e : entities) {
      if (e.type().equals("PERSON")
          && e.mentions().stream().anyMatch(m -> m.article().equals(c.article()))
          && e.variants().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).endsWith(" " + last))) {
        return e.id();
      }
    }
    return "name:" + name;
  }

  /** One fact's verdict, positions and explanation. */
  private Finding finding(String id, String scope, String kind, List<Statement> fact) {
    // one statement per article: an article repeating a title or a figure says it once
    Map<String, Statement> perArticle = new LinkedHashMap<>();
    for (Statement s : fact) {
      perArticle.putIfAbsent(s.article(), s);
    }
    List<Statement> statements = new ArrayList<>(perArticle.values());
    // positions: mutually consistent versions, the most precise statements first
    List<Statement> ordered = new ArrayList<>(statements);
    ordered.sort(Comparator.comparingDouble(CrossChecker::vagueness));
    List<List<Statement>> positions = new ArrayList<>();
    Map<Statement, Integer> positionOf = new HashMap<>();
    for (Statement s : ordered) {
      int placed = -1;
      for (int p = 0; p < positions.size() && placed < 0; p++) {
        if (positions.get(p).stream().allMatch(o -> Agreement.agree(s, o))) {
          placed = p;
        }
      }
      if (placed < 0) {
        positions.add(new ArrayList<>());
        placed = positions.size() - 1;
      }
      positions.get(placed).add(s);
      positionOf.put(s, placed + 1);
    }
    Set<String> allSources = new LinkedHashSet<>();
    statements.forEach(s -> allSources.add(s.source()));
    boolean contradicted = false;
    List<Finding.Evidence> evidence = new ArrayList<>();
    for (Statement s : statements) {
      Set<String> agreeing = new LinkedHashSet<>();
      Set<String> disagreeing = new LinkedHashSet<>();
      agreeing.add(s.source());
      for (Statement o : statements) {
        if (o == s || o.source().equals(s.source())) {
          continue;
        }
        if (Agreement.agree(s, o)) {
          agreeing.add(o.source());
        } else {
          disagreeing.add(o.source());
        }
      }
      disagreeing.removeAll(agreeing);
      contradicted |= !disagreeing.isEmpty();
      Claim c = s.claim();
      evidence.add(
          new Finding.Evidence(
              s.article(),
              c.id(),
              s.label(),
              shown(c),
              c.text(),
              c.start(),
              c.end(),
              positionOf.get(s),
              disagreeing.size() > agreeing.size()));
    }
    String verdict =
        contradicted ? "contradicted" : allSources.size() >= 2 ? "corroborated" : "single-source";
    String subject = subject(kind, statements.get(0));
    return new Finding(
        id,
        scope,
        kind,
        subject,
        verdict,
        Explanations.explain(verdict, subject, evidence, allSources.size()),
        allSources.size(),
        evidence);
  }

  /** How vague a statement is: exact figures and full titles first. */
  private static double vagueness(Statement s) {
    return switch (s.claim().kind()) {
      case "quantity", "duration" -> {
        try {
          double w = dev.parallax.core.claims.Amount.parse(s.claim().value()).width();
          yield Double.isInfinite(w) ? Double.MAX_VALUE : w;
        } catch (IllegalArgumentException e) {
          yield Double.MAX_VALUE;
        }
      }
      case "role" -> -Agreement.roleWords(s.claim().value()).size();
      default -> 0;
    };
  }

  /** The value as a reader should see it in the matrix. */
  private static String shown(Claim c) {
    return switch (c.kind()) {
      case "quote" -> c.subject() == null ? "unattributed" : c.subject();
      case "quantity", "duration", "role" -> c.text().strip().replaceAll("[,;:]$", "");
      default -> c.value();
    };
  }

  private static String subject(String kind, Statement s) {
    Claim c = s.claim();
    return switch (kind) {
      case "quote" -> "who said “" + Explanations.shorten(c.value(), 60) + "”";
      case "role" -> "the post of " + c.subject();
      case "duration" -> "how long the " + c.subject() + " has lasted";
      case "quantity" -> "how many " + (c.subject() == null ? "" : c.subject());
      default -> c.subject() + " " + c.predicate();
    };
  }

  /** Whether two pieces of evidence of one finding agree, judged on their claims' values. */
  private static boolean agree(
      String kind, Finding.Evidence a, Finding.Evidence b, Map<String, Claim> claims) {
    if (kind.equals("quote")) {
      return a.position() == b.position();
    }
    Claim x = claims.get(a.claim());
    Claim y = claims.get(b.claim());
    return x == null || y == null || Agreement.agreeValues(kind, x.value(), y.value());
  }

  private static Map<String, Standing> standings(
      Set<String> articleIds, List<Finding> findings, Map<String, Claim> claims) {
    Map<String, List<String>> contradicted = new HashMap<>();
    Map<String, List<String>> reasons = new HashMap<>();
    for (Finding f : findings) {
      if (!f.verdict().equals("contradicted")) {
        continue;
      }
      for (Finding.Evidence e : f.evidence()) {
        boolean against =
            f.evidence().stream()
                .anyMatch(o -> !o.source().equals(e.source()) && !agree(f.kind(), e, o, claims));
        if (against) {
          contradicted.computeIfAbsent(e.article(), a -> new ArrayList<>()).add(f.id());
        }
        if (e.outvoted()) {
          reasons
              .computeIfAbsent(e.article(), a -> new ArrayList<>())
              .add(Explanations.outvoted(f, e));
        }
      }
    }
    Map<String, Standing> out = new LinkedHashMap<>();
    for (String id : articleIds) {
      List<String> r = reasons.getOrDefault(id, List.of());
      out.put(id, new Standing(id, contradicted.getOrDefault(id, List.of()), !r.isEmpty(), r));
    }
    return out;
  }
}
