package dev.parallax.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PronounsTest {

  /** PERSON mentions of {@code names} (entity id = the name) wherever they occur in the text. */
  private static List<Map.Entry<String, Entity.Mentioned>> people(String text, String... names) {
    List<Map.Entry<String, Entity.Mentioned>> out = new ArrayList<>();
    for (String n : names) {
      for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        out.add(Map.entry(n, new Entity.Mentioned("a1", i, i + n.length(), n)));
      }
    }
    return out;
  }

  private static List<String> resolved(String text, String... names) {
    return Pronouns.resolve("a1", text, people(text, names)).stream()
        .map(r -> r.mention().text() + "→" + r.entityId())
        .toList();
  }

  @Test
  void aPronounTakesTheSubjectOfTheNearestSentenceThatNamesSomeone() {
    String text =
        "Mara Quist met the port chief on Monday. The talks lasted an hour. She said the strike"
            + " would go on, and her union agreed.";
    assertThat(resolved(text, "Mara Quist")).containsExactly("She→Mara Quist", "her→Mara Quist");
  }

  @Test
  void genderTheArticleMakesKnownMustAgree() {
    String text =
        "Union spokeswoman Mara Quist spoke after Mr. Dov Lenk left. He had refused to sign.";
    assertThat(resolved(text, "Mara Quist", "Dov Lenk")).containsExactly("He→Dov Lenk");
  }

  @Test
  void pronounsInsideQuotesAndPronounsWithNoOneInReachAreLeftAlone() {
    String text =
        "Dov Lenk spoke first. “He will not sign,” said the chief. The port closed. Ships waited."
            + " Trucks queued. Nobody knew when he would return.";
    assertThat(resolved(text, "Dov Lenk")).isEmpty();
  }

  @Test
  void aGivenNameTellsTheGenderWhereTheArticleDoesNot() {
    String text = "Ingrid Holm met Tomas Varga on Monday. He said the deal was off.";
    assertThat(resolved(text, "Ingrid Holm", "Tomas Varga")).containsExactly("He→Tomas Varga");
  }

  @Test
  void aNameAloneTellsNoGender() {
    // "Ross" is as often a family name as a given one
    String text = "Ross met the board on Monday. She said the deal was off.";
    assertThat(resolved(text, "Ross")).containsExactly("She→Ross");
  }

  @Test
  void peopleListedTogetherOrNamedInBracketsComeAfterOneNamedAlone() {
    String listed =
        "Karl Lind, Lars Berg and Ole Sand have signed, but Varga has not. He wants more money.";
    assertThat(resolved(listed, "Karl Lind", "Lars Berg", "Ole Sand", "Varga"))
        .containsExactly("He→Varga");
    String bracketed = "The cast has signed (even Karl Lind), but Varga has not. He wants more.";
    assertThat(resolved(bracketed, "Karl Lind", "Varga")).containsExactly("He→Varga");
  }
}
