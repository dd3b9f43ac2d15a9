package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void namesTheLanguageOfAnArticle() {
    assertThat(
            guesser.guess(
                "The regional council voted on Tuesday to close the old bridge over the river"
                    + " after engineers found cracks in two of its supports, the mayor said."))
        .isEqualTo("eng");
  }

  @Test
  void aOneSentenceEnglishBriefIsEnglish() {
    assertThat(
            guesser.guess(
                "Harwick then escaped and shot Deputy Sgt. Ana Ruiz, who had pursued him outside"
                    + " the courthouse."))
        .isEqualTo("eng");
  }

  @Test
  void shortTextInAnotherLanguageIsNotCalledEnglish() {
    assertThat(
            LanguageGuesser.englishByFunctionWords(
                "Der Bürgermeister sagte am Dienstag, die" + " alte Brücke werde geschlossen."))
        .isFalse();
    assertThat(guesser.guess("ok")).isEqualTo(LanguageGuesser.UNDETERMINED);
  }
}
