package dev.parallax.core.entities;

import dev.parallax.api.Entity;
import dev.parallax.api.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes entities out of named-entity mentions: one per real-world person, organisation or place
 * across the articles given, with every spelling seen and the roles the articles state.
 *
 * <p>Within an article, a family name alone ("Okafor") joins the full name it abbreviates ("Daniel
 * Okafor"). Across articles, people merge only when {@link NameMatcher} says their fullest names
 * are one person — so spelling and transliteration variants meet, and two people who share a first
 * or a family name stay apart; a family name that no article completes stays its own entity.
 * Organisations and places merge when their folded names are equal or romanisation variants of each
 * other.
 *
 * <p>Stateless; {@link #resolve} may be called from several threads.
 */
public final class EntityResolver {

  /** One article's text and its mentions. */
  public record ArticleMentions(String articleId, String text, List<Mention> mentions) {
    public ArticleMentions {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
      mentions = List.copyOf(mentions);
    }
  }

  private final NameMatcher matcher = new NameMatcher();

  /** A group of mentions believed to be one entity. */
  private static final class Cluster {
    final String type;
    String retyped;
    final List<Entity.Mentioned> mentions = new ArrayList<>();
    final Map<String, Integer> forms = new LinkedHashMap<>();
    final List<Entity.Role> roles = new ArrayList<>();
    Cluster merged;

    Cluster(String type) {
      this.type = type;
    }

    Cluster root() {
      Cluster c = this;
      while (c.merged != null) {
        c = c.merged;
      }
      return c;
    }

    /** Takes in another cluster's mentions, forms and roles. */
    void absorb(Cluster other) {
      mentions.addAll(other.mentions);
      other.forms.forEach((f, k) -> forms.merge(f, k, Integer::sum));
      roles.addAll(other.roles);
    }

    void add(String article, Mention m, String form) {
      mentions.add(new Entity.Mentioned(article, m.start(), m.end(), m.text()));
      forms.merge(form, 1, Integer::sum);
    }

    /**
     * A full name over a bare one ("Daniel Okafor" over "Okafor"), and among full names the one
     * most often written, then the longest: "Barack Obama", written everywhere, over a "B. Hussein
     * Obama" one writer uses once.
     */
    String best() {
      return forms.entrySet().stream()
          .max(
              Comparator.<Map.Entry<String, Integer>>comparingInt(
                      e -> Math.min(2, e.getKey().split("\\s+").length))
                  // a dateline's or a headline's capitals ("HARWICK") are not how the name is
                  // written
                  .thenComparingInt(
                      e -> e.getKey().chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                  .thenComparingInt(Map.Entry::getValue)
                  .thenComparingInt(e -> e.getKey().split("\\s+").length)
                  .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey)
          .orElse("");
    }
  }

  public List<Entity> resolve(List<ArticleMentions> articles) {
    List<Cluster> all = new ArrayList<>();
    RunNames run = RunNames.of(articles);
    for (ArticleMentions a : articles) {
      all.addAll(withinArticle(a, run));
    }
    // across articles: merge clusters of one type whose best names agree, comparing only
    // clusters whose last names share a consonant skeleton (blocking keeps this near-linear)
    Map<String, List<Cluster>> blocks = new HashMap<>();
    for (Cluster x : all) {
      String key = x.type + ":" + blockKey(x.best());
      List<Cluster> block = blocks.computeIfAbsent(key, k -> new ArrayList<>());
      for (Cluster y : block) {
        if (x.root() != y.root() && same(x.type, x.best(), y.root().best())) {
          x.root().merged = y.root();
        }
      }
      block.add(x);
    }
    // a family name no article of its own completes: join the one full name that has it, or
    // others written the same way
    Map<String, List<Cluster>> fullByFamily = new HashMap<>();
    Map<String, Cluster> familyOnly = new HashMap<>();
    for (Cluster c : all) {
      if (!c.type.equals("PERSON") || c.root() != c) {
        continue;
      }
      PersonName p = PersonName.parse(c.best());
      if (p != null && !p.given().isEmpty()) {
        fullByFamily.computeIfAbsent(String.join(" ", p.family()), k -> new ArrayList<>()).add(c);
      }
    }
    for (Cluster c : all) {
      if (!c.type.equals("PERSON") || c.root() != c) {
        continue;
      }
      PersonName p = PersonName.parse(c.best());
      if (p == null || !p.given().isEmpty()) {
        continue;
      }
      String family = String.join(" ", p.family());
      // the full names whose family name is this one as written; failing those, however spelled
      // (Tchaikovsky / Chaikovskiy). A spelling variant does not make "Lohan" ambiguous between
      // the run's "Lindsay Lohan" and a "Michael Lehan" of another story.
      java.util.Set<Cluster> roots = new java.util.LinkedHashSet<>();
      fullByFamily.getOrDefault(family, List.of()).forEach(x -> roots.add(x.root()));
      if (roots.isEmpty()) {
        for (Map.Entry<String, List<Cluster>> f : fullByFamily.entrySet()) {
          if (NameMatcher.variant(f.getKey().replace(" ", ""), family.replace(" ", ""))) {
            f.getValue().forEach(x -> roots.add(x.root()));
          }
        }
      }
      List<Cluster> full = new ArrayList<>(roots);
      if (full.size() == 1) {
        c.merged = full.get(0).root();
      } else if (full.isEmpty()) {
        Cluster first = familyOnly.putIfAbsent(family, c);
        if (first != null && first.root() != c) {
          c.merged = first.root();
        }
      }
    }
    joinLoneGivenNames(all);
    // a lone "person" word that other mentions use as a place or an organisation ("the Orlov
    // dam", "Harwick" the port) is the tagger's mistake: it takes the other type
    Map<String, String> otherTypes = new HashMap<>();
    for (Cluster c : all) {
      if (!c.type.equals("PERSON")) {
        for (String form : c.forms.keySet()) {
          for (String w : foldName(form).split(" ")) {
            otherTypes.putIfAbsent(w, c.type);
          }
        }
      }
    }
    for (Cluster c : all) {
      if (c.type.equals("PERSON") && c.root() == c) {
        PersonName p = PersonName.parse(c.best());
        String word = foldName(c.best());
        if (p != null && p.given().isEmpty() && otherTypes.containsKey(word)) {
          c.retyped = otherTypes.get(word);
        }
      }
    }
    Map<String, String> texts = new HashMap<>();
    for (ArticleMentions a : articles) {
      texts.put(a.articleId(), a.text());
    }
    Map<Cluster, List<Cluster>> groups = new LinkedHashMap<>();
    for (Cluster c : all) {
      groups.computeIfAbsent(c.root(), k -> new ArrayList<>()).add(c);
    }
    // a person retyped as a place or a thing ("A court in Harwick" tagged a person, "Harwick" a
    // place elsewhere) joins the place of that name rather than standing beside it
    Map<String, Cluster> byTypedName = new LinkedHashMap<>();
    List<Cluster> wholes = new ArrayList<>();
    java.util.Set<Cluster> retypedFromPerson = new java.util.HashSet<>();
    for (List<Cluster> group : groups.values()) {
      Cluster root = group.get(0).root();
      Cluster whole = new Cluster(root.retyped != null ? root.retyped : root.type);
      group.forEach(whole::absorb);
      String name = whole.best();
      boolean oneWordPerson = whole.type.equals("PERSON") && !name.contains(" ");
      Cluster entity =
          oneWordPerson && namesAPlace(whole, texts)
              ? retype(whole, "LOCATION")
              : oneWordPerson && namesAThing(whole, texts) ? retype(whole, "MISC") : whole;
      if (entity.type.equals("PERSON")) {
        wholes.add(entity);
        continue;
      }
      Cluster same = byTypedName.get(entity.type + ":" + foldName(name));
      if (same == null) {
        byTypedName.put(entity.type + ":" + foldName(name), entity);
        wholes.add(entity);
        if (root.retyped != null) {
          retypedFromPerson.add(entity);
        }
      } else {
        same.absorb(entity);
      }
    }
    // a person the tagger misread that names an organisation of the run by its short name
    // ("Lindholm will pay …" beside "Lindholm Steel") joins that organisation, when only one has
    // it. (Joining every organisation's short name across the run, as within one article, joined
    // "CNN" to a misread "Since CNN" and "IMF" to "EU & IMF": a report's own full name is a surer
    // guide than the run's.)
    Map<String, Cluster> organisations = new LinkedHashMap<>();
    for (Cluster w : wholes) {
      if (w.type.equals("ORGANIZATION") && !retypedFromPerson.contains(w)) {
        organisations.putIfAbsent(foldName(w.best()), w);
      }
    }
    List<Cluster> joined = new ArrayList<>();
    for (Cluster w : wholes) {
      Cluster full =
          retypedFromPerson.contains(w) && w.type.equals("ORGANIZATION")
              ? fullNameOf(foldName(w.best()), organisations, true)
              : null;
      if (full != null) {
        full.absorb(w);
      } else {
        joined.add(w);
      }
    }
    wholes = joined;
    List<Entity> entities = new ArrayList<>();
    int n = 0;
    for (Cluster entity : wholes) {
      String name = entity.best();
      List<String> variants = new ArrayList<>();
      variants.add(name);
      entity.forms.keySet().stream().filter(f -> !f.equals(name)).forEach(variants::add);
      entities.add(
          new Entity("e" + (++n), name, entity.type, variants, entity.mentions, entity.roles));
    }
    entities.sort(
        Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name));
    List<Entity> renumbered = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      renumbered.add(
          new Entity("e" + (i + 1), e.name(), e.type(), e.variants(), e.mentions(), e.roles()));
    }
    return withReferences(renumbered, texts);
  }

  /** The entities with the pronouns that stand for each person ({@link Pronouns}). */
  private static List<Entity> withReferences(List<Entity> entities, Map<String, String> texts) {
    Map<String, List<Map.Entry<String, Entity.Mentioned>>> people = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (e.type().equals("PERSON")) {
        for (Entity.Mentioned m : e.mentions()) {
          people.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(Map.entry(e.id(), m));
        }
      }
    }
    Map<String, List<Entity.Mentioned>> references = new HashMap<>();
    Map<String, List<Entity.Role>> described = new HashMap<>();
    // the affiliations each article's titles give its people, by article, then by entity id
    Map<String, Map<String, List<String>>> affiliations = new HashMap<>();
    for (Entity e : entities) {
      for (Entity.Role r : e.roles()) {
        if (r.affiliation() != null) {
          affiliations
              .computeIfAbsent(r.article(), k -> new HashMap<>())
              .computeIfAbsent(e.id(), k -> new ArrayList<>())
              .add(r.affiliation());
        }
      }
    }
    for (Map.Entry<String, List<Map.Entry<String, Entity.Mentioned>>> a : people.entrySet()) {
      String text = texts.get(a.getKey());
      if (text == null) {
        continue;
      }
      for (Pronouns.Reference r : Pronouns.resolve(a.getKey(), text, a.getValue())) {
        references.computeIfAbsent(r.entityId(), k -> new ArrayList<>()).add(r.mention());
      }
      for (Map.Entry<String, Entity.Role> d :
          Descriptions.resolve(
              a.getKey(), text, a.getValue(), affiliations.getOrDefault(a.getKey(), Map.of()))) {
        described.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(d.getValue());
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(
          new Entity(
              e.id(),
              e.name(),
              e.type(),
              e.variants(),
              e.mentions(),
              withDescribed(e.roles(), described.getOrDefault(e.id(), List.of())),
              references.getOrDefault(e.id(), List.of())));
    }
    return out;
  }

  private static List<Entity.Role> withDescribed(
      List<Entity.Role> roles, List<Entity.Role> described) {
    if (described.isEmpty()) {
      return roles;
    }
    List<Entity.Role> out = new ArrayList<>(roles);
    out.addAll(described);
    return out;
  }

  private boolean same(String type, String a, String b) {
    if (type.equals("PERSON")) {
      PersonName x = PersonName.parse(a);
      PersonName y = PersonName.parse(b);
      if (x == null || y == null) {
        return false;
      }
      if (x.given().isEmpty() || y.given().isEmpty()) {
        // a family name alone joins a full name only when the family names are the same word
        return false;
      }
      return matcher.compare(x, y).same();
    }
    String fa = foldName(a);
    String fb = foldName(b);
    return fa.equals(fb) || sameWordButVowels(fa, fb);
  }

  /**
   * Place and organisation names are compared strictly: the same consonants in the same order, the
   * same first letter, nearly the same length — Kyiv / Kiev, Kharkiv / Kharkov — because the looser
   * person-name rules would make Wales of Wolves and Ireland of Orlando.
   */
  static boolean sameWordButVowels(String a, String b) {
    if (a.contains(" ") || b.contains(" ") || a.length() < 4 || b.length() < 4) {
      return false;
    }
    if (a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    return consonants(a).equals(consonants(b)) && Romanization.distance(a, b) <= 2;
  }

  private static String consonants(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("aeiouy".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Cluster retype(Cluster c, String type) {
    Cluster r = new Cluster(type);
    r.mentions.addAll(c.mentions);
    r.forms.putAll(c.forms);
    return r; // roles are a person's; a place has none
  }

  /** Words that make the name before them a place or a landmark: "the Orlov dam". */
  private static final java.util.regex.Pattern PLACE_NOUN =
      java.util.regex.Pattern.compile(
          "^(?:['’]s)?\\s+(?:central\\s+)?(dam|valley|river|region|lake|city|port|bridge|street|"
              + "square|mountains?|hills|province|district|county|oblast|island|bay|airport|station|"
              + "reservoir|plant|base|council|residents|harbour|harbor)\\b");

  /**
   * Whether a name in capitals opens a line and a dash or bracket follows it, alone or after its
   * region: the dateline of a report ("HARWICK — ", "LINDHOLM, Ostland (Wire) — "), which names
   * where it was filed. The tagger reads a lone capitalised word there as anything; it is a place.
   */
  static boolean dateline(String text, int start, int end) {
    if (start > 0 && text.charAt(start - 1) != '\n') {
      return false;
    }
    String name = text.substring(start, end);
    if (!name.equals(name.toUpperCase(Locale.ROOT))
        || name.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    return DATELINE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 50))).find();
  }

  private static final java.util.regex.Pattern DATELINE_AFTER =
      java.util.regex.Pattern.compile("^(?:,[^\\n—–(]{1,40})?\\s*(?:—|–|--|-\\s|\\()");

  /** "the villages of Novo and X", "the town of X": a settlement noun and "of" before the name. */
  private static final java.util.regex.Pattern PLACE_BEFORE =
      java.util.regex.Pattern.compile(
          "\\b(?:villages?|towns?|city|cities|settlements?|regions?|provinces?|districts?|"
              + "suburbs?|outskirts|island|port|municipality)\\s+of\\s+"
              + "(?:[A-Z][\\p{L}’'\\-]+(?:\\s*,\\s*|\\s+and\\s+))*$");

  /**
   * A person named by a given name alone ("Ostland's President Marek", a slip of the pen or a
   * headline habit) joins the full name whose given name agrees and whose role says the same post
   * of the same country: Marek Halvorsen, "Ostlandish President", not Marek Doyle, "Westmarkian
   * President". A given name alone is never enough, whatever the run holds: without an agreeing
   * role it stays on its own.
   */
  private static void joinLoneGivenNames(List<Cluster> all) {
    List<Cluster> full = new ArrayList<>();
    for (Cluster c : all) {
      PersonName p = c.type.equals("PERSON") && c.root() == c ? PersonName.parse(c.best()) : null;
      if (p != null && !p.given().isEmpty()) {
        full.add(c);
      }
    }
    for (Cluster c : all) {
      if (!c.type.equals("PERSON") || c.root() != c || c.roles.isEmpty()) {
        continue;
      }
      PersonName p = PersonName.parse(c.best());
      if (p == null || !p.given().isEmpty()) {
        continue;
      }
      String word = p.familyJoined();
      Cluster match = null;
      int matches = 0;
      for (Cluster f : full) {
        PersonName q = PersonName.parse(f.root().best());
        if (f.root() == c
            || q == null
            || q.given().isEmpty()
            || !NameMatcher.givenAgrees(word, q.given().get(0))
            || !sameRole(c.roles, f.root().roles)) {
          continue;
        }
        if (match == null || match.root() != f.root()) {
          matches++;
          match = f;
        }
      }
      if (matches == 1) {
        c.merged = match.root();
      }
    }
  }

  /** Whether some role of each says the same post of the same country or body. */
  private static boolean sameRole(List<Entity.Role> a, List<Entity.Role> b) {
    for (Entity.Role x : a) {
      for (Entity.Role y : b) {
        if (x.affiliation() != null
            && y.affiliation() != null
            && x.role().equalsIgnoreCase(y.role())
            && sameAffiliation(x.affiliation(), y.affiliation())) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Russia's" and "Russian", "Ukraine" and "Ukrainian": one country, named or as an adjective. */
  private static boolean sameAffiliation(String x, String y) {
    return placeStem(x).equals(placeStem(y));
  }

  private static final List<String> DEMONYM_ENDINGS =
      List.of("ians", "ian", "ans", "an", "ese", "ish", "n", "e", "a", "i");

  /** Russia, Russian → "russ"; Ukraine, Ukrainian → "ukrai"; Austria and Australia stay apart. */
  private static String placeStem(String s) {
    String stem = foldName(s).replace(" ", "");
    for (int round = 0; round < 2; round++) {
      for (String ending : DEMONYM_ENDINGS) {
        if (stem.endsWith(ending) && stem.length() - ending.length() >= 4) {
          stem = stem.substring(0, stem.length() - ending.length());
          break;
        }
      }
    }
    return stem;
  }

  /**
   * A lone "person" word that the text mostly writes before a place noun ("the Orlov dam") or after
   * a settlement noun ("the villages of Novo and Zarichne") is a place name.
   */
  private static boolean namesAPlace(Cluster c, Map<String, String> texts) {
    for (Entity.Mentioned m : c.mentions) {
      String text = texts.get(m.article());
      if (text != null && dateline(text, m.start(), m.end())) {
        return true;
      }
    }
    return mostMentions(
        c,
        texts,
        (text, m) ->
            PLACE_NOUN.matcher(after(text, m)).find()
                || PLACE_BEFORE
                    .matcher(text.substring(Math.max(0, m.start() - 60), m.start()))
                    .find());
  }

  /** Whether more than half of a cluster's mentions pass the test in their article's text. */
  private static boolean mostMentions(
      Cluster c,
      Map<String, String> texts,
      java.util.function.BiPredicate<String, Entity.Mentioned> test) {
    int passed = 0;
    for (Entity.Mentioned m : c.mentions) {
      String text = texts.get(m.article());
      if (text != null && test.test(text, m)) {
        passed++;
      }
    }
    return passed * 2 > c.mentions.size();
  }

  /** The 20 characters after a mention: room for "'s disease", "dam", "river". */
  private static String after(String text, Entity.Mentioned m) {
    return text.substring(m.end(), Math.min(text.length(), m.end() + 20));
  }

  /**
   * A mention as a name: without a possessive "'s" and without quotation marks the tagger took in
   * at either end ("Alex”" where a quote closes right after the name).
   */
  static String formOf(String mention) {
    return mention
        .strip()
        .replaceAll("^[\"“”‘’«»]+|[\"“”‘’«»]+$", "")
        .replaceAll("[’']s$", "")
        .strip();
  }

  /**
   * Words that make the name before them a disease, a scale or a prize named after someone:
   * "Alzheimer's disease", "the Richter scale", "the Nobel prize".
   */
  private static final java.util.regex.Pattern EPONYM_NOUN =
      java.util.regex.Pattern.compile(
          "^(?:['’]s)?\\s+(disease|syndrome|scale|prize|award|trophy|effect|theorem|"
              + "equation|principle)\\b");

  /** Whether most of a one-word "person"'s mentions stand before an eponym noun. */
  private static boolean namesAThing(Cluster c, Map<String, String> texts) {
    return mostMentions(c, texts, (text, m) -> EPONYM_NOUN.matcher(after(text, m)).find());
  }

  private static String blockKey(String name) {
    String folded = foldName(name);
    String last = folded.substring(folded.lastIndexOf(' ') + 1);
    String skeleton = Romanization.skeleton(last);
    return skeleton.length() >= 2 ? skeleton.substring(0, 2) : skeleton;
  }

  private static String foldName(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[’']s$", "");
    StringBuilder out = new StringBuilder();
    for (String w : lower.split("[\\s\\-]+")) {
      String f = Romanization.fold(w);
      if (!f.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(f);
      }
    }
    return out.toString();
  }

  /**
   * The article's mentions plus the places where the tagger missed a person it tagged elsewhere in
   * the same article: a statistical tagger labels each occurrence from its context, so a paragraph
   * opening "Halvorsen disclosed his refusal…" can go untagged while the same name is a PERSON two
   * sentences on. Only names the article tags as a person and never as anything else are searched
   * (the full form and, for full names, the family name); a one-word name that the text also writes
   * in lower case ("Price", "Young") is not.
   */
  static List<Mention> completed(ArticleMentions a) {
    List<Mention> out = new ArrayList<>(a.mentions());
    Map<String, String> typeOf = new HashMap<>();
    for (Mention m : a.mentions()) {
      String form = formOf(m.text());
      typeOf.merge(form, m.type(), (x, y) -> x.equals(y) ? x : "MIXED");
      String[] words = form.split("\\s+");
      if (m.type().equals("PERSON") && words.length > 1) {
        typeOf.merge(words[words.length - 1], "PERSON", (x, y) -> x.equals(y) ? x : "MIXED");
      }
    }
    String text = a.text();
    boolean[] taken = new boolean[text.length() + 1];
    for (Mention m : a.mentions()) {
      java.util.Arrays.fill(taken, m.start(), Math.min(m.end(), text.length()), true);
    }
    for (Map.Entry<String, String> f : typeOf.entrySet()) {
      String form = f.getKey();
      if (!f.getValue().equals("PERSON")
          || form.length() < 4
          || !Character.isUpperCase(form.codePointAt(0))
          || !form.contains(" ")
              && java.util.regex.Pattern.compile(
                      "\\b" + java.util.regex.Pattern.quote(form.toLowerCase(Locale.ROOT)) + "\\b")
                  .matcher(text)
                  .find()) {
        continue;
      }
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        int end = i + form.length();
        boolean bounded =
            (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        if (bounded && !taken[i] && !taken[end - 1]) {
          out.add(new Mention(i, end, form, "PERSON"));
          java.util.Arrays.fill(taken, i, end, true);
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Clusters of one article: full names absorb the family names that abbreviate them. */
  private List<Cluster> withinArticle(ArticleMentions a, RunNames run) {
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> byKey = new HashMap<>();
    Map<String, Cluster> byFamily = new HashMap<>();
    // the people of each given name the article writes before a family name
    Map<String, java.util.Set<Cluster>> byGiven = new HashMap<>();
    List<Mention> sorted = completed(a);
    // a dateline names where the report was filed, whatever the tagger typed it as
    sorted.replaceAll(
        m ->
            !m.type().equals("LOCATION") && dateline(a.text(), m.start(), m.end())
                ? new Mention(m.start(), m.end(), m.text(), "LOCATION")
                : m);
    NamesInArticle names = NamesInArticle.of(a.text(), sorted, run);
    // the organisations named so far, longest names first
    Map<String, Cluster> organisations = new LinkedHashMap<>();
    // full names first, so that family names can join them whatever the order of mention
    sorted.sort(
        Comparator.comparingInt((Mention m) -> -m.text().split("\\s+").length)
            .thenComparingInt(Mention::start));
    for (Mention m : sorted) {
      String form = formOf(m.text());
      if (form.isEmpty()
          || !Character.isUpperCase(form.codePointAt(0))
          || PRONOUNS.contains(form.toLowerCase(Locale.ROOT))) {
        continue; // pronouns and lower-case words are not names, whatever the tagger says
      }
      if (m.type().equals("PERSON")) {
        form = withoutLeadingTitles(form);
      }
      Cluster c;
      Entity.Role office = null;
      if (m.type().equals("PERSON")) {
        String rest = names.withoutLeadingOffice(form);
        if (rest != null) {
          office =
              new Entity.Role(
                  a.articleId(), form.substring(0, form.indexOf(' ')), null, m.start(), m.end());
          form = rest;
        }
        PersonName p = PersonName.parse(form);
        if (p == null) {
          continue;
        }
        String family = String.join(" ", p.family());
        if (p.given().isEmpty()) {
          c = byFamily.get(family);
          java.util.Set<Cluster> given = byGiven.getOrDefault(family, java.util.Set.of());
          if (c == null && given.size() == 1 && NameGender.of(family) != 0) {
            // a given name alone ("Lars is exactly the player we needed") is the one person of
            // that given name the article names in full, when no one has it as a family name
            c = given.iterator().next();
          }
          if (c == null) {
            c = byKey.computeIfAbsent("PERSON:" + family, k -> newCluster(clusters, "PERSON"));
          }
        } else {
          String key = "PERSON:" + String.join(" ", p.given()) + " " + family;
          c = byKey.get(key);
          if (c == null) {
            Cluster sameFamily = byFamily.get(family);
            c =
                sameFamily != null && givenCompatible(sameFamily, p)
                    ? sameFamily
                    : newCluster(clusters, "PERSON");
            byKey.put(key, c);
          }
          byFamily.putIfAbsent(family, c);
          byGiven.computeIfAbsent(p.given().get(0), k -> new java.util.HashSet<>()).add(c);
        }
        // a family name alone, where the article names two people of that family ("Hillary
        // Clinton", "Bill Clinton"): "President Clinton" may be either, so its title is no one's
        boolean ambiguous =
            p.given().isEmpty() && names.givensOf(form.substring(form.lastIndexOf(' ') + 1)) >= 2;
        Entity.Role role =
            ambiguous ? null : office != null ? office : Roles.around(a.articleId(), a.text(), m);
        if (role != null) {
          c.roles.add(role);
        }
      } else {
        // (a dateline was made a place above, so no organisation here is one)
        Cluster longer =
            m.type().equals("ORGANIZATION")
                ? fullNameOf(foldName(form), organisations, false)
                : null;
        c =
            longer != null
                ? longer
                : byKey.computeIfAbsent(
                    m.type() + ":" + foldName(form), k -> newCluster(clusters, m.type()));
        if (m.type().equals("ORGANIZATION")) {
          organisations.putIfAbsent(foldName(form), c);
        }
      }
      c.add(a.articleId(), m, form);
    }
    return clusters;
  }

  /**
   * The one organisation whose longer name ends with this one's words ("United" is "Harwick
   * United", "Colts" the "Indianapolis Colts"), or, with {@code orBegins}, begins with them: a lone
   * name the tagger took for a person's ("Lindholm will pay …" beside "Lindholm Steel"). A name an
   * organisation's name begins with is as often another body — its parent ("Microsoft" and
   * "Microsoft Word"), its city ("Boston" and the "Boston Herald"), its chamber ("Senate" and a
   * Senate committee) — so an organisation so named is not joined. Null when none does, or when two
   * do ("Harwick United", "Harwick City").
   */
  private static Cluster fullNameOf(
      String name, Map<String, Cluster> organisations, boolean orBegins) {
    Cluster found = null;
    for (Map.Entry<String, Cluster> e : organisations.entrySet()) {
      String full = e.getKey();
      if (full.length() > name.length()
          && (orBegins && full.startsWith(name + " ") && !GivenNames.known(name)
              || full.endsWith(" " + name))) {
        if (found != null && found != e.getValue()) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /**
   * The person names one article writes, to tell an office the tagger took into a name ("Coroner
   * Ana Ruiz", "Treasurer Ruiz") from a given name that looks like one ("Tyler Ruiz", "Walter
   * Ruiz"). A leading word that reads as an office ({@link Roles#isOffice}: an agent noun or an
   * initialism) and is no given name this project knows is an office only when the article says the
   * rest is the whole name: it (or another article of the run) writes the rest on its own as a full
   * name ("Jack Del Rio"), or it gives the family name another given name ("Luis Ortiz" beside
   * "Coroner Ortiz"). Otherwise the word stays part of the name: nothing tells "Tyler Hansbrough"
   * from "Coroner Hansbrough".
   */
  /**
   * Names written anywhere in the run: people's names of two words or more, without leading titles,
   * and all other names (teams, bodies, places). One report's "Kurbanguly Berdymukhamedov" says
   * that another's "Coroner Kurbanguly Berdymukhamedov", which the tagger read as one name, is an
   * office and a name; one report's "the Chargers" that "Charger Jamal Reed" is a team's player.
   */
  private record RunNames(java.util.Set<String> people, java.util.Set<String> others) {

    static RunNames of(List<ArticleMentions> articles) {
      java.util.Set<String> people = new java.util.HashSet<>();
      java.util.Set<String> others = new java.util.HashSet<>();
      for (ArticleMentions a : articles) {
        for (Mention m : a.mentions()) {
          if (!m.type().equals("PERSON")) {
            others.add(m.text());
            continue;
          }
          String form = withoutLeadingTitles(formOf(m.text()));
          if (form.contains(" ")) {
            people.add(form);
          }
        }
      }
      return new RunNames(people, others);
    }
  }

  private record NamesInArticle(
      String text,
      java.util.Set<String> fullNames,
      RunNames run,
      Map<String, java.util.Set<String>> givenByFamily) {

    /**
     * How many different given names the article writes before a family name (its last word);
     * office words the tagger read into a name ("Coroner Ortiz") are not counted.
     */
    long givensOf(String familyLastWord) {
      return givenByFamily.getOrDefault(familyLastWord, java.util.Set.of()).stream()
          .filter(g -> !Roles.isRoleNoun(g) && !Roles.isOffice(g))
          .count();
    }

    static NamesInArticle of(String text, List<Mention> mentions, RunNames run) {
      java.util.Set<String> full = new java.util.HashSet<>();
      Map<String, java.util.Set<String>> given = new HashMap<>();
      for (Mention m : mentions) {
        if (!m.type().equals("PERSON")) {
          continue;
        }
        String form = withoutLeadingTitles(formOf(m.text()));
        String[] words = form.split("\\s+");
        if (words.length >= 2) {
          full.add(form);
          given
              .computeIfAbsent(words[words.length - 1], k -> new java.util.HashSet<>())
              .add(words[0]);
        }
      }
      return new NamesInArticle(text, full, run, given);
    }

    /** The name without a leading office the tagger read into it, or null when there is none. */
    String withoutLeadingOffice(String form) {
      int space = form.indexOf(' ');
      if (space < 0) {
        return null;
      }
      String first = form.substring(0, space);
      String rest = form.substring(space + 1).strip();
      if (Roles.isRoleNoun(first) && !rest.isEmpty()) {
        return rest; // "Chief Gaskin": an office word that is nobody's given name
      }
      if (!Roles.isOffice(first)
          || GivenNames.known(Romanization.fold(first))
          || text.contains(first + "s")
          || run.others().contains(first + "s")) {
        // "Charger Ana Ruiz" where the article, or another of the run, names the Chargers: a
        // team's player, no office
        return null;
      }
      if (rest.contains(" ")) {
        return fullNames.contains(rest) || run.people().contains(rest) ? rest : null;
      }
      java.util.Set<String> others = givenByFamily.getOrDefault(rest, java.util.Set.of());
      return others.stream().anyMatch(g -> !g.equals(first)) || titledAlone(rest, first)
          ? rest
          : null;
    }

    /**
     * Whether the article writes {@code rest} after a title this project knows, other than {@code
     * first}: "Deputy Ortiz" beside "Coroner Ortiz" says Ortiz is the whole name and Coroner
     * another post, as "Mr. Hansbrough" would beside "Tyler Hansbrough" were Tyler no known given
     * name.
     */
    private boolean titledAlone(String rest, String first) {
      Matcher m =
          Pattern.compile("(\\p{L}+)\\.?\\s+" + Pattern.quote(rest) + "\\b(?!\\s+\\p{Lu})")
              .matcher(text);
      while (m.find()) {
        String before = m.group(1);
        if (!before.equals(first)
            && Character.isUpperCase(before.charAt(0))
            && (PersonName.isTitle(before) || Roles.isRoleNoun(before))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of(
          "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "i", "me",
          "we", "us", "you", "who", "whom");

  /** "Mayor Petra Ulm" is written as Petra Ulm: the title is a role, not a spelling. */
  private static String withoutLeadingTitles(String form) {
    String[] words = form.split("\\s+");
    int i = 0;
    while (i < words.length - 1 && PersonName.isTitle(words[i])) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  private boolean givenCompatible(Cluster c, PersonName p) {
    PersonName best = PersonName.parse(c.best());
    return best != null && matcher.compare(best, p).same();
  }

  private static Cluster newCluster(List<Cluster> clusters, String type) {
    Cluster c = new Cluster(type);
    clusters.add(c);
    return c;
  }
}
