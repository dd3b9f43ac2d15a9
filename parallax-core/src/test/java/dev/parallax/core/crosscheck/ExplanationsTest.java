package dev.parallax.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationsTest {

  private static Finding.Evidence said(String source, String value, int position, boolean odds) {
    return new Finding.Evidence(
        "a-" + source, "c-" + source, source, value, value, 0, 5, position, odds, false);
  }

  @Test
  void aContradictionNamesTheSidesAtOddsAndSetsTheRestApart() {
    String text =
        Explanations.explain(
            "contradicted",
            "quantity",
            "how many people",
            List.of(
                said("Evening Star", "at least seven people", 1, false),
                said("Daily Lantern", "five people", 2, true),
                said("Morning Bell", "three people", 3, true)));
    assertThat(text)
        .isEqualTo(
            "Sources disagree on how many people: Daily Lantern says “five people”; Morning Bell"
                + " says “three people”. Not judged against them (worded too differently):"
                + " Evening Star says “at least seven people”.");
  }

  @Test
  void aValueSetApartIsGivenTheReasonOfItsKind() {
    List<Finding.Evidence> ages =
        List.of(
            said("Evening Star", "47", 1, false),
            said("Morning Bell", "47", 1, false),
            said("Daily Lantern", "49", 2, false));
    assertThat(Explanations.explain("corroborated", "age", "how old Ana Ruiz is", ages))
        .isEqualTo(
            "2 independent sources agree on how old Ana Ruiz is: Evening Star and Morning Bell say"
                + " “47”. Not judged against them (an age is held against another only between"
                + " reports dated within a week of each other): Daily Lantern says “49”.");
    assertThat(Explanations.explain("corroborated", "quantity", "how many people", ages))
        .contains("(worded too differently)")
        .doesNotContain("speaker");
    assertThat(Explanations.explain("corroborated", "quote", "who said “…”", ages))
        .contains("(worded too differently, or the speaker only inferred)");
  }

  @Test
  void oneSourceOfSeveralArticlesIsNamedAsSuch() {
    assertThat(
            Explanations.explain(
                "single-source",
                "place",
                "where: Lind",
                List.of(said("Evening Star", "Lind", 1, false))))
        .isEqualTo("Only Evening Star states where: Lind.");
    // a report and its copy: two labels, one source
    assertThat(
            Explanations.explain(
                "single-source",
                "place",
                "where: Lind",
                List.of(
                    said("lind-report.txt", "Lind", 1, false),
                    said("lind-copy.txt", "Lind", 1, false))))
        .isEqualTo(
            "Only lind-report.txt and lind-copy.txt, which are not independent of each other,"
                + " state where: Lind.");
  }

  @Test
  void figuresNoneWasJudgedAgainstAreShownSideBySide() {
    assertThat(
            Explanations.explain(
                "single-source",
                "quantity",
                "how many people",
                List.of(
                    said("Evening Star", "about 5,000 people", 1, false),
                    said("Daily Lantern", "more than 20,000 people", 2, false))))
        .isEqualTo(
            "No two independent sources agree on how many people, and none is judged against"
                + " another: Evening Star says “about 5,000 people”; Daily Lantern says “more"
                + " than 20,000 people”.");
  }

  @Test
  void aSideAtOddsKeepsTheSourcesThatAgreeWithIt() {
    String text =
        Explanations.explain(
            "contradicted",
            "place",
            "where",
            List.of(
                said("Evening Star", "Harwick", 1, true),
                said("Daily Lantern", "Harwick", 1, false),
                said("Morning Bell", "Lind", 2, true)));
    assertThat(text)
        .isEqualTo(
            "Sources disagree on where: Evening Star and Daily Lantern say “Harwick”; Morning Bell"
                + " says “Lind”.");
  }

  @Test
  void oneSideFlaggedAloneStillShowsTheOther() {
    // the article that says "General" also says "President": only its "General" is flagged
    String text =
        Explanations.explain(
            "contradicted",
            "role",
            "the post of Ana Ruiz",
            List.of(
                said("Evening Star", "President Ruiz", 1, false),
                said("Daily Lantern", "President Ruiz", 1, false),
                said("Evening Star", "General Ruiz", 2, true)));
    assertThat(text)
        .isEqualTo(
            "Sources disagree on the post of Ana Ruiz: Evening Star and Daily Lantern say"
                + " “President Ruiz”; Evening Star says “General Ruiz”.");
  }
}
