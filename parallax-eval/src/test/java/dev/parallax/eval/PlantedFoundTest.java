package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Finding;
import dev.parallax.core.crosscheck.CrossChecker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a planted contradiction counts as found. */
class PlantedFoundTest {

  // d1: «"The port will reopen," Ana Ruiz added. "Ships are waiting."», with the speaker changed
  private static final String TEXT =
      "\"The port will reopen,\" Tomas Varga added. \"Ships are waiting.\"";
  private static final PlantedContradictionEval.Plant SPEAKER =
      new PlantedContradictionEval.Plant(
          "speaker",
          1,
          TEXT.indexOf("Tomas"),
          TEXT.indexOf("Tomas") + "Ana Ruiz".length(),
          "Tomas Varga",
          0,
          TEXT.indexOf("Tomas") + "Ana Ruiz".length());

  /** A contradicted quote finding whose evidence in d1 is the quote at [from, to) given to who. */
  private static CrossChecker.Result contradicted(String kind, int from, int to, String who) {
    Finding.Evidence planted =
        new Finding.Evidence(
            "d1", "c1", "Outlet 1", who, TEXT.substring(from, to), from, to, 2, true, true);
    Finding.Evidence other =
        new Finding.Evidence("d0", "c2", "Outlet 0", "Ana Ruiz", "x", 0, 1, 1, true, false);
    Finding f =
        new Finding("f1", "s1", kind, "who said", "contradicted", "…", 2, List.of(other, planted));
    return new CrossChecker.Result(List.of(f), Map.of());
  }

  @Test
  void theQuoteAfterAPlantedSpeakerIsThePlantFound() {
    int next = TEXT.indexOf("\"Ships");
    assertThat(
            PlantedContradictionEval.found(
                contradicted("quote", next, TEXT.length(), "Tomas Varga"), "d1", SPEAKER))
        .isTrue();
    // the same quote contested for another speaker than the planted one says nothing of the plant
    assertThat(
            PlantedContradictionEval.found(
                contradicted("quote", next, TEXT.length(), "Lena Ostvik"), "d1", SPEAKER))
        .isFalse();
    // nor does another kind of finding there
    assertThat(
            PlantedContradictionEval.found(
                contradicted("role", next, TEXT.length(), "Tomas Varga"), "d1", SPEAKER))
        .isFalse();
  }
}
