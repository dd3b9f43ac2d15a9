package dev.parallax.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

  private final QuantityFinder finder = new QuantityFinder();

  @Test
  void numbersWithWhatTheyCount() {
    List<QuantityFinder.Quantity> q =
        finder.find(
            "The army fired 502 drones and 24 missiles, cutting power to 30,000 customers.");
    assertThat(q)
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("drones", "missiles", "customers");
    assertThat(q.get(2).amount()).isEqualTo(new Amount(30000, 30000, "exact"));
  }

  @Test
  void aFigureShortOfAnotherCountsNothing() {
    assertThat(finder.find("Together they hold 75 seats, one short of a majority."))
        .extracting(QuantityFinder.Quantity::text)
        .containsExactly("75 seats");
  }

  @Test
  void theNumberOfAThingCountsIt() {
    assertThat(
            finder.find(
                "The number of cholera cases in Tarnow has climbed to 214. The number of dead "
                    + "rose to 14, and the number of people who fled is 3,000."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("cholera cases", "dead", "people");
    // a number given for something else
    assertThat(finder.find("The number of visitors fell sharply in 2019 to 40.")).isEmpty();
  }

  @Test
  void aBareNumberThatDiedCountsPeople() {
    assertThat(finder.find("Officials said three have died and 14 were injured in 2019."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(tuple("three", "people"), tuple("14", "people"));
  }

  @Test
  void aNounWithItsOwnMeasureIsNotCountedWithTheOneBefore() {
    assertThat(finder.find("The group will have 9,000 employees and sales of €4 billion."))
        .extracting(QuantityFinder.Quantity::thing)
        .startsWith("employees");
    assertThat(finder.find("They fired more than 500 drones and missiles."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("drones and missiles");
  }

  @Test
  void aCrowdsSizeCountsPeople() {
    assertThat(
            finder.find(
                "A crowd of 41,000 watched. The attendance at the Riverside Stadium was 40,500."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(tuple("41,000", "people"), tuple("40,500", "people"));
  }

  @Test
  void aPluralWithoutAnSGoesOnToThePluralNounItQualifies() {
    assertThat(
            finder.find(
                "Three police officers suffered minor injuries. Four police arrived. Five people"
                    + " were hurt."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("police officers", "police", "people");
  }

  @Test
  void crownsAndOtherCurrenciesWrittenOutAreMoney() {
    assertThat(finder.find("The men demanded 2 million crowns, or 500,000 kronor, and 40 francs."))
        .extracting(q -> q.text() + " " + q.unit())
        .containsExactly("2 million crowns crowns", "500,000 kronor crowns", "40 francs francs");
  }

  @Test
  void centsAreAHundredthOfTheReportsOneCurrency() {
    assertThat(finder.find("Profit was €412 million. The dividend is 35 cents a share."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::unit)
        .containsExactly(tuple("€412 million", "euros"), tuple("35 cents", "euros"));
    assertThat(finder.find("The dividend is 35 cents a share.").get(0).amount().low())
        .isEqualTo(35.0);
    assertThat(
            finder
                .find("Profit was €412 million, or $450 million. It pays 35 cents.")
                .get(2)
                .unit())
        .isNull();
  }

  @Test
  void aTemperatureIsReadInCelsiusWhateverScaleItIsWrittenIn() {
    List<QuantityFinder.Quantity> q =
        finder.find(
            "Highs of 106F (41C) are expected; it was 41.2°C on Sunday and 30 degrees Celsius at"
                + " night. Seat 14C was empty; five F-16 jets flew over; 20 degrees of the arc.");
    assertThat(q)
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(
            tuple("106F", "degrees Celsius"),
            tuple("41.2°C", "degrees Celsius"),
            tuple("30 degrees Celsius", "degrees Celsius"),
            tuple("20 degrees", "degrees"));
    assertThat(q.get(0).amount().low()).isCloseTo(41.1, within(0.05));
  }

  @Test
  void aRacesDistanceNamesTheRace() {
    assertThat(
            finder.find(
                "The Olympic 100m champion and the 400 metres hurdles world champion ran. Ostland's"
                    + " 1,500m final was won in a record time. The runner covered 100 metres in"
                    + " 9.9 seconds."))
        .extracting(QuantityFinder.Quantity::text)
        .containsExactly("100 metres", "9.9 seconds");
  }

  @Test
  void aPointOfTheCompassOrADimensionAfterAMeasureIsNotWhatItCounts() {
    assertThat(
            finder.find(
                "The train derailed about 3 km south of Ostvik, 40 km north-east of Tarnow. Five"
                    + " South Korean sailors were rescued."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(
            tuple("about 3 km", "km"),
            tuple("40 km", "km"),
            tuple("Five South Korean sailors", "South Korean sailors"));
    // nor is the way a measure runs
    assertThat(finder.find("It threw ash 9 km high. Three high schools closed."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(tuple("9 km", "km"), tuple("Three high schools", "high schools"));
  }

  @Test
  void aUnitHyphenedToItsFigureIsItsUnit() {
    assertThat(
            finder.find(
                "The 450-kilogram satellite flew over a 20-mile stretch. A 12-storey block and a"
                    + " 5-kilometre-long run. The phone has a 7.6-inch screen."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(
            tuple("450-kilogram", "kilogram"), tuple("20-mile", "mile"), tuple("7.6-inch", "inch"));
  }

  @Test
  void aCountHyphenedToAWinOrALeadCountsItsThing() {
    assertThat(
            finder.find(
                "A recount gave her a 212-vote victory. The hosts held a four-point lead. A"
                    + " five-star hotel and a 12-storey block."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(tuple("212-vote", "votes"), tuple("four-point", "points"));
  }

  @Test
  void aNameBeforeAPluralNounSaysWhoseTheThingsAre() {
    assertThat(
            finder.find(
                "Ostland expelled 12 Vestland diplomats. Crews shot down 502 Russian drones. He"
                    + " died on 12 March. Three Klitschko was the title."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(
            tuple("12 Vestland diplomats", "Vestland diplomats"),
            tuple("502 Russian drones", "Russian drones"));
  }

  @Test
  void anEstimateOfACrowdAndThoseWhoJoinedItCountPeople() {
    assertThat(
            finder.find(
                "Organisers put the turnout at 40,000. Police estimated the crowd at 12,000."
                    + " Organisers said 40,000 had joined the march, and about 300 turned out in"
                    + " Lind."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(
            tuple("40,000", "people"),
            tuple("12,000", "people"),
            tuple("40,000", "people"),
            tuple("about 300", "people"));
  }

  @Test
  void aMetricUnitWrittenAgainstItsFigureIsItsUnit() {
    assertThat(finder.find("Storm Edda dropped 140mm of rain on Ostvik, about 24km north of Lind."))
        .extracting(QuantityFinder.Quantity::text, QuantityFinder.Quantity::thing)
        .containsExactly(tuple("140mm", "mm"), tuple("about 24km", "km"));
  }

  @Test
  void aNumberThatNamesCountsNothing() {
    assertThat(
            finder.find(
                "Ostland Air flight 417 slid off the runway near Gate 12 in the nineteen sixties."))
        .isEmpty();
  }

  @Test
  void aTollIsCountedHoweverFewWordsGiveIt() {
    List<QuantityFinder.Quantity> q =
        finder.find(
            "The crash killed two passengers, injuring 27. Fourteen people and twenty-five crew"
                + " were taken to hospital.");
    assertThat(q)
        .extracting(x -> x.text() + " = " + x.thing() + " " + x.amount().low())
        .containsExactly(
            "two passengers = passengers 2.0",
            "27 = people 27.0",
            "Fourteen people = people 14.0",
            "twenty-five crew = crew 25.0");
    // and those an outbreak made ill
    assertThat(
            finder.find(
                "The outbreak has killed three people and sickened 31. Two more have died and 27"
                    + " have fallen ill."))
        .extracting(x -> x.text() + " = " + x.thing())
        .containsExactly("three people = people", "31 = people", "27 = people");
    // and those treated for their injuries
    assertThat(finder.find("Passengers left by the slides and nine were treated for burns."))
        .extracting(x -> x.text() + " = " + x.thing())
        .containsExactly("nine = people");
    // those rescued, and those still missing
    assertThat(finder.find("He said 189 had been rescued and that nine remained missing."))
        .extracting(x -> x.text() + " = " + x.thing())
        .containsExactly("189 = people", "nine = people");
  }

  @Test
  void aSpeedIsNotADistance() {
    assertThat(
            finder.find(
                "Winds of up to 80 km/h and gusts of 50 miles per hour fanned a fire 12 km away."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("km/h", "mph", "km");
  }

  @Test
  void aFigureWrittenWithALeadingPointIsAFraction() {
    QuantityFinder.Quantity average =
        finder.find("He finished the season with a .308 average and 33 homers.").get(0);
    assertThat(average.text()).isEqualTo(".308 average");
    assertThat(average.amount().low()).isEqualTo(0.308);
  }

  @Test
  void approximationsAreRangesThatAgreeWithExactFigures() {
    QuantityFinder.Quantity more =
        finder.find("It fired more than 500 drones and missiles.").get(0);
    assertThat(more.thing()).isEqualTo("drones and missiles");
    assertThat(more.amount().agreesWith(Amount.of(526, null))).isTrue();
    assertThat(more.amount().agreesWith(Amount.of(450, null))).isFalse();
    QuantityFinder.Quantity share =
        finder.find("Russia holds about 20 per cent of Ukraine.").get(0);
    assertThat(share.unit()).isEqualTo("percent");
    assertThat(share.thing()).isEqualTo("Ukraine");
    assertThat(
            finder.find(
                "Turnout was 61 per cent of eligible voters, 5 percent of their income and 3% of"
                    + " Harwick's dock workers, 40% of the country and 2% of those polled. 68% of Ostlanders"
                    + " believe it."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly(
            "eligible voters",
            "income",
            "Harwick's dock workers",
            "the country",
            null,
            "Ostlanders");
    QuantityFinder.Quantity sign = finder.find("Shares fell 5% on Monday.").get(0);
    assertThat(sign.unit()).isEqualTo("percent");
    assertThat(sign.text()).isEqualTo("5%");
    assertThat(sign.amount().low()).isEqualTo(5.0);
    assertThat(finder.find("He sent more than 12,000 of his troops.").get(0).thing())
        .isEqualTo("troops");
  }

  @Test
  void aPartOfAWholeCountsTheSameThings() {
    assertThat(finder.find("Varga completed 28 of 41 passes for 329 yards."))
        .extracting(q -> q.amount().low() + " " + q.thing())
        .containsExactly("28.0 passes", "41.0 passes", "329.0 yards");
    assertThat(finder.find("The Harwick side won three of their last five games."))
        .extracting(q -> q.amount().low() + " " + q.thing())
        .containsExactly("3.0 games", "5.0 games");
  }

  @Test
  void aCountryWrittenWithFullStopsQualifiesTheThing() {
    assertThat(finder.find("The broadcast drew 32 million U.S. viewers."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("viewers");
  }

  @Test
  void ranksAreNotCounts() {
    for (String text :
        List.of(
            "The Rovers could get the No. 1 seed in the league.",
            "Harwick is up for the number one seed.",
            "They stand in the playoffs as the league's five seed.",
            "They took him with the #3 pick of the draft.")) {
      assertThat(finder.find(text))
          .as(text)
          .singleElement()
          .extracting(QuantityFinder.Quantity::unit)
          .isEqualTo("rank");
    }
    assertThat(finder.find("She was the No. 2 official at the agency.").get(0).thing())
        .isEqualTo("official");
    assertThat(finder.find("The number of injured rose to 12 people."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("people");
  }

  @Test
  void decadesAreTimeNotACount() {
    assertThat(finder.find("She made a comeback almost two decades later.")).isEmpty();
  }

  @Test
  void yearsDatesAndTalliesAreNotCounts() {
    assertThat(finder.find("The dam was built in 1971. On March 10 the council voted 31 to 12."))
        .isEmpty();
  }

  @Test
  void rangesAreReadWholeAndScoresAreNot() {
    List<QuantityFinder.Quantity> q =
        finder.find(
            "Bids ran from $140-$150 million to between $140 million and $160 million; 35 to 40"
                + " firefighters came. They won 17-14 and ended a 2-13 season in 2008-2009.");
    assertThat(q)
        .extracting(QuantityFinder.Quantity::amount)
        .containsExactly(
            new Amount(140e6, 150e6, "between"),
            new Amount(140e6, 160e6, "between"),
            new Amount(35, 40, "between"));
    assertThat(q.get(0).unit()).isEqualTo("dollars");
    assertThat(q.get(2).thing()).isEqualTo("firefighters");
    assertThat(Amount.parse(q.get(1).amount().describe())).isEqualTo(q.get(1).amount());
  }

  @Test
  void aPartIsNotACountAndADashedNumberStartsANewCount() {
    assertThat(finder.find("He was hit by three of the seven bullets fired."))
        .extracting(QuantityFinder.Quantity::text)
        .containsExactly("seven bullets");
    // a part of a whole the sentence does not give is no count of the whole either
    assertThat(finder.find("The airline grounded 30 of the aircraft on Monday.")).isEmpty();
    assertThat(finder.find("The airline grounded 30 aircraft on Monday."))
        .extracting(QuantityFinder.Quantity::text)
        .containsExactly("30 aircraft");
    assertThat(finder.find("The three bank workers-two women and a man-were killed."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("bank workers", "women");
  }

  @Test
  void moneyHasItsCurrency() {
    QuantityFinder.Quantity q = finder.find("Repairs would cost 35 million euros.").get(0);
    assertThat(q.unit()).isEqualTo("euros");
    assertThat(q.amount().low()).isEqualTo(35e6);
  }

  @Test
  void aSumRestatedInAnotherCurrencyIsOneSum() {
    assertThat(finder.find("Damage was put at $US2 million ($3.1 million) by the council."))
        .extracting(QuantityFinder.Quantity::text)
        .containsExactly("$US2 million");
    assertThat(finder.find("The bill came to £4 million (A$7.6 million)."))
        .extracting(q -> q.amount().low())
        .containsExactly(4e6);
    // a scale word hyphenated to its figure, and a sum whose currency sign was lost
    assertThat(finder.find("They agreed a 110-billion euro ($143-billion) rescue."))
        .extracting(q -> q.amount().low())
        .containsExactly(110e9);
    assertThat(finder.find("They agreed a 110 billion ($143 billion) rescue.")).isEmpty();
    assertThat(finder.find("The plan costs $143-billion.").get(0).amount().low()).isEqualTo(143e9);
    // another unit in brackets is kept: a report giving only feet compares with it
    assertThat(finder.find("She fell about 60 metres (200 feet) from the ridge."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("metres", "feet");
  }

  @Test
  void clockMinutesAndMagnitudeDecimalsAreNotCounts() {
    assertThat(finder.find("The alarm came at 10:56 AM and a 6.0 quake followed at 11:42 GMT."))
        .extracting(QuantityFinder.Quantity::text)
        .noneMatch(t -> t.startsWith("56") || t.startsWith("0 ") || t.startsWith("42"));
  }

  @Test
  void twoApproximationsAgreeWhenOnesFigureIsWithinTheOthersRange() {
    assertThat(Amount.of(150, "about").agreesWith(Amount.of(160, "around"))).isTrue();
    assertThat(Amount.of(1000, "about").agreesWith(Amount.of(1100, "roughly"))).isTrue();
    // a tenth either way each, but figures a fifth apart are two estimates
    assertThat(Amount.of(150, "around").agreesWith(Amount.of(180, "about"))).isFalse();
    // an exact figure still agrees with an approximation whose range holds it
    assertThat(Amount.of(150, "about").agreesWith(Amount.of(164, null))).isTrue();
    assertThat(Amount.of(150, "about").agreesWith(Amount.of(170, "more than"))).isFalse();
  }

  @Test
  void describedAmountsReadBack() {
    for (Amount a :
        List.of(
            Amount.of(502, null),
            Amount.of(500, "more than"),
            Amount.of(20, "about"),
            Amount.of(12.5, "up to"))) {
      Amount back = Amount.parse(a.describe());
      assertThat(back.qualifier()).isEqualTo(a.qualifier());
      assertThat(back.low()).isCloseTo(a.low(), org.assertj.core.data.Offset.offset(0.01));
      assertThat(back.high()).isEqualTo(a.high(), org.assertj.core.data.Offset.offset(0.01));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Amount.parse("lots"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCountedThingIsANounNotTheVerbOrAdverbAfterTheFigure() {
    assertThat(
            finder.find(
                "No one else was hurt. About 10,000 gathered in Lind, and 20,000 people took part"
                    + " in Tarnow. The team has won four straight. Two nearly drowned."))
        .extracting(QuantityFinder.Quantity::thing)
        // "10,000 gathered" are people, as a crowd is: not a count of "gathered"
        .containsExactly("people", "people");
    assertThat(finder.find("Two women dead and 50 injured; three crewmen aboard, 12 missing."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("women", "injured", "crewmen", "missing");
    assertThat(
            finder.find(
                "One man threw a bottle; he allowed one hit. Lind won 12 games-instead of 27"
                    + " games. One person dead. Two sisters-in-law came."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("man", "hit", "games", "games", "person", "sisters");
    // the sum stays, without a verb for what it is of
    assertThat(finder.find("The deal is $90 million guaranteed over five seasons."))
        .extracting(q -> q.unit() + " " + q.thing())
        .containsExactly("dollars null", "null seasons");
  }

  @Test
  void aFigureThatIsPartOfANameCountsNothing() {
    assertThat(
            finder.find(
                "Support for the Firefox 2 browser ends before the G7 meeting. An MP3 player was"
                    + " sold, and a Category 4 storm hit Ostvik, where the Boeing 747 jumbo"
                    + " landed."))
        .isEmpty();
    // a possessive's figure counts, and a capital that opens a sentence names nothing
    assertThat(
            finder.find(
                "Harwick's 12 dock workers struck. Italy's 60 million population voted."
                    + " Tarnow reported 40 arrested. A 5.9 magnitude earthquake struck. Lind had"
                    + " given Varga two contract extensions."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly(
            "dock workers",
            "population",
            "arrested",
            "magnitude earthquake",
            "contract extensions");
  }

  @Test
  void aShareOfThoseWhoVotedIsAShareOfTheVote() {
    assertThat(
            finder.find(
                "Some 89 per cent of those who voted backed it; 86 per cent of those voting, 88%"
                    + " of those taking part, 52% of votes cast and 40% of the vote. 30% of"
                    + " voters said no."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("the vote", "the vote", "the vote", "the vote", "the vote", "voters");
    assertThat(finder.find("Some 89 per cent of those who voted backed it.").get(0).text())
        .isEqualTo("Some 89 per cent of those who voted");
  }

  @Test
  void aVerbAfterAndIsNoSecondCountedThing() {
    assertThat(finder.find("The authority has opened six clinics and says more will follow."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("clinics");
  }

  @Test
  void aParentsChildrenAreNoToll() {
    assertThat(finder.find("Harwick mother of 12 killed in crossfire")).isEmpty();
    assertThat(finder.find("She was a mother of 12 children."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("children");
  }

  @Test
  void aNumberStandingForPeopleBeforeTheirVerbCountsNothing() {
    assertThat(
            finder.find(
                "All three live in Lindholm. The two agree on little. One ricocheted off a wall."))
        .isEmpty();
    assertThat(finder.find("All three men fled. The two sides met. All four were hurt."))
        .extracting(QuantityFinder.Quantity::thing)
        .containsExactly("men", "sides", "people");
  }

  @Test
  void aTimeZoneAtTheEndOfALineIsATimeNotACount() {
    assertThat(finder.find("Polls opened at 0800 GMT\nand closed at 1300 GMT\n")).isEmpty();
  }
}
