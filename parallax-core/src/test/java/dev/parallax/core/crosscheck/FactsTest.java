package dev.parallax.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsTest {

  @Test
  void countedThingsOfOneKind() {
    assertThat(Facts.quantityKind("resident")).isEqualTo("people");
    assertThat(Facts.quantityKind("people left")).isEqualTo("people");
    assertThat(Facts.quantityKind("dock worker")).isEqualTo("worker");
    // a caliber measures the gun, whatever noun follows
    assertThat(Facts.quantityKind("caliber revolver")).isEqualTo("caliber");
    assertThat(Facts.quantityKind("tram line (euros)")).isEqualTo("euros");
    assertThat(Facts.quantityKind("other victim")).isNull();
    // a maker's phones by any of their names
    assertThat(Facts.quantityKind("handset")).isEqualTo(Facts.quantityKind("phone"));
    assertThat(Facts.quantityKind("smartphone")).isEqualTo("phone");
    assertThat(Facts.quantityKind("lorry")).isEqualTo(Facts.quantityKind("truck"));
    // a festival's visitors are its crowd, as a match's spectators are
    assertThat(Facts.quantityKind("visitor")).isEqualTo(Facts.quantityKind("spectator"));
  }

  @Test
  void aTrimmedQuoteIsTheSameQuoteAOneWordScareQuoteIsNot() {
    List<String> full = Facts.quoteWords("We have waited long enough for a fair offer,");
    assertThat(Facts.sameQuote(full, Facts.quoteWords("waited long enough"))).isTrue();
    assertThat(Facts.sameQuote(full, Facts.quoteWords("We waited long enough for a fair deal")))
        .isTrue();
    assertThat(Facts.sameQuote(Facts.quoteWords("unacceptable"), Facts.quoteWords("unacceptable")))
        .isFalse();
    assertThat(Facts.sameQuote(full, Facts.quoteWords("Our offer is fair"))).isFalse();
    // the words of a short quote scattered through a long one are not that quote
    assertThat(
            Facts.sameQuote(
                Facts.quoteWords("We were grateful for the win"),
                Facts.quoteWords(
                    "It was a strange game and we were down early, but for us the point was to"
                        + " keep going, win the next one and not look at the table")))
        .isFalse();
    // two words (a film's title, a name) recur in many different quotes: no link between them
    assertThat(
            Facts.sameQuote(
                Facts.quoteWords("Harbor Lights"),
                Facts.quoteWords("Nobody expected Harbor Lights to open the festival")))
        .isFalse();
  }

  private static Statement figure(String id, String article, String value) {
    return new Statement(
        new dev.parallax.api.Claim(id, article, "quantity", "points", "amount", value, value, 0, 1),
        article,
        article,
        null,
        null);
  }

  private static Statement counted(String article, String subject) {
    return new Statement(
        new dev.parallax.api.Claim(
            article, article, "quantity", subject, "amount", "exact 3", "3", 0, 1),
        article,
        article,
        null,
        null);
  }

  @Test
  void aPartAndTheWholeAreNotOneCount() {
    // "three gold medals" and "five medals" can both be right
    assertThat(Facts.sameSet(counted("a", "gold medal"), counted("b", "medal"))).isFalse();
    assertThat(Facts.sameSet(counted("a", "worst-hit village"), counted("b", "village"))).isFalse();
    assertThat(Facts.sameSet(counted("a", "gold medal"), counted("b", "gold medal"))).isTrue();
    assertThat(Facts.sameSet(counted("a", "medal"), counted("b", "medal"))).isTrue();
    // two nouns for one thing: the words before them say nothing of parts
    assertThat(Facts.sameSet(counted("a", "home run"), counted("b", "homer"))).isTrue();
  }

  @Test
  void aFactNeverHoldsTwoFiguresOfOneArticle() {
    // a's wrong 55 matches b's 16 best; b's 16 also matches c's 23, which matches a's 23: joined
    // in a chain, a would state "23" and "55" in one fact and one of them go unchecked
    List<Statement> s =
        List.of(
            figure("a55", "a", "exact 55"),
            figure("b16", "b", "exact 16"),
            figure("c23", "c", "exact 23"),
            figure("a23", "a", "exact 23"));
    double[][] sim = new double[4][4];
    sim[0][1] = sim[1][0] = 0.9;
    sim[1][2] = sim[2][1] = 0.5;
    sim[2][3] = sim[3][2] = 0.8;
    int[] parent = {0, 1, 2, 3};
    List<int[]> joins =
        new java.util.ArrayList<>(List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}));
    Facts.join(joins, sim, s, parent);
    assertThat(Facts.components(s, parent))
        .extracting(g -> g.stream().map(x -> x.claim().id()).sorted().toList())
        .containsExactlyInAnyOrder(List.of("a55", "b16"), List.of("a23", "c23"));
  }

  private static dev.parallax.api.Claim quote(String speaker, String words) {
    return new dev.parallax.api.Claim("c", "a", "quote", speaker, "said", words, "", 0, 1);
  }

  @Test
  void aSpeakerNamedInsideTheQuoteIsAMisreading() {
    String words = "We are thrilled to have Ana Ruiz host the show";
    dev.parallax.api.Claim self = quote("Ana Ruiz", words);
    dev.parallax.api.Claim other = quote("Petra Ulm", words);
    assertThat(CrossChecker.namesItself(self)).isTrue();
    assertThat(CrossChecker.namesItself(other)).isFalse();
  }

  @Test
  void aJointStatementIsEachSpeakers() {
    String text =
        "The festival named its host. “She has style and a sense of occasion,” said producers"
            + " Ana Ruiz and Tomas Vell. Tickets go on sale in May.";
    int start = text.indexOf('“');
    int end = text.indexOf('”') + 1;
    dev.parallax.api.Article article =
        new dev.parallax.api.Article(
            "a", "a.txt", "h", null, null, null, null, "en", text, List.of(), List.of());
    Statement ruiz = statement("Ana Ruiz", text.substring(start, end), start, end);
    Statement vell = statement("Tomas Vell", "She has style", 0, 5);
    Statement ulm = statement("Petra Ulm", "She has style", 0, 5);
    assertThat(CrossChecker.jointly(ruiz, vell, article)).isTrue();
    assertThat(CrossChecker.jointly(ruiz, ulm, article)).isFalse();
  }

  private static Statement statement(String speaker, String words, int start, int end) {
    return new Statement(
        new dev.parallax.api.Claim("c", "a", "quote", speaker, "said", words, words, start, end),
        "s",
        "s",
        speaker,
        null);
  }

  private static Statement said(String id, String article, String speaker, String words) {
    return new Statement(
        new dev.parallax.api.Claim(id, article, "quote", speaker, "said", words, words, 0, 1),
        article,
        article,
        speaker,
        null);
  }

  @Test
  void aOneWordQuoteGivenToOnePersonTwiceIsOneStatement() {
    Statement a = said("q1", "a", "e7", "unacceptable,");
    Statement b = said("q2", "b", "e7", "Unacceptable");
    Statement other = said("q3", "c", "e9", "unacceptable");
    List<String> w = Facts.quoteWords("unacceptable");
    assertThat(Facts.sameScareQuote(a, b, w, Facts.quoteWords("Unacceptable"))).isTrue();
    // another speaker may use the same word about something else
    assertThat(Facts.sameScareQuote(a, other, w, w)).isFalse();
    // a longer quote goes by the ordinary rule
    List<String> three = Facts.quoteWords("wholly unacceptable move");
    assertThat(Facts.sameScareQuote(a, b, three, three)).isFalse();
  }

  @Test
  void aShortPhraseGivenToTwoPeopleIsMatchedButNotContested() {
    Statement phrase = said("q1", "a", "Ana Ruiz", "glow in the dark,");
    Statement whole =
        said("q2", "b", "Tomas Vell", "I don't know if sand can glow in the dark, but we will see");
    Facts.Fact fact = Facts.align("quote", List.of(phrase, whole), id -> null).getFirst();
    assertThat(fact.comparable(phrase, whole)).isTrue();
    assertThat(fact.contestable(phrase, whole)).isFalse();
    // two reports of one event sharing the phrase quote the same words: contested
    assertThat(
            Facts.align("quote", List.of(phrase, whole), id -> null, (x, y) -> true)
                .getFirst()
                .contestable(phrase, whole))
        .isTrue();
    Statement common = said("q4", "d", "Ana Ruiz", "we will see");
    assertThat(
            Facts.align("quote", List.of(common, whole), id -> null)
                .getFirst()
                .contestable(common, whole))
        .isFalse();
    // six words or more: the same statement, and two speakers for it are a contradiction
    Statement longer = said("q3", "c", "Ana Ruiz", "if sand can glow in the dark");
    Facts.Fact both = Facts.align("quote", List.of(longer, whole), id -> null).getFirst();
    assertThat(both.contestable(longer, whole)).isTrue();
    // a whole quote of five words given to two people is contested too
    Statement five = said("q5", "e", "Ana Ruiz", "Everyone must remain extremely vigilant");
    Statement same = said("q6", "f", "Tomas Vell", "Everyone must remain extremely vigilant,");
    assertThat(
            Facts.align("quote", List.of(five, same), id -> null)
                .getFirst()
                .contestable(five, same))
        .isTrue();
  }

  @Test
  void twoShortQuotesInsideOneLongOneAreNotComparedWithEachOther() {
    Statement whole =
        said(
            "q1",
            "a",
            "Ana Ruiz",
            "The bridge will reopen in May. Nobody should drive over it before the inspectors"
                + " have finished their work");
    Statement first = said("q2", "b", "Ana Ruiz", "The bridge will reopen in May");
    Statement second =
        said("q3", "c", "Tomas Vell", "Nobody should drive over it before the inspectors");
    List<Facts.Fact> facts = Facts.align("quote", List.of(whole, first, second), id -> null);
    assertThat(facts).hasSize(1);
    Facts.Fact fact = facts.getFirst();
    assertThat(fact.comparable(whole, first)).isTrue();
    assertThat(fact.comparable(whole, second)).isTrue();
    assertThat(fact.comparable(first, second)).isFalse();
    assertThat(fact.contestable(first, second)).isFalse();
  }

  @Test
  void figuresInAStatisticsLineAreCrowded() {
    String text =
        "He ran for 269 yards and two touchdowns on 83 carries and caught 29 passes. The club"
            + " signed him for 12 million euros.";
    assertThat(Facts.figuresAround(text, text.indexOf("269")))
        .isGreaterThanOrEqualTo(Facts.CROWDED);
    assertThat(Facts.figuresAround(text, text.indexOf("12 million"))).isLessThan(Facts.CROWDED);
  }

  @Test
  void recordsAreHeldAgainstEachOtherOnlyWhenOneFigureIsShared() {
    assertThat(Facts.oneFigureShared("52-3", "52-16")).isTrue();
    assertThat(Facts.oneFigureShared("10-5-1", "10-6-1")).isTrue();
    // two records with nothing in common are more likely two records than one told wrong
    assertThat(Facts.oneFigureShared("122-147", "162-139")).isFalse();
    assertThat(Facts.oneFigureShared("52-3", "52-3")).isFalse();
    assertThat(Facts.oneFigureShared("52-3", "52-3-1")).isFalse();
  }

  @Test
  void figuresDatedToDifferentYearsAreNotOneFact() {
    String text =
        "Mr. Varga was acquitted in 1958. A year later, he was convicted with Mr. Ruiz. Mr. Varga,"
            + " a tenement superintendent, was sentenced to seven years. The judge said little.";
    assertThat(Facts.yearsAround(text, text.indexOf("seven"))).containsExactly("1958");
    assertThat(Facts.yearsAround("In 1959, he got five years.", 18)).containsExactly("1959");
    assertThat(Facts.yearsAround("He paid 1,950 dollars.", 9)).isEmpty();
    assertThat(Facts.otherYears(Set.of("1997"), Set.of("1959"))).isTrue();
    assertThat(Facts.otherYears(Set.of("1997", "1959"), Set.of("1959"))).isFalse();
    // undated figures are compared as before
    assertThat(Facts.otherYears(Set.of(), Set.of("1959"))).isFalse();
  }

  @Test
  void anUndatedRecordIsOfItsArticlesYear() {
    String text =
        "Dec 23, 2012: the Lind Rovers, 2-13, lost again. Their 2010 coach left. Rovers fans wait"
            + " for 2013 and the 2012 draft.";
    assertThat(Facts.articleYear(SourcesTest.article("a", null, text))).isEqualTo("2012");
    assertThat(Facts.articleYear(SourcesTest.article("b", null, "No year here."))).isNull();
    // "the 2008 Rovers ended 2-14" is another season than an undated 2-13 in a report of 2012
    assertThat(Facts.datedElsewhen(Set.of("2008"), Set.of(), "2012")).isTrue();
    assertThat(Facts.datedElsewhen(Set.of("2012"), Set.of(), "2012")).isFalse();
    assertThat(Facts.datedElsewhen(Set.of("2008"), Set.of("2012"), "2012")).isFalse();
    assertThat(Facts.datedElsewhen(Set.of("2008"), Set.of(), null)).isFalse();
  }

  @Test
  void aShareMayBeTheLevelOfTheMeasureBeforeIt() {
    String turnout = "Turnout was 71 per cent, up from 64 per cent in 2022.";
    assertThat(changeOf(turnout, "71", ",")).isEqualTo(Facts.LEVEL + "turnout");
    assertThat(changeOf(turnout, "64", " in")).isEqualTo("percent");
    String of = "The vote drew a turnout of 68%, the commission said.";
    assertThat(changeOf(of, "68", ",")).isEqualTo(Facts.LEVEL + "turnout");
    String rate = "The unemployment rate stood at 4.5% in May.";
    assertThat(changeOf(rate, "4.5", " in")).isEqualTo(Facts.LEVEL + "unemployment rate");
    // what a preposition's object or a name is "at" or "was" is no measure's level
    String poll =
        "A poll put disapproval of the government at 68 percent. Ruiz was 100 percent sure.";
    assertThat(changeOf(poll, "68", ".")).isEqualTo("percent");
    String worse =
        "Disapproval of the government was 68 percent. He said Ruiz was 100 percent sure.";
    assertThat(changeOf(worse, "68", ".")).isEqualTo("percent");
    assertThat(changeOf(worse, "100", " sure")).isEqualTo("percent");
  }

  @Test
  void aShareMayBeTheLevelOfTheNounAfterIt() {
    String offer = "The offer values Tarnow at a 32% premium to Friday's close.";
    assertThat(changeOf(offer, "32", " premium")).isEqualTo(Facts.LEVEL + "premium");
    String fall = "It was a 12% fall, and a 5% share of the market.";
    assertThat(changeOf(fall, "12", " fall")).isEqualTo("percent");
    assertThat(changeOf(fall, "5", " share")).isEqualTo("percent");
    // a rise one side of a pay dispute asks for is its demand, and the other's offer its offer
    String pay = "The union wants a 9 per cent pay rise.";
    assertThat(changeOf(pay, "9", " pay")).isEqualTo(Facts.LEVEL + "demand");
    String offered = "The company offered staff a pay rise of 3.5%. Sales rose 9 per cent.";
    assertThat(changeOf(offered, "3.5", "%")).isEqualTo(Facts.LEVEL + "offer");
    assertThat(changeOf(offered, "9", " per")).isEqualTo(Facts.CHANGE + "sale");
    String owned = "He said the port's 4 per cent offer was fair.";
    assertThat(changeOf(owned, "4", " per")).isEqualTo(Facts.LEVEL + "offer");
  }

  @Test
  void aLevelSetFromOneShareToAnotherIsTheNewLevelAndTheOneBefore() {
    String from = "The budget cuts the basic rate of income tax from 22 per cent to 20 per cent.";
    assertThat(changeOf(from, "22", " per"))
        .isEqualTo(Facts.LEVEL + "rate of income tax" + Facts.BEFORE);
    assertThat(changeOf(from, "20", " per cent.")).isEqualTo(Facts.LEVEL + "rate of income tax");
    String to = "Ruiz cut the basic rate of income tax to 19 per cent from 22 per cent.";
    assertThat(changeOf(to, "19", " per")).isEqualTo(Facts.LEVEL + "rate of income tax");
    assertThat(changeOf(to, "22", " per"))
        .isEqualTo(Facts.LEVEL + "rate of income tax" + Facts.BEFORE);
  }

  @Test
  void aVerbChangingItsObjectByAShareNamesTheMeasure() {
    String raised = "The budget raises public spending by 4.2 per cent.";
    assertThat(changeOf(raised, "4.2", " per")).isEqualTo(Facts.CHANGE + "spending");
    // an economy to grow, and growth, are one change however worded
    String grow = "The government expects the economy to grow by 1.6 per cent next year.";
    assertThat(changeOf(grow, "1.6", " per")).isEqualTo(Facts.CHANGE + "economy");
    String growth = "Ruiz predicted growth of 1.9 per cent.";
    assertThat(changeOf(growth, "1.9", " per")).isEqualTo(Facts.CHANGE + "economy");
    // a share higher or lower than another is a difference, not a level
    String higher = "Prices in the final quarter were 0.1% higher than in the previous quarter.";
    assertThat(changeOf(higher, "0.1", "%")).isEqualTo("percent");
    // one industry's output is not the economy
    String output = "Industrial output rose 2.1% in January.";
    assertThat(changeOf(output, "2.1", "%")).isEqualTo(Facts.CHANGE + "output");
  }

  @Test
  void whatTheAccusedDidIsNotWhatBefellThem() {
    String text = "The trial of two men accused in killing Ana Ruiz began.";
    assertThat(Facts.fate(text, text.indexOf("two"), text.indexOf(" accused"))).isNull();
    String killed = "The blast killed two men and injured four.";
    assertThat(Facts.fate(killed, killed.indexOf("two"), killed.indexOf(" and")))
        .isEqualTo("killed");
  }

  @Test
  void theLastVerdictBeforeCountsSaysWhatTheyEndedIn() {
    String text = "He was convicted of four counts and acquitted of two counts.";
    assertThat(Facts.verdictOnCounts(text, text.indexOf("four"))).isEqualTo(Facts.CONVICTED);
    assertThat(Facts.verdictOnCounts(text, text.indexOf("two"))).isEqualTo(Facts.ACQUITTED);
    String notGuilty = "She was found not guilty on three counts.";
    assertThat(Facts.verdictOnCounts(notGuilty, notGuilty.indexOf("three")))
        .isEqualTo(Facts.ACQUITTED);
    // the whole of a part, and counts no verdict stands before
    String whole = "The jury convicted him on four of the six counts he faced.";
    assertThat(Facts.verdictOnCounts(whole, whole.indexOf("six"))).isNull();
    String plea = "He pleaded not guilty to two counts of murder.";
    assertThat(Facts.verdictOnCounts(plea, plea.indexOf("two"))).isNull();
    String charged = "He was charged with six counts of fraud.";
    assertThat(Facts.verdictOnCounts(charged, charged.indexOf("six"))).isNull();
  }

  @Test
  void aWorkforceIsPeopleEmployedHoweverNamed() {
    String text = "The group will employ about 9,000 people. It has 9,000 employees.";
    int people = text.indexOf("9,000");
    assertThat(Facts.fate(text, people, text.indexOf(" people") + 7)).isEqualTo(Facts.EMPLOYED);
    int employees = text.lastIndexOf("9,000");
    assertThat(Facts.fate(text, employees, text.indexOf("employees") + 9))
        .isEqualTo(Facts.EMPLOYED);
    String staff = "The company has 18,500 staff.";
    assertThat(Facts.fate(staff, staff.indexOf("18"), staff.indexOf(" staff") + 6))
        .isEqualTo(Facts.EMPLOYED);
  }

  @Test
  void whatBefellAWorkforcesPeopleIsWhatTheyAreCounted() {
    String text = "Forty staff were injured and 12 employees were killed in the blast.";
    assertThat(Facts.fate(text, 0, text.indexOf(" staff") + 6)).isEqualTo("injured");
    int twelve = text.indexOf("12");
    assertThat(Facts.fate(text, twelve, text.indexOf(" employees") + 10)).isEqualTo("killed");
  }

  @Test
  void aFigureAMeasureMovedFromDoesNotCrowdTheOneItMovedTo() {
    String text =
        "Net profit rose to €421 million from €361 million a year earlier, while revenue grew 6%"
            + " to €3.1 billion.";
    assertThat(Facts.figuresAround(text, text.indexOf("421"))).isEqualTo(3);
    String list = "They scored 3 goals from 12 shots, 5 corners and 2 penalties.";
    assertThat(Facts.figuresAround(list, list.indexOf("3 goals"))).isEqualTo(4);
  }

  @Test
  void aCrowdsCounterIsWhoeverItsSentenceSaysGaveTheFigure() {
    String both =
        "Police said 12,000 people took part, while organisers put the turnout at 40,000.";
    assertThat(counterOf(both, "12,000 people")).isEqualTo("police");
    assertThat(counterOf(both, "40,000")).isEqualTo("organisers");
    String after = "The march drew 40,000 people, according to the Ostland Workers' Union.";
    assertThat(counterOf(after, "40,000 people")).isEqualTo("the Ostland Workers' Union");
    String named = "Ana Ruiz said 300 people had gathered. Some 500 marched, Tomas Varga said.";
    assertThat(counterOf(named, "300 people")).isEqualTo("Ana Ruiz");
    assertThat(counterOf(named, "500")).isEqualTo("Tomas Varga");
    assertThat(counterOf("About 200 people set off from the vigil.", "200 people")).isNull();
    assertThat(Facts.sameCounter("organizers", "Organisers")).isTrue();
    assertThat(Facts.sameCounter("police", "organisers")).isFalse();
  }

  private static String counterOf(String text, String figure) {
    int at = text.indexOf(figure);
    return Facts.counter(text, at, at + figure.length());
  }

  @Test
  void aDistanceMayNameTheDimensionItMeasures() {
    assertThat(dimensionOf("It struck at a depth of 10 kilometres.", "10 kilometres"))
        .isEqualTo("depth");
    assertThat(dimensionOf("The quake was 18 km deep.", "18 km")).isEqualTo("depth");
    assertThat(dimensionOf("It will orbit at 780 kilometres.", "780 kilometres"))
        .isEqualTo("height");
    assertThat(dimensionOf("It flew 820 kilometres above the Earth.", "820 kilometres"))
        .isEqualTo("height");
    assertThat(dimensionOf("A wall 12 metres high fell.", "12 metres")).isEqualTo("height");
    assertThat(dimensionOf("It is 40 kilometres south of Harwick.", "40 kilometres")).isNull();
  }

  @Test
  void aDepthBelowGroundIsADepth() {
    assertThat(dimensionOf("The miners were 600 metres below ground.", "600 metres"))
        .isEqualTo("depth");
    assertThat(dimensionOf("They were trapped 400 metres down.", "400 metres")).isEqualTo("depth");
    assertThat(dimensionOf("It lies 30 metres beneath the seabed.", "30 metres"))
        .isEqualTo("depth");
    // how far a climber fell along a slope
    assertThat(dimensionOf("He fell 200 metres down a steep gully.", "200 metres")).isNull();
  }

  @Test
  void ashThrownIntoTheSkyIsAHeight() {
    assertThat(dimensionOf("It sent a column of ash 9 km into the sky.", "9 km"))
        .isEqualTo("height");
    assertThat(dimensionOf("It threw ash 12 kilometres high.", "12 kilometres"))
        .isEqualTo("height");
  }

  @Test
  void whatBefellThePeopleOrThingsCountedIsReadFromMoreVerbs() {
    String text = "At least 41 people drowned. Nine miners were trapped.";
    assertThat(Facts.fate(text, text.indexOf("41"), text.indexOf(" people") + 7))
        .isEqualTo("killed");
    assertThat(Facts.fate(text, text.indexOf("Nine"), text.indexOf(" miners") + 7))
        .isEqualTo("trapped");
    String held = "Gunmen held 14 people hostage. 430 operations were called off.";
    assertThat(Facts.fate(held, held.indexOf("14"), held.indexOf(" people") + 7))
        .isEqualTo("held hostage");
    assertThat(Facts.fate(held, held.indexOf("430"), held.indexOf(" operations") + 11))
        .isEqualTo("cancelled");
    String grounded = "At the airport 140 flights were grounded.";
    assertThat(Facts.fate(grounded, grounded.indexOf("140"), grounded.indexOf(" flights") + 8))
        .isEqualTo("cancelled");
    String stabbed = "A man stabbed three people to death at a festival.";
    assertThat(Facts.fate(stabbed, stabbed.indexOf("three"), stabbed.indexOf(" to death")))
        .isEqualTo("killed");
    String moved = "About 4,500 people were moved out of nearby villages.";
    assertThat(Facts.fate(moved, moved.indexOf("4,500"), moved.indexOf(" were")))
        .isEqualTo("evacuated");
    String lifted = "The 22 crew were lifted off by helicopter.";
    assertThat(Facts.fate(lifted, lifted.indexOf("22"), lifted.indexOf(" were")))
        .isEqualTo("rescued");
  }

  @Test
  void theStuffAUnitMeasuresEndsBeforeAParticiple() {
    assertThat(
            substanceOf(
                "Officers found 2.3 tonnes of cocaine hidden in a shipment of bananas.",
                "2.3 tonnes",
                "tonne"))
        .isEqualTo("cocaine");
    assertThat(
            substanceOf(
                "The service said 85 millimetres of rain fell on Lindholm.",
                "85 millimetres",
                "millimetre"))
        .isEqualTo("rain");
    // nor is a clause's opening word the stuff, and crude is oil
    assertThat(
            substanceOf(
                "The tanker was carrying 85,000 tonnes of crude when it hit rocks.",
                "85,000 tonnes",
                "tonne"))
        .isEqualTo("oil");
  }

  private static String substanceOf(String text, String figure, String unit) {
    int at = text.indexOf(figure);
    dev.parallax.api.Claim c =
        new dev.parallax.api.Claim(
            "c1", "a1", "quantity", unit, "amount", "exact 1", figure, at, at + figure.length());
    return Facts.substanceIn(
        Facts.countedAs(unit, c, SourcesTest.article("a1", "Evening Star", text)));
  }

  @Test
  void aDatelineIsNoPartOfItsFirstFiguresWords() {
    String text = "OSTVIK, March 3 (Harbour Wire) - At least 41 people drowned off the coast.";
    int at = text.indexOf("41");
    assertThat(Facts.context(text, at, at + 2, "people", new opennlp.tools.stemmer.PorterStemmer()))
        .doesNotContainKeys("ostvik", "harbour", "wire", "march", "#3")
        .containsKey("drown");
    String plain = "In Ostvik, March saw 41 people drown.";
    int there = plain.indexOf("41");
    assertThat(
            Facts.context(
                plain, there, there + 2, "people", new opennlp.tools.stemmer.PorterStemmer()))
        .containsKey("ostvik");
  }

  private static String dimensionOf(String text, String figure) {
    int at = text.indexOf(figure);
    return Facts.dimension(text, at, at + figure.length());
  }

  @Test
  void aSumAnalystsExpectedIsItsOwnMeasure() {
    String text = "Revenue rose to €3.1 billion. Analysts had expected revenue of €3.05 billion.";
    assertThat(Facts.ofMeasure("euros", text, text.indexOf("3.1"))).isEqualTo("euros of revenue");
    assertThat(Facts.ofMeasure("euros", text, text.indexOf("3.05")))
        .isEqualTo("euros of " + Facts.EXPECTED);
    String beat = "Profit of €412 million beat the consensus forecast of €400 million.";
    assertThat(Facts.ofMeasure("euros", beat, beat.indexOf("400")))
        .isEqualTo("euros of " + Facts.EXPECTED);
  }

  @Test
  void aSumWantedIsASumSought() {
    String text = "Hackers want $4.5 million to unlock the files. The repairs cost $2 million.";
    assertThat(Facts.ofMeasure("dollars", text, text.indexOf("4.5")))
        .isEqualTo("dollars of " + Facts.SOUGHT);
    assertThat(Facts.ofMeasure("dollars", text, text.indexOf("2 million"))).isEqualTo("dollars");
  }

  @Test
  void aChangeOfSharesInACompanyIsAChangeOfShares() {
    String text = "Shares in Tarnow Metals rose 29% to €14.20.";
    assertThat(changeOf(text, "29", " to")).isEqualTo(Facts.CHANGE + "share");
  }

  /** The kind of the share written {@code figure} … {@code end} in the text. */
  @Test
  void aRateABodySetIsTheRatesLevel() {
    String rate = Facts.LEVEL + "interest rate";
    assertThat(
            changeOf(
                "The bank raised its main interest rate by half a percentage point to 4.75% on"
                    + " Wednesday.",
                "4.75", "% on"))
        .isEqualTo(rate);
    assertThat(changeOf("It lifted its benchmark rate to 4.75% from 4.25%.", "4.75", "% from"))
        .isEqualTo(rate);
    assertThat(changeOf("It raised interest rates by 0.5 percentage points to 4.5%.", "4.5%", "%."))
        .isEqualTo(rate);
    assertThat(changeOf("The city kept its tax rate at 3%.", "3%", "%."))
        .isEqualTo(Facts.LEVEL + "tax rate");
    assertThat(changeOf("Food prices have risen 9.2% in a year.", "9.2", "% in"))
        .isEqualTo(Facts.CHANGE + "price");
  }

  private static String changeOf(String text, String figure, String end) {
    return Facts.ofChange(text, text.indexOf(figure), text.indexOf(end));
  }

  @Test
  void anAmountOfMoneyIsOfTheMeasureBeforeIt() {
    String text =
        "Profit for the year fell 21 per cent to €840 million on revenue of €11.2 billion.";
    assertThat(Facts.ofMeasure("euros", text, text.indexOf("€840"))).isEqualTo("euros of profit");
    assertThat(Facts.ofMeasure("euros", text, text.indexOf("€11.2"))).isEqualTo("euros of revenue");
    // a deal's worth is each party's offer, not one figure
    String deal = "They offered a seven-year deal worth $140 million.";
    assertThat(Facts.ofMeasure("dollars", deal, deal.indexOf("$"))).isEqualTo("dollars");
  }

  @Test
  void aPeriodBeforeANamedHappeningIsItsLengthWhateverTheHappeningIsCalled() {
    assertThat(lengthIn("Pilots began a 48-hour strike on Monday.", "48-hour")).isEqualTo("strike");
    assertThat(lengthIn("It was the first day of a two-day walkout.", "two-day"))
        .isEqualTo("strike");
    assertThat(lengthIn("They signed after three hours of talks.", "three hours"))
        .isEqualTo("talks");
    assertThat(lengthIn("They signed after nine hours of negotiations.", "nine hours"))
        .isEqualTo("talks");
    assertThat(lengthIn("They were freed after 47 days in captivity.", "47 days"))
        .isEqualTo("captivity");
    // a suspension is a ban, as a truce is a ceasefire
    assertThat(lengthIn("He was given a six-week suspension.", "six-week")).isEqualTo("ban");
    assertThat(lengthIn("Three days of national mourning were declared.", "Three days"))
        .isEqualTo("mourning");
    // people held for a time were held captive
    assertThat(lengthIn("Pirates freed the crew after holding them for 40 days.", "40 days"))
        .isEqualTo("captivity");
    assertThat(lengthIn("The sailors held by pirates aboard the tanker for 38 days.", "38 days"))
        .isEqualTo("captivity");
    assertThat(lengthIn("They held talks for three days.", "three days")).isNull();
    assertThat(lengthIn("She held office for eight years.", "eight years")).isNull();
    // or before a verb of lasting
    assertThat(lengthIn("It ended a strike that lasted three weeks.", "three weeks"))
        .isEqualTo("strike");
    assertThat(lengthIn("After talks lasting nearly 12 hours, they signed.", "12 hours"))
        .isEqualTo("talks");
    assertThat(lengthIn("The strike ended. It lasted three weeks.", "three weeks")).isNull();
    // where, not what
    assertThat(lengthIn("They stayed 47 days in Lindholm.", "47 days")).isNull();
    // a negotiation's offers are of several lengths
    assertThat(lengthIn("They offered an eight-year contract.", "eight-year")).isNull();
  }

  private static String lengthIn(String text, String period) {
    int at = text.indexOf(period);
    dev.parallax.api.Claim c =
        new dev.parallax.api.Claim(
            "c1",
            "a1",
            "duration",
            "period",
            "has lasted (days)",
            "exact 1",
            period,
            at,
            at + period.length());
    return Facts.lengthOf(c, SourcesTest.article("a1", "Evening Star", text));
  }

  @Test
  void aFineIsAFineWhereverItsWordStandsAndASumAskedForIsNone() {
    String fined = "The court fined Tarnow Metals €45 million on Tuesday.";
    assertThat(Facts.ofMeasure("euros", fined, fined.indexOf("€"))).isEqualTo("euros of fine");
    String after = "It will appeal against a €45 million fine.";
    assertThat(Facts.ofMeasure("euros", after, after.indexOf("€"))).isEqualTo("euros of fine");
    String asked = "Prosecutors had asked for a fine of €60 million.";
    assertThat(Facts.ofMeasure("euros", asked, asked.indexOf("€")))
        .isEqualTo("euros of " + Facts.SOUGHT);
    String sought = "Prosecutors had sought €60 million.";
    assertThat(Facts.ofMeasure("euros", sought, sought.indexOf("€")))
        .isEqualTo("euros of " + Facts.SOUGHT);
  }

  @Test
  void aShareIsOfTheMeasureItSaysChanged() {
    assertThat(changeOf("Annual profit fell 12 per cent to €840 million.", "12", " to"))
        .isEqualTo("percent change of profit");
    assertThat(changeOf("Profit for the year fell 21 per cent.", "21", "."))
        .isEqualTo("percent change of profit");
    assertThat(changeOf("The shares dropped by about 4.5% in Lind trading.", "4.5", " in"))
        .isEqualTo("percent change of share");
    assertThat(changeOf("It reported a 12% fall in annual profit.", "12", " fall"))
        .isEqualTo("percent change of profit");
    // a level is no change, but the measure's level; "which" names no measure
    assertThat(changeOf("Unemployment rose to 4.5% in May.", "4.5", " in"))
        .isEqualTo(Facts.LEVEL + "unemployment");
    assertThat(changeOf("Sales, which rose 3%, held up.", "3%", ", held")).isEqualTo("percent");
    assertThat(changeOf("Its shares lost 4% in Harwick trading.", "4", " in"))
        .isEqualTo("percent change of share");
    // a day's close is one moment of its trading: not the change a report of the day tells
    assertThat(changeOf("Greek stocks closed down 3.9 percent.", "3.9", ".")).isEqualTo("percent");
    String quarter = "It reported a 14% rise in third-quarter net profit to €412 million.";
    assertThat(changeOf(quarter, "14", " rise")).isEqualTo(Facts.CHANGE + "profit");
  }

  private static Statement where(String id, String article, String source, String value) {
    return new Statement(
        new dev.parallax.api.Claim(id, article, "place", "place", "named", value, value, 0, 8),
        source,
        source,
        null,
        null);
  }

  @Test
  void aPlaceAnArticleNamesAgainJoinsTheFactItsFirstNamingIsIn() {
    List<Statement> statements =
        List.of(
            where("c1", "a", "Evening Star", "Lindholm"),
            where("c2", "b", "Daily Lantern", "Lindholm"),
            where("c3", "a", "Evening Star", "Lindholm"),
            where("c4", "a", "Evening Star", "Tarnow"));
    List<String> kinds = List.of("place", "place", "place", "place");
    // c1 and c2 were matched; c3, a's second naming of Lindholm, and c4 were not
    int[] parent = {1, 1, 2, 3};
    java.util.Set<String> matched = new java.util.HashSet<>(Set.of("c1|c2", "c2|c1"));
    java.util.Set<String> contestable = new java.util.HashSet<>();
    Facts.repeated(statements, kinds, parent, matched, contestable);
    assertThat(Facts.root(parent, 2)).isEqualTo(Facts.root(parent, 0));
    assertThat(matched).contains("c3|c2", "c2|c3");
    // another place of the same article stays a fact of its own
    assertThat(Facts.root(parent, 3)).isEqualTo(3);
  }

  @Test
  void aPlaceMatchedNowhereAgreesWithTheOthersWhoNameIt() {
    List<Statement> statements =
        List.of(
            where("c1", "a", "Evening Star", "Tarnow"),
            where("c2", "b", "Daily Lantern", "Tarnow"),
            where("c3", "c", "Morning Bell", "Tarnow"),
            where("c4", "d", "Coastal Observer", "Tarnow"),
            where("c5", "d", "Coastal Observer", "Lind"),
            where("c6", "c", "Morning Bell", "Harwick"),
            where("c7", "e", "Harbour Times", "Harwick"));
    List<String> kinds = java.util.Collections.nCopies(statements.size(), "place");
    // a and b were matched; d's Lind was matched to a's Tarnow, so d's own Tarnow cannot join
    int[] parent = {1, 1, 2, 3, 1, 5, 6};
    java.util.Set<String> matched =
        new java.util.HashSet<>(Set.of("c1|c2", "c2|c1", "c5|c1", "c1|c5"));
    Facts.repeated(statements, kinds, parent, matched, new java.util.HashSet<>());
    assertThat(Facts.root(parent, 2)).isEqualTo(Facts.root(parent, 0));
    assertThat(matched).contains("c3|c1", "c3|c2");
    assertThat(Facts.root(parent, 3)).isEqualTo(3);
    // two articles naming a place nobody else matched name one place
    assertThat(Facts.root(parent, 5)).isEqualTo(Facts.root(parent, 6));
    assertThat(matched).contains("c6|c7", "c7|c6");
  }

  private static Statement amount(
      String id, String article, String thing, String value, String text) {
    return amountAt(id, article, thing, value, text, 0);
  }

  private static Statement amountAt(
      String id, String article, String thing, String value, String text, int start) {
    return new Statement(
        new dev.parallax.api.Claim(
            id, article, "quantity", thing, "counts", value, text, start, start + text.length()),
        article,
        article,
        null,
        null);
  }

  @Test
  void anAreaIsComparedInHectaresWhateverUnitItWasWrittenIn() {
    Statement acres = Facts.inBaseUnit(amount("c1", "a", "acre", "exact 12350", "12,350 acres"));
    Statement hectares = amount("c2", "b", "hectare", "exact 5000", "5,000 hectares");
    assertThat(acres.claim().subject()).isEqualTo("hectare");
    // the words stay as written
    assertThat(acres.claim().text()).isEqualTo("12,350 acres");
    assertThat(Agreement.agree(acres, hectares)).isTrue();
    assertThat(
            Agreement.agree(acres, amount("c3", "c", "hectare", "exact 12000", "12,000 hectares")))
        .isFalse();
    assertThat(Facts.inBaseUnit(hectares)).isSameAs(hectares);
    Statement goals = amount("c4", "d", "goal", "exact 3", "3 goals");
    assertThat(Facts.inBaseUnit(goals)).isSameAs(goals);
  }

  @Test
  void aSpeedIsComparedInKmPerHourAndAConversionBesideItsFigureIsNoSecondFigure() {
    Statement mph = Facts.inBaseUnit(amount("c1", "a", "mph", "exact 93", "93 mph"));
    assertThat(mph.claim().subject()).isEqualTo("km/h");
    assertThat(Agreement.agree(mph, amount("c2", "b", "km/h", "exact 150", "150 km/h"))).isTrue();
    Statement miles = amount("c3", "a", "mile", "exact 30", "30 miles");
    assertThat(Facts.inBaseUnit(miles)).isSameAs(miles);
    // "5,000 hectares (12,350 acres)": one figure, written twice
    Statement hectares = amountAt("c5", "a", "hectare", "exact 5000", "5,000 hectares", 10);
    Statement acres = amountAt("c6", "a", "acre", "exact 12350", "12,350 acres", 26);
    assertThat(Facts.inBaseUnits(List.of(hectares, acres))).containsExactly(hectares);
    // a conversion that does not fit its figure is a figure of its own
    Statement wrong = amountAt("c7", "a", "acre", "exact 40000", "40,000 acres", 26);
    assertThat(Facts.inBaseUnits(List.of(hectares, wrong))).hasSize(2);
  }
}
