package dev.parallax.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  @Test
  void aCommonWordOpeningTheSentenceIsNoSpeaker() {
    String text =
        "The yard wants more orders.\n\n"
            + "More recently, the council pledged to make the yard “build its ships here.”";
    assertThat(finder.find(text))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerName()).isNull());
    // a plural may be the people who spoke
    String crowd =
        "Protesters marched on.\n\nProtesters marching through the streets chanted “What"
            + " curfew?” and kept going.";
    assertThat(finder.find(crowd))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerName()).isEqualTo("Protesters"));
    // words that open sentences are no names even when the article never writes them in lower
    // case: a contraction, a participle, an adverb
    for (String opening : List.of("I'm", "Born", "Following", "Inside")) {
      String text2 = "The yard spoke.\n\n" + opening + " the yard, “we build ships here.”";
      assertThat(finder.find(text2))
          .as(opening)
          .singleElement()
          .satisfies(q -> assertThat(q.speakerName()).isNull());
    }
  }

  @Test
  void wordsOnePersonQuotesAnotherAsSayingAreTheOthers() {
    String after =
        "Lind resigned.\n\n\"I have let down the people who trusted me,\" Ruiz quoted Lind as"
            + " saying.";
    assertThat(finder.find(after))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerName()).isEqualTo("Lind"));
    String before =
        "Lind resigned.\n\nThe Evening Star quoted Karl Lind as saying: \"I have let the people"
            + " down.\"";
    assertThat(finder.find(before))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerName()).isEqualTo("Karl Lind"));
  }

  @Test
  void aQuoteThatRunsIntoTheNextParagraphWithoutReopeningClosesThere() {
    String text =
        "The union wrote to the port.\n\n"
            + "\"These changes leave the quays with less than a skeleton crew.\n\n"
            + "The loss of crews is a real loss of safety, \"said Ana Ruiz, the union's leader.\n\n"
            + "\"The new rules weaken the port.\"";
    List<Quote> quotes = finder.find(text);
    assertThat(quotes).extracting(Quote::text).hasSize(2);
    assertThat(quotes.get(0).text()).startsWith("These changes").endsWith("loss of safety, ");
    assertThat(quotes.get(0).speakerName()).isEqualTo("Ana Ruiz");
    assertThat(quotes.get(1).text()).isEqualTo("The new rules weaken the port.");
    // a partial quote opening after a comma is still an opening
    assertThat(finder.find("She called it, \"a disgrace\" and left."))
        .extracting(Quote::text)
        .containsExactly("a disgrace");
  }

  @Test
  void quotesMarkedWithTwoApostrophesAreFound() {
    String text =
        "The mayor spoke after the vote.\n\n"
            + "''We will build the line,'' said Mayor Ana Ruiz, who won the vote 31 to 12.\n\n"
            + "Tomas Varga, the council leader, said: ``It is a good day for Harwick.''";
    List<Quote> quotes = finder.find(text);
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).text()).isEqualTo("We will build the line,");
    assertThat(quotes.get(0).speakerName()).isEqualTo("Ana Ruiz");
    assertThat(quotes.get(1).text()).isEqualTo("It is a good day for Harwick.");
    assertThat(quotes.get(1).speakerName()).isEqualTo("Tomas Varga");
    // offsets are the original text's: the quote lies between the marks
    assertThat(text.substring(quotes.get(0).start(), quotes.get(0).end()))
        .contains("We will build the line,");
    // an apostrophe alone is no quote mark
    assertThat(finder.find("It was the mayor's plan, the council's vote.")).isEmpty();
  }

  @Test
  void aTitleCaseHeadlineIsNoFullNameForLaterMentions() {
    String text =
        "Railing Against Varga, Ruiz Vows To Close Tax Breaks.\n\n"
            + "If Tomas Varga could make money doing it, Senator Ana Ruiz is against it.\n\n"
            + "“The unfairness of the tax laws is unbelievable,” Varga said Monday.";
    assertThat(finder.find(text))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerName()).isEqualTo("Tomas Varga"));
  }

  @Test
  void speakerAfterTheQuote() {
    List<Quote> q =
        finder.find("“The dam is holding,” Interior Minister Oleksandr Hrytsenko told reporters.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("The dam is holding,");
    assertThat(q.get(0).speakerName()).isEqualTo("Oleksandr Hrytsenko");
    assertThat(q.get(0).cue()).isEqualTo("told");
    assertThat(q.get(0).how()).isEqualTo("cue");
  }

  @Test
  void aPostOpeningTheSentenceIsNotPartOfTheSpeakersName() {
    List<Quote> q =
        finder.find(
            "Analyst Ingrid Holm of Ostbank said regulators would look closely. \"They will"
                + " control half the market,\" she said.");
    assertThat(q).singleElement().extracting(Quote::speakerName).isEqualTo("Ingrid Holm");
  }

  @Test
  void cueBeforeNameAndApposition() {
    assertThat(
            finder
                .find("\"We will strike,\" said Mara Quist, the union's leader.")
                .get(0)
                .speakerName())
        .isEqualTo("Mara Quist");
    assertThat(
            finder
                .find("\"We will strike,\" Mara Quist, the union's leader, said on Monday.")
                .get(0)
                .speakerName())
        .isEqualTo("Mara Quist");
    assertThat(finder.find("\"No,\" said 9/11 widow Terry Strada.").get(0).speakerName())
        .isEqualTo("Terry Strada");
  }

  @Test
  void aSentenceSubjectDescribedByAnotherNameIsThePersonAfterTheRole() {
    assertThat(
            finder
                .find("Former Ruiz spokesman Tomas Varga derided “the professional left” often.")
                .get(0)
                .speakerName())
        .isEqualTo("Tomas Varga");
  }

  @Test
  void aPronounAfterTheQuoteIsTheSpeakerAfterAFrontedParticiplePhrase() {
    assertThat(
            finder
                .find(
                    "Tomas Varga was her aide. Asked on Tuesday about Varga, Ruiz said “I know"
                        + " nothing about the emails at all,” she said.")
                .get(0)
                .speakerName())
        .isEqualTo("Ruiz");
  }

  @Test
  void expressiveSpeechVerbsAreCues() {
    assertThat(
            finder.find(
                "“The port is closed,” Tomas Varga said. “The port will always be open,” an angry"
                    + " Ana Ruiz retaliated. Varga fired back: “We will see about that.”"))
        .extracting(Quote::speakerName)
        .containsExactly("Tomas Varga", "Ana Ruiz", "Tomas Varga");
  }

  @Test
  void anOrganisationsInitialsBeforeTheNameAreNotTheSpeaker() {
    assertThat(
            finder
                .find("“We like the plan a lot,” said HPWU President Ana Ruiz, who backs it.")
                .get(0)
                .speakerName())
        .isEqualTo("Ana Ruiz");
    // a headline in capitals is still no name
    assertThat(finder.find("“We like the plan,” said HOW WILL RUIZ PLAY.").get(0).speakerName())
        .isNull();
  }

  @Test
  void aDescribedNameAfterTheCueMayBeFollowedByAPhrase() {
    assertThat(
            finder
                .find("\"We are thrilled,\" said producer Ana Ruiz in a statement.")
                .get(0)
                .speakerName())
        .isEqualTo("Ana Ruiz");
    // a place after a preposition is still no speaker
    assertThat(
            finder.find("\"We are thrilled,\" said the team in Harwick on Tuesday.").get(0).how())
        .isEqualTo("unattributed");
  }

  @Test
  void aSentenceThatStartsAfterAClosedQuoteIsANewStatement() {
    List<Quote> q =
        finder.find(
            "“We saw them drawing guns,” Petra Ulm said. “I tried to lock my door.” Tomas Vell"
                + " told reporters that police kept the staff inside for two hours. “We were"
                + " lucky.” Vell said.");
    assertThat(q)
        .extracting(Quote::speakerName)
        .containsExactly("Petra Ulm", "Petra Ulm", "Tomas Vell");
  }

  @Test
  void reportedSpeechAfterAClosedQuoteIsANewStatement() {
    // the cue opens a clause of its own ("the pair had had …"): the quote is the minister's
    List<Quote> q =
        finder.find(
            "Minister Petra Ulm told the delegates and guests: “Nothing will get in the way of"
                + " a united party.” Harbor's Tomas Vell said the pair had had a “rough night” of"
                + " it. “We were lucky,” Vell said on Tuesday.");
    assertThat(q)
        .extracting(Quote::speakerName)
        .containsExactly("Petra Ulm", "Tomas Vell", "Tomas Vell");
    // an attribution that runs on with when it was said is still one
    assertThat(finder.find("“We were lucky.” Tomas Vell said on Tuesday.").get(0).speakerName())
        .isEqualTo("Tomas Vell");
  }

  @Test
  void aParticipleAfterACommaIsTheSubjectsNotTheObjects() {
    // "…, saying" tells what the sentence's subject did; the name before the comma is an object
    List<Quote> q =
        finder.find(
            "Former Secretary of State Ana Ruiz urged voters to back Tomas Vell, saying, “He will"
                + " keep the port open.”");
    assertThat(q).extracting(Quote::speakerName).containsExactly("Ana Ruiz");
    // without the comma the name is the one saying it
    assertThat(finder.find("The rally ended with Tomas Vell saying “we will win”."))
        .extracting(Quote::speakerName)
        .containsExactly("Tomas Vell");
  }

  @Test
  void aDescriptionGoesToThePersonHoldingThatPost() {
    // the last person named is the president, but "the Harwick senator" is the senator
    List<Quote> q =
        finder.find(
            "Harwick Sen. Ana Ruiz spoke first. Gov. Tomas Varga said little. Ruiz attacked"
                + " President Lena Holm on Tuesday, ripping into her record.\n\n“It will be a"
                + " disaster,” the Harwick senator said. “No,” the governor said.");
    assertThat(q).extracting(Quote::speakerName).containsExactly("Ana Ruiz", "Tomas Varga");
  }

  @Test
  void aNameInsideAFrontedPhraseIsNotTheSubject() {
    List<Quote> q =
        finder.find(
            "A month after announcing his support for Tomas Varga, Ana Ruiz still believes the"
                + " nominee is unfit. “I stand by everything I said,” she told reporters.");
    assertThat(q).extracting(Quote::speakerName).containsExactly("Ana Ruiz");
  }

  @Test
  void aSentenceThatIntroducesTheNextQuoteIsNotThePreviousOnesAttribution() {
    List<Quote> q =
        finder.find(
            "Councillor Petra Ulm lamented that “a quiet vigil turned into a riot.” Police"
                + " spokesman Tomas Vell had said earlier, “The officers acted by the book.”");
    assertThat(q).extracting(Quote::speakerName).containsExactly("Petra Ulm", "Tomas Vell");
  }

  @Test
  void aClauseAfterTheQuoteWithItsOwnSpeakerIsNotTheAttribution() {
    Quote q =
        finder
            .find(
                "Commissioner Petra Ulm told the Ledger there was “no sign of misconduct” while"
                    + " Tomas Vell, a former instructor, said the officers had followed procedure.")
            .get(0);
    assertThat(q.speakerName()).isEqualTo("Petra Ulm");
  }

  @Test
  void theLastSpeakerBeforeAPartialQuoteSpeaksIt() {
    Quote q =
        finder
            .find(
                "Prosecutor Petra Ulm told reporters after a hearing where defence lawyer Tomas"
                    + " Vell said his client was “resting at the clinic” that she doubted it.")
            .get(0);
    assertThat(q.speakerName()).isEqualTo("Tomas Vell");
  }

  @Test
  void speakerBeforeTheQuoteWithColon() {
    Quote q =
        finder
            .find("Kremlin spokesman Dmitri Orlov said: \"We view such discussions negatively.\"")
            .get(0);
    assertThat(q.speakerName()).isEqualTo("Dmitri Orlov");
  }

  @Test
  void pronounAndFamilyNameGoToTheFullName() {
    String text =
        "Port chief Daniel Okafor spoke on Monday.\n\n\"Our offer is fair,\" Okafor said.\n\n"
            + "\"We are ready to talk at any time,\" he added.";
    List<Quote> q = finder.find(text);
    assertThat(q).extracting(Quote::speakerName).containsExactly("Daniel Okafor", "Daniel Okafor");
    assertThat(q.get(1).how()).isEqualTo("pronoun");
  }

  @Test
  void sheIsNoManTheNameListKnowsAndAnOwnerIsAName() {
    String text =
        "Ana Ruiz's Centre Party won the election on Sunday. Prime Minister Tomas Varga conceded"
            + " defeat.\n\nRuiz, 52, will need a coalition partner. \"Voters have asked for"
            + " change,\" she told supporters.";
    assertThat(finder.find(text)).extracting(Quote::speakerName).containsExactly("Ana Ruiz");
    String onlyHim =
        "Prime Minister Tomas Varga conceded defeat.\n\n\"Voters have asked for change,\" she"
            + " said.";
    assertThat(finder.find(onlyHim).get(0).speakerName()).isNull();
  }

  @Test
  void aDefiniteDescriptionPointsBackToThePersonNamed() {
    String text =
        "Sen. Ann Varga spoke on Tuesday.\n\n\"This is not the end,\" the Ohio senator said.";
    assertThat(finder.find(text).get(0).speakerName()).isEqualTo("Ann Varga");
  }

  @Test
  void cueAfterACommaLaterInTheSentence() {
    Quote q =
        finder
            .find(
                "Ads are \"the best tool we have\" in close races, says Dante Rowe, a strategist.")
            .get(0);
    assertThat(q.speakerName()).isEqualTo("Dante Rowe");
  }

  @Test
  void abbreviationsDoNotEndTheSentence() {
    Quote q =
        finder.find("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.").get(0);
    assertThat(q.speakerName()).isEqualTo("Morgan");
  }

  @Test
  void multiParagraphQuoteIsOneQuote() {
    String text =
        "Mayor Petra Ulm said:\n\n“This is the most important decision.\n\n“It will change the city.”";
    List<Quote> q = finder.find(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).contains("most important").contains("change the city");
    assertThat(q.get(0).speakerName()).isEqualTo("Petra Ulm");
  }

  @Test
  void quoteWithoutAttributionContinuesThePreviousSpeaker() {
    String text =
        "\"We have waited long enough,\" union leader Mara Quist said.\n\n\"Not one container moves.\"";
    List<Quote> q = finder.find(text);
    assertThat(q.get(1).speakerName()).isEqualTo("Mara Quist");
    assertThat(q.get(1).how()).isEqualTo("continuation");
  }

  @Test
  void partialQuoteTakesTheSentenceSubject() {
    Quote q =
        finder
            .find(
                "Foreign Minister Andrii Kovalenko dismissed the proposal as “unacceptable” on Friday.")
            .get(0);
    assertThat(q.text()).isEqualTo("unacceptable");
    assertThat(q.speakerName()).isEqualTo("Andrii Kovalenko");
  }

  @Test
  void noSpeakerIsSaidSo() {
    Quote q = finder.find("The sign read “Closed for repairs” all week.").get(0);
    assertThat(q.speakerName()).isNull();
    assertThat(q.how()).isEqualTo("unattributed");
  }

  @Test
  void offsetsPointAtTheMarks() {
    String text = "He said “yes” twice.";
    Quote q = finder.find(text).get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo("“yes”");
  }

  private String speaker(String text) {
    List<Quote> q = finder.find(text);
    assertThat(q).isNotEmpty();
    return q.get(q.size() - 1).speakerName();
  }

  @Test
  void theEmployerBeforeARoleIsNotTheSpeaker() {
    assertThat(speaker("“Turnout decides it,” said Halvard pollster Ines Morrow."))
        .isEqualTo("Ines Morrow");
    assertThat(speaker("“We will win,” said former Ostland Gov. Petra Lind on Tuesday."))
        .isEqualTo("Petra Lind");
    // a time or a place after the name is no role
    assertThat(speaker("“We will win,” said Lind in Ostbridge.")).isEqualTo("Lind");
  }

  @Test
  void aPlaceAfterAPrepositionIsNotTheSubject() {
    assertThat(
            speaker(
                "Here in Ostbridge, Lind stepped up her attack on the banks, saying, “They"
                    + " failed us.”"))
        .isEqualTo("Lind");
  }

  @Test
  void aNameRightBeforeTheColonSpeaks() {
    assertThat(
            speaker(
                "The result does not surprise veteran pollster Ines Morrow: “Turnout decided"
                    + " it.”"))
        .isEqualTo("Ines Morrow");
  }

  @Test
  void namesThatLookLikeAdverbsOrInitialsStillCount() {
    assertThat(speaker("Kelly replied: “Not today.”")).isEqualTo("Kelly");
    assertThat(speaker("“Not today,” says J.J. Marlow.")).isEqualTo("J.J. Marlow");
    assertThat(finder.find("Finally, “it is over.”").get(0).speakerName()).isNull();
  }

  @Test
  void aPlaceCoordinatedAfterAPrepositionIsNotTheSubject() {
    // "in Peru and Chile": Chile is governed by the preposition as much as Peru is
    assertThat(
            speaker(
                "Varga attacked Ruiz for her support of military action in Peru and Chile,"
                    + " saying, “She is reckless.”"))
        .isEqualTo("Varga");
  }

  @Test
  void aLaterSentenceAboutOthersDoesNotAttributeTheQuote() {
    String text =
        "Varga was defensive when pressed about an unpaid builder, saying, “Maybe he did a poor"
            + " job.” The change in approach from Ruiz is likely to placate nervous Democrats on"
            + " Capitol Hill, who have argued that it helps candidates when Varga is pressed.";
    assertThat(finder.find(text).get(0).speakerName()).isEqualTo("Varga");
  }

  @Test
  void aClauseOfItsOwnThenWhoSaysItIsANewStatement() {
    String text =
        "Club director Ana Ruiz issued the following statement on Varga's arrest: “We are aware of"
            + " the issue. We will say no more.” Varga was driving a rented van registered to him,"
            + " Lind said. He was booked into jail.";
    assertThat(finder.find(text).get(0).speakerName()).isEqualTo("Ana Ruiz");
    // a description before the name is no clause: the quote is still his
    assertThat(
            finder
                .find("“We will say no more.” Club spokesman Tomas Lind said.")
                .get(0)
                .speakerName())
        .isEqualTo("Tomas Lind");
  }
}
