package dev.parallax.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.Article;
import dev.parallax.api.Duplicate;
import dev.parallax.api.DuplicateKind;
import dev.parallax.api.Extraction;
import dev.parallax.api.Published;
import dev.parallax.api.Removed;
import dev.parallax.api.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file holding every document's outcome, the articles, what was
 * removed from them, and duplicate links. The schema is created and upgraded by Flyway.
 *
 * <p>Writes are idempotent: saving a document already stored (same source, same bytes) changes
 * nothing, and each document is saved in one transaction, so a run killed at any point leaves whole
 * documents behind, and the next run skips them and finishes the rest. SQL uses bound parameters
 * only. Thread-safe: Jdbi opens a connection per call; SQLite serialises writers.
 */
public final class Store implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final Jdbi jdbi;
  private final String location;

  private Store(Jdbi jdbi, String location) {
    this.jdbi = jdbi;
    this.location = location;
  }

  /**
   * Opens (creating and migrating when needed) the SQLite database at {@code file}.
   *
   * @throws IOException when the folder cannot be created
   */
  public static Store openSqlite(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(30_000);
    config.enforceForeignKeys(true);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return new Store(Jdbi.create(ds), file.toAbsolutePath().toString());
  }

  /**
   * Opens the store a location names: a PostgreSQL JDBC URL ({@code
   * jdbc:postgresql://host/db?user=…}) for a team's server, anything else a SQLite file.
   */
  public static Store open(String location) throws IOException {
    return isServer(location) ? openPostgres(location) : openSqlite(Path.of(location));
  }

  /** Whether a location names a PostgreSQL server rather than a file. */
  public static boolean isServer(String location) {
    return location.startsWith("jdbc:postgresql:");
  }

  /**
   * Opens (migrating when needed) the PostgreSQL database at {@code jdbcUrl}: the same schema and
   * the same statements as SQLite (standard SQL, {@code ON CONFLICT} for idempotent writes).
   */
  public static Store openPostgres(String jdbcUrl) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(jdbcUrl);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    String shown = jdbcUrl.replaceAll("(?i)password=[^&]*", "password=…");
    return new Store(Jdbi.create(ds), shown);
  }

  /** Where the data lives, for messages. */
  public String location() {
    return location;
  }

  /** A document's recorded outcome. */
  public record DocumentRecord(String source, Status status, String reason, String articleId) {}

  /** The stored outcome of this exact document, if it was processed before. */
  public Optional<DocumentRecord> findDocument(String source, String bytesSha256) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT source, status, reason, article_id FROM documents"
                        + " WHERE source = :source AND bytes_sha256 = :sha")
                .bind("source", source)
                .bind("sha", bytesSha256)
                .map(Store::documentRecord)
                .findOne());
  }

  /**
   * Every source's latest stored outcome, oldest source first: what the store holds now, for a
   * server that shows it all rather than one run's inputs.
   */
  public List<DocumentRecord> latestDocuments() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT d.source, d.status, d.reason, d.article_id FROM documents d"
                        + " WHERE d.processed_at = (SELECT MAX(e.processed_at) FROM documents e"
                        + " WHERE e.source = d.source)"
                        + " ORDER BY d.processed_at, d.source")
                .map(Store::documentRecord)
                .list());
  }

  private static DocumentRecord documentRecord(java.sql.ResultSet rs, StatementContext ctx)
      throws java.sql.SQLException {
    return new DocumentRecord(
        rs.getString(1),
        Status.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
        rs.getString(3),
        rs.getString(4));
  }

  /** Saves one document's outcome and its article in one transaction; a repeat is a no-op. */
  public void saveDocument(String bytesSha256, Extraction extraction) {
    jdbi.useTransaction(
        h -> {
          Article a = extraction.article();
          if (a != null) {
            insertArticle(h, a);
          }
          h.createUpdate(
                  "INSERT INTO documents"
                      + " (source, bytes_sha256, status, reason, article_id, processed_at)"
                      + " VALUES (:source, :sha, :status, :reason, :article, :at)"
                      + " ON CONFLICT DO NOTHING")
              .bind("source", extraction.source())
              .bind("sha", bytesSha256)
              .bind("status", extraction.status().label())
              .bind("reason", extraction.reason())
              .bind("article", a == null ? null : a.id())
              .bind("at", Instant.now().toString())
              .execute();
        });
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  private static void insertArticle(Handle h, Article a) {
    int inserted =
        h.createUpdate(
                "INSERT INTO articles (id, source, content_hash, outlet, title, byline,"
                    + " published_date, published_time, published_from, language, text, issues)"
                    + " VALUES (:id, :source, :hash, :outlet, :title, :byline, :pdate, :ptime,"
                    + " :pfrom, :lang, :text, :issues) ON CONFLICT DO NOTHING")
            .bind("id", a.id())
            .bind("source", a.source())
            .bind("hash", a.contentHash())
            .bind("outlet", a.outlet())
            .bind("title", a.title())
            .bind("byline", a.byline())
            .bind("pdate", a.published() == null ? null : a.published().date().toString())
            .bind(
                "ptime",
                a.published() == null || a.published().time() == null
                    ? null
                    : a.published().time().toString())
            .bind("pfrom", a.published() == null ? null : a.published().from())
            .bind("lang", a.language())
            .bind("text", a.text())
            .bind("issues", json(a.issues()))
            .execute();
    if (inserted == 0) {
      return;
    }
    int seq = 0;
    for (Removed r : a.removed()) {
      h.createUpdate(
              "INSERT INTO removed (article_id, seq, text, reason)"
                  + " VALUES (:id, :seq, :text, :reason) ON CONFLICT DO NOTHING")
          .bind("id", a.id())
          .bind("seq", seq++)
          .bind("text", r.text())
          .bind("reason", r.reason())
          .execute();
    }
  }

  /** Loads an article with its removed blocks. */
  public Optional<Article> article(String id) {
    return jdbi.withHandle(
        h -> {
          List<Removed> removed =
              h.createQuery("SELECT text, reason FROM removed WHERE article_id = :id ORDER BY seq")
                  .bind("id", id)
                  .map((rs, ctx) -> new Removed(rs.getString(1), rs.getString(2)))
                  .list();
          return h.createQuery(
                  "SELECT id, source, content_hash, outlet, title, byline, published_date,"
                      + " published_time, published_from, language, text, issues"
                      + " FROM articles WHERE id = :id")
              .bind("id", id)
              .map(
                  (rs, ctx) -> {
                    Published published = null;
                    if (rs.getString(7) != null) {
                      String time = rs.getString(8);
                      published =
                          new Published(
                              LocalDate.parse(rs.getString(7)),
                              time == null ? null : OffsetDateTime.parse(time),
                              rs.getString(9));
                    }
                    List<String> issues;
                    try {
                      issues = JSON.readValue(rs.getString(12), STRINGS);
                    } catch (JsonProcessingException e) {
                      issues = List.of("stored issues unreadable: " + e.getOriginalMessage());
                    }
                    return new Article(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        published,
                        rs.getString(10),
                        rs.getString(11),
                        removed,
                        issues);
                  })
              .findOne();
        });
  }

  /** Records (or updates) that an article duplicates another. */
  public void saveDuplicate(Duplicate d) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO duplicates (article_id, canonical_id, kind, similarity)"
                        + " VALUES (:id, :canonical, :kind, :sim)"
                        + " ON CONFLICT (article_id) DO UPDATE SET canonical_id = excluded.canonical_id,"
                        + " kind = excluded.kind, similarity = excluded.similarity")
                .bind("id", d.articleId())
                .bind("canonical", d.canonicalId())
                .bind("kind", d.kind().label())
                .bind("sim", d.similarity())
                .execute());
  }

  /** The stored duplicate link of an article, if any. */
  public Optional<Duplicate> duplicateOf(String articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT article_id, canonical_id, kind, similarity FROM duplicates"
                        + " WHERE article_id = :id")
                .bind("id", articleId)
                .map(Store::duplicate)
                .findOne());
  }

  private static Duplicate duplicate(java.sql.ResultSet rs, StatementContext ctx)
      throws java.sql.SQLException {
    return new Duplicate(
        rs.getString(1),
        rs.getString(2),
        DuplicateKind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
        rs.getDouble(4));
  }

  /** The named-entity mentions stored for a text, if it was annotated before. */
  public Optional<List<dev.parallax.api.Mention>> mentions(String contentHash) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT mentions FROM annotations WHERE content_hash = :hash")
                .bind("hash", contentHash)
                .mapTo(String.class)
                .findOne()
                .map(Store::parseMentions));
  }

  /** Stores the mentions of a text; a repeat is a no-op. */
  public void saveMentions(String contentHash, List<dev.parallax.api.Mention> mentions) {
    StringBuilder json = new StringBuilder("[");
    try {
      for (dev.parallax.api.Mention m : mentions) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append(JSON.writeValueAsString(List.of(m.start(), m.end(), m.text(), m.type())));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("mentions always serialise", e);
    }
    json.append(']');
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO annotations (content_hash, mentions) VALUES (:hash, :m)"
                        + " ON CONFLICT DO NOTHING")
                .bind("hash", contentHash)
                .bind("m", json.toString())
                .execute());
  }

  private static List<dev.parallax.api.Mention> parseMentions(String json) {
    try {
      List<dev.parallax.api.Mention> out = new java.util.ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode n : JSON.readTree(json)) {
        out.add(
            new dev.parallax.api.Mention(
                n.get(0).asInt(), n.get(1).asInt(), n.get(2).asText(), n.get(3).asText()));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored mentions unreadable", e);
    }
  }

  /**
   * Deletes an article and every document record that produced it, in one transaction: its removed
   * blocks, its duplicate links either way, the documents. Copies that pointed at it lose the link
   * (they are read afresh as they come). Annotations stay: they belong to a text, which another
   * article may share. Returns false when there was no such article.
   */
  public boolean deleteArticle(String id) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate("DELETE FROM removed WHERE article_id = :id").bind("id", id).execute();
          h.createUpdate("DELETE FROM duplicates WHERE article_id = :id OR canonical_id = :id")
              .bind("id", id)
              .execute();
          h.createUpdate("DELETE FROM documents WHERE article_id = :id").bind("id", id).execute();
          return h.createUpdate("DELETE FROM articles WHERE id = :id").bind("id", id).execute() > 0;
        });
  }

  /** Remembers a followed feed; a repeat is a no-op. */
  public void saveFeed(String url) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO feeds (url, added_at) VALUES (:url, :at) ON CONFLICT DO NOTHING")
                .bind("url", url)
                .bind("at", Instant.now().toString())
                .execute());
  }

  /** The followed feeds, oldest first. */
  public List<String> feeds() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT url FROM feeds ORDER BY added_at, url")
                .mapTo(String.class)
                .list());
  }

  /** Row counts per table, for tests and the summary. */
  public long count(String table) {
    if (!List.of("documents", "articles", "removed", "duplicates", "annotations", "feeds")
        .contains(table)) {
      throw new IllegalArgumentException("unknown table: " + table);
    }
    return jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  @Override
  public void close() {
    // Jdbi holds no open connection between calls; nothing to release.
  }
}
