package dev.parallax.eval;

import dev.parallax.api.Annotation;
import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Mention;
import dev.parallax.api.Quote;
import dev.parallax.api.Story;
import dev.parallax.core.claims.ClaimExtractor;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.entities.EntityResolver;
import dev.parallax.core.nlp.CoreNlpAnnotator;
import dev.parallax.core.nlp.NlpOptions;
import dev.parallax.core.quotes.QuoteFinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Planted-contradiction evaluation on real multi-article events (ECB+): in one article of an event,
 * one fact that another article of the event also states is changed — a number, the title before a
 * person's name, a place, the person a quote is attributed to — and the cross-checker, run on the
 * event's articles, must report a contradiction in that article about that fact. Untouched events
 * measure false contradictions.
 *
 * <p>The planter finds shared facts by its own, deliberately plain means (the same number before
 * the same word in two articles; the same word before the same person's name; the same place name;
 * the same quoted words), not with the checker's claim extractors, so that it plants facts the
 * checker may not know how to read. Each event is checked with gold event membership: this measures
 * the checker, not the clusterer.
 *
 * <p>Usage: {@code PlantedContradictionEval [--verbose]}; {@code -Dplanted.seed=N} picks which
 * article and which replacement (default 1); with {@code --verbose}, {@code
 * -Dplanted.evidence=true} also prints the evidence of each false contradiction; {@code
 * -Dplanted.event=ID} runs that one event only (with {@code --verbose}, printing every finding of
 * each planted run).
 */
public final class PlantedContradictionEval {

  /** One planted change. */
  public record Plant(
      String kind, int doc, int start, int end, String replacement, int factStart, int factEnd) {}

  /** One trial: a plant in an event and whether the checker found it. */
  public record Trial(String event, String kind, String before, String after, boolean found) {}

  /** Recall per plant kind and false contradictions on untouched events. */
  public record Result(
      Map<String, int[]> recallByKind, int untouchedEvents, int falseContradictions) {
    public double recall() {
      int found = 0;
      int all = 0;
      for (int[] v : recallByKind.values()) {
        found += v[0];
        all += v[1];
      }
      return all == 0 ? 0 : (double) found / all;
    }

    public double falsePerEvent() {
      return untouchedEvents == 0 ? 0 : (double) falseContradictions / untouchedEvents;
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w.,$])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s+([a-z][a-z-]{2,})");
  private static final Pattern OPEN_ENDED =
      Pattern.compile(
          "(?i)(?:more than|over|above|at least|up to|as many as|fewer than|less than|under|"
              + "nearly|almost|no more than)\\s*\\$?$");
  private static final Pattern SAYING =
      Pattern.compile(
          "(?i)\\b(said|says|say|told|tells|added|adds|asked|explained|stated|wrote|testified|"
              + "insisted|noted|commented|declared|according to)\\b");
  private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she|they|i|we)\\b");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{12,400})\"");
  private static final Pattern HONORIFIC =
      Pattern.compile("(?i)(?:mr|mrs|ms|miss|dr|rev|reverend|sir|dame|lord|lady|mx)\\.?");
  private static final Pattern TITLE_WORD = Pattern.compile("\\p{L}[\\p{L}.-]+");

  private final CoreNlpAnnotator annotator;
  private final Map<String, Annotation> annotations = new HashMap<>();
  private final ClaimExtractor claims = new ClaimExtractor();
  private final QuoteFinder quotes = new QuoteFinder();

  public PlantedContradictionEval(CoreNlpAnnotator annotator) {
    this.annotator = annotator;
  }

  /** ECB+ gold events with two or more documents, texts detokenised. */
  public static Map<String, List<EcbPlusEval.Doc>> events(List<EcbPlusEval.Doc> docs) {
    Map<String, List<EcbPlusEval.Doc>> events = new TreeMap<>();
    for (EcbPlusEval.Doc d : docs) {
      EcbPlusEval.Doc clean =
          new EcbPlusEval.Doc(d.id(), d.topic(), d.event(), detokenize(d.text()));
      events.computeIfAbsent(d.event(), e -> new ArrayList<>()).add(clean);
    }
    events.values().removeIf(l -> l.size() < 2);
    return events;
  }

  /** Runs every plant kind on every event, and the untouched events. */
  public Result run(Map<String, List<EcbPlusEval.Doc>> events, long seed, boolean verbose) {
    Corpus corpus = corpus(events);
    Map<String, int[]> recall = new LinkedHashMap<>();
    int falseContradictions = 0;
    String only = System.getProperty("planted.event");
    for (Map.Entry<String, List<EcbPlusEval.Doc>> e : events.entrySet()) {
      if (only != null && !only.equals(e.getKey())) {
        continue;
      }
      List<String> texts = e.getValue().stream().map(EcbPlusEval.Doc::text).toList();
      List<List<int[]>> places = e.getValue().stream().map(this::goldPlaces).toList();
      CrossChecker.Result untouched = check(texts);
      long contradicted =
          untouched.findings().stream().filter(f -> f.verdict().equals("contradicted")).count();
      falseContradictions += (int) contradicted;
      if (verbose && contradicted > 0) {
        untouched.findings().stream()
            .filter(f -> f.verdict().equals("contradicted"))
            .forEach(
                f -> {
                  System.out.println("FALSE " + e.getKey() + " " + f.explanation());
                  if (Boolean.getBoolean("planted.evidence")) {
                    f.evidence()
                        .forEach(
                            ev ->
                                System.out.println(
                                    "    "
                                        + ev.article()
                                        + ": "
                                        + snippet(
                                            texts.get(Integer.parseInt(ev.article().substring(1))),
                                            Math.max(0, ev.start() - 90),
                                            ev.end() + 90)));
                  }
                });
      }
      SplittableRandom random = new SplittableRandom(seed * 31 + e.getKey().hashCode());
      for (String kind : List.of("number", "title", "speaker", "place")) {
        Optional<Plant> plant =
            plant(kind, texts, places, corpus, e.getValue().get(0).topic(), random);
        if (plant.isEmpty()) {
          continue;
        }
        Plant p = plant.get();
        List<String> changed = new ArrayList<>(texts);
        String t = texts.get(p.doc());
        changed.set(p.doc(), t.substring(0, p.start()) + p.replacement() + t.substring(p.end()));
        CrossChecker.Result result = check(changed);
        boolean found = found(result, "d" + p.doc(), p);
        int[] counts = recall.computeIfAbsent(kind, k -> new int[2]);
        counts[0] += found ? 1 : 0;
        counts[1]++;
        if (verbose) {
          System.out.printf(
              "%s %-7s %-5s d%d %s -> %s%n",
              e.getKey(),
              kind,
              found ? "FOUND" : "miss",
              p.doc(),
              found
                  ? snippet(t, p.factStart(), p.factEnd())
                  : marked(t, p) + why(result, "d" + p.doc(), p),
              p.replacement());
          if (!found && (kind.equals("number") || kind.equals("place"))) {
            partners(texts, p).forEach(x -> System.out.println("    also " + x));
          }
          if (only != null) {
            result.findings().forEach(f -> System.out.println("    finding " + f.explanation()));
          }
        }
      }
    }
    int checked = only == null ? events.size() : events.containsKey(only) ? 1 : 0;
    return new Result(recall, checked, falseContradictions);
  }

  /** For a missed number or place: where the other articles state the fact the plant changed. */
  private static List<String> partners(List<String> texts, Plant p) {
    String t = texts.get(p.doc());
    Matcher next = Pattern.compile("^\\s*(\\S+)").matcher(t.substring(p.end()));
    String stated =
        t.substring(p.start(), p.end())
            + (p.kind().equals("number") && next.find() ? " " + next.group(1) : "");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      int at = i == p.doc() ? -1 : texts.get(i).indexOf(stated);
      for (int shown = 0; at >= 0 && shown < 3; shown++) {
        String other = texts.get(i);
        out.add("d" + i + ": " + snippet(other, Math.max(0, at - 60), at + stated.length() + 60));
        at = other.indexOf(stated, at + stated.length());
      }
    }
    return out;
  }

  /** For a miss: the checker's finding that holds the planted claim, if any. */
  private static String why(CrossChecker.Result result, String article, Plant p) {
    int to = p.factEnd() + p.replacement().length() - (p.end() - p.start());
    for (Finding f : result.findings()) {
      for (Finding.Evidence e : f.evidence()) {
        if (e.article().equals(article) && e.start() < to && p.factStart() < e.end()) {
          return " [" + f.verdict() + " " + f.sources() + ": " + f.explanation() + "]";
        }
      }
    }
    return " [no claim]";
  }

  /** The planted fact in its words, the changed words in brackets. */
  private static String marked(String t, Plant p) {
    String before = t.substring(Math.max(0, p.factStart() - 60), p.start());
    String after = t.substring(p.end(), Math.min(p.factEnd() + 60, t.length()));
    return ("«" + before + "[" + t.substring(p.start(), p.end()) + "]" + after + "»")
        .replace('\n', ' ');
  }

  private static String snippet(String t, int start, int end) {
    return "«" + t.substring(start, Math.min(end, t.length())).replace('\n', ' ') + "»";
  }

  /**
   * Found: a contradicted finding has evidence in the planted article overlapping the planted fact,
   * or, for a speaker, giving a quote to the planted speaker: a name written between two quotes
   * ("…community," Smith added. "We take…") speaks both, and the planted name is as wrong for the
   * quote after it as for the quote the planter chose.
   */
  static boolean found(CrossChecker.Result result, String article, Plant p) {
    int shift = p.replacement().length() - (p.end() - p.start());
    int from = p.factStart();
    int to = p.factEnd() + shift;
    for (Finding f : result.findings()) {
      if (!f.verdict().equals("contradicted")) {
        continue;
      }
      for (Finding.Evidence e : f.evidence()) {
        if (e.article().equals(article)
            && (e.start() < to && from < e.end()
                || p.kind().equals("speaker")
                    && f.kind().equals("quote")
                    && e.contradicted()
                    && e.value().length() >= 3
                    && p.replacement().contains(e.value()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Runs the product's checking stages on one event's texts, as one story. */
  CrossChecker.Result check(List<String> texts) {
    Map<String, Article> articles = new LinkedHashMap<>();
    List<EntityResolver.ArticleMentions> mentions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String id = "d" + i;
      String text = texts.get(i);
      articles.put(
          id,
          new Article(
              id,
              id,
              Integer.toHexString(text.hashCode()),
              null,
              null,
              null,
              null,
              "eng",
              text,
              List.of(),
              List.of()));
      mentions.add(new EntityResolver.ArticleMentions(id, text, annotate(text).mentions()));
    }
    List<Entity> entities = new EntityResolver().resolve(mentions);
    Map<String, List<Claim>> byArticle = new HashMap<>();
    int[] counter = {0};
    for (Article a : articles.values()) {
      List<Quote> found = quotes.find(a.text());
      byArticle.put(a.id(), claims.extract(a, found, entities, () -> "c" + (++counter[0])));
    }
    Story story =
        new Story("s1", "t1", "event", new ArrayList<>(articles.keySet()), List.of(), null, null);
    return new CrossChecker(entities).check(List.of(story), articles, byArticle);
  }

  private Annotation annotate(String text) {
    return annotations.computeIfAbsent(text, annotator::annotate);
  }

  /** Names and title words seen across the corpus, by topic, to plant replacements from. */
  record Corpus(
      Map<String, List<String>> people, Map<String, List<String>> places, List<String> titles) {}

  private Corpus corpus(Map<String, List<EcbPlusEval.Doc>> events) {
    Map<String, List<String>> people = new HashMap<>();
    Map<String, List<String>> places = new HashMap<>();
    Map<String, Set<String>> titleDocs = new HashMap<>();
    for (List<EcbPlusEval.Doc> docs : events.values()) {
      for (EcbPlusEval.Doc d : docs) {
        for (Mention m : annotate(d.text()).mentions()) {
          if (m.type().equals("PERSON") && m.text().contains(" ")) {
            addNew(people.computeIfAbsent(d.topic(), t -> new ArrayList<>()), m.text());
            String before = wordBefore(d.text(), m.start());
            // a capitalised word opening a sentence ("But", "As") may be capitalised only for
            // its place: title words are the ones also capitalised inside a sentence
            if (before != null
                && Character.isUpperCase(before.charAt(0))
                && !opensSentence(d.text(), d.text().lastIndexOf(before, m.start()))) {
              titleDocs.computeIfAbsent(before, w -> new LinkedHashSet<>()).add(d.id());
            }
          } else if (m.type().equals("LOCATION") && within(goldPlaces(d), m)) {
            addNew(places.computeIfAbsent(d.topic(), t -> new ArrayList<>()), m.text());
          }
        }
      }
    }
    List<String> titles = new ArrayList<>();
    titleDocs.forEach(
        (w, ds) -> {
          if (ds.size() >= 3) {
            titles.add(w);
          }
        });
    // honorifics ("Dr.", "Rev.") go with any office: putting one in place of a title says
    // nothing another article can contradict
    titles.removeIf(w -> HONORIFIC.matcher(w).matches());
    titles.sort(null);
    return new Corpus(people, places, titles);
  }

  private static final Pattern GOLD_PLACE =
      Pattern.compile("<LOC_\\w+ m_id=\"\\d+\"\\s*>(.*?)</LOC_\\w+>", Pattern.DOTALL);
  private static final Pattern ANCHOR = Pattern.compile("<token_anchor t_id=\"(\\d+)\"/>");
  private static final Pattern TOKEN =
      Pattern.compile("<token t_id=\"(\\d+)\"[^>]*>([^<]*)</token>");

  private final Map<String, List<int[]>> goldPlaces = new HashMap<>();

  /**
   * Where in a document's text its annotators marked a place (ECB+ {@code LOC_GEO}, {@code
   * LOC_FAC}, {@code LOC_OTHER}): each marked phrase, joined back like the text, at every place it
   * occurs.
   */
  List<int[]> goldPlaces(EcbPlusEval.Doc d) {
    return goldPlaces.computeIfAbsent(
        d.id(),
        id -> {
          String xml;
          try {
            xml = Files.readString(SharedData.dataset("ecbplus").resolve(d.topic()).resolve(id));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          Map<String, String> tokens = new HashMap<>();
          Matcher t = TOKEN.matcher(xml);
          while (t.find()) {
            tokens.put(t.group(1), EcbPlusEval.unescape(t.group(2)));
          }
          List<int[]> spans = new ArrayList<>();
          Matcher m = GOLD_PLACE.matcher(xml);
          while (m.find()) {
            List<String> words = new ArrayList<>();
            Matcher a = ANCHOR.matcher(m.group(1));
            while (a.find()) {
              words.add(tokens.getOrDefault(a.group(1), ""));
            }
            String phrase = detokenize(String.join(" ", words)).strip();
            for (int at = phrase.isEmpty() ? -1 : d.text().indexOf(phrase);
                at >= 0;
                at = d.text().indexOf(phrase, at + 1)) {
              spans.add(new int[] {at, at + phrase.length()});
            }
          }
          return spans;
        });
  }

  private static boolean within(List<int[]> spans, Mention m) {
    return spans.stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1]);
  }

  private static void addNew(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  /** Whether the word at {@code at} is the first of its sentence or line. */
  static boolean opensSentence(String text, int at) {
    int i = at;
    while (i > 0 && " \"“‘(".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i == 0 || ".!?:\n".indexOf(text.charAt(i - 1)) >= 0;
  }

  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return null;
    }
    String w = text.substring(start, end);
    return TITLE_WORD.matcher(w).matches() ? w : null;
  }

  private Optional<Plant> plant(
      String kind,
      List<String> texts,
      List<List<int[]>> places,
      Corpus corpus,
      String topic,
      SplittableRandom random) {
    return switch (kind) {
      case "number" -> plantNumber(texts, random);
      case "title" -> plantTitle(texts, corpus, random);
      case "speaker" -> plantSpeaker(texts, corpus, topic, random);
      default -> plantPlace(texts, places, corpus, topic, random);
    };
  }

  /** The same number before the same word in two articles: change it in one of them. */
  private Optional<Plant> plantNumber(List<String> texts, SplittableRandom random) {
    Map<String, List<int[]>> seen = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      Matcher m = NUMBER.matcher(texts.get(i));
      while (m.find()) {
        if (OPEN_ENDED
            .matcher(texts.get(i).substring(Math.max(0, m.start() - 20), m.start()))
            .find()) {
          // "more than 50" stays true of any larger number: changing it plants no contradiction
          continue;
        }
        String digits = m.group(1).replace(",", "");
        double value = Double.parseDouble(digits);
        boolean year = !m.group(1).contains(",") && value >= 1900 && value <= 2100;
        if (year || value == 0) {
          continue;
        }
        String key = digits + " " + stem(m.group(2));
        seen.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {i, m.start(1), m.end(1)});
      }
    }
    List<int[]> candidates = sharedInTwoDocs(seen);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] c = candidates.get(random.nextInt(candidates.size()));
    String original = texts.get(c[0]).substring(c[1], c[2]);
    double v = Double.parseDouble(original.replace(",", ""));
    long changed = Math.round(v * 3 + 7);
    String replacement =
        original.contains(",")
            ? String.format(Locale.ROOT, "%,d", changed)
            : Long.toString(changed);
    return Optional.of(new Plant("number", c[0], c[1], c[2], replacement, c[1], c[2]));
  }

  /** The same word before the same person's name in two articles: put another title there. */
  private Optional<Plant> plantTitle(List<String> texts, Corpus corpus, SplittableRandom random) {
    Map<String, List<int[]>> seen = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      for (Mention m : annotate(text).mentions()) {
        if (!m.type().equals("PERSON")) {
          continue;
        }
        String before = wordBefore(text, m.start());
        if (before != null && corpus.titles().contains(before)) {
          int start = text.lastIndexOf(before, m.start());
          seen.computeIfAbsent(before + " " + surname(m.text()), k -> new ArrayList<>())
              .add(new int[] {i, start, start + before.length(), m.end()});
        }
      }
    }
    List<int[]> candidates = sharedInTwoDocs(seen);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] c = candidates.get(random.nextInt(candidates.size()));
    String original = texts.get(c[0]).substring(c[1], c[2]);
    List<String> others = corpus.titles().stream().filter(t -> !t.equals(original)).toList();
    String replacement = others.get(random.nextInt(others.size()));
    return Optional.of(new Plant("title", c[0], c[1], c[2], replacement, c[1], c[3]));
  }

  /**
   * The same quoted words in two articles: give the quote, in one of them, to a person of another
   * story by replacing the name attributed next to it.
   */
  private Optional<Plant> plantSpeaker(
      List<String> texts, Corpus corpus, String topic, SplittableRandom random) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Matcher m = QUOTED.matcher(texts.get(i));
      while (m.find()) {
        List<String> words = words(m.group(1));
        if (words.size() < 4 || !quotedElsewhere(words, texts, i)) {
          continue;
        }
        Mention name = speaker(texts.get(i), m.start(), m.end());
        if (name != null) {
          candidates.add(new int[] {i, name.start(), name.end(), m.start(), m.end()});
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] c = candidates.get(random.nextInt(candidates.size()));
    String replacement = otherTopics(corpus.people(), topic, random);
    if (replacement == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Plant(
            "speaker", c[0], c[1], c[2], replacement, Math.min(c[1], c[3]), Math.max(c[2], c[4])));
  }

  /**
   * The same place named in two articles as a place of the event: in one of them, name another
   * place instead. A name counts where the recogniser tags it a place and ECB+'s annotators marked
   * a place around it ("the SAP-Arena in Mannheim, Germany", "a Malibu treatment facility"): the
   * recogniser alone also tags teams ("Philadelphia beats Green Bay"), films ("Twilight") and
   * sentence openers ("Born"), where a changed name says nothing about where anything happened.
   */
  private Optional<Plant> plantPlace(
      List<String> texts,
      List<List<int[]>> places,
      Corpus corpus,
      String topic,
      SplittableRandom random) {
    Map<String, List<int[]>> seen = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      for (Mention m : annotate(texts.get(i)).mentions()) {
        if (m.type().equals("LOCATION") && within(places.get(i), m)) {
          seen.computeIfAbsent(m.text(), k -> new ArrayList<>())
              .add(new int[] {i, m.start(), m.end()});
        }
      }
    }
    List<int[]> candidates = sharedInTwoDocs(seen);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] c = candidates.get(random.nextInt(candidates.size()));
    String replacement = otherTopics(corpus.places(), topic, random);
    if (replacement == null) {
      return Optional.empty();
    }
    return Optional.of(new Plant("place", c[0], c[1], c[2], replacement, c[1], c[2]));
  }

  /** Occurrences whose key occurs in at least two different documents. */
  private static List<int[]> sharedInTwoDocs(Map<String, List<int[]>> seen) {
    List<int[]> out = new ArrayList<>();
    for (List<int[]> occurrences : seen.values()) {
      long docs = occurrences.stream().mapToInt(o -> o[0]).distinct().count();
      if (docs >= 2) {
        out.addAll(occurrences);
      }
    }
    return out;
  }

  private static String otherTopics(
      Map<String, List<String>> byTopic, String topic, SplittableRandom random) {
    List<String> pool = new ArrayList<>();
    byTopic.entrySet().stream()
        .filter(e -> !e.getKey().equals(topic))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> pool.addAll(e.getValue()));
    return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
  }

  private boolean quotedElsewhere(List<String> words, List<String> texts, int except) {
    String probe = String.join(" ", words.subList(0, Math.min(6, words.size())));
    for (int j = 0; j < texts.size(); j++) {
      if (j != except && String.join(" ", words(texts.get(j))).contains(probe)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person named as saying the quote: the nearest name outside it, within a few words, with a
   * verb of saying between the two or right after the name ("King said, “…”", "“…,” said King",
   * "“…,” King added"). A name merely near a quote is not its speaker, and changing it plants no
   * speaker contradiction; quotes whose speaker is only a pronoun are left alone.
   */
  private Mention speaker(String text, int start, int end) {
    Mention best = null;
    int bestDistance = 61;
    for (Mention m : annotate(text).mentions()) {
      if (!m.type().equals("PERSON")) {
        continue;
      }
      int distance = m.start() >= end ? m.start() - end : m.end() <= start ? start - m.end() : -1;
      if (distance < 0 || distance >= bestDistance) {
        continue;
      }
      String between =
          m.start() >= end ? text.substring(end, m.start()) : text.substring(m.end(), start);
      String after =
          text.substring(m.end(), Math.min(text.length(), m.end() + 30)).split("[\"\n.]")[0];
      if (between.contains("\"") || between.contains("\n") || PRONOUN.matcher(between).find()) {
        continue; // "“…,” he said, and Ruiz …": the pronoun is the speaker
      }
      if (SAYING.matcher(between).find() || SAYING.matcher(after).find()) {
        best = m;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static String stem(String w) {
    return w.length() > 4 ? w.substring(0, 4) : w;
  }

  /**
   * Joins ECB+ tokens back into running text: no space before closing punctuation and clitics, none
   * after opening brackets and currency signs, and straight double quotes paired open/close.
   */
  static String detokenize(String tokenized) {
    StringBuilder out = new StringBuilder();
    // a quote may run over several sentences (lines), so whether one is open carries over
    boolean openQuote = false;
    for (String line : tokenized.split("\n", -1)) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      StringBuilder l = new StringBuilder();
      boolean glueNext = true;
      for (String token : line.split(" ")) {
        if (token.isEmpty()) {
          continue;
        }
        String tok = token.equals("``") ? "“" : token.equals("''") ? "”" : token;
        boolean glueThis;
        boolean opens;
        if (tok.equals("\"")) {
          openQuote = !openQuote;
          opens = openQuote;
          glueThis = !opens;
        } else {
          opens = tok.equals("“") || tok.equals("‘");
          glueThis = tok.matches("[.,;:!?%)\\]}”’]+|'s|'S|’s|n't|n’t|'re|'ll|'ve|'m|'d|'");
        }
        if (!glueNext && !glueThis) {
          l.append(' ');
        }
        l.append(tok);
        glueNext = tok.matches("[(\\[{$€£]") || opens;
      }
      out.append(l);
    }
    // clock times, hyphenated words and numbers were split into tokens too: "10 : 56", "AK - 47",
    // "6 . 1", "910 , 000" (a sentence is one line, so a full stop between digits is a decimal
    // point)
    return out.toString()
        .replaceAll("(\\d): (\\d)", "$1:$2")
        .replaceAll("(\\d)\\. (\\d)", "$1.$2")
        .replaceAll("(?<![\\d,])(\\d{1,3}), (\\d{3})(?!\\d)", "$1,$2")
        .replaceAll("(\\w) - (\\w)", "$1-$2")
        .replaceAll("(\\w)’ (s|t|re|ll|ve|m|d)\\b", "$1’$2");
  }

  public static void main(String[] args) throws IOException {
    if (!EcbPlusEval.available()) {
      System.out.println("ECB+ not found under " + SharedData.dataset("ecbplus") + "; skipped");
      return;
    }
    boolean verbose = List.of(args).contains("--verbose");
    long seed = Long.getLong("planted.seed", 1);
    long t0 = System.nanoTime();
    Map<String, List<EcbPlusEval.Doc>> events = events(EcbPlusEval.load());
    PlantedContradictionEval eval =
        new PlantedContradictionEval(new CoreNlpAnnotator(NlpOptions.defaults()));
    Result r = eval.run(events, seed, verbose);
    System.out.printf(Locale.ROOT, "ECB+ planted contradictions (seed %d)%n", seed);
    r.recallByKind()
        .forEach(
            (k, v) ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-8s recall %.3f (%d of %d)%n",
                    k,
                    v[1] == 0 ? 0 : (double) v[0] / v[1],
                    v[0],
                    v[1]));
    System.out.printf(Locale.ROOT, "  all      recall %.3f%n", r.recall());
    System.out.printf(
        Locale.ROOT,
        "  untouched events %d, false contradictions %d (%.3f per event)%n",
        r.untouchedEvents(),
        r.falseContradictions(),
        r.falsePerEvent());
    System.out.printf(Locale.ROOT, "  time %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
