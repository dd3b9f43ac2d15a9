package dev.parallax.core.stories;

import dev.parallax.core.stories.StoryFeatures.Kind;
import dev.parallax.core.stories.StoryFeatures.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 *   <li><b>Events</b> are found inside the topic only, from nearest neighbours: names and numbers
 *       weigh most, because two events of one kind differ by who, where and when. Two articles of
 *       the topic are one event when one is among the other's {@code k} nearest articles, they are
 *       similar enough, and their neighbourhoods overlap (shared nearest neighbours, Jarvis and
 *       Patrick 1973); events are the connected groups. Why not a threshold on similarity: two
 *       events of one kind ("Klitschko beats Rahman", "Klitschko beats Thompson") share the topic's
 *       names, so articles of different events can be as similar as articles of one event are
 *       elsewhere, and no single cut-off separates them. Nearest neighbours are relative: an
 *       article's nearest articles report its own event 98% of the time on ECB+ (see
 *       docs/evaluation.md), and two events of one topic form two neighbourhoods even when every
 *       article resembles every other.
 *   <li>After every join, the grown topic is compared with the other topics and merged when
 *       average-link says they have become one: this undoes early splits that a single pass cannot,
 *       and makes the result far less dependent on arrival order. The events of a topic depend only
 *       on its articles, not on the order they came in.
 * </ul>
 *
 * <p>Document frequencies grow as articles arrive; article vectors are re-weighed whenever the
 * corpus has grown by a tenth, so early articles are not frozen with the statistics of three.
 *
 * <p>Work per article: one pass over the topics, one similarity per article of its topic to keep
 * the topic's neighbour lists, and a regrouping of that topic's events from those lists. A topic's
 * lists are rebuilt whole only after a merge or a re-weighing, when that topic next grows.
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
   * @param eventNeighbours how many nearest articles of its topic each article keeps
   * @param eventShared two linked articles' neighbourhoods (each article with its nearest ones)
   *     must have at least this many articles in common; 2 is met by two articles that are each
   *     other's neighbours, or by one article and a neighbour they share
   * @param eventFloor two articles below this cosine are never linked, however near: in a small
   *     corpus everything is everyone's neighbour, and this is what keeps unrelated events apart
   * @param eventDays two articles published more than this many days apart are never linked: one
   *     event is reported over days, and the same kind of event months later ("a second strike at
   *     the port") reads almost the same; 0 for no limit. Undated articles are not limited.
   */
  public record Options(
      Map<Kind, Double> topicWeights,
      double embeddingWeight,
      double topicJoin,
      double topicMerge,
      Map<Kind, Double> eventWeights,
      int eventNeighbours,
      int eventShared,
      double eventFloor,
      int eventDays) {
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
      unit("eventFloor", eventFloor);
      if (eventNeighbours < 1) {
        throw new IllegalArgumentException("eventNeighbours must be >= 1: " + eventNeighbours);
      }
      if (eventDays < 0) {
        throw new IllegalArgumentException("eventDays must be >= 0: " + eventDays);
      }
      if (eventShared < 1 || eventShared > eventNeighbours + 1) {
        throw new IllegalArgumentException(
            "eventShared must be in [1, eventNeighbours + 1]: " + eventShared);
      }
    }

    private static void unit(String name, double value) {
      if (!(value > 0 && value < 1)) {
        throw new IllegalArgumentException(name + " must be in (0, 1): " + value);
      }
    }

    /** The settings measured on ECB+. */
    public static Options defaults() {
      return new Options(
          weights(1.0, 1.0, 0.3), 1.0, 0.25, 0.25, weights(1.0, 5.0, 1.0), 4, 2, 0.25, EVENT_DAYS);
    }

    /**
     * Days apart beyond which two dated articles are not one event by default: a week, as a running
     * story's reports (the strike's first and third day) fall within days of each other.
     */
    public static final int EVENT_DAYS = 7;

    /** These options with another {@link #eventDays} limit. */
    public Options withEventDays(int days) {
      return new Options(
          topicWeights,
          embeddingWeight,
          topicJoin,
          topicMerge,
          eventWeights,
          eventNeighbours,
          eventShared,
          eventFloor,
          days);
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
   * @param published its publication date, or null when unknown
   */
  public record Item(String id, Terms terms, float[] lead, java.time.LocalDate published) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(terms, "terms");
    }

    /** An undated article. */
    public Item(String id, Terms terms, float[] lead) {
      this(id, terms, lead, null);
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
      topic.regroup(m);
      // the added article's topic has just been regrouped: no other topic need be brought up to
      // date to say where it went
      return placed(item.id());
    }

    /** Current placement of an article. */
    public Placement placement(String articleId) {
      fresh();
      return placed(articleId);
    }

    private Placement placed(String articleId) {
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
      fresh();
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
      fresh();
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
            grown.stale = true;
            merged = true;
            break;
          }
        }
      }
      return grown;
    }

    /**
     * Re-weighs every article with the grown corpus's document frequencies and rebuilds the sums.
     * Every topic's events are then stale: a topic regroups when it next grows, and any topic still
     * stale when the stories are read is regrouped then ({@link #fresh}), so that a topic whose
     * articles all came early does not keep events drawn with the weights of a corpus of a few
     * articles, where the words all its articles share weigh nothing (ECB+ in file-name order: the
     * first topic's 21 reports of one event had stayed in nine stories).
     */
    private void reweigh() {
      weighedAt = members.size();
      members.values().forEach(Member::weigh);
      for (Topic t : topics.values()) {
        t.rebuild();
        t.stale = true;
      }
    }

    /** Regroups the topics whose events were drawn with weights the corpus has since outgrown. */
    private void fresh() {
      for (Topic t : topics.values()) {
        if (t.stale && !t.members.isEmpty()) {
          t.regroup(null);
        }
      }
    }

    /**
     * Reports the document frequencies are counted as if the run held besides its own, none of them
     * using any of its words. Without them a word every report of a small run uses weighs next to
     * nothing (idf log(4/3) in a run of three, against log 4 for a word one report uses), so three
     * reports of one ferry disaster — "Velmar", "ferry", "189 rescued" in each — fell below the
     * event floor and became two stories, and the second's death toll was never checked against the
     * first's. Two such reports raise that weight to log(6/3) against log 6; in a run of hundreds
     * they change nothing (ECB+: the same stories).
     */
    private static final double UNSEEN_REPORTS = 2;

    private Map<String, Double> vector(Terms terms, Map<Kind, Double> weights) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      int n = members.size();
      for (Map.Entry<String, Integer> e : terms.counts().entrySet()) {
        String term = e.getKey();
        double idf = Math.log((n + 1.0 + UNSEEN_REPORTS) / documentFrequency.getOrDefault(term, 1));
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
      final int arrival;
      Map<String, Double> topic;
      Map<String, Double> event;

      /** Its nearest articles in its topic, most similar first (ties: earlier arrival first). */
      List<Near> near = new ArrayList<>();

      Member(Item item) {
        this.item = item;
        this.arrival = members.size();
      }

      /** Keeps {@code other} if it is among the nearest; false when it was not kept. */
      void offer(Member other, double similarity) {
        Near n = new Near(other, similarity);
        int at = 0;
        while (at < near.size() && NEARER.compare(near.get(at), n) <= 0) {
          at++;
        }
        if (at < options.eventNeighbours()) {
          near.add(at, n);
          if (near.size() > options.eventNeighbours()) {
            near.removeLast();
          }
        }
      }

      boolean isNear(Member other) {
        for (Near n : near) {
          if (n.member == other) {
            return true;
          }
        }
        return false;
      }

      /** Articles in both neighbourhoods, each article counting as in its own. */
      int shared(Member other) {
        int count = other.isNear(this) ? 1 : 0;
        for (Near n : near) {
          if (n.member == other || other.isNear(n.member)) {
            count++;
          }
        }
        return count;
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

      /** Set when the neighbour lists no longer match the members' vectors or the members. */
      boolean stale;

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

      /**
       * Brings the neighbour lists up to date with a new member and regroups the topic's events as
       * the connected groups of linked articles. Each new group keeps the id of the old event that
       * gave it most articles, so stories keep their ids as they grow.
       */
      void regroup(Member added) {
        if (stale) {
          members.forEach(x -> x.near = new ArrayList<>());
          for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
              Member x = members.get(i);
              Member y = members.get(j);
              if (apart(x, y)) {
                continue;
              }
              double s = dot(x.event, y.event);
              x.offer(y, s);
              y.offer(x, s);
            }
          }
          stale = false;
        } else {
          for (Member other : members) {
            if (other != added && !apart(added, other)) {
              double s = dot(added.event, other.event);
              added.offer(other, s);
              other.offer(added, s);
            }
          }
        }
        Map<Member, Member> root = new HashMap<>();
        members.forEach(x -> root.put(x, x));
        for (Member x : members) {
          for (Near n : x.near) {
            if (n.similarity >= options.eventFloor()
                && x.shared(n.member) >= options.eventShared()) {
              root.put(find(root, x), find(root, n.member));
            }
          }
        }
        Map<Member, List<Member>> groups = new LinkedHashMap<>();
        for (Member x : members) {
          groups.computeIfAbsent(find(root, x), r -> new ArrayList<>()).add(x);
        }
        Map<Member, Integer> oldEvent = new HashMap<>();
        events.forEach(e -> e.members.forEach(x -> oldEvent.put(x, e.id)));
        List<Event> regrouped = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        List<List<Member>> largestFirst = new ArrayList<>(groups.values());
        largestFirst.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (List<Member> group : largestFirst) {
          Map<Integer, Integer> votes = new HashMap<>();
          group.forEach(
              x -> {
                Integer e = oldEvent.get(x);
                if (e != null && !taken.contains(e)) {
                  votes.merge(e, 1, Integer::sum);
                }
              });
          int id =
              votes.entrySet().stream()
                  .max(
                      Map.Entry.<Integer, Integer>comparingByValue()
                          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                  .map(Map.Entry::getKey)
                  .orElseGet(() -> nextId++);
          taken.add(id);
          Event e = new Event(id);
          e.members.addAll(group);
          e.members.sort(Comparator.comparingInt(x -> x.arrival));
          regrouped.add(e);
        }
        regrouped.sort(Comparator.comparingInt(e -> e.members.getFirst().arrival));
        events.clear();
        events.addAll(regrouped);
      }

      /** Whether two articles were published too far apart to report one event. */
      private boolean apart(Member x, Member y) {
        java.time.LocalDate a = x.item.published();
        java.time.LocalDate b = y.item.published();
        return options.eventDays() > 0
            && a != null
            && b != null
            && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b)) > options.eventDays();
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

    /** An event story: its articles, in arrival order. */
    private final class Event {
      final int id;
      final List<Member> members = new ArrayList<>();

      Event(int id) {
        this.id = id;
      }
    }

    /** A near article and its event similarity. */
    private record Near(Member member, double similarity) {}

    private static final Comparator<Near> NEARER =
        Comparator.comparingDouble((Near n) -> -n.similarity())
            .thenComparingInt(n -> n.member().arrival);

    private static Member find(Map<Member, Member> root, Member x) {
      Member r = x;
      while (root.get(r) != r) {
        r = root.get(r);
      }
      root.put(x, r);
      return r;
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
