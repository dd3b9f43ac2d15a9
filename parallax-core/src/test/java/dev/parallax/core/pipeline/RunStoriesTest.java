package dev.parallax.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStoriesTest {

  private static Article untitled(String text) {
    return new Article(
        "a1", "a1.txt", "h", null, null, null, null, "eng", text, List.of(), List.of());
  }

  @Test
  void anUntitledStoryIsTitledByItsFirstSentenceCutWhereAClauseEnds() {
    String text =
        "Ostland pushed back on Wednesday against the idea of foreign peacekeepers being sent to"
            + " Harwick, and downplayed the chances of a meeting between the two leaders this year."
            + " Talks go on.";
    assertThat(RunStories.title(List.of(untitled(text))))
        .isEqualTo(
            "Ostland pushed back on Wednesday against the idea of foreign peacekeepers being sent"
                + " to Harwick");
    assertThat(RunStories.title(List.of(untitled("The port reopened. Ships came in."))))
        .isEqualTo("The port reopened.");
    String noClause = "word ".repeat(40).strip() + ".";
    assertThat(RunStories.title(List.of(untitled(noClause)))).endsWith("…").hasSize(118);
    // a paragraph break ends the first sentence too: no title runs on into the next paragraph
    assertThat(RunStories.title(List.of(untitled("Harbor reopens\n\nShips came in."))))
        .isEqualTo("Harbor reopens");
  }

  private static dev.parallax.api.Entity entity(
      String id, String name, String type, String... variants) {
    return new dev.parallax.api.Entity(
        id, name, type, List.of(variants), List.of(), List.of(), List.of());
  }

  @Test
  void aNamesOtherSpellingsAreCountedAsTheNameItGoesBy() {
    java.util.Map<String, String> spellings =
        RunStories.spellings(
            List.of(
                entity("e1", "Tomas Varga", "PERSON", "Tomas Varga", "Tamas Vargha", "Varga's"),
                entity("e2", "Lindholm", "LOCATION", "Lindholm", "Lindholmen"),
                // a spelling that is another entity's own name stays as written
                entity("e3", "Ana Berg", "PERSON", "Ana Berg", "Ana Bergh"),
                entity("e4", "Lars Bergh", "PERSON", "Lars Bergh"),
                // organisations' names are not folded
                entity("e5", "Ostland Rail", "ORGANIZATION", "Ostland Railways")));
    assertThat(spellings)
        .containsEntry("vargha", "varga")
        .containsEntry("lindholmen", "lindholm")
        .doesNotContainKeys("varga", "bergh", "railways");
    org.assertj.core.api.Assertions.assertThat(
            new dev.parallax.core.stories.StoryFeatures()
                .terms(null, "Officials met Tamas Vargha in Lindholmen.", spellings)
                .counts())
        .containsKeys("n:varga", "n:lindholm")
        .doesNotContainKeys("n:vargha", "n:lindholmen");
  }

  private static Article titled(String id, String title, String text) {
    return new Article(
        id, id + ".txt", "h" + id, null, title, null, null, "eng", text, List.of(), List.of());
  }

  @Test
  void aStoryIsTitledByAHeadlineThatSaysSomethingNotALabel() {
    String text =
        "Harwick harbour reopened on Monday after the storm, and the first ships came in. The"
            + " harbour master said the quays held.";
    List<Article> members =
        List.of(
            titled("a1", "Harbour", text),
            titled("a2", "HARWICK HARBOUR REOPENS AFTER STORM", text),
            titled("a3", "Harwick harbour reopens after the storm", text),
            titled("a4", "Local news", text));
    assertThat(RunStories.title(members)).isEqualTo("Harwick harbour reopens after the storm");
  }
}
