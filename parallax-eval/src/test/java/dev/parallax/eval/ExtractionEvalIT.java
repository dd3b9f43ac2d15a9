package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Quality floor for main-content extraction on the benchmark pages in {@code shared/data}. Measured
 * 2026-11-22: precision 0.959, recall 0.975, F1 0.967. A change that drops below the floor fails
 * the build.
 */
class ExtractionEvalIT {

  @Test
  void f1StaysAboveTheFloor() throws Exception {
    assumeTrue(
        ExtractionEval.available(), "extraction dataset absent from ../shared/data: skipped");
    ExtractionEval.Result r =
        ExtractionEval.score(ExtractionEval.pages(), ExtractionEval.parallax());
    System.out.printf(
        "extraction: precision %.4f recall %.4f F1 %.4f%n", r.precision(), r.recall(), r.f1());
    assertThat(r.pages()).isGreaterThanOrEqualTo(100);
    assertThat(r.f1()).isGreaterThanOrEqualTo(0.96);
    assertThat(r.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.recall()).isGreaterThanOrEqualTo(0.96);
  }
}
