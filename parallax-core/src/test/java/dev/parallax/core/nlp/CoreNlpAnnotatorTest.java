package dev.parallax.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  @Test
  void aDashBetweenSpacesEndsAName() {
    String text = "HARWICK — Lindholm Steel has agreed to buy Tarnow-Metall.";
    List<Mention> mentions = new ArrayList<>();
    CoreNlpAnnotator.addSplitAtDashes(mentions, text, 0, text.indexOf(" has"), "ORGANIZATION");
    assertThat(mentions).extracting(Mention::text).containsExactly("HARWICK", "Lindholm Steel");
    assertThat(mentions.get(1).start()).isEqualTo(text.indexOf("Lindholm"));
    // a hyphen inside a name is part of it
    mentions.clear();
    int at = text.indexOf("Tarnow");
    CoreNlpAnnotator.addSplitAtDashes(mentions, text, at, text.length() - 1, "ORGANIZATION");
    assertThat(mentions).extracting(Mention::text).containsExactly("Tarnow-Metall");
  }
}
