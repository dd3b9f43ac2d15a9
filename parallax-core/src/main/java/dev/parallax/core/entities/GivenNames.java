package dev.parallax.core.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names that are one name in different languages or transliteration traditions: the Ukrainian
 * and Russian forms of an East Slavic name (Volodymyr / Vladimir, Oleksandr / Aleksandr, Andrii /
 * Andrey), their English forms, and the common spellings of Arabic names (Muhammad / Mohammed /
 * Mohamed). Spelling variants that only differ in romanisation are found by {@link
 * Romanization#skeleton}; this table holds the pairs a skeleton cannot see because the names differ
 * in more than spelling.
 *
 * <p>This is general linguistic knowledge, not a list of people: it never decides alone that two
 * people are the same, only that two given names may be.
 */
final class GivenNames {

  private static final List<List<String>> GROUPS =
      List.of(
          List.of("volodymyr", "vladimir", "wladimir", "wolodymyr", "volodimir", "uladzimir"),
          List.of(
              "oleksandr",
              "aleksandr",
              "alexander",
              "alexandr",
              "olexandr",
              "aliaksandr",
              "alyaksandr",
              "alexandre",
              "alessandro",
              "alejandro",
              "aleksander",
              "alaksandr",
              "alksandr"),
          List.of(
              "andrii", "andriy", "andrey", "andrei", "andrew", "andreas", "andres", "andrzej",
              "andy"),
          List.of(
              "mykola", "nikolai", "nikolay", "nicholas", "nicolas", "mikalai", "nikola", "nick"),
          List.of("serhii", "serhiy", "sergei", "sergey", "sergiy", "siarhei", "sergio"),
          List.of("dmytro", "dmitry", "dmitri", "dmitriy", "dzmitry", "dimitri", "dimitrios"),
          List.of("yurii", "yuriy", "yuri", "iurii", "jurij", "yury", "iouri"),
          List.of("petro", "pyotr", "petr", "peter", "pedro", "pierre", "pietro", "piotr", "pete"),
          List.of("pavlo", "pavel", "paul", "pablo", "paolo", "pavol"),
          List.of(
              "mykhailo",
              "mikhail",
              "michael",
              "mykhaylo",
              "mikhal",
              "michel",
              "miguel",
              "michal",
              "mike"),
          List.of(
              "hryhorii", "hryhoriy", "grigory", "grigoriy", "gregory", "ryhor", "grigori", "greg"),
          List.of("vasyl", "vasily", "vasiliy", "vasili", "vasil", "basil"),
          List.of(
              "yevhen", "yevgeny", "evgeny", "evgeniy", "yevgeniy", "eugene", "yauhen", "yauheni"),
          List.of("oleh", "oleg", "aleh"),
          List.of("olha", "olga", "volha", "olgha"),
          List.of(
              "oleksii",
              "oleksiy",
              "aleksei",
              "aleksey",
              "alexei",
              "alexey",
              "aliaksei",
              "alyaksey"),
          List.of("ihor", "igor", "ihar"),
          List.of("heorhii", "georgy", "georgiy", "george", "jorge", "giorgi"),
          List.of(
              "yosyp", "iosif", "joseph", "yosef", "yossef", "josef", "jozef", "yusuf", "yousef",
              "youssef", "yousif", "joe", "joey"),
          List.of("ivan", "ioann", "johann", "juan", "giovanni", "jan"),
          List.of(
              "kateryna",
              "yekaterina",
              "ekaterina",
              "katerina",
              "catherine",
              "katarzyna",
              "katsiaryna"),
          List.of("olena", "yelena", "elena", "helen", "helena", "alena"),
          List.of("iryna", "irina", "iryina"),
          List.of("nataliia", "natalia", "natalya", "nataliya", "natalie", "natallia"),
          List.of("tetiana", "tatiana", "tatyana", "tetyana", "tatsiana", "tatsyana"),
          List.of("anatolii", "anatoly", "anatoliy", "anatol"),
          List.of("valerii", "valery", "valeriy"),
          List.of("vitalii", "vitaly", "vitaliy"),
          List.of("yulia", "yuliia", "julia", "iuliia"),
          List.of(
              "muhammad",
              "mohammed",
              "mohamed",
              "mohammad",
              "muhammed",
              "mohamad",
              "muhamad",
              "mehmet",
              "mohd",
              "mhd",
              "muhamed"),
          List.of("ahmad", "ahmed", "ahmet"),
          List.of("husayn", "hussein", "husein", "hosein", "hossein", "huseyin", "hussain"),
          List.of("hasan", "hassan"),
          List.of("umar", "omar", "omer"),
          List.of("uthman", "othman", "osman", "usman"),
          List.of("abd", "abdul", "abdel", "abdal"),
          List.of("ibrahim", "ebrahim", "abraham"),
          // English short forms, which news uses interchangeably with the full name ("Ray Kelly",
          // "Raymond Kelly"); names a short form shares with another name (Al, Pat, Ted, Harry,
          // Jack) are left out
          List.of("raymond", "ray"),
          List.of("james", "jim", "jimmy", "jamie"),
          List.of("william", "bill", "billy", "will", "willie"),
          List.of("robert", "bob", "bobby", "rob", "robbie"),
          List.of("richard", "rick", "ricky", "dick", "rich"),
          List.of("thomas", "tom", "tommy"),
          List.of("david", "dave"),
          List.of("daniel", "dan", "danny"),
          List.of("anthony", "tony"),
          List.of("stephen", "steven", "steve"),
          List.of("christopher", "chris"),
          List.of("matthew", "matt"),
          List.of("benjamin", "ben"),
          List.of("samuel", "sam"),
          List.of("edward", "ed", "eddie"),
          List.of("charles", "charlie", "chuck"),
          List.of("timothy", "tim"),
          List.of("kenneth", "ken"),
          List.of("ronald", "ron"),
          List.of("donald", "don"),
          List.of("gerald", "gerry", "jerry"),
          List.of("lawrence", "larry"),
          List.of("jeffrey", "jeff", "geoffrey"),
          List.of("jacob", "jake"),
          List.of("joshua", "josh"),
          List.of("jonathan", "jon"),
          List.of("frederick", "fred"),
          List.of("walter", "walt"),
          List.of("henry", "hank"),
          List.of("elizabeth", "liz", "beth"),
          List.of("jennifer", "jenny"),
          List.of("rebecca", "becky"),
          List.of("deborah", "debbie"));

  private static final Map<String, Integer> GROUP_OF = new HashMap<>();

  static {
    for (int g = 0; g < GROUPS.size(); g++) {
      for (String name : GROUPS.get(g)) {
        GROUP_OF.put(name, g);
      }
    }
  }

  /**
   * Given names so widespread that sharing one, with a family name, says little: "Muhammad Amin"
   * and "Muhammad Yahya Amin" may well be two people; "Ayman Zawahiri" and "Ayman Muhammad
   * Zawahiri" hardly. Forms and spellings of these names count too (via the groups).
   */
  private static final java.util.Set<String> COMMON =
      java.util.Set.of(
          "muhammad",
          "ahmad",
          "ali",
          "abd",
          "abd_allah",
          "abd_rahman",
          "abdullah",
          "abdallah",
          "hasan",
          "husayn",
          "ibrahim",
          "mahmud",
          "mahmoud",
          "mustafa",
          "khalid",
          "umar",
          "yusuf",
          "said",
          "saeed",
          "hamid",
          "hamed",
          "abubakar",
          "jose",
          "juan",
          "maria",
          "luis",
          "carlos",
          "jesus",
          "john",
          "james",
          "david",
          "michael",
          "kim",
          "li",
          "wang",
          "chen",
          "zhang",
          "nguyen",
          "ivan",
          "aleksandr",
          "vladimir",
          "sergei",
          "andrei",
          "nikolai",
          "dmitry",
          "alexander");

  /**
   * Given names that end like an agent noun ("-er", "-or"), so that the role reader's rule for
   * offices it does not list ("Coroner", "Treasurer") would read them as titles: "Hunter Varga",
   * "Victor Lind". Written before a family name they are names.
   */
  private static final java.util.Set<String> AGENT_LIKE =
      java.util.Set.of(
          "hunter",
          "tyler",
          "walter",
          "carter",
          "porter",
          "spencer",
          "parker",
          "baxter",
          "archer",
          "fletcher",
          "foster",
          "chester",
          "lester",
          "sawyer",
          "homer",
          "roger",
          "peter",
          "oliver",
          "christopher",
          "alexander",
          "xavier",
          "javier",
          "jasper",
          "casper",
          "jennifer",
          "heather",
          "amber",
          "esther",
          "skyler",
          "schuyler",
          "asher",
          "dexter",
          "tucker",
          "harper",
          "piper",
          "tanner",
          "walker",
          "victor",
          "hector",
          "trevor",
          "connor",
          "taylor",
          "nestor",
          "eleanor",
          "salvador",
          "gregor",
          "elmer",
          "luther",
          "webster",
          "sumner",
          "palmer",
          "grover",
          "ryder",
          "ryker",
          "wilder",
          "booker",
          "theodor",
          "igor");

  private GivenNames() {}

  /** Whether a folded word is a given name that reads like an agent noun ("hunter"). */
  static boolean agentLike(String folded) {
    return AGENT_LIKE.contains(folded);
  }

  /** True when a folded given name is one of the most widespread names (or a form of one). */
  static boolean common(String name) {
    if (COMMON.contains(name)) {
      return true;
    }
    Integer group = GROUP_OF.get(name);
    if (group == null) {
      return false;
    }
    for (String form : GROUPS.get(group)) {
      if (COMMON.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** True when a folded word is one of the given names this table knows. */
  static boolean known(String name) {
    return GROUP_OF.containsKey(name);
  }

  /** True when two folded given names are forms of one name. */
  static boolean cognate(String a, String b) {
    Integer ga = GROUP_OF.get(a);
    return ga != null && ga.equals(GROUP_OF.get(b));
  }
}
