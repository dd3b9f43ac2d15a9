package dev.parallax.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Duplicate;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Quote;
import dev.parallax.api.Removed;
import dev.parallax.api.Standing;
import dev.parallax.api.Status;
import dev.parallax.api.Story;
import dev.parallax.core.crosscheck.CrossChecker;
import dev.parallax.core.pipeline.DocumentOutcome;
import dev.parallax.core.pipeline.RunFindings;
import dev.parallax.core.pipeline.RunResult;
import dev.parallax.core.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code analysis.json}, the stable machine-readable result of a run (schema in {@code
 * docs/analysis-format.md}). Streams: articles are read from the store one at a time and written
 * straight out, so the corpus is never held in memory.
 */
public final class AnalysisJson {

  /** Version of the format; bumped only on incompatible changes. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private AnalysisJson() {}

  public static void write(
      Path file,
      RunResult run,
      Store store,
      List<Entity> entities,
      RunFindings findings,
      List<Story> stories,
      CrossChecker.Result check)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("documents", run.documents().size());
      g.writeNumberField("ok", run.count(Status.OK));
      g.writeNumberField("skipped", run.count(Status.SKIPPED));
      g.writeNumberField("failed", run.count(Status.FAILED));
      g.writeNumberField("duplicates", run.duplicates().size());
      g.writeNumberField("uniqueArticles", run.uniqueArticles());
      g.writeEndObject();

      g.writeArrayFieldStart("documents");
      for (DocumentOutcome d : run.documents()) {
        g.writeStartObject();
        g.writeStringField("source", d.source());
        g.writeStringField("status", d.status().label());
        g.writeStringField("reason", d.reason());
        g.writeStringField("article", d.articleId());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("articles");
      java.util.Set<String> written = new java.util.HashSet<>();
      for (DocumentOutcome d : run.documents()) {
        if (d.articleId() == null || !written.add(d.articleId())) {
          continue;
        }
        Article a = store.article(d.articleId()).orElse(null);
        if (a != null) {
          writeArticle(g, a, run.duplicates().get(a.id()));
        }
      }
      g.writeEndArray();

      g.writeArrayFieldStart("quotes");
      for (String id : run.canonicalArticleIds()) {
        for (Quote q : findings.quotesOf(id)) {
          writeQuote(g, id, q, SpeakerLinks.entityOf(q, id, entities));
        }
      }
      g.writeEndArray();

      g.writeArrayFieldStart("entities");
      for (Entity e : entities) {
        writeEntity(g, e);
      }
      g.writeEndArray();

      g.writeArrayFieldStart("claims");
      for (String id : run.canonicalArticleIds()) {
        for (Claim c : findings.claimsOf(id)) {
          writeClaim(g, c);
        }
      }
      g.writeEndArray();

      g.writeArrayFieldStart("stories");
      for (Story story : stories) {
        writeStory(g, story);
      }
      g.writeEndArray();

      g.writeArrayFieldStart("findings");
      java.util.Map<String, String> topicOf = new java.util.HashMap<>();
      stories.forEach(st -> topicOf.put(st.id(), st.topic()));
      for (Finding f : check.findings()) {
        writeFinding(g, f, topicOf);
      }
      g.writeEndArray();

      g.writeArrayFieldStart("standings");
      for (String id : run.canonicalArticleIds()) {
        Standing st = check.standings().get(id);
        if (st != null) {
          writeStanding(g, st);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeFinding(
      JsonGenerator g, Finding f, java.util.Map<String, String> topicOf) throws IOException {
    boolean story = topicOf.containsKey(f.scope());
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("story", story ? f.scope() : null);
    g.writeStringField("topic", story ? topicOf.get(f.scope()) : f.scope());
    g.writeStringField("kind", f.kind());
    g.writeStringField("subject", f.subject());
    g.writeStringField("verdict", f.verdict());
    g.writeStringField("explanation", f.explanation());
    g.writeNumberField("sources", f.sources());
    g.writeArrayFieldStart("articles");
    for (String a : f.evidence().stream().map(Finding.Evidence::article).distinct().toList()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("claims");
    for (Finding.Evidence e : f.evidence()) {
      g.writeString(e.claim());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("evidence");
    for (Finding.Evidence e : f.evidence()) {
      g.writeStartObject();
      g.writeStringField("article", e.article());
      g.writeStringField("claim", e.claim());
      g.writeStringField("source", e.source());
      g.writeStringField("value", e.value());
      g.writeStringField("text", e.text());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeNumberField("position", e.position());
      g.writeBooleanField("contradicted", e.contradicted());
      g.writeBooleanField("outvoted", e.outvoted());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStanding(JsonGenerator g, Standing s) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", s.article());
    g.writeBooleanField("flagged", s.flagged());
    g.writeArrayFieldStart("contradicted");
    for (String f : s.contradicted()) {
      g.writeString(f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reasons");
    for (String r : s.reasons()) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStory(JsonGenerator g, Story s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("topic", s.topic());
    g.writeStringField("title", s.title());
    g.writeArrayFieldStart("articles");
    for (String a : s.articles()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outlets");
    for (String o : s.outlets()) {
      g.writeString(o);
    }
    g.writeEndArray();
    g.writeStringField("first", s.first() == null ? null : s.first().toString());
    g.writeStringField("last", s.last() == null ? null : s.last().toString());
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, String article, Quote q, String entity)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("article", article);
    g.writeStringField("text", q.text());
    g.writeNumberField("start", q.start());
    g.writeNumberField("end", q.end());
    g.writeStringField("speaker", entity);
    g.writeStringField("speakerName", q.speakerName());
    g.writeStringField("cue", q.cue());
    g.writeStringField("how", q.how());
    g.writeNumberField("confidence", q.confidence());
    g.writeEndObject();
  }

  private static void writeClaim(JsonGenerator g, Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("article", c.article());
    g.writeStringField("kind", c.kind());
    g.writeStringField("subject", c.subject());
    g.writeStringField("predicate", c.predicate());
    g.writeStringField("value", c.value());
    g.writeStringField("text", c.text());
    g.writeNumberField("start", c.start());
    g.writeNumberField("end", c.end());
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("type", e.type());
    g.writeArrayFieldStart("variants");
    for (String v : e.variants()) {
      g.writeString(v);
    }
    g.writeEndArray();
    writeMentioned(g, "mentions", e.mentions());
    g.writeArrayFieldStart("roles");
    for (Entity.Role r : e.roles()) {
      g.writeStartObject();
      g.writeStringField("article", r.article());
      g.writeStringField("role", r.role());
      g.writeStringField("affiliation", r.affiliation());
      g.writeNumberField("start", r.start());
      g.writeNumberField("end", r.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeMentioned(g, "references", e.references());
    g.writeEndObject();
  }

  private static void writeMentioned(JsonGenerator g, String field, List<Entity.Mentioned> list)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Entity.Mentioned m : list) {
      g.writeStartObject();
      g.writeStringField("article", m.article());
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      g.writeStringField("text", m.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeArticle(JsonGenerator g, Article a, Duplicate dup) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("title", a.title());
    g.writeStringField("byline", a.byline());
    g.writeStringField("published", a.published() == null ? null : a.published().iso());
    g.writeStringField("publishedFrom", a.published() == null ? null : a.published().from());
    g.writeStringField("language", a.language());
    g.writeStringField("contentHash", a.contentHash());
    g.writeStringField("duplicateOf", dup == null ? null : dup.canonicalId());
    g.writeStringField("duplicateKind", dup == null ? null : dup.kind().label());
    if (dup == null) {
      g.writeNullField("duplicateSimilarity");
    } else {
      g.writeNumberField("duplicateSimilarity", Math.round(dup.similarity() * 1000) / 1000.0);
    }
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("removed");
    for (Removed r : a.removed()) {
      g.writeStartObject();
      g.writeStringField("text", r.text());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("issues");
    for (String issue : a.issues()) {
      g.writeString(issue);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
