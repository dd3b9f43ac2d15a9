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
  void aFamilyNameMisspeltBesideIdenticalGivenNamesIsOnePerson() {
    assertThat(same("Tomas Harwicke", "Tomas Narwicke")).isTrue();
    assertThat(same("Ana Lindqvist", "Ana Lindqivst")).isTrue();
    // respelt first: German j for y, ch for kh
    assertThat(same("Kamal Bakhtiyar", "Kamal Bachtijar")).isTrue();
    // a long name may have two letters wrong
    assertThat(same("Petra Ostlandova", "Petra Ostlendovo")).isTrue();
    // different given names, or a short family name: no
    assertThat(same("Tomas Harwicke", "Tamas Narwicke")).isTrue();
    assertThat(same("Tomas Harwicke", "Tamas Narwicka")).isFalse();
    assertThat(same("Tomas Harwicke", "Pavel Narwicke")).isFalse();
    assertThat(same("Omar Nasr", "Omar Masr")).isFalse();
  }

  @Test
  void twoFamilyNamesLetTheOtherNameLeaveOutAFirstGivenName() {
    assertThat(same("RUIZ VEGA, Juan Pablo", "RUIZ VEGA, Pablo")).isTrue();
    // one family name: Pablo may be Juan Pablo's son or brother
    assertThat(same("RUIZ, Juan Pablo", "RUIZ, Pablo")).isFalse();
    // a chain of names (a father's, a grandfather's): the second is not the person's own
    assertThat(same("RUIZ VEGA, Ana Pablo Tomas", "RUIZ VEGA, Pablo")).isFalse();
  }

  @Test
  void arabicQafIsWrittenQOrK() {
    assertThat(same("Qasim Harwick", "Kassem Harwick")).isTrue();
  }

  @Test
  void anArabicArticleJoinedToAGivenNameIsNoPartOfIt() {
    assertThat(same("Watban Ibrahim al-Hasan", "Watban Ibrahim Hasan")).isTrue();
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
  void patronymicsMeetThroughTheFathersName() {
    assertThat(same("Pavel Uladzimiravich Sakalou", "Pavel Vladimirovich Sakalou")).isTrue();
    assertThat(same("Oleg Alexeyevich Morozov", "Oleg Alekseevich Morozov")).isTrue();
    assertThat(same("Oleg Borisovich Morozov", "Oleg Alekseevich Morozov")).isFalse();
  }

  @Test
  void arabicCompoundNamesCompareByTheirSecondPart() {
    assertThat(same("Abd al-Karim Haddad", "Abdulkarim Haddad")).isTrue();
    assertThat(same("Abdurrahman Qasimi", "Abdul Rahman Qasimi")).isTrue();
    assertThat(same("Abu Bakr Sidiqi", "Abubakar Sidiqi")).isTrue();
    // the shared "Abd" says nothing: these are two brothers' names
    assertThat(same("Abd al-Karim Haddad", "Abdel-Majid Haddad")).isFalse();
    // Abu Yasir is "father of Yasir", not Yasir
    assertThat(same("Abu Yasir Tamimi", "Yasir Tamimi")).isFalse();
  }

  @Test
  void spellingDetailsOfRomanisation() {
    assertThat(same("Alexei Sorokin", "Aleksei Sorokin")).isTrue();
    assertThat(same("Samir Hadiyeh", "Samir Hadiya")).isTrue();
    assertThat(same("Lidziya Karpenka", "Lidiya Karpenka")).isTrue();
  }

  @Test
  void oneSoundSpeltTheWaysRomanisationsSpellIt() {
    assertThat(same("Jauhen Marchuk", "Yauhen Marchuk")).isTrue();
    assertThat(same("Anouar Tebbal", "Anwar Tebbal")).isTrue();
    assertThat(same("Nowshad Qureshi", "Naushad Qureshi")).isTrue();
    assertThat(same("Ossama Fadel", "Usamah Fadel")).isTrue();
    assertThat(same("Htun Lwin", "Tun Lwin")).isTrue();
    assertThat(same("Vadzim Ipatau", "Vadim Ipatov")).isTrue();
    assertThat(same("Rahim Tahli", "Rahim Talhi")).isTrue();
    // respelt names must still meet closely: these are different names
    assertThat(same("Nazeer Rafiq", "Nazem Rafiq")).isFalse();
    assertThat(same("Hassan Tebbal", "Husayn Tebbal")).isFalse();
    assertThat(same("Mahmud Tebbal", "Mohammad Tebbal")).isFalse();
  }

  @Test
  void aRareFamilyNameMakesAMissingMiddleNameHarmless() {
    assertThat(same("Mahmud Bahrawiq", "Mahmud Salih Bahrawiq")).isTrue();
    assertThat(same("Mahmud Ali", "Mahmud Salih Ali")).isFalse();
  }

  @Test
  void descentTitlesAndHonorificsAreNotGivenNames() {
    assertThat(same("Seyyed Hossein Tabrizian", "Hossein Tabrizian")).isTrue();
    assertThat(same("Daw Khin Aye Lwin", "Khin Aye Lwin")).isTrue();
    // a real first name in front is a son named after his father: not the same person
    assertThat(same("Mohammed Karim Zubaidi", "Karim Zubaidi")).isFalse();
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
