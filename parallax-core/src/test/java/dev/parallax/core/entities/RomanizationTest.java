package dev.parallax.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void foldsDiacriticsAndCyrillic() {
    assertThat(Romanization.fold("Zürich-Ölund")).isEqualTo("zurichølund".replace("ø", "o"));
    assertThat(Romanization.fold("Гриценко")).isEqualTo("gritsenko");
    assertThat(Romanization.fold("'Ali")).isEqualTo("ali");
  }

  @Test
  void skeletonsOfRomanisationsMeet() {
    assertThat(Romanization.skeleton("gaddafi")).isEqualTo(Romanization.skeleton("qadhafi"));
    assertThat(Romanization.skeleton("hrytsenko")).isEqualTo(Romanization.skeleton("gritsenko"));
    assertThat(Romanization.skeleton("lukashenka")).isEqualTo(Romanization.skeleton("lukashenko"));
    assertThat(Romanization.skeleton("kovalenko")).isNotEqualTo(Romanization.skeleton("pavlenko"));
  }

  @Test
  void distanceIsLevenshtein() {
    assertThat(Romanization.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Romanization.distance("", "abc")).isEqualTo(3);
  }
}
