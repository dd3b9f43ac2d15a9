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
