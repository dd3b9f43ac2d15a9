package dev.parallax.core.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryFeaturesTest {

  @Test
  void namesNumbersAndStemmedWordsAreKeptApart() {
    StoryFeatures.Terms t =
        new StoryFeatures()
            .terms(
                "Dockers strike", "Officials said 2,400 dockers in Harwick walked out in March.");
    assertThat(t.counts())
        .containsEntry("n:harwick", 1)
        .containsEntry("d:2400", 1)
        .containsEntry("d:march", 1)
        .containsEntry("w:docker", 3)
        .containsEntry("w:strike", 2)
        .doesNotContainKey("w:said")
        .doesNotContainKey("w:in");
  }

  @Test
  void aBylineAndADatelinesOutletAreNoTermsButTheDatelinesPlaceIs() {
    StoryFeatures.Terms t =
        new StoryFeatures()
            .terms(
                "Rate rise",
                "By Karl Lind\nLINDHOLM, April 15 (Harbour Wire) - The bank of Ostland raised"
                    + " rates.\nThe Harbour Wire poll agreed.");
    assertThat(t.counts())
        .containsEntry("n:ostland", 1)
        .containsKey("w:lindholm") // a word in capitals is no name
        .containsEntry("n:wire", 1) // named in the text, not the dateline
        .doesNotContainKeys("n:karl", "n:lind");
  }

  @Test
  void aSentenceInitialWordIsANameOnlyWhenWrittenCapitalisedElsewhere() {
    StoryFeatures.Terms t =
        new StoryFeatures()
            .terms(null, "Rescuers reached the town. Then Kell spoke. Kell said no.");
    assertThat(t.counts())
        .containsEntry("n:kell", 2)
        .containsKey("w:rescuer")
        .doesNotContainKey("n:rescuers");
  }

  @Test
  void aTitleCaseHeadlineNamesOnlyWhatTheBodyCapitalisesAndPossessivesAreTheName() {
    StoryFeatures.Terms t =
        new StoryFeatures()
            .terms(
                "Mayor Rejects Quarry Plan Amid Protests",
                "The council heard that Mayor Ilse Varga’s office rejected the quarry plan. Varga's"
                    + " aide said protests would go on.");
    assertThat(t.counts())
        .containsEntry("n:varga", 2)
        .containsEntry("n:mayor", 3)
        .containsEntry("w:reject", 3)
        .containsEntry("w:protest", 3)
        .doesNotContainKey("n:rejects")
        .doesNotContainKey("n:varga’s")
        .doesNotContainKey("n:amid");
  }
}
