package dev.parallax.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Article;
import dev.parallax.api.Duplicate;
import dev.parallax.api.DuplicateKind;
import dev.parallax.core.extract.NewsExtractor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinHashDeduplicatorTest {

  private static final String WIRE =
      "Rescue teams evacuated more than 12,000 people from villages below the Orlov dam on Tuesday"
          + " after engineers found a crack in its eastern wall, the interior ministry said. Interior"
          + " Minister Oleksandr Hrytsenko said the water level had risen by two metres overnight and"
          + " that the army would build a second barrier by Thursday. Schools in the valley were closed"
          + " and trains between the two largest towns were suspended until further notice.";

  private static Article article(String id, String outlet, String text) {
    return new Article(
        id,
        id + ".html",
        NewsExtractor.contentHash(text),
        outlet,
        null,
        null,
        null,
        "eng",
        text,
        List.of(),
        List.of());
  }

  @Test
  void exactCopyIsFoundWhateverItsCaseAndSpacing() {
    MinHashDeduplicator d = new MinHashDeduplicator(DedupOptions.defaults());
    assertThat(d.add(article("a", "Courier", WIRE))).isEmpty();
    Optional<Duplicate> copy =
        d.add(article("b", "Courier", WIRE.toUpperCase().replace(" ", "  ")));
    assertThat(copy).contains(new Duplicate("b", "a", DuplicateKind.EXACT, 1.0));
  }

  @Test
  void editedCopyUnderAnotherOutletIsSyndicated() {
    MinHashDeduplicator d = new MinHashDeduplicator(DedupOptions.defaults());
    d.add(article("wire", "Continental Press", WIRE));
    String edited =
        WIRE.replace("on Tuesday", "on Tuesday morning")
            + " Our reporter in the valley saw queues of cars on the main road.";
    Optional<Duplicate> copy = d.add(article("paper", "Valley Herald", edited));
    assertThat(copy).isPresent();
    assertThat(copy.get().kind()).isEqualTo(DuplicateKind.SYNDICATED);
    assertThat(copy.get().canonicalId()).isEqualTo("wire");
  }

  @Test
  void differentStoryOfTheSameKindIsNotMerged() {
    MinHashDeduplicator d = new MinHashDeduplicator(DedupOptions.defaults());
    d.add(article("a", "Courier", WIRE));
    String other =
        "Firefighters moved 800 residents out of two streets in the harbour district on Sunday"
            + " after a warehouse fire spread to a fuel depot, the city said. Deputy mayor Ana Lind said"
            + " the fire was under control by evening and that residents could return on Monday.";
    assertThat(d.add(article("b", "Courier", other))).isEmpty();
  }

  @Test
  void copiesOfACopyPointAtTheCanonicalArticle() {
    MinHashDeduplicator d = new MinHashDeduplicator(DedupOptions.defaults());
    d.add(article("a", null, WIRE));
    d.add(article("b", null, WIRE + " Updated at noon."));
    Optional<Duplicate> third =
        d.add(article("c", null, WIRE + " Updated at noon. Updated again."));
    assertThat(third).isPresent();
    assertThat(third.get().canonicalId()).isEqualTo("a");
    assertThat(third.get().kind()).isEqualTo(DuplicateKind.NEAR);
  }
}
