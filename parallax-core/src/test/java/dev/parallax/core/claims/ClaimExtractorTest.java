package dev.parallax.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Entity;
import dev.parallax.api.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

  @Test
  void countedThingsAreFoldedToOneSingular() {
    assertThat(ClaimExtractor.normalise("Drones")).isEqualTo("drone");
    assertThat(ClaimExtractor.normalise("inches")).isEqualTo("inch");
    assertThat(ClaimExtractor.normalise("men")).isEqualTo("man");
    // a name before the noun keeps its "s"; an initialism loses it
    assertThat(ClaimExtractor.normalise("Texas counties")).isEqualTo("texas county");
    assertThat(ClaimExtractor.normalise("Windows users")).isEqualTo("windows user");
    assertThat(ClaimExtractor.normalise("RBIs")).isEqualTo("rbi");
    assertThat(ClaimExtractor.normalise("crewmen")).isEqualTo("crewman");
    assertThat(ClaimExtractor.normalise("movies")).isEqualTo("movie");
    assertThat(ClaimExtractor.normalise("casualties")).isEqualTo("casualty");
    assertThat(ClaimExtractor.normalise("campuses")).isEqualTo("campus");
    assertThat(ClaimExtractor.normalise("houses")).isEqualTo("house");
    assertThat(ClaimExtractor.normalise("losses")).isEqualTo("loss");
  }

  @Test
  void aPlaceNameEndingInAnEventOrACompanyWordIsNotWhere() {
    assertThat(ClaimExtractor.namesAnEvent("Harbor Shooting")).isTrue();
    assertThat(ClaimExtractor.namesAnEvent("Harwick Foods")).isTrue();
    assertThat(ClaimExtractor.namesAnEvent("Harwick Times")).isTrue();
    assertThat(ClaimExtractor.namesAnEvent("Ostland Railways")).isTrue();
    assertThat(ClaimExtractor.namesAnEvent("Ostvik Times-Picayune")).isTrue();
    assertThat(ClaimExtractor.namesAnEvent("Harwick Road")).isFalse();
    assertThat(ClaimExtractor.namesAnEvent("Harwick")).isFalse();
    assertThat(ClaimExtractor.namesAnEvent("Northeast Harwick")).isFalse();
  }

  /** A plain-text article with the given text and publication date (null when unknown). */
  private static dev.parallax.api.Article article(String id, String date, String text) {
    return new dev.parallax.api.Article(
        id,
        id + ".txt",
        "h",
        null,
        null,
        null,
        date == null
            ? null
            : new dev.parallax.api.Published(java.time.LocalDate.parse(date), null, "meta"),
        "eng",
        text,
        List.of(),
        List.of());
  }

  /** The claims of an undated article with the given text, against the given entities. */
  private static List<dev.parallax.api.Claim> claims(
      String id, String text, List<Entity> entities) {
    int[] n = {0};
    return new ClaimExtractor()
        .extract(article(id, null, text), List.of(), entities, () -> "c" + ++n[0]);
  }

  @Test
  void theDayAnEventStartedIsAClaimUnlessTheArticleGivesTwo() {
    var one =
        article("a1", "2026-08-12", "The blaze broke out on Sunday. Officials spoke on Tuesday.");
    int[] id = {0};
    assertThat(new ClaimExtractor().extract(one, List.of(), List.of(), () -> "c" + ++id[0]))
        .filteredOn(c -> c.kind().equals("start"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.subject()).isEqualTo("fire");
              assertThat(c.value()).isEqualTo("2026-08-09");
            });
    var two =
        article("a2", "2026-08-12", "A fire started on Sunday. A second fire started on Tuesday.");
    assertThat(new ClaimExtractor().extract(two, List.of(), List.of(), () -> "c" + ++id[0]))
        .noneMatch(c -> c.kind().equals("start"));
  }

  @Test
  void anEventNounEndingACompoundNamesNoEvent() {
    String text = "Crews and 12 water-bombing aircraft fought on through Sunday.";
    int at = text.indexOf("Sunday");
    assertThat(ClaimExtractor.eventNear(text, at, at + 6)).isEqualTo("event");
    String plain = "A bombing on Sunday killed two.";
    int on = plain.indexOf("Sunday");
    assertThat(ClaimExtractor.eventNear(plain, on, on + 6)).isEqualTo("bombing");
  }

  @Test
  void theRegionThatPlacesATownIsWhereToo() {
    String text = "The fire broke out in Lindholm, Ostland, on Sunday. Ostland, Brackton agree.";
    String article = "a1";
    int town = text.indexOf("Lindholm");
    int region = text.indexOf("Ostland");
    int later = text.lastIndexOf("Ostland");
    int other = text.indexOf("Brackton");
    List<Entity> entities =
        List.of(
            place("e1", "Lindholm", new Entity.Mentioned(article, town, town + 8, "Lindholm")),
            place(
                "e2",
                "Ostland",
                new Entity.Mentioned(article, region, region + 7, "Ostland"),
                new Entity.Mentioned(article, later, later + 7, "Ostland")),
            place("e3", "Brackton", new Entity.Mentioned(article, other, other + 8, "Brackton")));
    List<dev.parallax.api.Claim> claims = claims(article, text, entities);
    // the town after "in", its region after the town's comma; not a region named as a subject,
    // nor a place after a region that is not itself where
    assertThat(claims)
        .filteredOn(c -> c.kind().equals("place"))
        .extracting(dev.parallax.api.Claim::start)
        .containsExactly(town, region);
  }

  @Test
  void aChainOfPlacesNamesATownItsRegionsAndAListNamesNone() {
    String text =
        "Police were called to a house in Newton Street, Lindholm, Ostland, on Saturday. "
            + "Crowds gathered in Harwick, Tarnow and Velmar.";
    String article = "a1";
    List<Entity> entities = new ArrayList<>();
    for (String name : List.of("Newton Street", "Lindholm", "Ostland", "Harwick", "Tarnow")) {
      int at = text.indexOf(name);
      entities.add(
          place(
              "e" + entities.size(),
              name,
              new Entity.Mentioned(article, at, at + name.length(), name)));
    }
    List<dev.parallax.api.Claim> claims = claims(article, text, entities);
    // the street's town is also the region's town: compared with either
    assertThat(claims)
        .filteredOn(c -> c.kind().equals("place"))
        .extracting(c -> c.value() + " " + c.predicate())
        .containsExactly(
            "Newton Street " + ClaimExtractor.TOWN,
            "Lindholm " + ClaimExtractor.NAMED,
            "Ostland " + ClaimExtractor.REGION,
            "Harwick " + ClaimExtractor.NAMED);
  }

  @Test
  void whereAJourneyStartedIsItsOrigin() {
    assertThat(places("Flight 417 from Tarnow overran the runway in Harwick.", "Tarnow", "Harwick"))
        .containsExactly("Tarnow " + ClaimExtractor.ORIGIN, "Harwick place");
  }

  @Test
  void aPlaceAJourneyLeftOrAShipmentCameFromIsItsOrigin() {
    assertThat(
            places("The boat had left Tarnow on Sunday and sank off Ostvik.", "Tarnow", "Ostvik"))
        .containsExactly("Tarnow " + ClaimExtractor.ORIGIN, "Ostvik place");
    assertThat(places("The vessel, which had set off from Tarnow, sank.", "Tarnow"))
        .containsExactly("Tarnow " + ClaimExtractor.ORIGIN);
    assertThat(places("Bananas shipped from Lindholm hid the drugs.", "Lindholm"))
        .containsExactly("Lindholm " + ClaimExtractor.ORIGIN);
    // "come from" is where someone is from, but a shipment's is where its journey began
    assertThat(places("The shipment had come from Lindholm, she said.", "Lindholm"))
        .containsExactly("Lindholm " + ClaimExtractor.ORIGIN);
    // what a storm did to a place is no journey, and no claim of where at all
    assertThat(places("The storm left Tarnow without power.", "Tarnow")).isEmpty();
    assertThat(places("She said she comes from Tarnow.", "Tarnow")).isEmpty();
  }

  private static List<String> places(String text, String... names) {
    List<Entity> entities = new ArrayList<>();
    for (String name : names) {
      int at = text.indexOf(name);
      entities.add(
          place(
              "e" + entities.size(),
              name,
              new Entity.Mentioned("a1", at, at + name.length(), name)));
    }
    return claims("a1", text, entities).stream()
        .filter(c -> c.kind().equals("place"))
        .map(c -> c.value() + " " + c.subject())
        .toList();
  }

  /** The ages read for the people named in the text, as "name value" pairs. */
  private static List<String> ages(String text, String... names) {
    List<Entity> entities = new ArrayList<>();
    for (String name : names) {
      List<Entity.Mentioned> mentions = new ArrayList<>();
      String family = name.substring(name.lastIndexOf(' ') + 1);
      for (int at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
        int start =
            text.startsWith(name, at - name.length() + family.length())
                ? at - name.length() + family.length()
                : at;
        mentions.add(new Entity.Mentioned("a1", start, at + family.length(), name));
      }
      entities.add(
          new Entity("p" + entities.size(), name, "PERSON", List.of(name), mentions, List.of()));
    }
    return claims("a1", text, entities).stream()
        .filter(c -> c.kind().equals("age"))
        .map(c -> c.subject() + " " + c.value())
        .toList();
  }

  @Test
  void anAgeForTheNameIsThePersonTheSentenceBeforeWasAbout() {
    assertThat(
            ages(
                "LINDHOLM, June 2 (Harbour Wire) - Ostland sprinter Ana Ruiz has lost her appeal."
                    + " The 27-year-old tested positive in March.",
                "Ana Ruiz"))
        .containsExactly("Ana Ruiz 27");
    // someone else named before the age in its sentence, two people in the sentence before, a
    // person named deep in it, or an age before a noun: no one's age
    assertThat(
            ages(
                "Tomas Varga was arrested in October. Judge Ana Ruiz said the 52-year-old would"
                    + " get a fair trial.",
                "Tomas Varga",
                "Ana Ruiz"))
        .isEmpty();
    assertThat(
            ages(
                "Tomas Varga lost when Judge Ana Ruiz ruled. The 52-year-old will appeal.",
                "Tomas Varga",
                "Ana Ruiz"))
        .isEmpty();
    assertThat(
            ages(
                "Police said the car was found on Monday near the home of Tomas Varga. The"
                    + " 25-year-old was taken to hospital.",
                "Tomas Varga"))
        .isEmpty();
    assertThat(ages("Tomas Varga shot at the crowd. The 25-year-old man died.", "Tomas Varga"))
        .isEmpty();
  }

  private static Entity place(String id, String name, Entity.Mentioned... mentions) {
    return new Entity(id, name, "LOCATION", List.of(name), List.of(mentions), List.of());
  }

  @Test
  void aNameTheRunAlsoWritesAsACompanysIsTheCompany() {
    List<Entity> entities =
        List.of(
            new Entity(
                "e1",
                "Harwick Foods",
                "ORGANIZATION",
                List.of("Harwick Foods"),
                List.of(),
                List.of()),
            new Entity(
                "e2", "Lind Bank", "ORGANIZATION", List.of("Lind Bank"), List.of(), List.of()),
            new Entity(
                "e3",
                "Ostland Holdings Ltd",
                "ORGANIZATION",
                List.of("Ostland Holdings Ltd"),
                List.of(),
                List.of()));
    assertThat(ClaimExtractor.companies(entities)).containsExactlyInAnyOrder("harwick", "ostland");
  }

  @Test
  void aTitleInsideQuotedWordsIsTheSpeakers() {
    String text = "\"As president, Senator Ruiz will fight for the river,\" said Tomas Varga.";
    List<Quote> quotes =
        List.of(new Quote(0, 53, "As president, …", "Tomas Varga", null, "said", "cue", 0.9));
    assertThat(ClaimExtractor.quoted(text.indexOf("Senator"), text.indexOf(" will"), quotes))
        .isTrue();
    assertThat(ClaimExtractor.quoted(text.indexOf("Tomas"), text.length() - 1, quotes)).isFalse();
  }

  @Test
  void aShareIsOfAWholeNamedAsWrittenAndACountOfOneThingFolded() {
    var article =
        article("a1", null, "About 60% of the passengers were students; 14 passengers died.");
    int[] id = {0};
    List<dev.parallax.api.Claim> claims =
        new ClaimExtractor().extract(article, List.of(), List.of(), () -> "c" + ++id[0]);
    assertThat(claims)
        .extracting(dev.parallax.api.Claim::subject)
        .containsExactly("the passengers (percent)", "passenger");
  }

  @Test
  void whereSomeoneIsFromIsNotWhereItHappened() {
    assertThat(ClaimExtractor.locative("the jewels stolen from ")).isTrue();
    assertThat(ClaimExtractor.locative("the shop on the central ")).isFalse();
    assertThat(ClaimExtractor.locative("a fire at the ")).isTrue();
    assertThat(ClaimExtractor.locative("his sister, who is from ")).isFalse();
    assertThat(ClaimExtractor.locative("the player, who hails from ")).isFalse();
  }

  @Test
  void whereSomeoneWentAndWhatAPlaceLiesInAreWhereItHappened() {
    assertThat(ClaimExtractor.locative("the shop in central ")).isTrue();
    assertThat(ClaimExtractor.locative("a store near downtown ")).isTrue();
    assertThat(ClaimExtractor.locative("the family moved to ")).isTrue();
    assertThat(ClaimExtractor.locative("the quake on the outskirts of ")).isTrue();
    // what a quake or storm struck; where someone was brought or checked in
    assertThat(ClaimExtractor.locative("A powerful earthquake hit southern ")).isTrue();
    assertThat(ClaimExtractor.locative("the storm lashed ")).isTrue();
    assertThat(ClaimExtractor.locative("the injured were airlifted to ")).isTrue();
    assertThat(ClaimExtractor.locative("she checked into ")).isTrue();
    assertThat(ClaimExtractor.locative("devoting herself to ")).isFalse();
    assertThat(ClaimExtractor.locative("the pact signed by ")).isFalse();
    assertThat(ClaimExtractor.locative("a funeral in her hometown of ")).isTrue();
    assertThat(ClaimExtractor.locative("25 miles northeast of ")).isTrue();
    assertThat(ClaimExtractor.locative("a letter to ")).isFalse();
    assertThat(ClaimExtractor.locative("the history of ")).isFalse();
  }

  @Test
  void aPlaceNamingWhereABuildingIsIsWhereItHappened() {
    assertThat(ClaimExtractor.site("headed to a ", " treatment facility on Tuesday")).isTrue();
    assertThat(ClaimExtractor.site("shot three people at a suburban ", " office building"))
        .isTrue();
    assertThat(ClaimExtractor.site("On Friday morning, a ", "-area bank received a call")).isTrue();
    assertThat(ClaimExtractor.site("A 35-year-old ", " man is awaiting arraignment")).isFalse();
    assertThat(ClaimExtractor.site("fans of the ", " Rovers cheered")).isFalse();
    assertThat(ClaimExtractor.site("spraying bullets from a ", " rooftop.")).isTrue();
    assertThat(ClaimExtractor.site("On Friday morning, a ", "-area Lind Savings Bank")).isTrue();
    assertThat(ClaimExtractor.site("at the company's ", " factory, returned")).isTrue();
    // a place's first of its kind
    assertThat(ClaimExtractor.site("the edge of ", "'s highest mountain")).isTrue();
    assertThat(ClaimExtractor.site("what may be ", "’s worst flood in decades")).isTrue();
    assertThat(ClaimExtractor.site("the talks with ", "'s foreign minister")).isFalse();
  }

  @Test
  void aTimeExpressionDatesTheNearestEventNoun() {
    String text = "The explosion happened on Tuesday. Talks resume next week.";
    assertThat(ClaimExtractor.eventNear(text, text.indexOf("Tuesday"), text.indexOf("Tuesday") + 7))
        .isEqualTo("explosion");
  }

  @Test
  void aDateAtTheEndOfAParagraphLooksNoFurther() {
    String text =
        "The sides disagree on how to end the war begun by the invasion on Feb 24, 2022.\n\n"
            + "Talks in Lind resume next week.";
    int at = text.indexOf("Feb 24");
    assertThat(ClaimExtractor.eventNear(text, at, at + 12)).isEqualTo("invasion");
  }
}
