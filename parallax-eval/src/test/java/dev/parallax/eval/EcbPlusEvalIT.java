package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.core.stories.StoryClusterer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Floors for incremental story clustering on ECB+ over five shuffled arrival orders and the
 * file-name order. Measured 2026-12-02 (docs/evaluation.md): event-level B-cubed F1 mean 0.935
 * (0.931–0.938), topic-level 0.906 (targets 0.95 at both levels: not reached yet). Every order must
 * stay above the floor, so a change that only works in one order fails.
 */
class EcbPlusEvalIT {

  @Test
  void everyArrivalOrderStaysAboveTheFloor() throws Exception {
    assumeTrue(EcbPlusEval.available(), "ECB+ dataset absent from ../shared/data: skipped");
    List<EcbPlusEval.Doc> docs = EcbPlusEval.load();
    var items = EcbPlusEval.items(docs, true);
    long start = System.nanoTime();
    List<EcbPlusEval.OrderResult> results =
        EcbPlusEval.run(docs, items, StoryClusterer.Options.defaults(), 5);
    EcbPlusEval.print(docs.size(), results, (System.nanoTime() - start) / 1e9);
    for (EcbPlusEval.OrderResult r : results) {
      assertThat(r.event().f1()).as("event F1, order %d", r.seed()).isGreaterThanOrEqualTo(0.92);
      assertThat(r.topic().f1()).as("topic F1, order %d", r.seed()).isGreaterThanOrEqualTo(0.88);
    }
    // a folder read in file-name order: each topic's articles arrive together, early, and the
    // topic never grows again; its events must still be drawn with the grown corpus's weights
    // (0.917 when they kept the weights of the first few articles, 0.936 since 2026-12-03)
    EcbPlusEval.OrderResult files =
        EcbPlusEval.runInFileOrder(docs, items, StoryClusterer.Options.defaults());
    assertThat(files.event().f1()).as("event F1, file-name order").isGreaterThanOrEqualTo(0.92);
    assertThat(files.topic().f1()).as("topic F1, file-name order").isGreaterThanOrEqualTo(0.88);
  }
}
