package dev.parallax.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Article;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceDiffsTest {

  private static Article article(String id, String text) {
    return new Article(
        id, id + ".txt", id, null, null, null, null, "en", text, List.of(), List.of());
  }

  private static List<SentenceDiffs.Difference> diff(String a, String b) {
    Map<String, Article> articles = Map.of("a", article("a", a), "b", article("b", b));
    Set<String> places = Set.of("brackton", "elsmere", "quillon", "st. brackton");
    return SentenceDiffs.find(
        List.of("a", "b"),
        articles::get,
        id -> id,
        name -> places.contains(name.toLowerCase(java.util.Locale.ROOT)),
        name -> name.equals("Vell"),
        name -> name.equals("Herons"));
  }

  @Test
  void aTeamWrittenWhereTheOtherReportWritesItsCityIsNoSecondPlace() {
    assertThat(
            diff(
                "The Herons lost two more players for the rest of the season, placing receiver"
                    + " Tomas Vell on injured reserve.",
                "St. Brackton lost two more players for the rest of the season, placing receiver"
                    + " Tomas Vell on injured reserve."))
        .isEmpty();
    // the title's full stop ends no sentence: the place is "St. Brackton", not "Brackton"
    List<SentenceDiffs.Difference> d =
        diff(
            "HERONS OUT St. Brackton lost two more players for the rest of the season, placing"
                + " receiver Tomas Vell on injured reserve.",
            "HERONS OUT Elsmere lost two more players for the rest of the season, placing"
                + " receiver Tomas Vell on injured reserve.");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).a().value()).isEqualTo("St. Brackton");
  }

  @Test
  void oneDifferingPlaceInANearlyIdenticalSentence() {
    List<SentenceDiffs.Difference> d =
        diff(
            "Fire crews said the warehouse blaze in Brackton destroyed the paper stock overnight.",
            "Fire crews said the warehouse blaze in Elsmere destroyed the paper stock overnight.");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).kind()).isEqualTo("place");
    assertThat(d.get(0).a().value()).isEqualTo("Brackton");
    assertThat(d.get(0).b().value()).isEqualTo("Elsmere");
  }

  @Test
  void oneDifferingFigureOfACountedThing() {
    List<SentenceDiffs.Difference> d =
        diff(
            "Navy commandos boarded the boat and seized seven rifles, a grenade launcher and maps.",
            "Navy commandos boarded the boat and seized 12 rifles, a grenade launcher and maps.");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).kind()).isEqualTo("quantity");
    assertThat(d.get(0).a().subject()).isEqualTo("rifles");
  }

  @Test
  void rewritesClockTimesSpellingsAndPeopleAreNotDifferences() {
    // two differences: a rewrite, not one changed fact
    assertThat(
            diff(
                "Fire crews said the warehouse blaze in Brackton destroyed the paper stock.",
                "Police said the warehouse blaze in Elsmere destroyed all the furniture stock."))
        .isEmpty();
    // a clock time is not a count
    assertThat(
            diff(
                "Fire crews said the warehouse blaze in Brackton started at 9 p.m. on Friday night.",
                "Fire crews said the warehouse blaze in Brackton started at 7 p.m. on Friday night."))
        .isEmpty();
    // the same place written with and without its accent
    assertThat(
            diff(
                "Fire crews said the warehouse blaze in Quillon destroyed the paper stock overnight.",
                "Fire crews said the warehouse blaze in Quillón destroyed the paper stock overnight."))
        .isEmpty();
    // a person, not a place
    assertThat(
            diff(
                "Fire crews said the warehouse blaze near Brackton was reported by Vell overnight.",
                "Fire crews said the warehouse blaze near Brackton was reported by Quillon overnight."))
        .isEmpty();
  }
}
