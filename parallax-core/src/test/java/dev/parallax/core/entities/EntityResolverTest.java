package dev.parallax.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.api.Entity;
import dev.parallax.api.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

  private final EntityResolver resolver = new EntityResolver();

  /** Mentions of every occurrence of each name in the text, typed as given. */
  private static EntityResolver.ArticleMentions article(
      String id, String text, String type, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      int i = text.indexOf(name);
      while (i >= 0) {
        int start = i;
        boolean inside = mentions.stream().anyMatch(m -> start >= m.start() && start < m.end());
        if (!inside) {
          mentions.add(new Mention(i, i + name.length(), name, type));
        }
        i = text.indexOf(name, i + name.length());
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return new EntityResolver.ArticleMentions(id, text, mentions);
  }

  @Test
  void anOrganisationsShortNameIsItsFullNameOnceTheArticleGivesIt() {
    String text =
        "Lindholm Steel will buy Tarnow Metals. Lindholm will pay cash, and Harwick United fans"
            + " cheered as United won. Microsoft Word users and Microsoft shrugged.";
    List<Mention> mentions = new ArrayList<>();
    for (String org :
        List.of("Lindholm Steel", "Tarnow Metals", "Harwick United", "Microsoft Word")) {
      mentions.add(new Mention(text.indexOf(org), text.indexOf(org) + org.length(), org, "ORG"));
    }
    int united = text.indexOf("United won");
    mentions.add(new Mention(united, united + 6, "United", "ORGANIZATION"));
    int microsoft = text.indexOf("Microsoft shrugged");
    mentions.add(new Mention(microsoft, microsoft + 9, "Microsoft", "ORGANIZATION"));
    // the tagger takes the company's short name for a person's
    int lindholm = text.indexOf("Lindholm will");
    mentions.add(new Mention(lindholm, lindholm + 8, "Lindholm", "PERSON"));
    mentions.replaceAll(
        m ->
            m.type().equals("ORG") ? new Mention(m.start(), m.end(), m.text(), "ORGANIZATION") : m);
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    List<Entity> entities =
        resolver.resolve(List.of(new EntityResolver.ArticleMentions("a", text, mentions)));
    assertThat(entities)
        .extracting(Entity::name)
        .containsExactlyInAnyOrder(
            "Lindholm Steel", "Tarnow Metals", "Harwick United", "Microsoft Word", "Microsoft");
    assertThat(entities)
        .filteredOn(e -> e.name().equals("Lindholm Steel"))
        .singleElement()
        .satisfies(e -> assertThat(e.variants()).contains("Lindholm"));
  }

  @Test
  void aDatelineIsAPlaceWhateverTheTaggerTypedItAs() {
    EntityResolver.ArticleMentions a =
        article(
            "a",
            "HARWICK — Lindholm Steel will buy Tarnow Metals.",
            "ORGANIZATION",
            "HARWICK",
            "Lindholm Steel");
    assertThat(resolver.resolve(List.of(a)))
        .filteredOn(e -> e.name().equals("HARWICK"))
        .singleElement()
        .extracting(Entity::type)
        .isEqualTo("LOCATION");
  }

  @Test
  void spellingsAcrossArticlesAreOnePersonWithTheirRoles() {
    var a =
        article(
            "a1",
            "Interior Minister Oleksandr Hrytsenko said the dam held. Hrytsenko flew north.",
            "PERSON",
            "Oleksandr Hrytsenko",
            "Hrytsenko");
    var b =
        article(
            "a2",
            "Defence Minister Aleksandr Gritsenko ordered the evacuation.",
            "PERSON",
            "Aleksandr Gritsenko");
    var c =
        article(
            "a3",
            "Opposition lawmaker Oleksandr Pavlenko called for an inquiry.",
            "PERSON",
            "Oleksandr Pavlenko");
    List<Entity> entities = resolver.resolve(List.of(a, b, c));
    Entity minister =
        entities.stream()
            .filter(e -> e.variants().contains("Aleksandr Gritsenko"))
            .findFirst()
            .orElseThrow();
    assertThat(minister.variants()).contains("Oleksandr Hrytsenko", "Hrytsenko");
    assertThat(minister.mentions()).hasSize(3);
    assertThat(minister.roles())
        .extracting(Entity.Role::role)
        .containsExactlyInAnyOrder("Interior Minister", "Defence Minister");
    Entity lawmaker =
        entities.stream()
            .filter(e -> e.name().equals("Oleksandr Pavlenko"))
            .findFirst()
            .orElseThrow();
    assertThat(lawmaker.variants()).containsExactly("Oleksandr Pavlenko");
    assertThat(lawmaker.roles())
        .extracting(Entity.Role::role)
        .containsExactly("Opposition lawmaker");
  }

  @Test
  void roleAfterTheNameWithItsAffiliation() {
    var a =
        article(
            "a1",
            "Taras Melnyk, spokesman for the regional emergency service, said no one was hurt.",
            "PERSON",
            "Taras Melnyk");
    Entity.Role role = resolver.resolve(List.of(a)).get(0).roles().get(0);
    assertThat(role.role()).isEqualTo("spokesman");
    assertThat(role.affiliation()).isEqualTo("regional emergency service");
    var initialism =
        article(
            "a2",
            "Tomas Varga, a spokesman for the U. S. Harbor Service, said no one was hurt.",
            "PERSON",
            "Tomas Varga");
    assertThat(resolver.resolve(List.of(initialism)).get(0).roles().get(0).affiliation())
        .isEqualTo("U. S. Harbor Service");
    // how long it has been held, and the owner the possessive names no better than "its"
    var since =
        article(
            "a3",
            "Ana Ruiz, the company's chief executive since 2022, said: \"It is painful.\"",
            "PERSON",
            "Ana Ruiz");
    assertThat(resolver.resolve(List.of(since)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("chief executive");
  }

  @Test
  void aNameIsWrittenAsInTheTextNotInADatelinesCapitals() {
    var a = article("a1", "HARWICK — Ships queued off Lind.", "LOCATION", "HARWICK");
    var b = article("a2", "Ships queued off Harwick on Monday.", "LOCATION", "Harwick");
    assertThat(resolver.resolve(List.of(a, b)))
        .singleElement()
        .satisfies(e -> assertThat(e.name()).isEqualTo("Harwick"));
  }

  @Test
  void aPortfolioAndARankBeforeAnOfficeArePartOfIt() {
    var minister =
        article("a1", "The bill was drafted by Energy Minister Ana Ruiz.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(minister)).get(0).roles().get(0).role())
        .isEqualTo("Energy Minister");
    var deputy =
        article("a2", "Deputy Speaker Lars Berg said the debate lasted.", "PERSON", "Lars Berg");
    assertThat(resolver.resolve(List.of(deputy)).get(0).roles().get(0).role())
        .isEqualTo("Deputy Speaker");
    // a portfolio word before any other office is the name of the body the person works for
    var chief =
        article("a3", "Lindholm Energy chief executive Karl Lind said so.", "PERSON", "Karl Lind");
    Entity.Role role = resolver.resolve(List.of(chief)).get(0).roles().get(0);
    assertThat(role.role()).isEqualToIgnoringCase("chief executive");
    assertThat(role.affiliation()).isEqualTo("Lindholm Energy");
  }

  @Test
  void aGivenNameAloneIsTheOnePersonOfThatGivenNameInTheArticle() {
    String text = "United signed Lars Berg on Friday. \"Lars is the player we needed,\" Holm said.";
    var a = article("a1", text, "PERSON", "Lars Berg", "Lars");
    assertThat(resolver.resolve(List.of(a)))
        .singleElement()
        .satisfies(e -> assertThat(e.variants()).contains("Lars Berg", "Lars"));
    // two people of that given name: the lone one is neither
    String two = "Lars Berg met Lars Holm on Friday. Lars said nothing.";
    var b = article("a2", two, "PERSON", "Lars Berg", "Lars Holm", "Lars");
    assertThat(resolver.resolve(List.of(b))).hasSize(3);
  }

  @Test
  void aPostSetBeforeTheNameBetweenCommasIsTheirs() {
    var owned =
        article(
            "a1",
            "Tarnow Metals' chief executive, Ingrid Holm, said it would appeal.",
            "PERSON",
            "Ingrid Holm");
    Entity.Role role = resolver.resolve(List.of(owned)).get(0).roles().get(0);
    assertThat(role.role()).isEqualToIgnoringCase("chief executive");
    assertThat(role.affiliation()).isEqualTo("Tarnow Metals");
    var company =
        article(
            "a2",
            "The company's chief executive, Ingrid Holm, said it would appeal.",
            "PERSON",
            "Ingrid Holm");
    role = resolver.resolve(List.of(company)).get(0).roles().get(0);
    assertThat(role.role()).isEqualToIgnoringCase("chief executive");
    assertThat(role.affiliation()).isNull();
    // without a comma after the name, the name is the clause's subject, not the post's holder
    var speaker = article("a3", "He spoke to the president, Ana Ruiz said.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(speaker)).get(0).roles()).isEmpty();
  }

  @Test
  void aPrepositionalPhraseAfterTheNameIsNoRole() {
    var a =
        article("a1", "Police said Ana Ruiz, in the head, was hit twice.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(a)).get(0).roles()).isEmpty();
  }

  @Test
  void aFamilyNameAloneJoinsTheFullNameSpelledSoBeforeAVariantOfIt() {
    var full = article("a1", "Ana Ruiz left the port.", "PERSON", "Ana Ruiz");
    var variant = article("a2", "Tomas Ruis spoke in Lind.", "PERSON", "Tomas Ruis");
    var bare = article("a3", "Ruiz said nothing.", "PERSON", "Ruiz");
    List<Entity> entities = resolver.resolve(List.of(full, variant, bare));
    assertThat(entities)
        .filteredOn(e -> e.name().equals("Ana Ruiz"))
        .singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    assertThat(entities).extracting(Entity::name).doesNotContain("Ruiz");
  }

  @Test
  void aNameBeforeADiseaseOrAScaleIsNoPersonAndQuoteMarksAreNoPartOfAName() {
    var a =
        article(
            "a1",
            "He had Varga's disease. The quake measured 5 on the Varga scale.",
            "PERSON",
            "Varga");
    assertThat(resolver.resolve(List.of(a))).extracting(Entity::type).containsExactly("MISC");
    assertThat(EntityResolver.formOf("Ana Ruiz”")).isEqualTo("Ana Ruiz");
    assertThat(EntityResolver.formOf("“Ruiz's")).isEqualTo("Ruiz");
  }

  @Test
  void aTitleWithItsOfPhrase() {
    for (String title :
        List.of("Chancellor of the Exchequer", "Secretary of State", "Minister of Harbors")) {
      var a =
          article("a1", "The plan was set out by " + title + " Ana Ruiz.", "PERSON", "Ana Ruiz");
      assertThat(resolver.resolve(List.of(a)).get(0).roles())
          .extracting(Entity.Role::role)
          .containsExactly(title);
    }
  }

  @Test
  void aWordOpeningTheSentenceIsNoPartOfTheAffiliation() {
    for (String opening :
        List.of("But Harbor Alliance", "Earlier Harbor Alliance", "In October Harbor Alliance")) {
      var a =
          article(
              "a1",
              "The count ended. " + opening + " leader Ana Ruiz said so.",
              "PERSON",
              "Ana Ruiz");
      assertThat(resolver.resolve(List.of(a)).get(0).roles())
          .extracting(Entity.Role::affiliation)
          .containsExactly("Harbor Alliance");
    }
  }

  @Test
  void aTitleHeldThenImaginedOrADemonymIsNoPostHeldNow() {
    var then =
        article("a1", "She lost in 2008 to then-Sen. Ana Ruiz, who won.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(then)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("then-Sen.");
    // the sentence gives a new post: the title before the name is the one held before it
    var elected =
        article(
            "a4",
            "Attorney Ana Ruiz was elected governor of Harwick in 2009.",
            "PERSON",
            "Ana Ruiz");
    assertThat(resolver.resolve(List.of(elected)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("then-Attorney");
    var imagined =
        article(
            "a2",
            "Ana Ruiz spoke. It is an agenda a President Ruiz could hope to see work.",
            "PERSON",
            "Ana Ruiz",
            "Ruiz");
    assertThat(resolver.resolve(List.of(imagined)).get(0).roles()).isEmpty();
    var vermonter =
        article(
            "a3",
            "Vermonter Ana Ruiz won in Vermont and in three other states.",
            "PERSON",
            "Ana Ruiz");
    assertThat(resolver.resolve(List.of(vermonter)).get(0).roles()).isEmpty();
    // an agent noun that names no place of the article is still an office
    var treasurer =
        article("a4", "The board said Treasurer Ana Ruiz spoke in Vermont.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(treasurer)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("Treasurer");
    // a post about to be held is read with its suffix
    var elect =
        article("a5", "The board met President-elect Ana Ruiz on Monday.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(elect)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("President-elect");
  }

  @Test
  void aRoleAfterAndBelongsToTheNextPerson() {
    var a =
        article(
            "a1",
            "Ruiz was joined by her manager, Tomas Varga, and his spokeswoman, Lena Holm.",
            "PERSON",
            "Tomas Varga");
    assertThat(resolver.resolve(List.of(a)).get(0).roles()).isEmpty();
    var appositive = article("a2", "Tomas Varga, his spokesman, said so.", "PERSON", "Tomas Varga");
    assertThat(resolver.resolve(List.of(appositive)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("his spokesman");
  }

  @Test
  void theEvidenceOfARoleStartsAtItsTitleAfterAHyphenedFigure() {
    String text = "Holm ended the 12-year tenure of mayor Tomas Varga.";
    var a = article("a1", text, "PERSON", "Tomas Varga");
    assertThat(resolver.resolve(List.of(a)).get(0).roles())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.role()).isEqualTo("Mayor");
              assertThat(text.substring(r.start(), r.end())).isEqualTo("mayor Tomas Varga");
            });
  }

  @Test
  void aRoleAfterTheNameEndsWhereAClauseBegins() {
    var professor =
        article(
            "a1",
            "Tomas Varga, a law professor at Harwick University who studies courts, said so.",
            "PERSON",
            "Tomas Varga");
    assertThat(resolver.resolve(List.of(professor)).get(0).roles())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.role()).isEqualTo("law professor");
              assertThat(r.affiliation()).isEqualTo("Harwick University");
            });
    var candidate =
        article("a2", "Tomas Varga, running for president, spoke.", "PERSON", "Tomas Varga");
    assertThat(resolver.resolve(List.of(candidate)).get(0).roles()).isEmpty();
    // "ex-" is "former"
    var ex = article("a4", "She beat ex-finance minister Tomas Varga.", "PERSON", "Tomas Varga");
    assertThat(resolver.resolve(List.of(ex)).get(0).roles())
        .singleElement()
        .satisfies(r -> assertThat(r.role()).isEqualToIgnoringCase("former finance minister"));
    // the post belongs to the one she speaks of
    var lawyer =
        article(
            "a3",
            "His lawyer, Ana Ruiz, said the former mayor, 63, would appeal.",
            "PERSON",
            "Ana Ruiz");
    assertThat(resolver.resolve(List.of(lawyer)).get(0).roles()).isEmpty();
  }

  @Test
  void aFamilyNameTwoPeopleOfTheArticleShareGetsNoTitle() {
    var a =
        article(
            "a1",
            "Ana Ruiz campaigned with Tomas Ruiz. Aides said President Ruiz would help her.",
            "PERSON",
            "Ana Ruiz",
            "Tomas Ruiz",
            "Ruiz");
    assertThat(resolver.resolve(List.of(a))).allSatisfy(e -> assertThat(e.roles()).isEmpty());
    var alone =
        article(
            "a2",
            "Tomas Ruiz campaigned. Aides said President Ruiz would help.",
            "PERSON",
            "Tomas Ruiz",
            "Ruiz");
    assertThat(resolver.resolve(List.of(alone)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("President");
  }

  @Test
  void aHeadlineInCapitalsOrAModelNumberIsNoOffice() {
    var headline =
        article("a1", "Live updates\n\nHOW WILL RUIZ PLAY?\n\nShe spoke.", "PERSON", "RUIZ");
    assertThat(resolver.resolve(List.of(headline)).get(0).roles()).isEmpty();
    var model = article("a2", "It has 802.11AC Harbor Mesh built in.", "PERSON", "Harbor Mesh");
    assertThat(resolver.resolve(List.of(model)).get(0).roles()).isEmpty();
    // an initialism before a name written normally is still an office
    var cfo = article("a3", "The company said CFO Ana Ruiz left.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(cfo)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("CFO");
  }

  @Test
  void initialsAShipsPrefixOrARegnalNumberIsNoOffice() {
    for (String text :
        List.of(
            "The Harwick ace CC Varga struck out nine.",
            "Pitching coach T.J. Varga left.",
            "The frigate INS Varga sailed.",
            "The cargo ship MV Varga was seized.",
            "He beat Louis II Varga.")) {
      var a = article("a1", text, "PERSON", "Varga");
      assertThat(resolver.resolve(List.of(a)).get(0).roles())
          .as(text)
          .extracting(Entity.Role::role)
          .doesNotContain("CC", "T.J.", "INS", "MV", "II");
    }
  }

  @Test
  void aGivenNameSharingAFamilyNameIsNoOffice() {
    // "Tomas and Hunter Varga": two people; "Hunter" ends like an agent noun but is a name
    var pair =
        article(
            "a1",
            "Police wanted to question Tomas and Hunter Varga about the fire.",
            "PERSON",
            "Varga");
    assertThat(resolver.resolve(List.of(pair)).get(0).roles()).isEmpty();
    // the tagger's "Hunter Varga" beside "Tomas Varga": a son, not "Hunter" Tomas Varga
    var family =
        article(
            "a3",
            "Tomas Varga denied it. His son Hunter Varga sat on the board.",
            "PERSON",
            "Tomas Varga",
            "Hunter Varga");
    assertThat(resolver.resolve(List.of(family)))
        .flatExtracting(e -> e.roles())
        .extracting(Entity.Role::role)
        .doesNotContain("Hunter");
    // two offices of one person are still read
    var both =
        article(
            "a2", "The report was signed by Sheriff and Coroner Ana Ruiz.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(both)).get(0).roles())
        .extracting(Entity.Role::role)
        .isNotEmpty();
  }

  @Test
  void abbreviatedAndUnlistedOfficesBeforeTheName() {
    var lieutenant =
        article("a1", "The fire spread, Harbor Police Lt. Ana Ruiz said.", "PERSON", "Ana Ruiz");
    Entity.Role role = resolver.resolve(List.of(lieutenant)).get(0).roles().get(0);
    assertThat(role.role()).isEqualTo("Police Lt.");
    assertThat(role.affiliation()).isEqualTo("Harbor");
    var coroner = article("a2", "The body was examined by Coroner Ana Ruiz.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(coroner)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("Coroner");
    var cfo = article("a3", "The company said CFO Ana Ruiz left.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(cfo)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("CFO");
    var constable =
        article("a5", "At the scene, Const. Ana Ruiz told reporters.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(constable)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("Const.");
    var councilman =
        article("a6", "City Councilman Ana Ruiz has been posting.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(councilman)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("City Councilman");
    var under =
        article(
            "a4", "The county said Undersheriff Ana Ruiz led the search.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(under)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("Undersheriff");
  }

  @Test
  void aServiceWordBelongsOnlyToTheOfficesOfThatService() {
    var chief = article("a1", "Harbor Fire Chief Ana Ruiz said.", "PERSON", "Ana Ruiz");
    Entity.Role role = resolver.resolve(List.of(chief)).get(0).roles().get(0);
    assertThat(role.role()).isEqualTo("Fire Chief");
    assertThat(role.affiliation()).isEqualTo("Harbor");
    // a title-case headline: "Fire" is the verb, not part of the post
    var headline =
        article("a2", "Ostland Rovers Fire Coach Ana Ruiz, Hire Tomas Varga", "PERSON", "Ana Ruiz");
    role = resolver.resolve(List.of(headline)).get(0).roles().get(0);
    assertThat(role.role()).isEqualTo("Coach");
  }

  @Test
  void aCapitalisedWordThatIsNoOfficeIsNoRole() {
    // capitalised for opening the sentence, a party, a team (plural): none is a post
    for (String text :
        List.of(
            "However Ana Ruiz disagreed.",
            "The vote went to Republican Ana Ruiz.",
            "The offer came from Rangers Ana Ruiz.")) {
      var a = article("a1", text, "PERSON", "Ana Ruiz");
      assertThat(resolver.resolve(List.of(a)).get(0).roles()).as(text).isEmpty();
    }
  }

  @Test
  void aSentenceOpeningDescriptionGivesTheSubjectBeforeItARole() {
    var a =
        article(
            "a1",
            "Harwick President Tomas Varga invited Petra Ulm to visit. Ulm, in turn, vowed to stay"
                + " Varga's partner. The Ostland leader has already sent 1,000 troops.",
            "PERSON",
            "Tomas Varga",
            "Petra Ulm",
            "Varga",
            "Ulm");
    List<Entity> entities = resolver.resolve(List.of(a));
    Entity ulm = entities.stream().filter(e -> e.name().equals("Petra Ulm")).findFirst().get();
    Entity varga = entities.stream().filter(e -> e.name().equals("Tomas Varga")).findFirst().get();
    assertThat(ulm.roles())
        .extracting(Entity.Role::role, Entity.Role::affiliation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("leader", "Ostland"));
    assertThat(varga.roles()).extracting(Entity.Role::role).containsExactly("President");
  }

  @Test
  void aDescriptionSkipsAPersonTheArticleGivesAnotherAffiliation() {
    var a =
        article(
            "a1",
            "Harwick President Tomas Varga met Petra Ulm on Monday. The Ostland leader said little."
                + " The Harwick President spoke for an hour.",
            "PERSON",
            "Tomas Varga",
            "Petra Ulm");
    List<Entity> entities = resolver.resolve(List.of(a));
    Entity ulm = entities.stream().filter(e -> e.name().equals("Petra Ulm")).findFirst().get();
    assertThat(ulm.roles()).extracting(Entity.Role::affiliation).containsExactly("Ostland");
  }

  @Test
  void anOfficeTheTaggerReadIntoANameIsARoleWhenTheArticleSaysSo() {
    var a =
        article(
            "a1",
            "Petra Lind found the car. Later, Coroner Lind said the driver died at once. Treasurer"
                + " Tomas Varga paid. Tomas Varga left. Walter Ulm spoke, and Ulm left.",
            "PERSON",
            "Coroner Lind",
            "Petra Lind",
            "Treasurer Tomas Varga",
            "Tomas Varga",
            "Walter Ulm",
            "Ulm");
    List<Entity> entities = resolver.resolve(List.of(a));
    Entity lind = entities.stream().filter(e -> e.name().equals("Petra Lind")).findFirst().get();
    assertThat(lind.variants()).doesNotContain("Coroner Lind");
    assertThat(lind.roles()).extracting(Entity.Role::role).containsExactly("Coroner");
    Entity varga = entities.stream().filter(e -> e.name().equals("Tomas Varga")).findFirst().get();
    assertThat(varga.roles()).extracting(Entity.Role::role).containsExactly("Treasurer");
    // nothing says Walter is not Ulm's given name
    assertThat(entities).extracting(Entity::name).contains("Walter Ulm");
    var chief =
        article(
            "a3", "Later, Chief Gaskin said the climbers had no rope.", "PERSON", "Chief Gaskin");
    Entity gaskin = resolver.resolve(List.of(chief)).get(0);
    assertThat(gaskin.name()).isEqualTo("Gaskin");
    assertThat(gaskin.roles()).extracting(Entity.Role::role).containsExactly("Chief");
    var team =
        article(
            "a2",
            "The Harwick Chargers lost. Charger Jamal Reed was hurt. Jamal Reed will miss a game.",
            "PERSON",
            "Charger Jamal Reed",
            "Jamal Reed");
    assertThat(resolver.resolve(List.of(team)))
        .flatExtracting(Entity::roles)
        .extracting(Entity.Role::role)
        .doesNotContain("Charger");
  }

  @Test
  void anOfficeReadIntoANameIsARoleWhenTheArticleTitlesTheRestOtherwise() {
    String text =
        "Deputy Lind was shot at dawn. It was that robbery that Coroner Lind was investigating.";
    var a = article("a1", text, "PERSON", "Lind", "Coroner Lind");
    List<Entity> entities = resolver.resolve(List.of(a));
    assertThat(entities).extracting(Entity::name).containsExactly("Lind");
    assertThat(entities.get(0).roles()).extracting(Entity.Role::role).contains("Coroner");
    // without a title of its own, nothing says "Coroner" is no part of the name
    var alone =
        article(
            "a2",
            "It was that robbery that Coroner Lind was investigating.",
            "PERSON",
            "Coroner Lind");
    assertThat(resolver.resolve(List.of(alone)))
        .extracting(Entity::name)
        .containsExactly("Coroner Lind");
  }

  @Test
  void anOfficeReadIntoANameIsSplitOffWhenAnotherArticleWritesTheName() {
    var coroner =
        article(
            "a1",
            "Voters went to the polls. Coroner Ana Maria Ruiz said turnout was high.",
            "PERSON",
            "Coroner Ana Maria Ruiz");
    var named = article("a2", "Ana Maria Ruiz spoke on Sunday.", "PERSON", "Ana Maria Ruiz");
    List<Entity> entities = resolver.resolve(List.of(coroner, named));
    assertThat(entities).extracting(Entity::name).containsExactly("Ana Maria Ruiz");
    assertThat(entities.get(0).roles()).extracting(Entity.Role::role).containsExactly("Coroner");
    // a player of a team another article names in the plural is no office
    var player = article("b1", "Charger Jamal Reed was arrested.", "PERSON", "Charger Jamal Reed");
    var plays = article("b2", "Jamal Reed was hurt on Sunday.", "PERSON", "Jamal Reed");
    var team = article("b3", "The Chargers lost again.", "ORGANIZATION", "Chargers");
    assertThat(resolver.resolve(List.of(player, plays, team)))
        .flatExtracting(Entity::roles)
        .extracting(Entity.Role::role)
        .doesNotContain("Charger");
  }

  @Test
  void anOfficeOpeningASentenceIsReadUnlessTheWordIsAnAdverb() {
    var undersheriff =
        article(
            "a1", "The fire spread. Undersheriff Ana Ruiz told reporters.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(undersheriff)).get(0).roles())
        .extracting(Entity.Role::role)
        .containsExactly("Undersheriff");
    var whether =
        article("a2", "Polls open today. Whether Ana Ruiz runs is unclear.", "PERSON", "Ana Ruiz");
    assertThat(resolver.resolve(List.of(whether)).get(0).roles()).isEmpty();
  }

  @Test
  void affiliationBeforeTheTitle() {
    var a =
        article(
            "a1", "Russian President Vladimir Marchenko spoke.", "PERSON", "Vladimir Marchenko");
    Entity.Role role = resolver.resolve(List.of(a)).get(0).roles().get(0);
    assertThat(role.affiliation()).isEqualTo("Russian");
    assertThat(role.role()).isEqualTo("President");
  }

  @Test
  void pronounsAndTitlesAreNotNames() {
    var a =
        article(
            "a1",
            "Mayor Petra Ulm spoke. He said he agreed with Petra Ulm.",
            "PERSON",
            "Mayor Petra Ulm",
            "He",
            "he");
    List<Entity> entities = resolver.resolve(List.of(a));
    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).name()).isEqualTo("Petra Ulm");
  }

  @Test
  void aLoneNameWrittenBeforeAPlaceNounIsAPlace() {
    var a =
        article(
            "a1",
            "Engineers found a crack in the Varna dam. The Varna valley was cleared.",
            "PERSON",
            "Varna");
    assertThat(resolver.resolve(List.of(a)).get(0).type()).isEqualTo("LOCATION");
  }

  @Test
  void placesMergeAcrossRomanisations() {
    var a = article("a1", "Talks were held in Kharkiv.", "LOCATION", "Kharkiv");
    var b = article("a2", "Talks were held in Kharkov.", "LOCATION", "Kharkov");
    assertThat(resolver.resolve(List.of(a, b))).hasSize(1);
    assertThat(EntityResolver.sameWordButVowels("kyiv", "kiev")).isTrue();
    assertThat(EntityResolver.sameWordButVowels("wales", "wolves")).isFalse();
    assertThat(EntityResolver.sameWordButVowels("ireland", "orlando")).isFalse();
    assertThat(EntityResolver.sameWordButVowels("china", "chennai")).isFalse();
  }

  @Test
  void aLoneGivenNameJoinsTheFullNameWithTheSameRoleOfTheSameCountry() {
    var a =
        article(
            "a1",
            "Ostlandish President Marek Halvorsen met Westmarkian President Marek Doyle.",
            "PERSON",
            "Marek Halvorsen",
            "Marek Doyle");
    var b =
        article(
            "a2", "Talks stalled, said Ostland's President Marek on Friday.", "PERSON", "Marek");
    List<Entity> entities = resolver.resolve(List.of(a, b));
    Entity halvorsen =
        entities.stream().filter(e -> e.name().equals("Marek Halvorsen")).findFirst().orElseThrow();
    assertThat(halvorsen.variants()).contains("Marek");
    assertThat(entities).noneMatch(e -> e.name().equals("Marek"));
  }

  @Test
  void aLoneGivenNameWithoutAnAgreeingRoleStaysApart() {
    var a =
        article("a1", "Ostlandish President Marek Halvorsen spoke.", "PERSON", "Marek Halvorsen");
    var b = article("a2", "The striker Marek scored twice.", "PERSON", "Marek");
    List<Entity> entities = resolver.resolve(List.of(a, b));
    assertThat(entities).anyMatch(e -> e.name().equals("Marek"));
  }

  @Test
  void aNameTaggedAPersonInOneArticleJoinsThePlaceItNamesInOthers() {
    var a = article("a1", "A court in Tarnow sentenced the former mayor.", "PERSON", "Tarnow");
    var b =
        article("a2", "The Tarnow court heard the case. Tarnow was quiet.", "LOCATION", "Tarnow");
    var c = article("a3", "Reporters waited in Tarnow.", "LOCATION", "Tarnow");
    List<Entity> entities = resolver.resolve(List.of(a, b, c));
    assertThat(entities).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("LOCATION"));
    assertThat(entities.get(0).mentions()).hasSize(4);
  }

  @Test
  void aLonePersonWordAfterASettlementNounIsAPlace() {
    var a =
        article(
            "a1",
            "Troops entered the villages of Novoselka and Zarichne on Monday.",
            "PERSON",
            "Zarichne");
    assertThat(resolver.resolve(List.of(a)).get(0).type()).isEqualTo("LOCATION");
  }

  @Test
  void aNameInCapitalsOpeningAReportBeforeADashIsItsDateline() {
    String a = "Headline\nHARWICK — The Harwick Rovers signed a striker.";
    int at = a.indexOf("HARWICK");
    assertThat(EntityResolver.dateline(a, at, at + 7)).isTrue();
    String b = "LINDHOLM, Ostland (Wire) - Talks resumed.";
    assertThat(EntityResolver.dateline(b, 0, 8)).isTrue();
    // a name in capitals inside a line, or one opening a sentence, is not
    String c = "Fans cheered. HARWICK — the crowd";
    int in = c.indexOf("HARWICK");
    assertThat(EntityResolver.dateline(c, in, in + 7)).isFalse();
    String d = "Harwick — a port of 40,000 people.";
    assertThat(EntityResolver.dateline(d, 0, 7)).isFalse();
    String e = "ANA RUIZ said she would stay.";
    assertThat(EntityResolver.dateline(e, 0, 8)).isFalse();
  }
}
