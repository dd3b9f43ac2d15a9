package dev.parallax.core.pipeline;

import dev.parallax.api.Article;
import dev.parallax.api.Entity;
import dev.parallax.api.Story;
import dev.parallax.core.store.Store;
import dev.parallax.core.stories.LeadEmbedder;
import dev.parallax.core.stories.StoryClusterer;
import dev.parallax.core.stories.StoryFeatures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event stories of a run: the run's distinct articles fed, in input order, to the incremental
 * {@link StoryClusterer} — the same code that will take articles one at a time from feeds.
 */
public final class RunStories {

  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  private RunStories() {}

  /**
   * The last word of each spelling of a person's or place's name, mapped to the last word of the
   * name the entity goes by: "vargha" and "warga" → "varga", "lindholmen" → "lindholm". Names weigh
   * most in telling events apart, and two reports of one event spelling the same person two ways
   * looked like reports of two events. Taken from entities already resolved across the run's
   * articles, whose merges are conservative (see EntityResolver), rather than from a
   * transliteration key, which made different names collide (on ECB+ a key cost event F1 0.935 →
   * 0.919). A word that is itself the last word of some entity's name, or that two entities would
   * fold differently, stays as written.
   */
  static Map<String, String> spellings(List<Entity> entities) {
    Set<String> own = new HashSet<>();
    for (Entity e : entities) {
      own.add(lastWord(e.name()));
    }
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Entity e : entities) {
      if (!e.type().equals("PERSON") && !e.type().equals("LOCATION")) {
        continue;
      }
      String to = lastWord(e.name());
      for (String variant : e.variants()) {
        String from = lastWord(variant);
        if (from.isEmpty() || from.equals(to) || own.contains(from)) {
          continue;
        }
        String before = out.putIfAbsent(from, to);
        if (before != null && !before.equals(to)) {
          ambiguous.add(from);
        }
      }
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return last.replaceFirst("['’]s$", "");
  }

  /**
   * Clusters the run's distinct articles.
   *
   * @param embedder lead embedder for topics, or null to cluster on words, names and numbers only
   */
  public static List<Story> compute(
      RunResult run, Store store, StoryClusterer clusterer, LeadEmbedder embedder) {
    return compute(run, store, clusterer, embedder, List.of());
  }

  /**
   * Clusters the run's distinct articles, counting a person's or place's name the same however each
   * article spells it.
   *
   * @param embedder lead embedder for topics, or null to cluster on words, names and numbers only
   * @param entities the run's entities, resolved across its articles
   */
  public static List<Story> compute(
      RunResult run,
      Store store,
      StoryClusterer clusterer,
      LeadEmbedder embedder,
      List<Entity> entities) {
    StoryFeatures features = new StoryFeatures();
    Map<String, String> spellings = spellings(entities);
    StoryClusterer.Book book = clusterer.open();
    Map<String, Article> articles = new HashMap<>();
    for (String id : run.canonicalArticleIds()) {
      Article a = store.article(id).orElse(null);
      if (a == null || a.text().isBlank()) {
        continue;
      }
      articles.put(id, a);
      float[] lead = embedder == null ? null : embedder.embed(a.title(), a.text());
      book.add(
          new StoryClusterer.Item(
              id,
              features.terms(a.title(), a.text(), spellings),
              lead,
              a.published() == null ? null : a.published().date()));
    }
    Map<Integer, Integer> topicOfEvent = new HashMap<>();
    book.topics().forEach((t, events) -> events.forEach(e -> topicOfEvent.put(e, t)));
    Map<Integer, String> topicIds = new HashMap<>();
    List<Story> stories = new ArrayList<>();
    // stories numbered in order of their first article, so ids read in input order
    List<Map.Entry<Integer, List<String>>> events = new ArrayList<>(book.events().entrySet());
    Map<String, Integer> position = new HashMap<>();
    List<String> order = run.canonicalArticleIds();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    Comparator<String> inInputOrder = Comparator.comparingInt(position::get);
    events.sort(
        Comparator.comparing(
            e -> e.getValue().stream().min(inInputOrder).orElseThrow(), inInputOrder));
    for (Map.Entry<Integer, List<String>> e : events) {
      List<String> ids = e.getValue().stream().sorted(inInputOrder).toList();
      List<Article> members = ids.stream().map(articles::get).toList();
      String topic =
          topicIds.computeIfAbsent(topicOfEvent.get(e.getKey()), t -> "t" + (topicIds.size() + 1));
      Set<String> outlets = new LinkedHashSet<>();
      LocalDate first = null;
      LocalDate last = null;
      for (Article a : members) {
        if (a.outlet() != null) {
          outlets.add(a.outlet());
        }
        if (a.published() != null) {
          LocalDate d = a.published().date();
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
      stories.add(
          new Story(
              "s" + (stories.size() + 1),
              topic,
              title(members),
              ids,
              List.copyOf(outlets),
              first,
              last));
    }
    return stories;
  }

  /**
   * The member headline whose words the other articles use most: the headline that says what they
   * have in common, rather than one outlet's angle. A headline of a word or two ("Deputy Sheriff",
   * a section label taken for one) shares all of its few words with everyone and says nothing, so a
   * headline counts in full only from {@link #FULL_HEADLINE_WORDS} long words; one shouted in
   * capitals ("COLTS TOP CHIEFS") counts for less. Falls back to the first article's first
   * sentence.
   */
  static String title(List<Article> members) {
    String best = null;
    double bestScore = -1;
    List<Set<String>> texts = members.stream().map(a -> words(a.text())).toList();
    for (int i = 0; i < members.size(); i++) {
      String title = members.get(i).title();
      if (title == null || title.isBlank()) {
        continue;
      }
      Set<String> words = words(title);
      double score = 0;
      for (int j = 0; j < members.size(); j++) {
        if (j != i && !words.isEmpty()) {
          Set<String> shared = new HashSet<>(words);
          shared.retainAll(texts.get(j));
          score += (double) shared.size() / words.size();
        }
      }
      // a lone article's headline is still better than none, however short
      score = (score + 0.01) * Math.min(1.0, (double) words.size() / FULL_HEADLINE_WORDS);
      if (shouted(title)) {
        score *= SHOUTED_WEIGHT;
      }
      if (score > bestScore) {
        best = title.strip();
        bestScore = score;
      }
    }
    if (best != null) {
      return best;
    }
    String text = members.get(0).text().strip();
    Matcher stop = SENTENCE_END.matcher(text);
    String sentence = stop.find() ? text.substring(0, stop.start() + 1).strip() : text;
    if (sentence.length() <= 120) {
      return sentence;
    }
    // a long first sentence is cut where a clause ends, as a headline writer would: "Russia
    // pushed back on Wednesday against the idea of peacekeepers in Ukraine, and downplayed …"
    // becomes its first clause
    Matcher clause = CLAUSE_END.matcher(sentence.substring(0, 118));
    int cut = -1;
    while (clause.find()) {
      if (clause.start() >= 40) {
        cut = clause.start();
      }
    }
    return cut > 0 ? sentence.substring(0, cut).strip() : sentence.substring(0, 117).strip() + "…";
  }

  /** Long words a headline needs to count in full (see {@link #title}). */
  static final int FULL_HEADLINE_WORDS = 4;

  /** What a headline written all in capitals counts for, against one written normally. */
  static final double SHOUTED_WEIGHT = 0.6;

  /** The end of the first sentence, or of the first line or paragraph when that comes first. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s)|\\n");

  private static boolean shouted(String title) {
    long letters = title.chars().filter(Character::isLetter).count();
    long capitals = title.chars().filter(Character::isUpperCase).count();
    return letters >= 8 && capitals >= 0.8 * letters;
  }

  /**
   * Where a clause ends inside a sentence: before ", and", ", but", ", while", ", as", ", after",
   * ", before", ", which", ", who", a semicolon or a dash.
   */
  private static final Pattern CLAUSE_END =
      Pattern.compile(",\\s+(?:and|but|while|as|after|before|which|who)\\b|;|\\s[—–]\\s");

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
