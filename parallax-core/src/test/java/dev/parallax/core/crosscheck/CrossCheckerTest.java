package dev.parallax.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.api.Entity;
import dev.parallax.api.Finding;
import dev.parallax.api.Story;
import dev.parallax.core.claims.ClaimExtractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Four made-up reports of one evacuation; two of them from the same outlet. */
class CrossCheckerTest {

  @Test
  void aSentenceOpeningWithAPeriodCountsOverIt() {
    String text =
        "Marines freed two ships on Monday. This year, raiders have attacked nearly 90 ships. "
            + "So far this season the club has won 12 games. His third fight this year took him to"
            + " 12 wins.";
    assertThat(CrossChecker.countedOverAPeriod(text, text.indexOf("two ships"))).isFalse();
    assertThat(CrossChecker.countedOverAPeriod(text, text.indexOf("90 ships"))).isTrue();
    assertThat(CrossChecker.countedOverAPeriod(text, text.indexOf("12 games"))).isTrue();
    assertThat(CrossChecker.countedOverAPeriod(text, text.indexOf("12 wins"))).isFalse();
  }

  private static final String PERSON = "Tomas Varga";

  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final List<Entity.Role> roles = new ArrayList<>();
  private final List<Entity.Mentioned> mentions = new ArrayList<>();

  private void article(String id, String outlet, String title, String text) {
    articles.put(id, SourcesTest.article(id, outlet, text));
    int name = text.indexOf(PERSON);
    mentions.add(new Entity.Mentioned(id, name, name + PERSON.length(), PERSON));
    int start = text.lastIndexOf(". ", name) + 2;
    roles.add(new Entity.Role(id, title, null, start, name + PERSON.length()));
  }

  private CrossChecker.Result check() {
    article(
        "a",
        "Evening Star",
        "Interior Minister",
        "Rescuers evacuated 4,000 people from the valley below the dam on Tuesday. "
            + "Interior Minister Tomas Varga said 12 buses were waiting at the school.");
    article(
        "b",
        "Daily Lantern",
        "Interior Minister",
        "Rescuers evacuated about 4,000 people from the valley below the dam on Tuesday. "
            + "Interior Minister Tomas Varga said the dam was holding.");
    article(
        "c",
        "Morning Bell",
        "Defence Minister",
        "Rescuers evacuated 9,500 people from the valley below the dam on Tuesday. "
            + "Defence Minister Tomas Varga said 38 schools had become shelters.");
    article(
        "d",
        "Evening Star",
        "Interior Minister",
        "Rescuers evacuated 4,000 people from the valley below the dam on Tuesday night. "
            + "Interior Minister Tomas Varga said 12 buses were waiting at the school.");
    return run();
  }

  private CrossChecker.Result run() {
    List<Entity> entities =
        List.of(new Entity("e1", PERSON, "PERSON", List.of(PERSON), mentions, roles));
    return checked("Evacuation", entities);
  }

  private static Finding about(CrossChecker.Result r, String subject) {
    return r.findings().stream()
        .filter(f -> f.subject().contains(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding about " + subject + ": " + r));
  }

  @Test
  void aSubjectReadsAsWritten() {
    assertThat(CrossChecker.howMany("drone and missile")).isEqualTo("how many drones and missiles");
    assertThat(CrossChecker.howMany("child")).isEqualTo("how many children");
    assertThat(CrossChecker.howMany("feet")).isEqualTo("how many feet");
    assertThat(CrossChecker.howMany("aircraft")).isEqualTo("how many aircraft");
    assertThat(CrossChecker.howMany("km/h")).isEqualTo("how fast");
    assertThat(CrossChecker.howMany("mile")).isEqualTo("how far");
    assertThat(CrossChecker.howMany("acre")).isEqualTo("how much land");
    assertThat(CrossChecker.howMany("woman")).isEqualTo("how many women");
    assertThat(CrossChecker.howMany("crewman")).isEqualTo("how many crewmen");
    assertThat(CrossChecker.howMany("human")).isEqualTo("how many humans");
    assertThat(CrossChecker.howMany("inch")).isEqualTo("how many inches");
    assertThat(CrossChecker.howMany("magnitude")).isEqualTo("what magnitude");
    assertThat(CrossChecker.howMany("km")).isEqualTo("how far");
    assertThat(CrossChecker.howMany("the passengers (percent)"))
        .isEqualTo("what percentage of the passengers");
    assertThat(CrossChecker.asWritten(CrossChecker.howMany("uav"), "69 UAVs"))
        .isEqualTo("how many UAVs");
    assertThat(
            CrossChecker.asWritten(
                CrossChecker.howMany("ostland (percent)"), "about 20 per cent of Ostland"))
        .isEqualTo("what percentage of Ostland");
    // a word capitalised only because it opens the sentence stays as it was
    assertThat(CrossChecker.asWritten("how many others", "Five others"))
        .isEqualTo("how many others");
  }

  @Test
  void theOddFigureIsContradictedAndOutvoted() {
    Finding people = about(check(), "people");
    assertThat(people.verdict()).isEqualTo("contradicted");
    assertThat(people.sources()).isEqualTo(3);
    assertThat(people.evidence())
        .filteredOn(Finding.Evidence::outvoted)
        .extracting(Finding.Evidence::article)
        .containsExactly("c");
    assertThat(people.explanation()).contains("Morning Bell").contains("9,500 people");
  }

  /** Two reports giving Tomas Varga one post with the given affiliations, and these entities. */
  private Finding post(String first, String second, Entity... others) {
    String[] affiliations = {first, second};
    for (int i = 0; i < 2; i++) {
      String id = "p" + i;
      String text = "The vote was close. " + affiliations[i] + " leader " + PERSON + " said so.";
      articles.put(id, SourcesTest.article(id, "Outlet " + i, text));
      int name = text.indexOf(PERSON);
      mentions.add(new Entity.Mentioned(id, name, name + PERSON.length(), PERSON));
      roles.add(
          new Entity.Role(
              id,
              "Leader",
              affiliations[i],
              text.indexOf(affiliations[i]),
              name + PERSON.length()));
    }
    List<Entity> entities = new ArrayList<>();
    entities.add(new Entity("e1", PERSON, "PERSON", List.of(PERSON), mentions, roles));
    entities.addAll(List.of(others));
    return about(checked("Vote", entities), "post of " + PERSON);
  }

  private static Entity named(String id, String name, String type) {
    return new Entity(id, name, type, List.of(name), List.of(), List.of());
  }

  @Test
  void twoNamesOfAPartyAreNoContradictionTwoCountriesAre() {
    // a party's nickname and its name (both tagged MISC) may be one party
    assertThat(
            post(
                    "Greenback",
                    "Agrarian",
                    named("m1", "Greenback", "MISC"),
                    named("m2", "Agrarian", "MISC"))
                .verdict())
        .isNotEqualTo("contradicted");
    articles.clear();
    mentions.clear();
    roles.clear();
    // a nationality stands for a country the run names: two of them cannot both be right
    assertThat(
            post(
                    "Ostlandian",
                    "Lindarian",
                    named("l1", "Ostland", "LOCATION"),
                    named("l2", "Lindaria", "LOCATION"),
                    named("m1", "Ostlandian", "MISC"),
                    named("m2", "Lindarian", "MISC"))
                .verdict())
        .isEqualTo("contradicted");
  }

  @Test
  void anotherPostForThePersonContradictsAndFlagsTheArticle() {
    CrossChecker.Result r = check();
    Finding post = about(r, "post of " + PERSON);
    assertThat(post.verdict()).isEqualTo("contradicted");
    assertThat(r.standings().get("c").flagged()).isTrue();
    assertThat(r.standings().get("c").reasons())
        .anyMatch(reason -> reason.contains("Defence Minister"));
    assertThat(r.standings().get("b").flagged()).isFalse();
    assertThat(r.standings().get("b").contradicted()).isNotEmpty();
  }

  @Test
  void twoArticlesOfOneOutletAreOneSource() {
    Finding buses = about(check(), "bus");
    assertThat(buses.evidence()).hasSize(2);
    assertThat(buses.sources()).isEqualTo(1);
    assertThat(buses.verdict()).isEqualTo("single-source");
  }

  @Test
  void whatOnlyOneSourceSaysIsSingleSource() {
    Finding schools = about(check(), "school");
    assertThat(schools.verdict()).isEqualTo("single-source");
    assertThat(schools.explanation()).startsWith("Only Morning Bell");
  }

  @Test
  void twoDistancesAreOneFactOnlyWhenWordedAlike() {
    article(
        "a",
        "Evening Star",
        "Sheriff",
        "The office building where the shooting happened is about 15 miles north of Lind."
            + " Sheriff Tomas Varga spoke later.");
    article(
        "b",
        "Daily Lantern",
        "Sheriff",
        "Hours after the shooting, a motorist 50 miles north of Lind spotted the car."
            + " Sheriff Tomas Varga spoke later.");
    assertThat(run().findings()).noneMatch(f -> f.verdict().equals("contradicted"));
  }

  @Test
  void aDeathTollIsComparedWithTheOthersDeathTollsNotWithTheRescued() {
    // each report counts people twice, the dead and the rescued, in its own words
    article(
        "a",
        "Evening Star",
        "Governor",
        "A passenger ferry capsized off the port of Lind on Tuesday, killing 14 people and leaving"
            + " nine missing, coast guard officials said. Governor Tomas Varga said 189 people had"
            + " been rescued.");
    article(
        "b",
        "Daily Lantern",
        "Governor",
        "A ferry carrying more than 200 passengers overturned near Lind harbour on Tuesday,"
            + " killing 16 people, the regional governor said. Governor Tomas Varga said 189"
            + " people were rescued from the water.");
    article(
        "c",
        "Morning Bell",
        "Governor",
        "A ferry sank near the port of Lind on Tuesday. Officials said 14 people died there."
            + " Governor Tomas Varga said that 189 people were rescued.");
    CrossChecker.Result r = run();
    Finding dead = about(r, "how many people were killed");
    assertThat(dead.verdict()).isEqualTo("contradicted");
    assertThat(dead.evidence())
        .filteredOn(e -> e.article().equals("b"))
        .singleElement()
        .satisfies(e -> assertThat(e.contradicted()).isTrue());
    assertThat(about(r, "how many people were rescued").verdict()).isEqualTo("corroborated");
  }

  @Test
  void aMeasuresLevelIsComparedWhateverElseItsSentenceGives() {
    article(
        "a",
        "Evening Star",
        "Commissioner",
        "The Greens won 38.2 per cent and 61 seats. Turnout was 71 per cent, up from 64 per cent"
            + " in 2022. Commissioner Tomas Varga gave the results.");
    article(
        "b",
        "Daily Lantern",
        "Commissioner",
        "The Greens won 38.2 per cent and 61 seats. Turnout was 71 per cent, the highest since"
            + " 1998. Commissioner Tomas Varga gave the results.");
    article(
        "c",
        "Morning Bell",
        "Commissioner",
        "The Greens took 38.2% of the vote and 61 seats, with 29.5% for the People's Party."
            + " Turnout reached 68%. Commissioner Tomas Varga gave the results.");
    Finding turnout = about(run(), "what turnout was");
    assertThat(turnout.verdict()).isEqualTo("contradicted");
    assertThat(turnout.evidence())
        .filteredOn(Finding.Evidence::contradicted)
        .extracting(Finding.Evidence::article)
        .contains("c");
  }

  @Test
  void passengersAndOthersWithAFateAreATollOfPeople() {
    article(
        "a",
        "Evening Star",
        "Director",
        "The jet overran the runway on Tuesday, killing two passengers and injuring 31 others."
            + " Director Tomas Varga closed the airport.");
    article(
        "b",
        "Daily Lantern",
        "Director",
        "A plane overran the runway on Tuesday night, killing two people and injuring 27,"
            + " officials said. Director Tomas Varga closed the airport.");
    article(
        "c",
        "Morning Bell",
        "Director",
        "Two passengers died when the jet overran the runway on Tuesday. Officials said 31 people"
            + " were injured. Director Tomas Varga closed the airport.");
    CrossChecker.Result r = run();
    Finding injured = about(r, "how many people were injured");
    assertThat(injured.verdict()).isEqualTo("contradicted");
    assertThat(injured.evidence())
        .filteredOn(Finding.Evidence::contradicted)
        .extracting(Finding.Evidence::article)
        .contains("b");
    assertThat(r.findings())
        .filteredOn(f -> f.subject().endsWith("were killed"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.verdict()).isEqualTo("corroborated");
              assertThat(f.sources()).isEqualTo(3);
            });
  }

  @Test
  void anOutbreaksCasesAndPatientsInHospitalAreCountsOfPeople() {
    article(
        "a",
        "Evening Star",
        "Minister",
        "A cholera outbreak in Tarnow has grown to 212 confirmed cases, the ministry said."
            + " Forty-one patients remain in hospital, the ministry said. Minister Tomas Varga"
            + " visited the port."
            + " The last outbreak, in 2011, killed 9 people, and this one has killed three.");
    article(
        "b",
        "Daily Lantern",
        "Minister",
        "Officials said 212 people have been infected in the cholera outbreak in Tarnow."
            + " The ministry said 14 patients were still being treated in hospital. Minister Tomas"
            + " Varga visited the port."
            + " It was the worst outbreak since 2011, when nine people died.");
    CrossChecker.Result r = run();
    assertThat(about(r, "how many confirmed cases").verdict()).isEqualTo("corroborated");
    Finding inHospital = about(r, "how many patients are in hospital");
    assertThat(inHospital.verdict()).isEqualTo("contradicted");
    // one figure dated to one year in both agrees, however many other tolls each report gives
    assertThat(r.findings())
        .filteredOn(f -> f.subject().endsWith("were killed"))
        .anyMatch(
            f ->
                f.verdict().equals("corroborated")
                    && f.evidence().stream().anyMatch(e -> e.text().equals("nine people")));
  }

  @Test
  void aVotesTallyIsComparedWithTheOthersTallies() {
    article(
        "a",
        "Evening Star",
        "Energy Minister",
        "Ostland's parliament passed the climate law by 88 votes to 81, with 6 abstentions. Energy"
            + " Minister Tomas Varga drafted it.");
    article(
        "b",
        "Daily Lantern",
        "Energy Minister",
        "Ostland's parliament voted 86 to 81 on Thursday to pass the climate law. Energy Minister"
            + " Tomas Varga drafted it.");
    CrossChecker.Result r = run();
    Finding tally = about(r, "the vote's tally");
    assertThat(tally.verdict()).isEqualTo("contradicted");
    assertThat(tally.evidence()).extracting(Finding.Evidence::value).contains("88-81", "86-81");
  }

  @Test
  void theLengthOfTalksIsComparedHoweverManyOtherPeriodsItsReportsGive() {
    article(
        "a",
        "Evening Star",
        "Prime Minister",
        "Ostland and Tarnovia agreed to a 30-day ceasefire after three hours of talks in"
            + " Lindholm. Prime Minister Tomas Varga will return in three weeks. The war has"
            + " killed more than 1,200 people.");
    article(
        "b",
        "Daily Lantern",
        "Prime Minister",
        "Ostland and Tarnovia agreed a 30-day truce after four hours of talks in Lindholm on"
            + " Friday. Prime Minister Tomas Varga signed. The conflict has claimed about 1,200"
            + " lives.");
    CrossChecker.Result r = run();
    assertThat(about(r, "the length of the talks").verdict()).isEqualTo("contradicted");
    // a truce is a ceasefire
    assertThat(about(r, "the length of the ceasefire").verdict()).isEqualTo("corroborated");
    // lives claimed are people killed
    assertThat(r.findings())
        .anyMatch(
            f ->
                f.verdict().equals("corroborated")
                    && f.evidence().stream().anyMatch(e -> e.text().equals("about 1,200 lives")));
  }

  @Test
  void thoseCapturedAreThoseArrestedWhateverTheyAreCalled() {
    article(
        "a",
        "Evening Star",
        "Admiral",
        "The Ostland navy captured 23 pirates in the Gulf of Lind on Saturday after a chase of 40"
            + " miles. Admiral Tomas Varga praised the crew.");
    article(
        "b",
        "Daily Lantern",
        "Admiral",
        "Ostland's navy said 26 piracy suspects were arrested in the Gulf of Lind on Saturday."
            + " Admiral Tomas Varga praised the crew.");
    CrossChecker.Result r = run();
    assertThat(r.findings())
        .anyMatch(f -> f.subject().endsWith("were arrested") && f.verdict().equals("contradicted"));
  }

  @Test
  void theCarsARecallCoversAreComparedHoweverCrowdedTheirSentence() {
    article(
        "a",
        "Evening Star",
        "Chief executive",
        "Lindholm Motors is recalling 1.2 million cars because of a brake fault linked to 14"
            + " crashes and three injuries since 2021. Chief executive Tomas Varga apologised.");
    article(
        "b",
        "Daily Lantern",
        "Chief executive",
        "Lindholm Motors will recall 2.1 million cars built between 2021 and 2024 after a brake"
            + " fault was linked to 14 crashes. Chief executive Tomas Varga apologised.");
    CrossChecker.Result r = run();
    assertThat(about(r, "how many cars were recalled").verdict()).isEqualTo("contradicted");
  }

  @Test
  void aFineIsComparedWithTheFineNotWithTheSumAskedFor() {
    article(
        "a",
        "Evening Star",
        "Judge",
        "A court fined Tarnow Metals €45 million on Tuesday. Prosecutors had asked for a fine of"
            + " €60 million. Judge Tomas Varga said the pollution was deliberate.");
    article(
        "b",
        "Daily Lantern",
        "Judge",
        "Tarnow Metals will appeal against a €54 million fine. Prosecutors had sought €60"
            + " million. Judge Tomas Varga said the pollution was deliberate.");
    CrossChecker.Result r = run();
    assertThat(about(r, "how much the fine was").verdict()).isEqualTo("contradicted");
    assertThat(about(r, "how much was asked for").verdict()).isEqualTo("corroborated");
  }

  @Test
  void aQuartersProfitIsComparedAndTheAnalystsForecastIsNot() {
    article(
        "a",
        "Evening Star",
        "Results",
        "Ostland Telecom said its third-quarter net profit rose 14% to €412 million. Analysts had"
            + " expected revenue of €3.05 billion. Finance chief Tomas Varga said costs fell.");
    article(
        "b",
        "Daily Lantern",
        "Results",
        "Net profit rose to €421 million from €361 million a year earlier, while revenue grew 6%"
            + " to €3.1 billion. Finance chief Tomas Varga said costs fell.");
    CrossChecker.Result r = run();
    assertThat(about(r, "how much profit").verdict()).isEqualTo("contradicted");
    assertThat(r.findings())
        .noneMatch(f -> f.subject().contains("revenue") && f.verdict().equals("contradicted"));
    assertThat(about(r, "how much analysts expected").verdict()).isEqualTo("single-source");
  }

  @Test
  void aCrowdCountedByPoliceAndByOrganisersIsTwoEstimatesNotAContradiction() {
    article(
        "a",
        "Evening Star",
        "March",
        "Police said 12,000 people took part, while organisers put the turnout at 40,000. Union"
            + " leader Tomas Varga addressed the crowd.");
    article(
        "b",
        "Daily Lantern",
        "March",
        "About 12,000 people protested in Harwick, according to police. Organisers said 40,000 had"
            + " joined the march. Union leader Tomas Varga addressed the crowd.");
    article(
        "c",
        "Morning Post",
        "March",
        "The march drew 40,000 people, according to organisers. Police estimated the crowd at"
            + " 12,000. Union leader Tomas Varga addressed the crowd.");
    CrossChecker.Result r = run();
    assertThat(r.findings())
        .noneMatch(f -> f.kind().equals("quantity") && f.verdict().equals("contradicted"));
    assertThat(about(r, "how many people, according to police").verdict())
        .isEqualTo("corroborated");
    assertThat(about(r, "how many people, according to organisers").verdict())
        .isEqualTo("corroborated");
  }

  @Test
  void aQuakesDepthIsComparedWithDepthsNotWithDistances() {
    article(
        "a",
        "Evening Star",
        "Quake",
        "The quake struck at a depth of 10 kilometres, 40 kilometres south of Harwick, and 12"
            + " people were hurt. Mayor Tomas Varga said schools would stay shut.");
    article(
        "b",
        "Daily Lantern",
        "Quake",
        "The quake was 18 kilometres deep and 40 kilometres from Harwick, injuring 12 people."
            + " Mayor Tomas Varga said schools would stay shut.");
    CrossChecker.Result r = run();
    assertThat(about(r, "the depth, in kilometres").verdict()).isEqualTo("contradicted");
    assertThat(r.findings())
        .noneMatch(
            f ->
                f.verdict().equals("contradicted")
                    && f.evidence().stream().anyMatch(e -> e.value().contains("40 kilometres")));
  }

  @Test
  void rainfallIsComparedHoweverManyFiguresItsSentenceGives() {
    article(
        "a",
        "Evening Star",
        "Mayor",
        "Storm Edda dumped 140mm of rain on Ostvik in 24 hours, flooding 600 homes and forcing"
            + " the evacuation of 2,300 residents. Rescue crews pulled 85 people from flooded"
            + " houses. Mayor Tomas Varga thanked them. 30 tonnes of dead fish were found.");
    article(
        "b",
        "Daily Lantern",
        "Mayor",
        "Storm Edda dropped 180 millimetres of rain on the town in a day. About 2,300 people were"
            + " evacuated and rescuers brought 85 people to safety. Mayor Tomas Varga thanked"
            + " them. Some 30 tonnes of fish died.");
    CrossChecker.Result r = run();
    assertThat(about(r, "how much rain, in millimetres").verdict()).isEqualTo("contradicted");
    assertThat(about(r, "how much fish, in tonnes").verdict()).isEqualTo("corroborated");
    assertThat(about(r, "how many people were rescued").verdict()).isEqualTo("corroborated");
    assertThat(r.findings())
        .anyMatch(
            f -> f.subject().endsWith("were evacuated") && f.verdict().equals("corroborated"));
  }

  @Test
  void aTakeoversPriceIsComparedWhateverSmallerSumsItsReportsGive() {
    // each report gives a price per share too, and one the yearly savings: sums of other orders
    article(
        "a",
        "Evening Star",
        "Director",
        "Lindholm Steel agreed to buy Tarnow Metals for €1.2 billion in cash on Monday, paying"
            + " €14.50 a share. The deal will save €120 million a year. Director Tomas Varga"
            + " welcomed it.");
    article(
        "b",
        "Daily Lantern",
        "Director",
        "Lindholm Steel will buy Tarnow Metals for €1.3 billion, the companies said on Monday."
            + " The offer of €14.50 per share was accepted. Director Tomas Varga welcomed it.");
    article(
        "c",
        "Morning Bell",
        "Director",
        "Lindholm Steel agreed on Monday to acquire Tarnow Metals for €1.2 billion. Holders get"
            + " €14.50 for each share. Director Tomas Varga welcomed it.");
    Finding price =
        run().findings().stream()
            .filter(f -> f.verdict().equals("contradicted"))
            .filter(f -> f.evidence().stream().anyMatch(e -> e.text().equals("€1.3 billion")))
            .findFirst()
            .orElseThrow();
    assertThat(price.subject()).isEqualTo("how much the price was");
    assertThat(price.evidence())
        .filteredOn(Finding.Evidence::outvoted)
        .extracting(Finding.Evidence::article)
        .containsExactly("b");
  }

  @Test
  void jobCutsAndAProfitsFallAreComparedWhateverElseTheirSentencesGive() {
    // each report's lead sentence gives four figures: jobs, years, the profit's fall, the profit
    article(
        "a",
        "Evening Star",
        "Chief executive",
        "Lind Steel will cut 1,200 jobs over the next two years after its annual profit fell 12"
            + " per cent to €840 million, the company said. Revenue dropped 8 per cent. Chief"
            + " executive Tomas Varga spoke to analysts.");
    article(
        "b",
        "Daily Lantern",
        "Chief executive",
        "Lind Steel plans to eliminate 1,400 jobs within two years, most of them in Harwick, after"
            + " annual profit dropped 12% to €840 million. Revenue fell 8%. Chief executive Tomas"
            + " Varga spoke to analysts.");
    article(
        "c",
        "Morning Bell",
        "Chief executive",
        "Lind Steel said it would cut 1,200 jobs over two years. Profit for the year fell 21 per"
            + " cent to €840 million on revenue of €11.2 billion. Chief executive Tomas Varga"
            + " spoke to analysts.");
    CrossChecker.Result r = run();
    Finding jobs = about(r, "how many jobs are to go");
    assertThat(jobs.verdict()).isEqualTo("contradicted");
    assertThat(jobs.evidence())
        .filteredOn(e -> e.article().equals("b"))
        .singleElement()
        .satisfies(e -> assertThat(e.contradicted()).isTrue());
    Finding profit = about(r, "by what percentage profit changed");
    assertThat(profit.verdict()).isEqualTo("contradicted");
    assertThat(profit.evidence())
        .filteredOn(e -> e.article().equals("c"))
        .singleElement()
        .satisfies(e -> assertThat(e.contradicted()).isTrue());
    // revenue's fall is another measure's, never held against the profit's
    assertThat(about(r, "by what percentage revenue changed").verdict()).isEqualTo("corroborated");
    // and the profit in euros is the profit, in all three
    Finding profitInEuros = about(r, "how much profit");
    assertThat(profitInEuros.verdict()).isEqualTo("corroborated");
    assertThat(profitInEuros.evidence())
        .extracting(Finding.Evidence::value)
        .containsOnly("€840 million");
  }

  @Test
  void theOnlyFiguresOfTheirKindAgreeHoweverApproximatelyWritten() {
    article(
        "a",
        "Evening Star",
        "Fire chief",
        "A wildfire fanned by strong winds has burned 5,000 hectares of forest near Lind. Fire"
            + " chief Tomas Varga spoke on Tuesday.");
    article(
        "b",
        "Daily Lantern",
        "Fire chief",
        "Crews were still battling the blaze on Wednesday. It has burned roughly 5,000 hectares"
            + " since it started, officials said. Fire chief Tomas Varga spoke on Tuesday.");
    assertThat(about(run(), "how much land").verdict()).isEqualTo("corroborated");
  }

  private void dated(String id, String outlet, String date, String text) {
    articles.put(id, SourcesTest.dated(id, outlet, date, text));
  }

  @Test
  void theDayAnEventStartedIsComparedAcrossReportsOfDifferentDays() {
    dated(
        "a",
        "Evening Star",
        "2026-08-12",
        "A wildfire near Lind has burned 5,000 hectares. The fire, which started on Sunday"
            + " afternoon, was still burning on Wednesday.");
    dated("b", "Daily Lantern", "2026-08-12", "The blaze broke out on Sunday in hills near Lind.");
    // a day later, "Saturday" is the Saturday before that Sunday
    dated(
        "c",
        "Morning Bell",
        "2026-08-13",
        "Crews fought on. The fire has burned since it started on Saturday, officials said.");
    Finding started = about(checked("Fire", List.of()), "when the fire started");
    assertThat(started.verdict()).isEqualTo("contradicted");
    assertThat(started.evidence())
        .filteredOn(e -> e.article().equals("c"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.contradicted()).isTrue();
              assertThat(e.value()).isEqualTo("on Saturday (2026-08-08)");
            });
  }

  @Test
  void aPrisonTermIsComparedWithTheOthersNotWithYearsInOffice() {
    // each report gives another span of years too: the trial's, the years in office
    article(
        "a",
        "Evening Star",
        "Judge",
        "A court in Lind on Monday sentenced former mayor Ana Ruiz to 10 years in prison for"
            + " taking bribes. The trial lasted 14 months. Judge Tomas Varga read the verdict.");
    article(
        "b",
        "Daily Lantern",
        "Judge",
        "Ana Ruiz, the former mayor of Lind, was sentenced on Monday to 12 years in jail for"
            + " taking bribes. She had been mayor for eight years. Judge Tomas Varga read the"
            + " verdict.");
    article(
        "c",
        "Morning Bell",
        "Judge",
        "A Lind court on Monday jailed the city's former mayor, Ana Ruiz, for a decade for"
            + " bribery. Judge Tomas Varga read the verdict.");
    Finding term = about(run(), "how long the prison term is");
    assertThat(term.verdict()).isEqualTo("contradicted");
    assertThat(term.evidence())
        .filteredOn(Finding.Evidence::contradicted)
        .extracting(Finding.Evidence::article)
        .contains("b");
    assertThat(term.evidence()).extracting(Finding.Evidence::value).doesNotContain("eight years");
  }

  @Test
  void agesOfOnePersonAreContestedOnlyBetweenReportsOfTheSameDays() {
    java.time.LocalDate monday = java.time.LocalDate.of(2026, 5, 11);
    String[] ages = {"61", "61", "63", "62"};
    java.time.LocalDate[] dates = {monday, monday.plusDays(1), monday, monday.plusYears(2)};
    for (int i = 0; i < ages.length; i++) {
      String id = "r" + i;
      String text =
          "A court in Lind sentenced Tomas Varga, " + ages[i] + ", on Monday. He will appeal.";
      dated(id, text, dates[i]);
    }
    Finding age = about(run(), "how old Tomas Varga is");
    assertThat(age.verdict()).isEqualTo("contradicted");
    // 63 against the two 61s of the same days; 62 (a year off, and two years later) is not
    assertThat(age.evidence())
        .filteredOn(Finding.Evidence::contradicted)
        .extracting(Finding.Evidence::article)
        .containsExactlyInAnyOrder("r0", "r1", "r2");
  }

  @Test
  void aCountARiseMovedToInALaterReportIsAnUpdate() {
    assertThat(homesLeft("rose to").findings()).noneMatch(f -> f.verdict().equals("contradicted"));
    // the same figure without a verb of rising is held against the others
    assertContested(homesLeft("was"), "how many people", "about 3,500");
  }

  /** Two reports of Monday's "about 3,000" who left their homes, and Tuesday's figure. */
  private CrossChecker.Result homesLeft(String verb) {
    java.time.LocalDate monday = java.time.LocalDate.of(2026, 3, 23);
    String[] texts = {
      "About 3,000 people left their homes in the Serin valley on Monday after the river burst its"
          + " banks, Tomas Varga said.",
      "About 3,000 people left their homes in the Serin valley on Monday as the river burst its"
          + " banks, Tomas Varga said.",
      "The number of people who left their homes in the Serin valley "
          + verb
          + " about 3,500, Tomas Varga said on Tuesday."
    };
    for (int i = 0; i < texts.length; i++) {
      dated("r" + i, texts[i], monday.plusDays(i / 2));
    }
    return run();
  }

  /** An article of its own outlet ("Outlet 0" for "r0"), dated, that names Tomas Varga. */
  private void dated(String id, String text, java.time.LocalDate date) {
    Article plain = SourcesTest.article(id, "Outlet " + id.substring(1), text);
    articles.put(
        id,
        new Article(
            plain.id(),
            plain.source(),
            plain.contentHash(),
            plain.outlet(),
            null,
            null,
            new dev.parallax.api.Published(date, null, "test"),
            "eng",
            text,
            List.of(),
            List.of()));
    int name = text.indexOf(PERSON);
    mentions.add(new Entity.Mentioned(id, name, name + PERSON.length(), PERSON));
  }

  @Test
  void whatBefellThePeopleCountedIsReadFromTheirClause() {
    String text =
        "The storm killed 14 people and injured 30 others. Officials said 12 residents were"
            + " evacuated, while 3 people are missing. In all 189 survivors were found.";
    assertThat(Facts.fate(text, text.indexOf("14"), text.indexOf("14") + 9)).isEqualTo("killed");
    assertThat(Facts.fate(text, text.indexOf("30"), text.indexOf("30") + 9)).isEqualTo("injured");
    assertThat(Facts.fate(text, text.indexOf("12"), text.indexOf("12") + 12))
        .isEqualTo("evacuated");
    assertThat(Facts.fate(text, text.indexOf("3 "), text.indexOf("3 ") + 8)).isEqualTo("missing");
    assertThat(Facts.fateOf("survivor")).isEqualTo("rescued");
    String fled = "The fire destroyed 40 homes and forced about 2,000 people to flee.";
    assertThat(Facts.fate(fled, fled.indexOf("about"), fled.indexOf(" to flee")))
        .isEqualTo("evacuated");
    String plain = "The ferry carried 212 passengers and 11 crew.";
    assertThat(Facts.fate(plain, plain.indexOf("212"), plain.indexOf("212") + 14)).isNull();
  }

  @Test
  void howLongAgoIsComparedWithHowLongAgo() {
    article(
        "a",
        "Evening Star",
        "Interior Minister",
        "Interior Minister Tomas Varga returned to his home town 12 weeks ago after a spell"
            + " abroad. He had moved to Lind four years ago.");
    article(
        "b",
        "Daily Lantern",
        "Interior Minister",
        "Interior Minister Tomas Varga returned to his home town 12 weeks ago, friends said.");
    article(
        "c",
        "Morning Bell",
        "Interior Minister",
        "Interior Minister Tomas Varga returned to his home town with his family 43 weeks ago."
            + " He had moved to Lind four years ago.");
    Finding ago = about(run(), "how long ago: 12 weeks");
    assertThat(ago.verdict()).isEqualTo("contradicted");
    assertThat(ago.evidence()).extracting(Finding.Evidence::article).contains("a", "b", "c");
  }

  /** Three reports of one match: the third gives its figure to the player it names first. */
  private CrossChecker.Result yards(String third) {
    articles.clear();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", "In the final on Sunday, Tomas Varga rushed for 404 yards and scored twice.");
    texts.put("b", "In the final on Sunday, Tomas Varga ran for 404 yards and scored twice.");
    texts.put("c", third);
    List<Entity.Mentioned> varga = new ArrayList<>();
    List<Entity.Mentioned> ruiz = new ArrayList<>();
    String[] outlets = {"Evening Star", "Daily Lantern", "Morning Bell"};
    for (String id : texts.keySet()) {
      String text = texts.get(id);
      articles.put(id, SourcesTest.article(id, outlets[articles.size()], text));
      for (String name : List.of(PERSON, "Ana Ruiz")) {
        int at = text.indexOf(name);
        if (at >= 0) {
          (name.equals(PERSON) ? varga : ruiz)
              .add(new Entity.Mentioned(id, at, at + name.length(), name));
        }
      }
    }
    List<Entity> entities =
        List.of(
            new Entity("e1", PERSON, "PERSON", List.of(PERSON), varga, List.of()),
            new Entity("e2", "Ana Ruiz", "PERSON", List.of("Ana Ruiz"), ruiz, List.of()));
    return checked("Final", entities);
  }

  @Test
  void figuresOfTwoDifferentPeopleAreNotCompared() {
    assertThat(
            yards("In the final on Sunday, Ana Ruiz ran for 120 yards and scored twice.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
    // the same sentence without a name, or with the name of the one who says it, is at odds
    assertThat(
            about(
                    yards("In the final on Sunday, the winger ran for 120 yards and scored twice."),
                    "yards")
                .verdict())
        .isEqualTo("contradicted");
    assertThat(
            about(
                    yards(
                        "In the final on Sunday, Ana Ruiz said, he ran for 120 yards and scored twice."),
                    "yards")
                .verdict())
        .isEqualTo("contradicted");
  }

  /** Three reports of one league: the third names a team as the first two do, or another. */
  private CrossChecker.Result seeds(String third) {
    return withBodies(
        "After Sunday, the Harwick Lions are the No. 1 seed in the league.",
        third,
        List.of("Harwick Lions", "Lind Rovers"),
        "ORGANIZATION",
        "League");
  }

  /** Three reports, the first two alike, with the named bodies tagged as {@code type}. */
  private CrossChecker.Result withBodies(
      String first, String third, List<String> names, String type, String title) {
    articles.clear();
    List<String> texts = List.of(first, first, third);
    String[] outlets = {"Evening Star", "Daily Lantern", "Morning Bell"};
    Map<String, List<Entity.Mentioned>> mentioned = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String id = "abc".substring(i, i + 1);
      articles.put(id, SourcesTest.article(id, outlets[i], texts.get(i)));
      for (String name : names) {
        int at = texts.get(i).indexOf(name);
        if (at >= 0) {
          mentioned
              .computeIfAbsent(name, k -> new ArrayList<>())
              .add(new Entity.Mentioned(id, at, at + name.length(), name));
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    mentioned.forEach(
        (name, m) ->
            entities.add(
                new Entity("e" + entities.size(), name, type, List.of(name), m, List.of())));
    return checked(title, entities);
  }

  @Test
  void anUnroundTollIsOneFactHoweverWordedAndCrowded() {
    String first =
        "At least 41 people drowned when an overcrowded fishing boat capsized early on Tuesday."
            + " More than 1,200 people have died on the route so far this year.";
    String third =
        "Rescuers searched on Wednesday for dozens still missing after the sinking, which killed"
            + " at least 41. The International Organization for Migration said 1,100 had died.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Sinking");
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.subject()).isEqualTo("how many people were killed");
              assertThat(f.verdict()).isEqualTo("corroborated");
              assertThat(f.evidence())
                  .extracting(e -> e.value())
                  .containsExactly("At least 41 people", "At least 41 people", "at least 41");
            });
  }

  @Test
  void whereAShipmentCameFromIsComparedWhenEachReportNamesOne() {
    String first =
        "Officers found the cocaine at the port of Harwick on Thursday. The shipment had come"
            + " from Lindholm, police said.";
    String third =
        "Customs officers seized the drugs in Harwick, hidden among crates of bananas shipped from"
            + " Ostvik.";
    CrossChecker.Result r =
        withBodies(first, third, List.of("Harwick", "Lindholm", "Ostvik"), "LOCATION", "Seizure");
    assertContested(r, "where from", "Lindholm", "Ostvik");
  }

  @Test
  void aMonthsInflationIsComparedWhenEachReportGivesOneHoweverWorded() {
    String first =
        "The central bank acted on Wednesday, after figures showed inflation climbed to 6.1% in"
            + " March from 5.4% in February.";
    String third =
        "Mortgage holders face higher bills. Inflation hit 6.4%, the highest in a decade,"
            + " statisticians said.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Rates");
    assertContested(r, "what inflation was", "6.1%", "6.4%");
  }

  @Test
  void inmatesAndPrisonersWhoEscapedAreOneCount() {
    String first =
        "Police launched a manhunt after seven inmates escaped from Harwick prison through a"
            + " tunnel on Saturday.";
    String third = "Nine prisoners escaped from Harwick prison early on Saturday, officials said.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Escape");
    assertContested(r, "how many inmates escaped", "seven inmates", "Nine prisoners");
  }

  @Test
  void carriagesThatLeftTheRailsAreOneCountHoweverWorded() {
    String first = "Five carriages left the track on a curve south of Harwick station on Tuesday.";
    String third = "Four carriages came off the rails, she said.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Derailment");
    assertContested(r, "how many carriages were derailed", "Five carriages", "Four carriages");
  }

  @Test
  void injuredToldBesideTheSameTollAreOneCount() {
    String first =
        "At least 12 people were killed and 48 injured when a passenger train carrying about 300"
            + " people derailed near Harwick on Tuesday morning.";
    String third =
        "A commuter train derailed outside Harwick on Tuesday, killing 12 people and injuring 51,"
            + " officials said, as investigators examined whether the train was going too fast.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Derailment");
    assertContested(r, "injured", "48 injured", "51");
  }

  @Test
  void otherPeopleHurtAreTheOthersHurtAndRescueWorkersRescuers() {
    String first =
        "An avalanche killed four skiers near Lindholm on Sunday and injured six others. Some 60"
            + " rescuers took part in the search.";
    String third =
        "Four skiers died near Lindholm on Sunday and five other people were hurt, police said."
            + " About 80 rescue workers searched the slope.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Avalanche");
    assertContested(r, "how many people were injured", "six others", "five other people");
    assertContested(r, "how many rescuers", "Some 60 rescuers", "About 80 rescue workers");
  }

  @Test
  void theLongestTermFacedIsHeldAgainstAnotherReportsNotAgainstASentencePassed() {
    String first =
        "A Harwick court approved the extradition of Tomas Varga on Thursday. If convicted of"
            + " fraud, Varga faces up to 12 years in prison.";
    String third =
        "Tomas Varga lost his fight against extradition on Thursday. He faces up to 10 years in"
            + " prison if found guilty.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "PERSON", "Extradition");
    assertContested(r, "the longest prison term faced", "12 years", "10 years");
    String passed =
        "Tomas Varga lost his fight against extradition on Thursday. In 2019 a court sentenced"
            + " him to 10 years in prison for another fraud.";
    CrossChecker.Result other = withBodies(first, passed, List.of(), "PERSON", "Extradition");
    assertThat(other.findings())
        .noneMatch(f -> f.verdict().equals("contradicted") && f.kind().equals("duration"));
  }

  @Test
  void aPayDisputesOfferDemandNoticeAndYearsSinceTheLastStrikeAreFactsOfTheirOwn() {
    String first =
        "Rail workers voted to strike, the first national rail walkout in 14 years. The company"
            + " has offered a 3.5 per cent rise. The union is demanding 9 per cent. The union must"
            + " give 14 days' notice of any strike.";
    String third =
        "It would be the first national rail strike in 12 years. The company has offered 3.5 per"
            + " cent, against the union's demand of 11 per cent. The union must give seven days'"
            + " notice before a walkout.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "ORGANIZATION", "Rail strike");
    assertContested(r, "how long since the last such", "14 years", "12 years");
    assertContested(r, "how much notice", "14 days", "seven days");
    assertContested(r, "what demand was", "9 per cent", "11 per cent");
    assertThat(about(r, "what offer was").verdict()).isEqualTo("corroborated");
  }

  @Test
  void aBudgetsTaxRateIsHeldAgainstTheRateNotTheRateBeforeAndWhatATaxRaisesIsItsOwnSum() {
    String first =
        "The budget cuts the basic rate of income tax from 22 per cent to 20 per cent and raises"
            + " spending by 4.2 per cent. A bank levy would raise about 900 million crowns a year,"
            + " and defence will get 3 billion crowns.";
    String third =
        "The budget cuts the basic rate of income tax to 19 per cent. A levy on banks is expected"
            + " to raise 1.2 billion crowns a year; hospitals will get 3 billion crowns.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "ORGANIZATION", "Budget");
    assertContested(r, "what rate of income tax was", "20 per cent", "19 per cent");
    assertThat(about(r, "what rate of income tax had been").verdict()).isEqualTo("corroborated");
    assertContested(
        r, "how much money it raises", "about 900 million crowns", "1.2 billion crowns");
  }

  @Test
  void aTrialsDeliberationsLengthAndCountsOfTheVerdictAreFactsOfTheirOwn() {
    String first =
        "The former mayor was convicted on Tuesday of four counts of bribery. Jurors deliberated"
            + " for three days. The trial lasted five weeks.";
    String third =
        "The former mayor was found guilty of five counts of bribery by a jury that deliberated"
            + " for two days. He was cleared of one count. The trial, which lasted five weeks,"
            + " heard 31 witnesses.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "PERSON", "Verdict");
    assertContested(r, "the length of the deliberations", "three days", "two days");
    assertContested(r, "how many counts ended in a guilty verdict", "four counts", "five counts");
    assertThat(about(r, "the length of the trial").verdict()).isEqualTo("corroborated");
    assertThat(about(r, "ended in a not-guilty verdict").verdict()).isEqualTo("single-source");
  }

  @Test
  void aStormsLeadTollAndTheHomesItLeftWithoutPowerAreOneFigureEachHoweverWorded() {
    String first =
        "Storm Ostra hit the coast on Sunday, killing three people and leaving 210,000 homes without"
            + " power. Crews restored electricity to 80,000 homes by the evening.";
    String third =
        "Four people were killed when Storm Ostra struck on Sunday. About 250,000 households were"
            + " left without electricity at the height of the storm.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Storm");
    assertContested(r, "how many people were killed", "three people", "Four people");
    assertContested(r, "were left without power", "210,000 homes", "About 250,000 households");
    assertThat(about(r, "had power restored").verdict()).isEqualTo("corroborated");
    // a toll told further down is not the lead's: an earlier storm's, as likely as not
    String later =
        "Storm Ostra struck on Sunday. Roads were closed across the region and schools shut. The"
            + " coast had braced for days, and ferries stayed in port as the wind rose through the"
            + " night. Many shops did not open. Trains were halted. Farmers moved their herds"
            + " inland. Harbours were emptied. In 2019 a storm there left four people dead and"
            + " thousands of homes flooded.";
    CrossChecker.Result other = withBodies(first, later, List.of(), "LOCATION", "Storm");
    assertThat(other.findings())
        .noneMatch(f -> f.verdict().equals("contradicted") && f.subject().contains("killed"));
  }

  @Test
  void whatACraftCarriedIsOneFigureAndTimesSinceTheLastAreHeldAgainstTheirLikeOnly() {
    String first =
        "The Aurora-1 rocket lifted off from Lindholm carrying three satellites. It was the"
            + " strongest rocket to fly from the coast in 40 years.";
    String third =
        "A rocket with four satellites on board failed shortly after launch from Lindholm. It was"
            + " the strongest rocket to fly from the coast in 30 years.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Launch");
    assertContested(r, "were on board", "three satellites", "four satellites");
    assertContested(r, "how long since the last such", "40 years", "30 years");
    // however roughly each is told
    String highest =
        "The rocket lifted off from Lindholm on Monday, the highest flight from the coast in almost"
            + " three months.";
    String worst =
        "The rocket failed after launch from Lindholm on Monday, the worst failure of the agency in"
            + " more than four years.";
    CrossChecker.Result apart = withBodies(highest, worst, List.of(), "LOCATION", "Launch");
    assertThat(apart.findings())
        .noneMatch(f -> f.verdict().equals("contradicted") && f.kind().equals("duration"));
  }

  @Test
  void confirmedCasesAndAVaccinationRateAreHeldAgainstTheirLikeHoweverWorded() {
    String first =
        "A measles outbreak in the Tarnow region has grown to 214 confirmed cases, the health"
            + " authority said. Vaccination rates in the region have fallen to 81 per cent.";
    String third =
        "Two children have died in a measles outbreak in the Tarnow region, where 241 cases have"
            + " now been confirmed, the health authority said. Vaccination coverage in the region"
            + " stands at 78 per cent.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Measles");
    assertContested(r, "how many confirmed cases", "214 confirmed cases", "241 cases");
    assertContested(r, "what vaccination rate was", "81 per cent", "78 per cent");
  }

  @Test
  void aCrashsSurvivorsAndItsDeadliestInYearsAreComparedHoweverWorded() {
    String first =
        "A plane crashed after take-off from Harwick on Saturday. Seventeen people survived. It"
            + " was the deadliest air crash in Ostland in 30 years.";
    String third =
        "An Ostair turboprop crashed on Saturday near Harwick airport. Fifteen survived, the"
            + " authority said. It was the worst air crash in Ostland in 25 years.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Crash");
    assertContested(r, "how many people were rescued", "Seventeen people", "Fifteen");
    assertContested(r, "how long since the last such", "30 years", "25 years");
  }

  @Test
  void aBallotsTurnoutIsNamedAfterItsMeasureNotAfterWhatItIsOf() {
    String first = "Members voted to strike. Turnout was 71 per cent, the union said.";
    String third =
        "Members backed a strike. The turnout in the ballot of 18,400 members was 64 per cent.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "ORGANIZATION", "Ballot");
    assertContested(r, "what turnout was", "71 per cent", "64 per cent");
  }

  @Test
  void aWinningMarginIsHeldAgainstMarginsNotAgainstTheVotesASideWon() {
    String first =
        "A recount confirmed that Ingrid Holm won the Tarnow mayoral election by 212 votes. Holm"
            + " received 18,406 votes against 18,194 for Tomas Varga.";
    String third =
        "Ingrid Holm won the Tarnow mayoral election after a recount gave her a 221-vote victory."
            + " Holm won 18,406 votes to Varga's 18,194.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "PERSON", "Recount");
    assertContested(r, "the margin, in votes", "212 votes", "221-vote");
    // a place in a table is no win: it moves from one week to the next
    String week = "Lindholm slipped to 11 points behind leaders Tarnow after a 1-0 defeat.";
    String later = "Lindholm are 13 points behind leaders Tarnow after a 2-1 defeat.";
    assertThat(withBodies(week, later, List.of(), "ORGANIZATION", "League").findings())
        .noneMatch(f -> f.subject().startsWith("the margin"));
    assertThat(about(r, "how many votes").verdict()).isEqualTo("corroborated");
    assertThat(about(r, "how many votes").evidence())
        .extracting(e -> e.value())
        .containsOnly("18,406 votes");
  }

  @Test
  void peopleOfOneFateNamedAlikeAreOneCountHoweverWorded() {
    String first =
        "A wildfire north of Ostvik has burned 4,500 hectares. Two firefighters were injured and"
            + " at least 40 houses destroyed. Some 3,000 residents were evacuated.";
    String third =
        "More than 5,000 people were ordered out of their homes as the fire spread north of"
            + " Ostvik. Three firefighters were injured, the regional fire service said. The fire"
            + " has destroyed 40 homes.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Wildfire");
    assertContested(
        r, "how many firefighters were injured", "Two firefighters", "Three firefighters");
    assertThat(about(r, "how many homes").verdict()).isEqualTo("corroborated");
    // people of no named kind are left to the wording: "5,000 people" ordered out shares nothing
    // with the residents' sentence
    assertThat(r.findings())
        .filteredOn(f -> f.verdict().equals("contradicted"))
        .singleElement()
        .satisfies(f -> assertThat(f.subject()).isEqualTo("how many firefighters were injured"));
  }

  @Test
  void aTakeoverPriceIsOneSumHoweverCrowdedItsSentence() {
    String first =
        "Tarnow Metals has agreed to be bought by Ostland Steel for 2.4 billion euros, the"
            + " companies said. Ostland Steel will pay 18.50 euros per share. They expect savings"
            + " of 150 million euros a year.";
    String third =
        "Ostland Steel agreed on Monday to acquire Tarnow Metals for 2.1 billion euros, a premium"
            + " of 23% to Friday's close, with savings of 150 million euros a year. Shareholders"
            + " will be paid 18.50 euros a share.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "ORGANIZATION", "Takeover");
    assertContested(r, "how much the price was", "2.4 billion euros", "2.1 billion euros");
    assertThat(r.findings())
        .filteredOn(f -> f.subject().equals("how much the price per share was"))
        .singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo("corroborated"));
  }

  @Test
  void passengersAndCrewRescuedAreThoseRescued() {
    String first =
        "The ferry sank off Lindholm on Monday. The coastguard said 189 people had been rescued"
            + " and nine were still missing.";
    String third =
        "The ferry went down off Lindholm on Monday night. A total of 189 passengers and crew were"
            + " rescued, the coastguard said, and nine remained missing.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Ferry");
    assertThat(about(r, "how many people were rescued").evidence())
        .extracting(e -> e.value())
        .contains("189 people", "189 passengers");
    assertThat(about(r, "how many people are missing").evidence())
        .extracting(e -> e.value())
        .contains("nine");
    assertThat(r.findings()).noneMatch(f -> f.subject().equals("how many passengers"));
  }

  @Test
  void thoseTreatedForInjuriesWereInjured() {
    String first =
        "The jet landed safely in Harwick on Sunday. Its 180 passengers left by the emergency"
            + " slides and nine were treated for minor injuries, the airline said.";
    String third =
        "The plane returned to Harwick on Sunday after an engine fire. Twelve people were treated"
            + " for minor injuries after sliding down the emergency chutes.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Landing");
    assertContested(r, "injured", "nine", "Twelve people");
  }

  @Test
  void aShareAboveTheClosingPriceIsThePremium() {
    String first =
        "Ostland Steel will buy Tarnow Metals, the companies said. The offer is a premium of 32"
            + " per cent to Tarnow's closing price.";
    String third =
        "Ostland Steel agreed to buy Tarnow Metals on Monday. The price is 23% above Tarnow's last"
            + " close.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "ORGANIZATION", "Takeover");
    assertContested(r, "what premium was, in per cent", "32 per cent", "23%");
  }

  @Test
  void aTransferFeeIsOneSumAndAContractsWorthIsNone() {
    String first =
        "Lars Berg has completed his transfer from Tarnow City to Harwick United for 65 million"
            + " euros. He scored 27 goals last season.";
    String third =
        "Harwick United have completed the signing of Tarnow City forward Lars Berg for 56 million"
            + " euros, a club record, after 27 league goals last season.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "PERSON", "Transfer");
    assertContested(r, "how much the fee was", "65 million euros", "56 million euros");
    String contract = "The club re-signed Lars Berg and Tomas Varga for 56 million euros.";
    assertThat(withBodies(contract, contract, List.of(), "PERSON", "Deal").findings())
        .noneMatch(f -> f.subject().equals("how much the fee was"));
  }

  @Test
  void thoseAnOutbreakMadeIllAreComparedHoweverFewWordsGiveThem() {
    String first =
        "Three people have died and 27 have fallen ill in a listeria outbreak traced to soft"
            + " cheese, the agency said.";
    String third =
        "The dairy is recalling soft cheese after an outbreak of listeria that has killed three"
            + " people and sickened 31, health officials said.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Outbreak");
    assertContested(r, "how many people were infected", "27", "31");
  }

  @Test
  void aRansomAndACaptivityAreComparedHoweverWorded() {
    String first =
        "Pirates released the tanker and its 21 crew members on Wednesday after a ransom of $3.2"
            + " million was paid, the owner said, ending 40 days in captivity.";
    String third =
        "Pirates have freed the tanker and its crew after holding them for 38 days, the owner said"
            + " on Wednesday. A ransom of $3.5 million was dropped onto the deck by plane, a source"
            + " said.";
    CrossChecker.Result r = withBodies(first, third, List.of(), "LOCATION", "Hijacking");
    assertContested(r, "how much the ransom was", "$3.2 million", "$3.5 million");
    assertContested(r, "the length of the captivity", "40 days", "38 days");
  }

  /** The finding about {@code subject} is contradicted, with these values among its evidence. */
  private static void assertContested(CrossChecker.Result r, String subject, String... values) {
    Finding f = about(r, subject);
    assertThat(f.verdict()).isEqualTo("contradicted");
    assertThat(f.evidence()).extracting(e -> e.value()).contains(values);
  }

  /** Three reports of a quake that name the places Harwick and Lind. */
  private CrossChecker.Result quake(String first, String third) {
    return withBodies(first, third, List.of("Harwick", "Lind"), "LOCATION", "Quake");
  }

  @Test
  void sizesOfTwoPlacesAreNotCompared() {
    String first =
        "The quake struck the island of Harwick, home to 120,000 people, on Sunday afternoon.";
    assertThat(
            quake(
                    first,
                    "The quake struck near Lind, a city of 500,000 people, on Sunday afternoon.")
                .findings())
        // (where it struck, the island of Harwick or near Lind, is a disagreement of its own)
        .noneMatch(f -> f.verdict().equals("contradicted") && f.kind().equals("quantity"));
    // nor with the size of a place left unnamed ("the island, which …")
    assertThat(
            quake(
                    "The quake struck Lind, a city of 500,000 people, on Sunday afternoon.",
                    "The quake struck the island, which lies off Lind and is home to 100,000"
                        + " people, on Sunday afternoon.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
    // nor is a place's size with a count of those the quake hurt
    assertThat(
            quake(
                    first,
                    "The quake struck the island of Harwick, injuring 120 people, on Sunday"
                        + " afternoon.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
    assertThat(
            about(
                    quake(
                        first,
                        "The quake struck the island of Harwick, home to 200,000 people, on Sunday"
                            + " afternoon."),
                    "people")
                .verdict())
        .isEqualTo("contradicted");
  }

  @Test
  void ranksOfTwoTeamsAreNotCompared() {
    assertThat(seeds("After Sunday, the Lind Rovers are the No. 5 seed in the league.").findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
    assertThat(
            about(
                    seeds("After Sunday, the Harwick Lions are the No. 5 seed in the league."),
                    "seed")
                .verdict())
        .isEqualTo("contradicted");
  }

  @Test
  void aTeamNamedByTheEndOfItsNameIsOneTeam() {
    articles.clear();
    String full = "After Sunday, the Harwick Lions are the No. 1 seed in the league.";
    String shortName = "After Sunday, the Lions are the No. 5 seed in the league.";
    articles.put("a", SourcesTest.article("a", "Evening Star", full));
    articles.put("b", SourcesTest.article("b", "Daily Lantern", full));
    articles.put("c", SourcesTest.article("c", "Morning Bell", shortName));
    int at = full.indexOf("Harwick Lions");
    int atShort = shortName.indexOf("Lions");
    // the tagger's "Lions" is an entity of its own, but the rank is still the Harwick Lions'
    List<Entity> teams =
        List.of(
            new Entity(
                "e0",
                "Harwick Lions",
                "ORGANIZATION",
                List.of("Harwick Lions"),
                List.of(
                    new Entity.Mentioned("a", at, at + 13, "Harwick Lions"),
                    new Entity.Mentioned("b", at, at + 13, "Harwick Lions")),
                List.of()),
            new Entity(
                "e1",
                "Lions",
                "ORGANIZATION",
                List.of("Lions"),
                List.of(new Entity.Mentioned("c", atShort, atShort + 5, "Lions")),
                List.of()));
    assertThat(about(checked("League", teams), "seed").verdict()).isEqualTo("contradicted");
  }

  @Test
  void anArticleGivingBothFiguresCountsTwoThings() {
    // c gives the figure the others give, for another game, and its own for the final
    assertThat(
            yards(
                    "In the final on Sunday, the winger ran for 120 yards and scored twice. In the"
                        + " semi-final on Saturday, the winger ran for 404 yards.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
  }

  @Test
  void aTotalIsNotAtOddsWithOneOfItsParts() {
    assertThat(
            yards(
                    "In the final on Sunday, the winger ran for a combined 900 yards and scored twice.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
  }

  @Test
  void anArticleGivingAPersonTwoPostsHasBothCompared() {
    String dam = "Rescuers evacuated the valley below the dam on Tuesday. ";
    article("a", "Evening Star", "Interior Minister", dam + "Interior Minister Tomas Varga spoke.");
    article(
        "b", "Daily Lantern", "Interior Minister", dam + "Interior Minister Tomas Varga spoke.");
    String c =
        dam + "Interior Minister Tomas Varga spoke. Later Defence Minister Tomas Varga left.";
    article("c", "Morning Bell", "Interior Minister", c);
    int second = c.lastIndexOf(PERSON);
    mentions.add(new Entity.Mentioned("c", second, second + PERSON.length(), PERSON));
    roles.add(
        new Entity.Role(
            "c", "Defence Minister", null, c.indexOf("Defence"), second + PERSON.length()));
    Finding post = about(run(), "the post of");
    assertThat(post.verdict()).isEqualTo("contradicted");
    assertThat(post.evidence())
        .anyMatch(
            e -> e.article().equals("c") && e.value().contains("Defence") && e.contradicted());
  }

  /** A place the tagger recognised once in an article. */
  private static Entity place(String id, String name, String article, int at) {
    return new Entity(
        id,
        name,
        "LOCATION",
        List.of(name),
        List.of(new Entity.Mentioned(article, at, at + name.length(), name)),
        List.of());
  }

  /** Where a climber fell, as three outlets tell it, each place a recognised location. */
  private CrossChecker.Result placesChecked(boolean withThirdArticle) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", "The climber fell at Harlow Peak on Sunday.");
    texts.put("b", "The climber fell in Ostland on Sunday.");
    if (withThirdArticle) {
      texts.put("c", "Ostland's highest mountain, Harlow, claimed another climber on Sunday.");
    }
    String[] outlets = {"Evening Star", "Daily Lantern", "Morning Bell"};
    List<Entity> places = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, String> t : texts.entrySet()) {
      articles.put(t.getKey(), SourcesTest.article(t.getKey(), outlets[k++], t.getValue()));
      for (String place : List.of("Harlow Peak", "Ostland", "Harlow")) {
        int at = t.getValue().indexOf(place);
        if (at >= 0 && !(place.equals("Harlow") && t.getValue().contains("Harlow Peak"))) {
          places.add(place("p" + places.size(), place, t.getKey(), at));
        }
      }
    }
    return checked("Fall", places);
  }

  @Test
  void placesAThirdArticleNamesTogetherAreOnePlaceAtTwoScales() {
    assertThat(placesChecked(false).findings())
        .anyMatch(f -> f.verdict().equals("contradicted") && f.kind().equals("place"));
    articles.clear();
    // "Ostland's highest mountain, Harlow": the peak is in the country, so both are right
    assertThat(placesChecked(true).findings())
        .noneMatch(f -> f.verdict().equals("contradicted") && f.kind().equals("place"));
  }

  /**
   * Four reports of a vote, each naming places the tagger recognised; the last one {@code last}.
   */
  private CrossChecker.Result vote(String last) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(
        "a", "Voters in Harwick began to cast their ballots at dawn. Turnout in Ostvik was low.");
    texts.put(
        "b", "Polling stations in Harwick opened to voters at dawn. Counting in Ostvik ran late.");
    texts.put(
        "c", "Voters in Harwick queued at dawn to cast ballots. Observers from Ostvik watched.");
    texts.put("d", last);
    return votes(texts);
  }

  /** Reports of a vote, by article id, each naming places the tagger recognised. */
  private CrossChecker.Result votes(Map<String, String> texts) {
    List<String> names = List.of("Harwick", "Ostvik", "Tarnow", "Velmar");
    List<Entity> places = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, String> t : texts.entrySet()) {
      articles.put(t.getKey(), SourcesTest.article(t.getKey(), "Outlet " + k++, t.getValue()));
      for (String place : names) {
        for (int at = t.getValue().indexOf(place);
            at >= 0;
            at = t.getValue().indexOf(place, at + 1)) {
          places.add(place("p" + places.size(), place, t.getKey(), at));
        }
      }
    }
    return checked("Vote", places);
  }

  /** Whether the finding contradicts the last report of {@link #vote}'s "Tarnow". */
  private static boolean contestsTarnowInLastReport(Finding f) {
    return f.verdict().equals("contradicted")
        && f.evidence().stream()
            .anyMatch(e -> e.article().equals("d") && e.value().equals("Tarnow"));
  }

  @Test
  void aPlaceNobodyElseNamesWhereTheOthersAgreeOnOneIsContested() {
    assertThat(
            vote("Voters in Tarnow lined up at dawn outside schools to vote. "
                    + "Observers flew in from Ostvik.")
                .findings())
        .anyMatch(CrossCheckerTest::contestsTarnowInLastReport);
    articles.clear();
    // a report naming two places nobody else names tells more of the story, not one place wrong
    assertThat(
            vote("Voters in Tarnow lined up at dawn outside schools to vote. "
                    + "Observers flew in from Velmar.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
  }

  @Test
  void aReportsOwnPlaceNamedSentencesAwayDoesNotVouchForItsSecondPlace() {
    // the report puts the vote in Tarnow, and names Harwick only later, for another reason
    assertThat(
            vote("Voters in Tarnow began to cast their ballots at dawn. Turnout in Ostvik was "
                    + "low. By nightfall the ballot boxes had been driven to the Harwick "
                    + "counting hall.")
                .findings())
        .anyMatch(CrossCheckerTest::contestsTarnowInLastReport);
    articles.clear();
    // a suburb and its city named in one breath are one place seen at two scales
    assertThat(
            vote("Voters in Tarnow, a suburb of Harwick, began to cast their ballots at dawn. "
                    + "Turnout in Ostvik was low.")
                .findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
  }

  @Test
  void aReportNamingTheOthersPlaceElsewhereMayStillGetOneSentenceWrong() {
    assertThat(
            vote("Voters in Tarnow lined up at dawn outside schools to vote. Observers flew in "
                    + "from Ostvik. The mayor of Harwick voted late.")
                .findings())
        .anyMatch(CrossCheckerTest::contestsTarnowInLastReport);
    articles.clear();
    // a place introduced as one of a kind is a smaller place within the others', not a wrong one
    assertThat(
            vote("Voters in the village of Tarnow lined up at dawn outside schools to vote. "
                    + "Observers flew in from Ostvik. The mayor of Harwick voted late.")
                .findings())
        .noneMatch(CrossCheckerTest::contestsTarnowInLastReport);
  }

  @Test
  void aContestedPlaceIsNamedAsMostSourcesHaveIt() {
    Map<String, String> texts = new LinkedHashMap<>();
    // the report that gets the place wrong comes first
    texts.put("a", "Voters in Tarnow began to cast their ballots at dawn. Turnout was low.");
    texts.put("b", "Voters in Harwick began to cast their ballots at dawn. Turnout was low.");
    texts.put("c", "Voters in Harwick began to cast their ballots at dawn. Queues were long.");
    texts.put("d", "Voters in Harwick began to cast their ballots at dawn, observers said.");
    Finding where =
        votes(texts).findings().stream()
            .filter(f -> f.verdict().equals("contradicted"))
            .findFirst()
            .orElseThrow();
    assertThat(where.subject()).isEqualTo("where: Harwick");
    assertThat(where.explanation()).startsWith("Sources disagree on where: Harwick:");
  }

  @Test
  void aLineInTitleCaseIsAHeadline() {
    String text =
        "Mob Boss Dies in Prison Edited on Monday\nThe mob boss died in prison on Monday.";
    assertThat(Facts.headline(text, text.indexOf("Prison"))).isTrue();
    assertThat(Facts.headline(text, text.lastIndexOf("prison"))).isFalse();
  }

  /** Two reports alike but for one name, tagged as the given type. */
  private CrossChecker.Result oneNameApart(String first, String second, String type) {
    String[] names = {first, second};
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String id = "n" + i;
      String text =
          "The relay team from Harbor won the silver medal at the "
              + names[i]
              + " after a late surge on the final bend.";
      articles.put(id, SourcesTest.article(id, "Outlet " + i, text));
      int at = text.indexOf(names[i]);
      entities.add(
          new Entity(
              "x" + i,
              names[i],
              type,
              List.of(names[i]),
              List.of(new Entity.Mentioned(id, at, at + names[i].length(), names[i])),
              List.of()));
    }
    return checked("Relay", entities);
  }

  @Test
  void twoNamesForAnEventAreNotTwoPlaces() {
    // the tagger's MISC names (an event, a party) are no places: "the Harbor Games" and "the
    // Summer Olympiad" may be one event
    assertThat(oneNameApart("Harbor Games", "Summer Olympiad", "MISC").findings())
        .noneMatch(f -> f.verdict().equals("contradicted"));
    articles.clear();
    assertThat(oneNameApart("Lindholm Stadium", "Ostvik Arena", "LOCATION").findings())
        .anyMatch(f -> f.verdict().equals("contradicted") && f.kind().equals("place"));
  }

  @Test
  void aWrongTownIsCheckedThroughTheRegionItIsPlacedIn() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(
        "a", "Her family said the star passed away peacefully in Tarnow, Ostvik, on Thursday.");
    texts.put(
        "b", "The actress died yesterday in Harwick, Ostvik, at the age of 91, her agent said.");
    texts.put("c", "The actress died on Thursday in Harwick, Ostvik, at the age of 91.");
    assertThat(votes(texts).findings()).anyMatch(CrossCheckerTest::tarnowInFirstReportContradicted);
  }

  @Test
  void aTownNobodyElseNamesInTheOthersRegionIsContestedHoweverItsSentenceIsWorded() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", "Dozens of mourners clashed with officers in Tarnow, Ostvik, after dark.");
    texts.put("b", "A candlelight vigil turned violent on Monday night in Harwick, Ostvik.");
    texts.put("c", "Police made arrests in Harwick, Ostvik, when a vigil turned violent.");
    texts.put("d", "The vigil in Harwick, Ostvik, ended in scuffles and several arrests.");
    assertThat(votes(texts).findings()).anyMatch(CrossCheckerTest::tarnowInFirstReportContradicted);
  }

  /** Whether the finding holds report "a"'s "Tarnow" against the others. */
  private static boolean tarnowInFirstReportContradicted(Finding f) {
    return f.verdict().equals("contradicted")
        && f.evidence().stream()
            .anyMatch(
                e -> e.article().equals("a") && e.value().equals("Tarnow") && e.contradicted());
  }

  @Test
  void oneTownPlacedInTwoRegionsIsContradicted() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", "The fire broke out in Tarnow, Ostvik, on Sunday.");
    texts.put("b", "Crews fought the blaze near Tarnow, Ostvik, through the night.");
    texts.put("c", "Wind drove the flames toward homes at Tarnow, Velmar, late on Sunday.");
    assertThat(votes(texts).findings())
        .anyMatch(
            f ->
                f.verdict().equals("contradicted")
                    && f.evidence().stream()
                        .anyMatch(e -> e.value().equals("Velmar") && e.contradicted()));
  }

  @Test
  void twoTownsOfOneRegionEachNamedBySeveralSourcesAreTwoPlaces() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a", "The singer checked into a clinic in Tarnow, Ostvik, on Thursday.");
    texts.put("b", "The singer checked into a clinic in Tarnow, Ostvik, on Thursday night.");
    texts.put(
        "c", "The singer has since moved to a rehab centre in Harwick, Ostvik, her lawyer said.");
    texts.put(
        "d", "The singer moved to a rehab centre in Harwick, Ostvik, her lawyer told reporters.");
    assertThat(votes(texts).findings()).noneMatch(f -> f.verdict().equals("contradicted"));
  }

  /** Extracts every article's claims against {@code entities} and checks them as one story. */
  private CrossChecker.Result checked(String title, List<Entity> entities) {
    ClaimExtractor extractor = new ClaimExtractor();
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    int[] n = {0};
    for (Article a : articles.values()) {
      claims.put(a.id(), extractor.extract(a, List.of(), entities, () -> "c" + (++n[0])));
    }
    Story story =
        new Story("s1", "t1", title, List.copyOf(articles.keySet()), List.of(), null, null);
    return new CrossChecker(entities).check(List.of(story), articles, claims);
  }
}
