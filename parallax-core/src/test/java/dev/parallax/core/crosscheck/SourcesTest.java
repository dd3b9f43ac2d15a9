package dev.parallax.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Article;
import dev.parallax.api.Removed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesTest {

  /** An article published on the given day (ISO). */
  static Article dated(String id, String outlet, String date, String text) {
    Article a = article(id, outlet, text);
    return new Article(
        a.id(),
        a.source(),
        a.contentHash(),
        a.outlet(),
        a.title(),
        a.byline(),
        new dev.parallax.api.Published(java.time.LocalDate.parse(date), null, "meta"),
        a.language(),
        a.text(),
        a.removed(),
        a.issues());
  }

  static Article article(String id, String outlet, String text, Removed... removed) {
    return new Article(
        id,
        id + ".html",
        "h" + id,
        outlet,
        null,
        null,
        null,
        "eng",
        text,
        List.of(removed),
        List.of());
  }

  @Test
  void likeNamedFilesAreToldApartByTheirFolders() {
    assertThat(
            Sources.fileNames(
                List.of("/data/news/sport/183.txt", "/data/news/politics/183.txt", "/x/184.txt")))
        .containsEntry("/data/news/sport/183.txt", "sport/183.txt")
        .containsEntry("/data/news/politics/183.txt", "politics/183.txt")
        .containsEntry("/x/184.txt", "184.txt");
    assertThat(Sources.fileNames(List.of("a/b/1.txt", "c/b/1.txt")))
        .containsEntry("a/b/1.txt", "a/b/1.txt")
        .containsEntry("c/b/1.txt", "c/b/1.txt");
  }

  @Test
  void creditsInDatelinesCreditLinesAndRemovedFurniture() {
    assertThat(Sources.credits(article("a", null, "PORTVILLE, May 2 (NWA) — The mayor resigned.")))
        .containsExactly("NWA");
    assertThat(Sources.credits(article("b", null, "The mayor resigned.\n\nWith Courier wires")))
        .containsExactly("Courier");
    assertThat(
            Sources.credits(
                article(
                    "c",
                    null,
                    "The mayor resigned.",
                    new Removed("Additional reporting by Northern Wire Agency", "credit-line"))))
        .containsExactly("Northern Wire Agency");
    assertThat(Sources.credits(article("d", null, "The mayor resigned on Monday."))).isEmpty();
    assertThat(
            Sources.credits(
                article(
                    "e",
                    null,
                    "The mayor resigned.",
                    new Removed("Credit to Lantern AND Evening Star", "credit-line"))))
        .containsExactly("Lantern", "Evening Star");
  }

  @Test
  void aCreditNamesAnOutletByNameInitialsOrDistinctiveWord() {
    assertThat(Sources.names("NWA", "Northern Wire Agency")).isTrue();
    assertThat(Sources.names("Courier", "The Portville Courier")).isTrue();
    assertThat(Sources.names("Herald", "The Portville Courier")).isFalse();
    // an outlet whose name repeats a word is no error (a run once died on one)
    assertThat(Sources.names("News", "Valley News News")).isTrue();
    assertThat(Sources.names("Herald", "80/90 80/90")).isFalse();
  }

  @Test
  void oneOutletAndWhatCreditsItAreOneSource() {
    Sources s =
        Sources.of(
            List.of(
                article("a1", "Northern Wire Agency", "PORTVILLE (NWA) — The mayor resigned."),
                article("a2", "Northern Wire Agency", "The mayor's deputy takes over."),
                article("b", "Daily Lantern", "PORTVILLE, May 2 (NWA) — The mayor resigned."),
                article("c", "Evening Star", "The mayor resigned, the council said."),
                article("d", null, "The mayor resigned."),
                article("e", null, "The mayor quit.")));
    assertThat(s.sourceOf("a1")).isEqualTo(s.sourceOf("a2")).isEqualTo(s.sourceOf("b"));
    assertThat(s.sourceOf("c")).isNotEqualTo(s.sourceOf("a1"));
    assertThat(s.sourceOf("d")).isNotEqualTo(s.sourceOf("e"));
    assertThat(s.labelOf("b")).isEqualTo("Daily Lantern (credits NWA)");
    assertThat(s.labelOf("a1")).isEqualTo("Northern Wire Agency");
    assertThat(s.labelOf("d")).isEqualTo("d.html");
  }
}
