package dev.parallax.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Article;
import dev.parallax.api.Duplicate;
import dev.parallax.api.DuplicateKind;
import dev.parallax.api.Extraction;
import dev.parallax.api.Published;
import dev.parallax.api.Removed;
import dev.parallax.api.Status;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @TempDir Path dir;

  private static final Article ARTICLE =
      new Article(
          "a1",
          "a.html",
          "hash",
          "Courier",
          "Title",
          "Ines Barta",
          new Published(
              LocalDate.of(2026, 3, 14), OffsetDateTime.parse("2026-03-14T09:30+01:00"), "meta"),
          "eng",
          "Body one.\n\nBody two.",
          List.of(
              new Removed("Share", Removed.BOILERPLATE),
              new Removed("Read more", Removed.RELATED_LINKS)),
          List.of("charset detected: windows-1251"));

  @Test
  void articleRoundTripsExactly() throws Exception {
    try (Store store = Store.openSqlite(dir.resolve("p.db"))) {
      store.saveDocument("sha", Extraction.ok(ARTICLE));
      assertThat(store.article("a1")).contains(ARTICLE);
      assertThat(store.findDocument("a.html", "sha"))
          .contains(new Store.DocumentRecord("a.html", Status.OK, null, "a1"));
    }
  }

  @Test
  void savingTheSameDocumentAgainChangesNothing() throws Exception {
    try (Store store = Store.openSqlite(dir.resolve("p.db"))) {
      store.saveDocument("sha", Extraction.ok(ARTICLE));
      store.saveDocument("sha", Extraction.ok(ARTICLE));
      store.saveDocument("sha2", Extraction.skipped("empty.txt", "empty document"));
      store.saveDocument("sha2", Extraction.skipped("empty.txt", "empty document"));
      assertThat(store.count("documents")).isEqualTo(2);
      assertThat(store.count("articles")).isEqualTo(1);
      assertThat(store.count("removed")).isEqualTo(2);
    }
  }

  @Test
  void reopeningKeepsDataAndDuplicateLinksUpdateInPlace() throws Exception {
    Path db = dir.resolve("sub/p.db");
    Article copy =
        new Article(
            "a2",
            "b.html",
            "hash",
            "Herald",
            null,
            null,
            null,
            "eng",
            "Body one.",
            List.of(),
            List.of());
    try (Store store = Store.openSqlite(db)) {
      store.saveDocument("sha", Extraction.ok(ARTICLE));
      store.saveDocument("shb", Extraction.ok(copy));
      store.saveDuplicate(new Duplicate("a2", "a1", DuplicateKind.NEAR, 0.8));
    }
    try (Store store = Store.openSqlite(db)) {
      store.saveDuplicate(new Duplicate("a2", "a1", DuplicateKind.SYNDICATED, 0.9));
      assertThat(store.count("duplicates")).isEqualTo(1);
      assertThat(store.duplicateOf("a2"))
          .contains(new Duplicate("a2", "a1", DuplicateKind.SYNDICATED, 0.9));
      assertThat(store.article("a1")).contains(ARTICLE);
    }
  }
}
