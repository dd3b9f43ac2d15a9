package dev.parallax.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgesTest {

  private static Optional<Integer> age(String text, String name) {
    int at = text.indexOf(name);
    return Ages.of(text, at, at + name.length()).map(Ages.Age::years);
  }

  @Test
  void anAgeBesideTheNameIsRead() {
    assertThat(age("Ana Ruiz, 61, denied the charges.", "Ana Ruiz")).contains(61);
    assertThat(age("The court heard that Ana Ruiz, aged 61, had no record.", "Ana Ruiz"))
        .contains(61);
    assertThat(age("Ana Ruiz (61) was not in court.", "Ana Ruiz")).contains(61);
    assertThat(age("The victim was Ana Ruiz, 34.", "Ana Ruiz")).contains(34);
    assertThat(age("The 61-year-old former mayor Ana Ruiz denied it.", "Ana Ruiz")).contains(61);
    assertThat(age("A 16-year-old Ana Ruiz won the title.", "Ana Ruiz")).contains(16);
    assertThat(age("Tomas Varga, the 29-year-old champion, was banned.", "Tomas Varga"))
        .contains(29);
    assertThat(age("Tomas Varga, a 29-year-old sprinter, was banned.", "Tomas Varga")).contains(29);
  }

  @Test
  void aFigureThatGoesOnOrCountsSomethingIsNoAge() {
    // a record, a count, a decimal, a year, an age of someone named before
    assertThat(age("Ana Ruiz, 52-3, won again.", "Ana Ruiz")).isEmpty();
    assertThat(age("Ana Ruiz, 35 points and nine rebounds, led them.", "Ana Ruiz")).isEmpty();
    assertThat(age("Ana Ruiz, 1.5 million votes behind, conceded.", "Ana Ruiz")).isEmpty();
    assertThat(age("Ana Ruiz, 2019, oil on canvas.", "Ana Ruiz")).isEmpty();
    assertThat(age("A 61-year-old man, a neighbour of Ana Ruiz, called.", "Ana Ruiz")).isEmpty();
    // a thing of that age, not the person's
    assertThat(age("Ana Ruiz, the 30-year-old company's founder, spoke.", "Ana Ruiz")).isEmpty();
  }
}
