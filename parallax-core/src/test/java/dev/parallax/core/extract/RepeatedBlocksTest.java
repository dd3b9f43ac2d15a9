package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Removed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedBlocksTest {

  @Test
  void repeatedParagraphsAreKeptOnceAtTheirFirstPlace() {
    List<Removed> removed = new ArrayList<>();
    List<String> kept =
        RepeatedBlocks.keepOnce(
            List.of(
                "First fact stated here.",
                "Second fact stated here.",
                "First fact stated here.",
                "Ok"),
            removed);
    assertThat(kept).containsExactly("First fact stated here.", "Second fact stated here.", "Ok");
    assertThat(removed)
        .containsExactly(new Removed("First fact stated here.", Removed.REPEATED_BLOCK));
  }
}
