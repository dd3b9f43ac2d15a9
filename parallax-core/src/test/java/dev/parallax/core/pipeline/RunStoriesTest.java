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
  }
}
