package dev.parallax.core.search;

import dev.parallax.api.Article;
import dev.parallax.api.Entity;
import dev.parallax.api.Quote;
import dev.parallax.api.Standing;
import dev.parallax.core.pipeline.Analysis;
import dev.parallax.core.report.SpeakerLinks;
import dev.parallax.core.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over one analysis: articles (title and text), quotes (words and speaker) and
 * entities (every spelling, also on the articles that name them), with facets — kind, outlet,
 * entity, verdict — and a date range.
 *
 * <p>Lucene does the text work (English stemming, ranking); user queries go through its {@link
 * SimpleQueryParser}, which reads {@code "phrases"}, {@code -not}, {@code a | b} and {@code
 * prefix*} and never fails on malformed input, so a query is never an error. Facet counts are taken
 * over every match, by reading the stored facet fields: the index lives in memory, built once per
 * analysis, and a newsroom's corpus is thousands of documents, not millions. Immutable and
 * thread-safe once built.
 */
public final class SearchIndex {

  /** What a search asks for; null or blank fields do not filter. */
  public record Request(
      String text,
      String kind,
      String outlet,
      String entity,
      String verdict,
      LocalDate from,
      LocalDate to,
      int offset,
      int limit) {}

  /** One match. */
  public record Hit(
      String kind,
      String id,
      String article,
      String title,
      String snippet,
      String outlet,
      LocalDate date,
      float score) {}

  /** A page of matches, how many there are in all, and the facet counts over all of them. */
  public record Result(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {}

  /** The facet dimensions, in the order results give them. */
  public static final List<String> FACETS = List.of("kind", "outlet", "entity", "verdict");

  private static final Map<String, Float> WEIGHTS =
      Map.of("title", 3f, "name", 4f, "text", 1f, "speaker", 2f, "aka", 0.5f);

  private final EnglishAnalyzer analyzer;
  private final IndexSearcher searcher;

  private SearchIndex(EnglishAnalyzer analyzer, IndexSearcher searcher) {
    this.analyzer = analyzer;
    this.searcher = searcher;
  }

  // Lucene wants one schema per field name across documents: "title", "text", "name" and
  // "speaker" are indexed text wherever they occur; what a hit shows as its title is "label",
  // stored only.

  /** Indexes the analysis's articles (texts from the store), quotes and entities. */
  public static SearchIndex of(Analysis analysis, Store store) {
    try {
      return build(analysis, store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the search index: " + e.getMessage(), e);
    }
  }

  private static SearchIndex build(Analysis analysis, Store store) throws IOException {
    EnglishAnalyzer analyzer = new EnglishAnalyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Map<String, List<String[]>> entitiesByArticle = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    analysis.entities().forEach(e -> names.put(e.id(), e.name()));
    for (Entity e : analysis.entities()) {
      Set<String> seen = new HashSet<>();
      for (Entity.Mentioned m : e.mentions()) {
        if (seen.add(m.article())) {
          entitiesByArticle
              .computeIfAbsent(m.article(), k -> new ArrayList<>())
              .add(new String[] {e.id(), e.name(), String.join(" · ", e.variants())});
        }
      }
    }
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (String id : analysis.run().canonicalArticleIds()) {
        Article a = store.article(id).orElse(null);
        if (a == null) {
          continue;
        }
        String verdict = verdict(analysis.check().standings().get(id));
        Document d = base("article", id, id, a, verdict);
        d.add(new TextField("title", Objects.toString(a.title(), ""), Field.Store.NO));
        d.add(new StoredField("label", Objects.toString(a.title(), "")));
        d.add(new TextField("text", a.text(), Field.Store.YES));
        for (String[] e : entitiesByArticle.getOrDefault(id, List.of())) {
          d.add(new StringField("entity", e[0], Field.Store.NO));
          d.add(new StoredField("entityName", e[1]));
          // every spelling of everyone the article names: a search for "Hrytsenko" finds the
          // article that writes "Gritsenko"
          d.add(new TextField("aka", e[2], Field.Store.NO));
        }
        w.addDocument(d);
        for (Quote q : analysis.findings().quotesOf(id)) {
          Document qd = base("quote", id + ":" + q.start(), id, a, verdict);
          qd.add(new TextField("text", q.text(), Field.Store.YES));
          qd.add(new StoredField("label", Objects.toString(a.title(), "")));
          if (q.speakerName() != null) {
            qd.add(new TextField("speaker", q.speakerName(), Field.Store.YES));
          }
          String who = SpeakerLinks.entityOf(q, id, analysis.entities());
          if (who != null) {
            qd.add(new StringField("entity", who, Field.Store.NO));
            qd.add(new StoredField("entityName", names.getOrDefault(who, q.speakerName())));
          }
          w.addDocument(qd);
        }
      }
      for (Entity e : analysis.entities()) {
        Document d = new Document();
        d.add(new StringField("kind", "entity", Field.Store.YES));
        d.add(new StringField("id", e.id(), Field.Store.YES));
        d.add(new TextField("name", String.join(" · ", e.variants()), Field.Store.YES));
        d.add(new StoredField("label", e.name() + " (" + e.type().toLowerCase(Locale.ROOT) + ")"));
        d.add(new StringField("entity", e.id(), Field.Store.NO));
        d.add(new StoredField("entityName", e.name()));
        w.addDocument(d);
      }
    }
    return new SearchIndex(analyzer, new IndexSearcher(DirectoryReader.open(directory)));
  }

  private static Document base(String kind, String id, String article, Article a, String verdict) {
    Document d = new Document();
    d.add(new StringField("kind", kind, Field.Store.YES));
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new StoredField("article", article));
    if (a.outlet() != null) {
      d.add(new StringField("outlet", a.outlet(), Field.Store.YES));
    }
    if (a.published() != null) {
      int day = (int) a.published().date().toEpochDay();
      d.add(new IntPoint("date", day));
      d.add(new StoredField("day", day));
    }
    d.add(new StringField("verdict", verdict, Field.Store.YES));
    return d;
  }

  /** An article's standing as a facet value: flagged, contradicted, or unchallenged. */
  private static String verdict(Standing s) {
    if (s == null || s.contradicted().isEmpty()) {
      return "unchallenged";
    }
    return s.flagged() ? "flagged" : "contradicted";
  }

  /** Runs a search. */
  public Result search(Request r) {
    try {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      String text = r.text() == null ? "" : r.text().strip();
      if (text.isEmpty()) {
        b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      } else {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query q = parser.parse(text);
        // a query of stop words alone ("the") parses to nothing: it matches nothing
        b.add(q == null ? new BooleanQuery.Builder().build() : q, BooleanClause.Occur.MUST);
      }
      filter(b, "kind", r.kind());
      filter(b, "outlet", r.outlet());
      filter(b, "entity", r.entity());
      filter(b, "verdict", r.verdict());
      if (r.from() != null || r.to() != null) {
        int from = r.from() == null ? Integer.MIN_VALUE : (int) r.from().toEpochDay();
        int to = r.to() == null ? Integer.MAX_VALUE : (int) r.to().toEpochDay();
        b.add(IntPoint.newRangeQuery("date", from, to), BooleanClause.Occur.FILTER);
      }
      Query query = b.build();
      int all = Math.max(1, searcher.getIndexReader().maxDoc());
      TopDocs top = searcher.search(query, all);
      StoredFields stored = searcher.storedFields();
      Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
      FACETS.forEach(f -> facets.put(f, new TreeMap<>()));
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = stored.document(sd.doc);
        count(facets.get("kind"), d.get("kind"));
        count(facets.get("outlet"), d.get("outlet"));
        count(facets.get("verdict"), d.get("verdict"));
        for (String name : d.getValues("entityName")) {
          count(facets.get("entity"), name);
        }
        if (i >= r.offset() && hits.size() < r.limit()) {
          hits.add(hit(d, sd.score, text));
        }
      }
      return new Result(top.totalHits.value(), hits, facets);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  private static void count(Map<String, Integer> counts, String value) {
    if (value != null) {
      counts.merge(value, 1, Integer::sum);
    }
  }

  private static Hit hit(Document d, float score, String query) {
    String kind = d.get("kind");
    String body = kind.equals("entity") ? d.get("name") : d.get("text");
    Number day = d.getField("day") == null ? null : d.getField("day").numericValue();
    return new Hit(
        kind,
        d.get("id"),
        d.get("article"),
        d.get("label"),
        snippet(body == null ? "" : body, query),
        d.get("outlet"),
        day == null ? null : LocalDate.ofEpochDay(day.longValue()),
        score);
  }

  /** About 200 characters around the first query word found in the text, else its start. */
  static String snippet(String text, String query) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() >= 3) {
        int i = lower.indexOf(word);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
    }
    int start = Math.max(0, at < 0 ? 0 : at - 80);
    int end = Math.min(text.length(), start + 200);
    String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
  }
}
