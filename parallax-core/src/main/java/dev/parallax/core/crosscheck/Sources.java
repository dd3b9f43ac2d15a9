package dev.parallax.core.crosscheck;

import dev.parallax.api.Article;
import dev.parallax.api.Removed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which articles count as independent sources. Copies never reach here (deduplication keeps one
 * article per group); on top of that, articles of one outlet are one source, and an article that
 * credits another outlet or a wire ("(AP)", "With Post wires", "Additional reporting by Reuters",
 * "Credit to …") is one source with that outlet and with every other article crediting the same
 * wire. Articles whose outlet is unknown count on their own.
 *
 * <p>Written here rather than taken from a library because no library reads newsroom credit lines;
 * the patterns are the conventions wire copy and rewrites use, not names of particular outlets.
 */
public final class Sources {

  private static final Pattern DATELINE_CREDIT =
      Pattern.compile("\\(([A-Z][A-Za-z&.]{1,12}(?: [A-Z][A-Za-z&.]{1,12}){0,2})\\)\\s*[—–-]");
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)(?:(?:with|additional)\\s+reporting\\s+(?:by|from)\\s+|credits?\\s+to\\s+|"
              + "(?:with|via|from)\\s+(?=\\S+(?:\\s+\\S+){0,2}\\s+wires?\\b)|source:\\s+|"
              + "(?:written|compiled)\\s+(?:with|from)\\s+)"
              + "(?-i:(?:the\\s+)?([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3}))");
  private static final Pattern MORE_CREDITS =
      Pattern.compile(
          "(?:(?:\\s+(?i:and)\\s+|\\s*[,&]\\s*)(?:the\\s+)?[A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3})+");
  private static final Pattern CONTRIBUTED =
      Pattern.compile(
          "(?:The\\s+)?([A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3})\\s+contributed\\s+to\\s+this");

  private final Map<String, String> sourceOf = new HashMap<>();
  private final Map<String, String> labelOf = new HashMap<>();

  private Sources() {}

  /** Groups the given distinct articles into independent sources. */
  public static Sources of(List<Article> articles) {
    Sources s = new Sources();
    UnionFind groups = new UnionFind();
    Map<String, List<String>> creditsOf = new HashMap<>();
    Map<String, String> outletKeys = new HashMap<>();
    for (Article a : articles) {
      groups.add(a.id());
      if (a.outlet() != null && !a.outlet().isBlank()) {
        String key = "outlet:" + a.outlet().strip().toLowerCase(Locale.ROOT);
        outletKeys.put(key, a.outlet().strip());
        groups.union(a.id(), key);
      }
    }
    for (Article a : articles) {
      List<String> credits = credits(a);
      creditsOf.put(a.id(), credits);
      for (String credit : credits) {
        groups.union(a.id(), "credit:" + credit.toLowerCase(Locale.ROOT));
        for (Map.Entry<String, String> outlet : outletKeys.entrySet()) {
          if (names(credit, outlet.getValue())) {
            groups.union(a.id(), outlet.getKey());
          }
        }
      }
    }
    Map<String, String> fileNames = fileNames(articles.stream().map(Article::source).toList());
    for (Article a : articles) {
      s.sourceOf.put(a.id(), groups.find(a.id()));
      boolean hasOutlet = a.outlet() != null && !a.outlet().isBlank();
      String name = hasOutlet ? a.outlet().strip() : fileNames.get(a.source());
      List<String> foreign =
          creditsOf.get(a.id()).stream().filter(c -> !hasOutlet || !names(c, name)).toList();
      s.labelOf.put(
          a.id(),
          foreign.isEmpty() ? name : name + " (credits " + String.join(", ", foreign) + ")");
    }
    return s;
  }

  /** The independent source an article counts toward; equal strings mean one source. */
  public String sourceOf(String articleId) {
    return sourceOf.getOrDefault(articleId, articleId);
  }

  /**
   * A name for the article a reader recognises: its outlet (or file), with the outlets it credits.
   */
  public String labelOf(String articleId) {
    return labelOf.getOrDefault(articleId, articleId);
  }

  /** Credited outlets and wires, from the text's dateline and credit lines and removed credits. */
  static List<String> credits(Article a) {
    Set<String> out = new LinkedHashSet<>();
    String head = a.text().substring(0, Math.min(400, a.text().length()));
    Matcher d = DATELINE_CREDIT.matcher(head);
    if (d.find()) {
      out.add(d.group(1));
    }
    List<String> places = new ArrayList<>();
    places.add(a.text());
    for (Removed r : a.removed()) {
      if (r.reason().equals("credit-line")
          || r.reason().equals("agency-tail")
          || r.reason().equals("byline")) {
        places.add(r.text());
      }
    }
    for (String text : places) {
      Matcher m = CREDIT.matcher(text);
      while (m.find()) {
        // "Credit to the Courier and Northern Wire": each named outlet is a credit
        int end = text.indexOf('\n', m.end());
        String rest = text.substring(m.end(), end < 0 ? text.length() : end);
        Matcher more = MORE_CREDITS.matcher(rest);
        String all = m.group(1) + (more.lookingAt() ? more.group() : "");
        for (String credit : all.split("(?i)\\s+and\\s+|\\s*,\\s*|\\s*&\\s*")) {
          out.add(trimWires(credit));
        }
      }
      Matcher c = CONTRIBUTED.matcher(text);
      while (c.find()) {
        out.add(trimWires(c.group(1)));
      }
    }
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }

  private static String trimWires(String credit) {
    return credit.replaceAll("(?i)\\s+(?:wires?|staff|reporters?|news service)$", "").strip();
  }

  /**
   * True when a credit names an outlet: the same name, its initials ("CPA" for "Continental Press
   * Agency"), or its distinctive words ("Post" for "The Lindenfeld Post").
   */
  static boolean names(String credit, String outlet) {
    String c = credit.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    String o = outlet.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    if (c.equals(o)) {
      return true;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : o.split("[\\s-]+")) {
      if (!w.isEmpty() && !w.equals("of") && !w.equals("and")) {
        initials.append(w.charAt(0));
      }
    }
    if (c.replace(".", "").equals(initials.toString())) {
      return true;
    }
    // a set that takes repeats: an outlet's name may repeat a word ("Valley News News")
    Set<String> outletWords = new java.util.HashSet<>(java.util.Arrays.asList(o.split("\\s+")));
    for (String w : c.split("\\s+")) {
      if (!outletWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A file name for each source, with as many of its folders as tell it from the others: corpora
   * are often sorted into folders of like-named files ("sport/183.txt", "politics/183.txt"), and a
   * reader told only "183.txt" cannot find the one meant.
   */
  static Map<String, String> fileNames(List<String> sources) {
    Map<String, String> out = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    for (String source : sources) {
      depth.put(source, 1);
    }
    for (int round = 0; round < 6; round++) {
      out.clear();
      Map<String, List<String>> byName = new HashMap<>();
      for (String source : sources) {
        String name = lastParts(source, depth.get(source));
        out.put(source, name);
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(source);
      }
      boolean longer = false;
      for (List<String> same : byName.values()) {
        if (same.stream().distinct().count() > 1) {
          for (String source : same) {
            String name = lastParts(source, depth.get(source) + 1);
            if (!name.equals(out.get(source))) {
              depth.merge(source, 1, Integer::sum);
              longer = true;
            }
          }
        }
      }
      if (!longer) {
        break;
      }
    }
    return out;
  }

  /** The last {@code n} parts of a path ("sport/183.txt" for n = 2). */
  private static String lastParts(String source, int n) {
    int cut = source.length();
    for (int i = 0; i < n; i++) {
      int slash = Math.max(source.lastIndexOf('/', cut - 1), source.lastIndexOf('\\', cut - 1));
      if (slash < 0) {
        return source;
      }
      cut = slash;
    }
    return source.substring(cut + 1);
  }

  /** Union–find over string keys. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    void add(String x) {
      parent.putIfAbsent(x, x);
    }

    String find(String x) {
      add(x);
      String root = x;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      String cur = x;
      while (!parent.get(cur).equals(root)) {
        String next = parent.get(cur);
        parent.put(cur, root);
        cur = next;
      }
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        // article ids sort before "credit:" and "outlet:" keys, so a root is an article when
        // possible; the choice only has to be deterministic
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }
}
