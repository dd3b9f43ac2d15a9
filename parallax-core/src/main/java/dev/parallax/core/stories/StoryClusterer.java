package dev.parallax.core.stories;

import dev.parallax.core.stories.StoryFeatures.Kind;
import dev.parallax.core.stories.StoryFeatures.Terms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Incremental two-level story clustering: each arriving article joins a topic (or opens one) and,
 * inside its topic, an event story (or opens one). Nothing is re-clustered from scratch; the work
 * per article is one pass over the topics and over the articles of one topic.
 *
 * <p>How, and why this shape:
 *
 * <ul>
 *   <li><b>Topics</b> ("celebrities entering rehab", "peace talks") are found first, by
 *       average-link similarity: TF-IDF over words and names, plus, when given, the similarity of
 *       the articles' leads as sentence embeddings, which know that "checks into rehab" and "enters
 *       a treatment facility" are the same kind of news even when no word is shared.
 *   <li><b>Events</b> are chosen inside the topic only, by the nearest article: names and numbers
 *       weigh most, because two events of one kind differ by who, where and when. The nearest
 *       article is the most reliable evidence (in an exploratory check on ECB+, see
 *       docs/evaluation.md, an article's nearest neighbour reported the same event 98% of the
 *       time), far more than a centroid, which blurs the two events of a topic together.
 *   <li>After every join, the grown topic and event are compared with their neighbours and merged
 *       when average-link says they have become one: this undoes early splits that a single pass
 *       cannot, and makes the result far less dependent on arrival order.
 * </ul>
 *
 * <p>Document frequencies grow as articles arrive; article vectors are re-weighed whenever the
 * corpus has grown by a tenth, so early articles are not frozen with the statistics of three.
 *
 * <p>The clusterer is immutable and thread-safe; a {@link Book} it opens holds one corpus's stories
 * and is not thread-safe: one writer adds to a book.
 */
public final class StoryClusterer {

  /**
   * Typed options; {@link #defaults()} are the settings measured on ECB+ (docs/evaluation.md).
   *
   * @param topicWeights weight of words, names and numbers for topics
   * @param embeddingWeight weight of lead-embedding similarity beside the TF-IDF one for topics
   * @param topicJoin an article joins the topic with the best average similarity at or above this
   * @param topicMerge two topics become one when their average similarity reaches this
   * @param eventWeights weight of words, names and numbers for events
   * @param eventJoin an article joins the event of its nearest article in the topic at or above
   *     this cosine
   * @param eventMerge two events of a topic become one when their average similarity reaches this
   */
  public record Options(
      Map<Kind, Double> topicWeights,
      double embeddingWeight,
      double topicJoin,
      double topicMerge,
      Map<Kind, Double> eventWeights,
      double eventJoin,
      double eventMerge) {
    public Options {
      topicWeights = Map.copyOf(topicWeights);
      eventWeights = Map.copyOf(eventWeights);
      if (topicWeights.size() != Kind.values().length
          || eventWeights.size() != Kind.values().length) {
        throw new IllegalArgumentException("weights must name every kind of term");
      }
      if (embeddingWeight < 0) {
        throw new IllegalArgumentException("embeddingWeight must be >= 0: " + embeddingWeight);
      }
      unit("topicJoin", topicJoin);
      unit("topicMerge", topicMerge);
      unit("eventJoin", eventJoin);
      unit("eventMerge", eventMerge);
    }

    private static void unit(String name, double value) {
      if (!(value > 0 && value < 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1): " + value);
      }
    }

    /** The settings measured on ECB+. */
    public static Options defaults() {
      return new Options(
          weights(1.0, 1.0, 0.3), 1.0, 0.25, 0.25, weights(1.0, 3.0, 1.5), 0.30, 0.30);
    }

    /** Weights of words, names and numbers. */
    public static Map<Kind, Double> weights(double word, double name, double number) {
      Map<Kind, Double> w = new EnumMap<>(Kind.class);
      w.put(Kind.WORD, word);
      w.put(Kind.NAME, name);
      w.put(Kind.NUMBER, number);
      return w;
    }
  }

  /**
   * What the clusterer knows of an article.
   *
   * @param id the article id
   * @param terms its words, names and numbers
   * @param lead unit-length embedding of its headline and first sentences, or null when none was
   *     computed (topics then use TF-IDF alone)
   */
  public record Item(String id, Terms terms, float[] lead) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(terms, "terms");
    }
  }

  /** Where an article went. */
  public record Placement(String articleId, int event, int topic) {}

  private final Options options;

  public StoryClusterer(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** A new, empty book of stories. */
  public Book open() {
    return new Book();
  }

  /** The stories of one corpus, grown one article at a time. Not thread-safe. */
  public final class Book {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<Integer, Topic> topics = new LinkedHashMap<>();
    private int weighedAt;
    private int nextId = 1;

    /**
     * Adds an article; returns its event and topic as they stand now (later merges may move it).
     */
    public Placement add(Item item) {
      if (members.containsKey(item.id())) {
        throw new IllegalArgumentException("article added twice: " + item.id());
      }
      item.terms().counts().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      Member m = new Member(item);
      members.put(item.id(), m);
      if (members.size() > weighedAt * 1.1 + 1) {
        reweigh();
      } else {
        m.weigh();
      }

      Topic topic = null;
      double best = options.topicJoin();
      for (Topic t : topics.values()) {
        double s = t.similarity(m);
        if (s >= best) {
          best = s;
          topic = t;
        }
      }
      if (topic == null) {
        topic = new Topic(nextId++);
        topics.put(topic.id, topic);
      }
      topic.add(m);
      topic = mergeTopics(topic);

      Event event = null;
      best = options.eventJoin();
      for (Event e : topic.events) {
        for (Member other : e.members) {
          double s = dot(m.event, other.event);
          if (s >= best) {
            best = s;
            event = e;
          }
        }
      }
      if (event == null) {
        event = new Event(nextId++);
        topic.events.add(event);
      }
      event.add(m);
      mergeEvents(topic, event);
      return placement(item.id());
    }

    /** Current placement of an article. */
    public Placement placement(String articleId) {
      for (Topic t : topics.values()) {
        for (Event e : t.events) {
          for (Member m : e.members) {
            if (m.item.id().equals(articleId)) {
              return new Placement(articleId, e.id, t.id);
            }
          }
        }
      }
      throw new IllegalArgumentException("unknown article: " + articleId);
    }

    /** Event stories: id → article ids in arrival order. */
    public Map<Integer, List<String>> events() {
      Map<Integer, List<String>> out = new LinkedHashMap<>();
      for (Topic t : topics.values()) {
        for (Event e : t.events) {
          out.put(e.id, e.members.stream().map(m -> m.item.id()).toList());
        }
      }
      return out;
    }

    /** Topics: id → event story ids. */
    public Map<Integer, List<Integer>> topics() {
      Map<Integer, List<Integer>> out = new LinkedHashMap<>();
      topics.forEach((id, t) -> out.put(id, t.events.stream().map(e -> e.id).toList()));
      return out;
    }

    private Topic mergeTopics(Topic grown) {
      boolean merged = true;
      while (merged) {
        merged = false;
        for (Topic other : List.copyOf(topics.values())) {
          if (other != grown && grown.similarity(other) >= options.topicMerge()) {
            topics.remove(other.id);
            other.members.forEach(grown::add);
            grown.events.addAll(other.events);
            merged = true;
            break;
          }
        }
      }
      return grown;
    }

    private void mergeEvents(Topic topic, Event grown) {
      boolean merged = true;
      while (merged) {
        merged = false;
        for (Event other : List.copyOf(topic.events)) {
          if (other != grown
              && dot(grown.sum, other.sum) / (grown.members.size() * other.members.size())
                  >= options.eventMerge()) {
            topic.events.remove(other);
            other.members.forEach(grown::add);
            merged = true;
            break;
          }
        }
      }
    }

    /** Re-weighs every article with the current document frequencies and rebuilds the sums. */
    private void reweigh() {
      weighedAt = members.size();
      members.values().forEach(Member::weigh);
      for (Topic t : topics.values()) {
        t.rebuild();
        t.events.forEach(Event::rebuild);
      }
    }

    private Map<String, Double> vector(Terms terms, Map<Kind, Double> weights) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      int n = members.size();
      for (Map.Entry<String, Integer> e : terms.counts().entrySet()) {
        String term = e.getKey();
        double idf = Math.log((n + 1.0) / documentFrequency.getOrDefault(term, 1));
        double x = weights.get(Terms.kindOf(term)) * (1 + Math.log(e.getValue())) * idf;
        if (x > 0) {
          v.put(term, x);
          norm += x * x;
        }
      }
      double z = Math.sqrt(norm);
      v.replaceAll((t, x) -> x / z);
      return v;
    }

    /** An article with its unit vectors at the last weighing. */
    private final class Member {
      final Item item;
      Map<String, Double> topic;
      Map<String, Double> event;

      Member(Item item) {
        this.item = item;
      }

      void weigh() {
        topic = vector(item.terms(), options.topicWeights());
        event = vector(item.terms(), options.eventWeights());
      }
    }

    /** A topic: its articles, the sums of their topic vectors and leads, and its events. */
    private final class Topic {
      final int id;
      final List<Member> members = new ArrayList<>();
      final List<Event> events = new ArrayList<>();
      final Map<String, Double> sum = new HashMap<>();
      float[] leadSum;
      int leads;

      Topic(int id) {
        this.id = id;
      }

      void add(Member m) {
        members.add(m);
        accumulate(m);
      }

      private void accumulate(Member m) {
        m.topic.forEach((t, x) -> sum.merge(t, x, Double::sum));
        float[] lead = m.item.lead();
        if (lead != null) {
          if (leadSum == null) {
            leadSum = new float[lead.length];
          }
          for (int i = 0; i < lead.length; i++) {
            leadSum[i] += lead[i];
          }
          leads++;
        }
      }

      void rebuild() {
        sum.clear();
        leadSum = null;
        leads = 0;
        members.forEach(this::accumulate);
      }

      /** Average-link similarity of an article to this topic's articles. */
      double similarity(Member m) {
        double lexical = dot(m.topic, sum) / members.size();
        if (m.item.lead() == null || leadSum == null || options.embeddingWeight() == 0) {
          return lexical;
        }
        double semantic = dot(m.item.lead(), leadSum) / leads;
        return (lexical + options.embeddingWeight() * semantic) / (1 + options.embeddingWeight());
      }

      /** Average-link similarity of two topics. */
      double similarity(Topic other) {
        double lexical = dot(sum, other.sum) / ((double) members.size() * other.members.size());
        if (leadSum == null || other.leadSum == null || options.embeddingWeight() == 0) {
          return lexical;
        }
        double semantic = dot(leadSum, other.leadSum) / ((double) leads * other.leads);
        return (lexical + options.embeddingWeight() * semantic) / (1 + options.embeddingWeight());
      }
    }

    /** An event story: its articles and the sum of their event vectors. */
    private final class Event {
      final int id;
      final List<Member> members = new ArrayList<>();
      final Map<String, Double> sum = new HashMap<>();

      Event(int id) {
        this.id = id;
      }

      void add(Member m) {
        members.add(m);
        m.event.forEach((t, x) -> sum.merge(t, x, Double::sum));
      }

      void rebuild() {
        sum.clear();
        members.forEach(m -> m.event.forEach((t, x) -> sum.merge(t, x, Double::sum)));
      }
    }
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double y = b.get(e.getKey());
      if (y != null) {
        dot += e.getValue() * y;
      }
    }
    return dot;
  }

  private static double dot(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
    }
    return dot;
  }
}
