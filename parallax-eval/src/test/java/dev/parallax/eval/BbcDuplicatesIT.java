package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Every exact-duplicate pair of the BBC corpus is linked, and the other links stay few (each was
 * read by eye on 2026-11-22: 56 links, all the same story retitled or lightly edited).
 */
class BbcDuplicatesIT {

  @Test
  void allExactPairsFoundAndNoFlood() throws Exception {
    assumeTrue(BbcDuplicatesEval.available(), "bbc dataset absent from ../shared/data: skipped");
    BbcDuplicatesEval.Result r = BbcDuplicatesEval.run();
    assertThat(r.truePairs()).hasSize(100);
    assertThat(r.missed()).isZero();
    assertThat(r.ok()).isEqualTo(r.documents());
    assertThat(r.otherLinks()).hasSizeLessThanOrEqualTo(60);
  }
}
