package dev.parallax.core.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementTest {

  private static Statement.Title title(String role, String affiliation, boolean geographic) {
    return new Statement.Title(role, affiliation, geographic);
  }

  @Test
  void amountsAgreeWhenTheirRangesOverlap() {
    assertThat(Agreement.amountsAgree("more than [500, ∞]", "exact 526")).isTrue();
    assertThat(Agreement.amountsAgree("some [11160, 13640]", "exact 21000")).isFalse();
    assertThat(Agreement.amountsAgree("during third year [730.5, 1095.75]", "over [1278.38, ∞]"))
        .isFalse();
  }

  private static dev.parallax.api.Claim amount(String value, String text) {
    return new dev.parallax.api.Claim("c", "a", "quantity", "thing", "amount", value, text, 0, 1);
  }

  /** A role statement of one article: its title as written. */
  private static Statement post(String role) {
    return new Statement(
        new dev.parallax.api.Claim("c", "a", "role", "Karl Lind", "has role", role, role, 0, 1),
        "s",
        "a",
        "p1",
        title(role, null, false));
  }

  @Test
  void postsBothHeldDoNotContradictButDoNotBackEachOther() {
    Statement head = post("head of the accident investigation board");
    Statement minister = post("deputy transport minister");
    assertThat(Agreement.agree(head, minister)).isTrue();
    assertThat(Agreement.corroborates(head, minister)).isFalse();
    // the same post in other words backs it; a post held before backs only a post held before
    assertThat(Agreement.corroborates(post("IMF chief"), post("IMF head"))).isTrue();
    assertThat(Agreement.corroborates(post("minister"), post("transport minister"))).isTrue();
    assertThat(
            Agreement.corroborates(
                post("former attorney general"), post("former Attorney General")))
        .isTrue();
    assertThat(Agreement.corroborates(post("former head coach"), post("head coach"))).isFalse();
  }

  @Test
  void aRoughFigureAgreesWithAFigureItSpansNotWithOneWidenedToMeetIt() {
    assertThat(
            Agreement.amountsAgree(
                amount("some [14400, 17600]", "some 16,000 people"),
                amount("exact 14000", "14,000 employees")))
        .isFalse();
    assertThat(
            Agreement.amountsAgree(
                amount("some [14400, 17600]", "some 16,000 people"),
                amount("exact 15000", "15,000 employees")))
        .isTrue();
    // two exact figures still meet where either may have been rounded
    assertThat(
            Agreement.amountsAgree(
                amount("exact 21000", "21,000"), amount("exact 20800", "20,800")))
        .isTrue();
  }

  @Test
  void aWholePerCentIsAShareRounded() {
    assertThat(
            Agreement.amountsAgree(
                amount("exact 38", "38 percent of the vote"),
                amount("exact 38.2", "38.2 per cent of the vote")))
        .isTrue();
    assertThat(
            Agreement.amountsAgree(
                amount("exact 38", "38%"), amount("exact 38.6", "38.6 per cent")))
        .isFalse();
    // nor to the tens: a rate of 20 per cent is not 19 told roundly
    assertThat(
            Agreement.amountsAgree(
                amount("exact 20", "20 per cent"), amount("exact 19", "19 per cent")))
        .isFalse();
    // a count is not rounded so: 38 seats are not 38.2 of anything
    assertThat(Agreement.amountsAgree(amount("exact 6", "magnitude 6"), amount("exact 6.1", "6.1")))
        .isFalse();
  }

  @Test
  void exactFiguresAgreeWithTheSameFigureRounded() {
    assertThat(
            Agreement.amountsAgree(
                amount("exact 1300000000", "£1.3bn"), amount("exact 1350000000", "£1.35bn")))
        .isTrue();
    assertThat(
            Agreement.amountsAgree(
                amount("exact 4800000000", "$4.8bn"), amount("exact 5200000000", "$5.2bn")))
        .isFalse();
    assertThat(
            Agreement.amountsAgree(
                amount("exact 21000", "21,000 people"), amount("exact 12400", "12,400 people")))
        .isFalse();
    assertThat(
            Agreement.amountsAgree(
                amount("exact 502", "502 drones"), amount("exact 503", "503 drones")))
        .isFalse();
    // two round figures side by side do not meet where their roundings touch
    assertThat(
            Agreement.amountsAgree(
                amount("exact 10", "10 feet"), amount("exact 20", "20 feet away")))
        .isFalse();
    // a large round figure may be another told roundly, a small one is itself
    assertThat(
            Agreement.amountsAgree(
                amount("exact 21000", "21,000 people"), amount("exact 20800", "20,800 people")))
        .isTrue();
    assertThat(Agreement.amountsAgree(amount("exact 15", "15 feet"), amount("exact 20", "20 feet")))
        .isFalse();
    assertThat(Agreement.amountsAgree(amount("exact 7", "7 km"), amount("exact 10", "10 km")))
        .isFalse();
    assertThat(
            Agreement.amountsAgree(
                amount("exact 16", "16 points"), amount("exact 20", "20 points")))
        .isFalse();
  }

  @Test
  void postsHeldTogetherAgree() {
    // a chair of no named body, and a chamber's leader, hold their seat beside it
    assertThat(Agreement.titlesAgree(formal("Chairwoman", null), formal("Rep.", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("Chair", "DNC"), formal("Rep.", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("Majority Leader", "Senate"), formal("Senator", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("Minority Whip", "House"), formal("Rep.", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("Culture Secretary", null), formal("MP", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("MP", null), formal("Judge", null))).isFalse();
    // crafts of film and music are held together: an actor-director, a singer-songwriter
    assertThat(Agreement.titlesAgree(formal("Moviemaker", null), formal("Director", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("Coroner", null), formal("Director", null))).isFalse();
    // a Senate leader is no representative, and a chair of a company is still not a judge
    assertThat(Agreement.titlesAgree(formal("Majority Leader", "Senate"), formal("Rep.", null)))
        .isFalse();
    assertThat(Agreement.titlesAgree(formal("Sheriff", null), formal("Judge", null))).isFalse();
    // how much a post counts is no other post
    assertThat(
            Agreement.titlesAgree(
                title("top adviser", "Ruiz", false), title("senior media adviser", null, false)))
        .isTrue();
    // a post held then is not set against the post held now
    assertThat(Agreement.titlesAgree(formal("then-Sen.", null), formal("President", null)))
        .isTrue();
    // a post about to be held is that post, and still not another one
    assertThat(Agreement.titlesAgree(formal("President-elect", null), formal("President", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("President-elect", null), formal("Lt.", null)))
        .isFalse();
  }

  @Test
  void aTitleThatSaysLessAgreesOneThatSaysSomethingElseDoesNot() {
    assertThat(
            Agreement.titlesAgree(
                title("Governor", null, false), title("Regional governor", null, false)))
        .isTrue();
    assertThat(
            Agreement.titlesAgree(
                title("Interior Minister", null, false), title("Defence Minister", null, false)))
        .isFalse();
    assertThat(
            Agreement.titlesAgree(
                title("Deputy Foreign Minister", null, false),
                title("Foreign Minister", null, false)))
        .isFalse();
    assertThat(
            Agreement.titlesAgree(
                title("Chief financial officer", null, false),
                title("Chief finance officer", null, false)))
        .isTrue();
    // another head is another description of the person, not a contradiction
    assertThat(
            Agreement.titlesAgree(
                title("reporter", null, false), title("correspondent", null, false)))
        .isTrue();
  }

  private static Statement.Title formal(String role, String affiliation) {
    return new Statement.Title(role, affiliation, false, true);
  }

  @Test
  void formalTitlesBeforeTheNameNameTheOffice() {
    // "Judge Ana Ruiz" and "Sheriff Ana Ruiz" cannot both be right
    assertThat(Agreement.titlesAgree(formal("Judge", null), formal("Sheriff", null))).isFalse();
    assertThat(Agreement.titlesAgree(formal("Coach", null), formal("President", null))).isFalse();
    // written out or abbreviated, and initialisms, are one office
    assertThat(Agreement.titlesAgree(formal("Sgt.", null), formal("Sergeant", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("Judge", null), formal("Justice", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("Councilman", null), formal("Councillor", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("Gov.", null), formal("Governor", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("Police Const.", null), formal("Constable", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("Const.", null), formal("Sheriff", null))).isFalse();
    assertThat(Agreement.titlesAgree(formal("GM", null), formal("Manager", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("WR", null), formal("RB", null))).isFalse();
    assertThat(Agreement.titlesAgree(formal("Prosecutor", null), formal("Attorney", "District")))
        .isTrue();
    // one title holding the other's head: a committee chairman who is a representative
    assertThat(
            Agreement.titlesAgree(
                formal("Rep.", "Natural Resources Committee Chairman"), formal("Chairman", null)))
        .isTrue();
    assertThat(
            Agreement.holdsBoth(
                formal("Rep.", "Committee Chairman"),
                formal("Rep.", null),
                formal("Chairman", null)))
        .isTrue();
    // the same head differently qualified is another post
    assertThat(
            Agreement.titlesAgree(
                formal("Interior Minister", null), formal("Defence Minister", null)))
        .isFalse();
    // a deputy is not the office itself
    assertThat(Agreement.titlesAgree(formal("Deputy Governor", null), formal("Governor", null)))
        .isFalse();
    // unless the story calls the person just "Deputy": then it is their office, and a "Deputy
    // Sgt." is a deputy who is a sergeant
    assertThat(
            Agreement.rankHeldAlone(
                formal("Deputy", null), formal("Deputy Sgt.", null), formal("Sgt.", null)))
        .isTrue();
    assertThat(
            Agreement.rankHeldAlone(
                formal("Deputy", null), formal("Deputy Sgt.", null), formal("Officer", null)))
        .isFalse();
    assertThat(
            Agreement.rankHeldAlone(
                formal("Deputy", null), formal("Deputy", null), formal("Officer", null)))
        .isFalse();
    // any member of the police is an officer; a governor is not
    assertThat(Agreement.titlesAgree(formal("Officer", null), formal("Deputy", null))).isTrue();
    assertThat(Agreement.titlesAgree(formal("Officer", null), formal("Governor", null))).isFalse();
    // a committee's chair is also whatever office they hold
    assertThat(
            Agreement.titlesAgree(
                formal("Chairman", "House Transport Committee"), formal("Rep.", null)))
        .isTrue();
    assertThat(Agreement.titlesAgree(formal("Chairman", "Harwick Steel"), formal("Rep.", null)))
        .isFalse();
    // a description read in part ("deputy campaign manager" / "manager") is not held apart
    assertThat(
            Agreement.titlesAgree(
                title("deputy campaign manager", null, false), title("manager", null, false)))
        .isTrue();
    // informal descriptions still only disagree on the same head
    assertThat(
            Agreement.titlesAgree(title("dictator", null, false), title("president", null, false)))
        .isTrue();
    assertThat(Agreement.sameWord("lt", "lieutenant")).isTrue();
    assertThat(Agreement.sameWord("lt", "sergeant")).isFalse();
  }

  @Test
  void differentCountriesContradictRelatedNamesDoNot() {
    assertThat(
            Agreement.titlesAgree(
                title("Foreign Minister", "Tarvish", true),
                title("Foreign Minister", "Velmoran", true)))
        .isFalse();
    assertThat(
            Agreement.titlesAgree(
                title("Foreign Minister", "Velmoria", true),
                title("Foreign Minister", "Velmorian", true)))
        .isTrue();
    assertThat(
            Agreement.titlesAgree(
                title("governor", "Dunmore island", true), title("governor", "Dunmore", true)))
        .isTrue();
    // an organisation is not a country: "team spokesman" and "club spokesman" may both be right
    assertThat(
            Agreement.titlesAgree(
                title("spokesman", "Rovers", false), title("spokesman", "club", false)))
        .isTrue();
  }

  @Test
  void speakerNamesWrittenDifferently() {
    assertThat(Agreement.sameName("Boone Idris", "Cheryl Boone Idris")).isTrue();
    assertThat(Agreement.sameName("Del Marco", "DelMarco")).isTrue();
    assertThat(Agreement.sameName("Mara Quell", "Daniel Okoro")).isFalse();
    assertThat(Agreement.sameName("Andreas Wetzel", "Andreas Welzel")).isTrue();
    assertThat(Agreement.sameName("Jon Hale", "Jan Hale")).isFalse();
    assertThat(Agreement.sameName("Jon Hales", "Jon Haler")).isTrue();
    assertThat(Agreement.sameName("Mark Pinder", "Luke Pigeon")).isFalse();
  }

  @Test
  void aPlaceMadeMorePreciseAgreesWithTheWiderName() {
    assertThat(Agreement.placesAgree("Northeast Harwick", "Harwick")).isTrue();
    assertThat(Agreement.placesAgree("the Quillon Hotel", "Quillon")).isTrue();
    assertThat(Agreement.placesAgree("Brackton", "Elsmere")).isFalse();
    assertThat(Agreement.placesAgree("High Street", "Brackton")).isFalse();
    // initials stand for the words they begin
    assertThat(Agreement.placesAgree("N. H. County Sheriff", "North Harwick County")).isTrue();
    assertThat(Agreement.placesAgree("N. H. County", "South Harwick County")).isFalse();
    // a pet name: first syllable, doubled consonant, "y"
    assertThat(Agreement.placesAgree("Northeast Brammy", "Northeast Bramwell")).isTrue();
    assertThat(Agreement.placesAgree("Harry", "Hartwell")).isFalse();
    assertThat(Agreement.placesAgree("Kelly", "Kelowna")).isFalse();
  }

  @Test
  void daysAgreeWhenTheyShareADay() {
    assertThat(Agreement.daysOverlap("2026-08-09", "2026-08-09")).isTrue();
    assertThat(Agreement.daysOverlap("2026-08-08", "2026-08-09")).isFalse();
    assertThat(Agreement.daysOverlap("2026-08-11/2026-08-12", "2026-08-12")).isTrue();
    assertThat(Agreement.daysOverlap("2026-08-11/2026-08-12", "2026-08-13")).isFalse();
  }

  @Test
  void aCompanysChiefOfficersAreDifferentPosts() {
    assertThat(Agreement.corporateOffice("Chief executive")).isEqualTo("ceo");
    assertThat(Agreement.corporateOffice("Chief Executive Officer")).isEqualTo("ceo");
    assertThat(Agreement.corporateOffice("CEO")).isEqualTo("ceo");
    assertThat(Agreement.corporateOffice("chief financial officer")).isEqualTo("cfo");
    assertThat(Agreement.corporateOffice("police chief")).isNull();
    assertThat(Agreement.corporateOffice("chief of staff")).isNull();
    Statement.Title ceo = new Statement.Title("Chief executive", null, false);
    assertThat(
            Agreement.titlesAgree(ceo, new Statement.Title("chief financial officer", null, false)))
        .isFalse();
    assertThat(Agreement.titlesAgree(ceo, new Statement.Title("CEO", "Lind Steel", false)))
        .isTrue();
    // a post held before says nothing against one held now
    assertThat(Agreement.titlesAgree(ceo, new Statement.Title("former CFO", null, false))).isTrue();
  }

  @Test
  void aRegionsWrittenAbbreviationAgreesWithItsName() {
    assertThat(Agreement.placesAgree("Ostl.", "Ostland")).isTrue();
    assertThat(Agreement.placesAgree("Ostland", "Ostl")).isTrue();
    assertThat(Agreement.placesAgree("Ms.", "Marsdenshire")).isTrue();
    // a few letters in order from the first, standing for a longer word
    assertThat(Agreement.placesAgree("Ostl.", "Lindmark")).isFalse();
    assertThat(Agreement.placesAgree("Olts.", "Ostland")).isFalse();
    assertThat(Agreement.placesAgree("Lind", "Lindo")).isFalse();
  }

  @Test
  void aFormerPostIsNotAtOddsWithAnother() {
    assertThat(Agreement.rolesAgree("former head coach of the Harlow Rovers", "Denby United coach"))
        .isTrue();
    assertThat(Agreement.rolesAgree("Harlow Rovers coach", "Denby United coach")).isFalse();
  }
}
