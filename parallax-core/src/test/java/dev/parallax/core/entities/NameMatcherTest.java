package dev.parallax.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private final NameMatcher matcher = new NameMatcher();

  private boolean same(String a, String b) {
    return matcher.compare(PersonName.parse(a), PersonName.parse(b)).same();
  }

  @Test
  void transliterationVariantsAreOnePerson() {
    assertThat(same("LUKASHENKA, Alyaksandr Hryhoryavich", "Aleksandr Lukashenko")).isTrue();
    assertThat(same("Muammar Qadhafi", "Muammar Gaddafi")).isTrue();
    assertThat(same("Oleksandr Hrytsenko", "Aleksandr Gritsenko")).isTrue();
    assertThat(same("Александр Гриценко", "Oleksandr Hrytsenko")).isTrue();
    assertThat(same("Volodymyr Marchenko", "Vladimir Marchenko")).isTrue();
    assertThat(same("Andrii Kovalenko", "Andrey Kovalenko")).isTrue();
    assertThat(same("Usama bin Muhammad bin Awad BIN LADIN", "Osama bin Laden")).isTrue();
    assertThat(same("Gholamreza Mahmoudi", "Ghulam Reza Mahmoudi")).isTrue();
  }

  @Test
  void sharingOneNameIsNotEnough() {
    assertThat(same("Vladimir Putin", "Vladimir Nabokov")).isFalse();
    assertThat(same("Khamis Qadhafi", "Muammar Qadhafi")).isFalse();
    assertThat(same("Oleksandr Hrytsenko", "Oleksandr Pavlenko")).isFalse();
    assertThat(same("Bashar al-Assad", "Bushra al-Assad")).isFalse();
    assertThat(same("KIM, Chol", "KIM, Mun-ch'o'l")).isFalse();
  }

  @Test
  void familyNameAloneDecidesNothing() {
    assertThat(
            matcher
                .compare(PersonName.parse("Kovalenko"), PersonName.parse("Andrii Kovalenko"))
                .same())
        .isFalse();
  }

  @Test
  void differentPatronymicsMeanDifferentPeople() {
    assertThat(same("Dmitry Vasilyevich Ivanov", "Dmitry Valeryevich Ivanov")).isFalse();
    assertThat(same("Dmitry Vasilyevich Ivanov", "Dmitry Ivanov")).isTrue();
  }

  @Test
  void parsesBothOrdersAndDropsTitles() {
    PersonName listed = PersonName.parse("AL-ZAWAHIRI, Dr. Ayman");
    assertThat(listed.family()).containsExactly("zawahiri");
    assertThat(listed.given()).containsExactly("ayman");
    PersonName written = PersonName.parse("Abu Bakr al Baghdadi");
    assertThat(written.family()).containsExactly("baghdadi");
  }
}
