package dev.parallax.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationFinderTest {

  private final DurationFinder finder = new DurationFinder();

  @Test
  void thirdYearContradictsOverThreeAndAHalfYears() {
    DurationFinder.Duration ordinal =
        finder.find("As the war enters its third year, supplies run low.", null).get(0);
    DurationFinder.Duration span =
        finder
            .find("The war, which has been raging for over three and a half years, goes on.", null)
            .get(0);
    assertThat(ordinal.event()).isEqualTo("war");
    assertThat(span.event()).isEqualTo("war");
    assertThat(ordinal.days().agreesWith(span.days())).isFalse();
  }

  @Test
  void theLongestTermAChargeCarriesIsItsOwnFact() {
    assertThat(event("If convicted, Ruiz faces up to 12 years in prison."))
        .isEqualTo(DurationFinder.MAXIMUM_TERM);
    assertThat(event("The charge carries a maximum sentence of 20 years."))
        .isEqualTo(DurationFinder.MAXIMUM_TERM);
    assertThat(event("Fraud is punishable by up to 10 years in jail."))
        .isEqualTo(DurationFinder.MAXIMUM_TERM);
    // a sentence passed and a term faced without custody words are other facts
    assertThat(event("A court sentenced the former mayor to 10 years in prison."))
        .isEqualTo(DurationFinder.PRISON_TERM);
    assertThat(finder.find("The club faces up to three years in the second division.", null))
        .noneMatch(d -> d.event().equals(DurationFinder.MAXIMUM_TERM));
  }

  @Test
  void aFirstInSomeYearsIsTheTimeSinceTheLastAndNoticeIsItsOwnFact() {
    assertThat(event("It would be the first national rail strike in 12 years."))
        .isEqualTo(DurationFinder.SINCE_LAST);
    assertThat(event("Harwick had its hottest day in more than a decade."))
        .isEqualTo(DurationFinder.SINCE_LAST);
    // "after …" follows a time since the last as well as time between
    assertThat(event("The network faces its first strike in 14 years after the ballot."))
        .isEqualTo(DurationFinder.SINCE_LAST);
    assertThat(event("Lind called it the strongest storm to hit the coast in 40 years."))
        .isEqualTo(DurationFinder.SINCE_LAST);
    assertThat(event("The union must give 14 days' notice of any walkout."))
        .isEqualTo(DurationFinder.NOTICE);
    assertThat(event("Staff were given two weeks notice.")).isEqualTo(DurationFinder.NOTICE);
    // what will come, and a count within a period, are no time since the last
    assertThat(finder.find("He stormed to his first major title in 21 seconds.", null))
        .noneMatch(d -> d.event().equals(DurationFinder.SINCE_LAST));
    assertThat(finder.find("Inflation hit its highest level in six months.", null))
        .noneMatch(d -> d.event().equals(DurationFinder.SINCE_LAST));
    assertThat(finder.find("The first flights will resume in two weeks.", null))
        .noneMatch(d -> d.event().equals(DurationFinder.SINCE_LAST));
    assertThat(finder.find("The first hearing is to be held in two weeks.", null))
        .noneMatch(d -> d.event().equals(DurationFinder.SINCE_LAST));
    assertThat(finder.find("It is the first such ruling and the third patch in three years.", null))
        .noneMatch(d -> d.event().equals(DurationFinder.SINCE_LAST));
  }

  @Test
  void aSentencePassedIsAPrisonTermTimeServedOrFacedIsNot() {
    assertThat(event("A court sentenced the former mayor to 10 years in prison on Monday."))
        .isEqualTo(DurationFinder.PRISON_TERM);
    assertThat(event("The court jailed Ana Ruiz for a decade for corruption."))
        .isEqualTo(DurationFinder.PRISON_TERM);
    assertThat(event("He was handed a 12-year prison sentence."))
        .isEqualTo(DurationFinder.PRISON_TERM);
    assertThat(event("She served most of a six-month sentence."))
        .isEqualTo(DurationFinder.PRISON_TERM);
    // time served, a sentence faced, a suspended one: other facts
    assertThat(event("Ruiz served four months in prison for his part.")).isEqualTo("period");
    assertThat(event("If convicted, she faces up to 20 years in prison."))
        .isEqualTo(DurationFinder.MAXIMUM_TERM);
    assertThat(finder.find("Two aides were given suspended three-year sentences.", null))
        .singleElement()
        .satisfies(d -> assertThat(d.event()).isNotEqualTo(DurationFinder.PRISON_TERM));
    // an office's term, the former mayor's years in office: no term of a sentence
    assertThat(event("She will be sworn in on December 1 for a five-year term."))
        .isNotEqualTo(DurationFinder.PRISON_TERM);
    assertThat(event("He got a six-month jail term.")).isEqualTo(DurationFinder.PRISON_TERM);
    assertThat(event("Ruiz, who was sentenced on Monday, had been mayor for eight years."))
        .isEqualTo("period");
  }

  @Test
  void aDecadeIsTenYearsGiveOrTakeAYear() {
    DurationFinder.Duration decade =
        finder.find("The court jailed Ana Ruiz for a decade.", null).get(0);
    DurationFinder.Duration ten = finder.find("Ana Ruiz was jailed for 10 years.", null).get(0);
    DurationFinder.Duration twelve = finder.find("Ana Ruiz was jailed for 12 years.", null).get(0);
    assertThat(decade.days().agreesWith(ten.days())).isTrue();
    assertThat(decade.days().agreesWith(twelve.days())).isFalse();
  }

  private String event(String text) {
    List<DurationFinder.Duration> found = finder.find(text, null);
    assertThat(found).as(text).hasSize(1);
    return found.get(0).event();
  }

  @Test
  void secondsSurviveBeingWrittenOutAndReadBack() {
    // durations are carried in days: 30 seconds is 0.000347 of one, and claims carry amounts as
    // text, so the text must keep enough digits to tell 30 seconds from 97
    Amount thirty =
        Amount.parse(
            finder
                .find("The tremor lasted 30 seconds, residents said.", null)
                .get(0)
                .days()
                .describe());
    Amount ninetySeven =
        Amount.parse(
            finder
                .find("The tremor lasted 97 seconds, residents said.", null)
                .get(0)
                .days()
                .describe());
    assertThat(thirty.agreesWith(ninetySeven)).isFalse();
    assertThat(thirty.low() * 86_400).isCloseTo(30, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void aDeadlineIsAPeriod() {
    assertThat(
            finder.find(
                "The diplomats had 48 hours to leave the country. Tarnow has three days to respond."
                    + " Ruiz had 40 years of experience.",
                null))
        .extracting(DurationFinder.Duration::text)
        .containsExactly("48 hours", "three days");
  }

  @Test
  void aPeriodOfWhatItNamesAfterItIsAPeriod() {
    assertThat(
            finder.find(
                "Three days of mourning were declared. She announced two days of official"
                    + " mourning. Two days of heavy rain followed. It is a day of mourning. It"
                    + " ended 40 days in captivity.",
                null))
        .extracting(DurationFinder.Duration::text)
        .containsExactly("Three days", "two days", "40 days");
  }

  @Test
  void aBansLengthIsReadWhateverItsVerb() {
    assertThat(
            finder.find(
                "Varga was banned from athletics for four years after testing positive. Ruiz was"
                    + " suspended for two years. Lind got a two-year ban.",
                null))
        .extracting(d -> d.text() + " " + d.event())
        .containsExactly("four years ban", "two years ban", "two-year ban");
    // time between two things is no period
    assertThat(finder.find("Four years after the war, the bridge reopened.", null)).isEmpty();
  }

  @Test
  void aTermToServeAndAMixedFractionAreRead() {
    List<DurationFinder.Duration> d =
        finder.find("Ruiz was sentenced to 2 1/2 years, with 9 months to serve.", null);
    assertThat(d)
        .extracting(DurationFinder.Duration::text)
        .containsExactly("2 1/2 years", "9 months");
    assertThat(d.get(0).days().agreesWith(Amount.of(2.5 * 365.25, null))).isTrue();
    assertThat(d.get(0).days().agreesWith(Amount.of(2 * 365.25, null))).isFalse();
    assertThat(finder.find("Ruiz faces 10 years in prison.", null))
        .extracting(DurationFinder.Duration::event)
        .containsExactly(DurationFinder.MAXIMUM_TERM);
  }

  @Test
  void sinceIsMeasuredToThePublicationDate() {
    DurationFinder.Duration d =
        finder
            .find("The fighting has gone on since February 2022.", LocalDate.of(2025, 9, 4))
            .get(0);
    assertThat(d.days().low()).isGreaterThan(1270);
    assertThat(d.days().agreesWith(Amount.of(3.5 * 365.25, "over"))).isTrue();
  }

  @Test
  void aPeriodOfNoNamedEventIsKeptForComparison() {
    DurationFinder.Duration d =
        finder.find("The court ordered him to serve 90 days in a county jail.", null).get(0);
    assertThat(d.event()).isEqualTo(DurationFinder.PERIOD);
    assertThat(d.days().low()).isEqualTo(90.0);
    // a bare number of days with no verb of spending or taking is not one
    assertThat(finder.find("The 90 days ahead will be busy.", null)).isEmpty();
    // the ways courts reports write a sentence
    for (String sentence :
        List.of(
            "The judge said so in sentencing Varga to 12 years in prison.",
            "Imposing a sentence of 12 years, the judge spoke of remorse.",
            "He received four life terms without parole plus 12 years.",
            "The task now is to keep him there for the 12 years.",
            "A jury found him guilty and the court sentenced him to 12 years in prison.",
            "The mayor marks her first 12 years in office on Monday.")) {
      assertThat(finder.find(sentence, null))
          .as(sentence)
          .singleElement()
          .satisfies(x -> assertThat(x.days().low()).isEqualTo(12 * 365.25));
    }
  }

  @Test
  void agoIsTimeSinceNotHowLongItLasted() {
    DurationFinder.Duration ago = finder.find("The strike began two years ago.", null).get(0);
    assertThat(ago.event()).isEqualTo(DurationFinder.SINCE_THEN);
    assertThat(ago.days().agreesWith(Amount.of(730.5, null))).isTrue();
    DurationFinder.Duration later =
        finder.find("She came back 10 minutes later with a gun.", null).get(0);
    assertThat(later.days().agreesWith(Amount.of(10.5 / 1440, null))).isTrue();
    // "later" counts from another event, not from the day of writing: never held against "ago"
    assertThat(later.event()).isEqualTo(DurationFinder.TIME_BETWEEN);
    assertThat(finder.find("She came back about 10 minutes later.", null)).isEmpty();
    assertThat(finder.find("The tremor lasted 30 seconds.", null))
        .singleElement()
        .extracting(DurationFinder.Duration::text)
        .isEqualTo("30 seconds");
    assertThat(finder.find("A second quake hit later.", null)).isEmpty();
  }

  @Test
  void aDurationWrittenAsAnAdjectiveIsOne() {
    DurationFinder.Duration stay =
        finder.find("She checked in to begin a 90-day court-ordered stay.", null).get(0);
    assertThat(stay.event()).isEqualTo("stay");
    assertThat(stay.days().agreesWith(Amount.of(90, null))).isTrue();
    assertThat(stay.days().agreesWith(Amount.of(120, null))).isFalse();
    DurationFinder.Duration strike =
        finder.find("Dockers began a five-day strike on Monday.", null).get(0);
    assertThat(strike.event()).isEqualTo("strike");
    DurationFinder.Duration hours =
        finder.find("Pilots began a 48-hour strike on Monday.", null).get(0);
    assertThat(hours.event()).isEqualTo("strike");
    assertThat(hours.days().agreesWith(Amount.of(2, null))).isTrue();
    // what the adjective stands before, not an event the sentence names elsewhere
    assertThat(
            finder
                .find("The war went on after the two-week deadline for a meeting passed.", null)
                .get(0)
                .event())
        .isEqualTo("deadline");
    // of two nouns the second is the head; a word that ends the phrase is not one
    assertThat(finder.find("He beat a 20-year heroin addiction.", null).get(0).event())
        .isEqualTo("addiction");
    // (a sentence so named is a prison term: see
    // aSentencePassedIsAPrisonTermTimeServedOrFacedIsNot)
    assertThat(finder.find("Varga got a 12-year prison sentence for it.", null).get(0).event())
        .isEqualTo(DurationFinder.PRISON_TERM);
    assertThat(finder.find("She took a two-week trip abroad.", null).get(0).event())
        .isEqualTo("trip");
    // an age is not a duration
    assertThat(finder.find("A 41-year-old man was arrested.", null)).isEmpty();
    assertThat(finder.find("A 41-year old man was arrested.", null)).isEmpty();
  }

  @Test
  void aHalfWrittenIntoAnAdjectiveIsKept() {
    for (String text :
        List.of(
            "Varga served a 4-1/2-month prison term.",
            "Varga served a 4-1 / 2-month prison term.",
            "Varga served a four-and-a-half-month prison term.")) {
      List<DurationFinder.Duration> d = finder.find(text, null);
      assertThat(d).as(text).hasSize(1);
      assertThat(d.get(0).days().agreesWith(Amount.of(4.5 * 30.44, null))).as(text).isTrue();
      assertThat(d.get(0).days().agreesWith(Amount.of(4 * 30.44, null))).as(text).isFalse();
      assertThat(d.get(0).days().agreesWith(Amount.of(2 * 30.44, null))).as(text).isFalse();
    }
  }
}
