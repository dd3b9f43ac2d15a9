package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void perfectPredictionScoresOne() {
    ShingleScore s = new ShingleScore();
    s.add("one two three four five", "one two three four five");
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void extraTextLowersPrecisionOnly() {
    ShingleScore s = new ShingleScore();
    // truth: 2 shingles; prediction adds 2 more → tp 2, fp 2 → precision 0.5, recall 1
    s.add("a b c d e", "a b c d e f g");
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void emptyPredictionCountsForRecallNotPrecision() {
    ShingleScore s = new ShingleScore();
    s.add("a b c d e", "a b c d e");
    s.add("a b c d e", "");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
  }
}
