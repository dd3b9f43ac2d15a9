package dev.parallax.core.crosscheck;

import dev.parallax.api.Article;
import dev.parallax.api.Claim;
import dev.parallax.core.claims.Amount;
import dev.parallax.core.claims.ClaimExtractor;
import dev.parallax.core.claims.DurationFinder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Aligns statements of different articles that are about the same thing, so they can be compared: a
 * person's title (same person, same kind of post), a quote (the same words, possibly trimmed), a
 * duration (the same war or strike), an amount of the same counted thing in the same situation.
 *
 * <p>Amounts are the hard case: "21,000 people" and "12,400 residents" are the same evacuees, but
 * "600 people" in a shelter are not. Two amounts are aligned when they count the same kind of thing
 * and each is the other's best match by the words around it (mutual best match), and those words
 * overlap enough. The value itself never decides alignment, or contradictions could not be found.
 */
final class Facts {

  /** Nouns that count people; an amount of any of them is an amount of people. */
  private static final Set<String> PEOPLE =
      Set.of(
          "people",
          "person",
          "resident",
          "inhabitant",
          "citizen",
          "individual",
          "villager",
          "evacuee");

  /** Whether a counted thing is a bare "others" ("injuring 31 others"). */
  static boolean others(String subject) {
    // "six other people were hurt" names them no more than "six others" does
    return subject != null
        && subject.strip().toLowerCase(Locale.ROOT).matches("others?|other (?:people|persons)");
  }

  /** The kind of a bare "others" ("injuring 31 others"), a count only with a fate. */
  private static final String OTHERS = "others";

  /** Words that make a counted thing a different set: "two other victims", "a dozen more". */
  private static final Set<String> OTHER =
      Set.of("other", "others", "another", "more", "additional");

  /** The fate of those a disease struck: "212 people have been infected", "212 cases". */
  static final String INFECTED = "infected";

  /** What a workforce's people are: "employ 9,000 workers", "9,000 employees". */
  static final String EMPLOYED = "employed";

  /** The fate of those being treated in hospital: "41 patients remain in hospital". */
  static final String IN_HOSPITAL = "in hospital";

  /**
   * Hospital in the clause after a count: "41 patients remain in hospital", "14 patients were still
   * being treated in hospital", "sending 12 to hospital".
   */
  private static final Pattern IN_HOSPITAL_AFTER =
      Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+){0,6}?(?:in|to)\\s+(?:a\\s+|the\\s+)?hospitals?\\b");

  /**
   * A derailment in the clause after a count of carriages or wagons, in the words news uses for it:
   * "five carriages derailed", "four carriages came off the rails", "left the track", "jumped the
   * tracks". "The track" alone is no derailment ("200 metres of the track").
   */
  private static final Pattern DERAILED_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:\\p{L}+\\s+){0,2}?(?:derailed|(?:left|came\\s+off|jumped|ran\\s+off)\\s+"
              + "(?:the\\s+)?(?:track|tracks|rails|line))\\b");

  /** What befell carriages that left the rails. */
  static final String DERAILED = "derailed";

  /** What befell homes left without electricity: see {@link #FATES}. */
  static final String POWERLESS = "powerless";

  /** What a craft carried, people or things: see {@link #FATES}. */
  static final String CARRIED = "carried";

  /** What was done for homes whose power came back: see {@link #FATES}. */
  static final String RESTORED = "restored";

  /**
   * Words of an outbreak of disease, in whose reports "cases" are the people it struck: "212
   * confirmed cases" and "212 people have been infected" are one figure.
   */
  private static final Pattern OUTBREAK =
      Pattern.compile("(?i)\\b(?:outbreak|epidemic|pandemic|infect\\w*|virus|disease)\\b");

  /** The fate of those who got away ("how many inmates escaped", not "were escaped"). */
  static final String ESCAPED = "escaped";

  /** The fate of jobs to go: what a job-cut figure counts. */
  private static final String CUT = "cut";

  /**
   * What befell the people a figure counts, by the words that say it: killed, injured, missing,
   * rescued, evacuated, arrested. "Killing 14 people", "14 people died" and "14 dead" are one death
   * toll; "189 people rescued" in the same reports is another figure about other people.
   */
  private static final Map<String, String> FATES =
      Map.ofEntries(
          Map.entry("killing", "killed"),
          Map.entry("killed", "killed"),
          Map.entry("kills", "killed"),
          Map.entry("dead", "killed"),
          Map.entry("died", "killed"),
          Map.entry("die", "killed"),
          Map.entry("perished", "killed"),
          Map.entry("drowned", "killed"),
          Map.entry("drowning", "killed"),
          Map.entry("deaths", "killed"),
          Map.entry("toll", "killed"),
          // "stabbed three people to death"
          Map.entry("to death", "killed"),
          // "has claimed about 1,200 lives" (but "saved 30 lives": the verb before comes first)
          Map.entry("lives", "killed"),
          Map.entry("injuring", "injured"),
          Map.entry("injured", "injured"),
          Map.entry("injuries", "injured"),
          Map.entry("wounding", "injured"),
          Map.entry("wounded", "injured"),
          Map.entry("hurt", "injured"),
          // "nine passengers were treated for minor injuries": those treated were hurt
          Map.entry("treated for", "injured"),
          Map.entry("missing", "missing"),
          // "seven inmates escaped", "broke out"
          Map.entry("escaped", ESCAPED),
          Map.entry("escaping", ESCAPED),
          Map.entry("broke out", ESCAPED),
          // "held 14 people hostage", "14 hostages"
          Map.entry("hostage", "held hostage"),
          Map.entry("hostages", "held hostage"),
          // "nine miners were trapped", "the 11 trapped miners"
          Map.entry("trapped", "trapped"),
          Map.entry("stranded", "trapped"),
          Map.entry("rescued", "rescued"),
          Map.entry("rescuing", "rescued"),
          Map.entry("saved", "rescued"),
          Map.entry("survivors", "rescued"),
          Map.entry("survived", "rescued"),
          // "pulled 85 people from flooded houses", "brought 85 people to safety"
          Map.entry("pulled", "rescued"),
          Map.entry("plucked", "rescued"),
          Map.entry("airlifted", "rescued"),
          // "the 22 crew were lifted off by helicopter", "winched to safety"
          Map.entry("lifted off", "rescued"),
          Map.entry("winched", "rescued"),
          Map.entry("safety", "rescued"),
          Map.entry("evacuated", "evacuated"),
          Map.entry("evacuating", "evacuated"),
          // "forcing the evacuation of 2,300 residents", "ordered 2,300 people to evacuate"
          Map.entry("evacuation", "evacuated"),
          Map.entry("evacuate", "evacuated"),
          // "forced 2,000 people to flee": those who fled are those evacuated
          Map.entry("flee", "evacuated"),
          Map.entry("fled", "evacuated"),
          Map.entry("fleeing", "evacuated"),
          Map.entry("displaced", "evacuated"),
          // "4,500 people were moved out of nearby villages", "relocated"
          Map.entry("moved out", "evacuated"),
          // "were ordered out of their homes"
          Map.entry("ordered out", "evacuated"),
          Map.entry("relocated", "evacuated"),
          // those a disease struck, and those in hospital (see fate for "in hospital")
          Map.entry("infected", INFECTED),
          Map.entry("infecting", INFECTED),
          Map.entry("sickened", INFECTED),
          Map.entry("sickening", INFECTED),
          Map.entry("ill", INFECTED),
          Map.entry("hospitalised", IN_HOSPITAL),
          Map.entry("hospitalized", IN_HOSPITAL),
          // those a company or body employs: "will employ about 9,000 people", "9,000 employees"
          Map.entry("employ", EMPLOYED),
          Map.entry("employs", EMPLOYED),
          Map.entry("employing", EMPLOYED),
          Map.entry("employed", EMPLOYED),
          Map.entry("employees", EMPLOYED),
          Map.entry("staff", EMPLOYED),
          Map.entry("arrested", "arrested"),
          Map.entry("arresting", "arrested"),
          Map.entry("detained", "arrested"),
          // "captured 23 pirates", "nabbed 23 sea brigands": those taken into custody
          Map.entry("captured", "arrested"),
          Map.entry("capturing", "arrested"),
          Map.entry("nabbed", "arrested"),
          // jobs to go: "will cut 1,200 jobs", "plans to eliminate 1,400 positions"
          Map.entry("cut", CUT),
          Map.entry("cuts", CUT),
          Map.entry("cutting", CUT),
          Map.entry("eliminate", CUT),
          Map.entry("eliminates", CUT),
          Map.entry("eliminating", CUT),
          Map.entry("shed", CUT),
          Map.entry("sheds", CUT),
          Map.entry("shedding", CUT),
          Map.entry("axe", CUT),
          Map.entry("axing", CUT),
          Map.entry("slash", CUT),
          Map.entry("slashing", CUT),
          Map.entry("scrap", CUT),
          Map.entry("scrapping", CUT),
          // homes a storm cut off ("leaving 210,000 homes without power", "210,000 households
          // lost power") and those it was brought back to ("restored power to 80,000 homes")
          Map.entry("without power", POWERLESS),
          Map.entry("without electricity", POWERLESS),
          Map.entry("lost power", POWERLESS),
          Map.entry("lost electricity", POWERLESS),
          Map.entry("restored", RESTORED),
          // what a craft carried: "a rocket carrying three satellites", "a ferry carrying 212
          // people", "with 221 people on board"
          Map.entry("carrying", CARRIED),
          Map.entry("on board", CARRIED),
          Map.entry("aboard", CARRIED),
          // what was done to the things counted: "is recalling 1.2 million cars", "cancelled 640
          // flights" (see ACTIONS)
          Map.entry("recall", "recalled"),
          Map.entry("recalls", "recalled"),
          Map.entry("recalling", "recalled"),
          Map.entry("recalled", "recalled"),
          Map.entry("cancel", "cancelled"),
          Map.entry("cancels", "cancelled"),
          Map.entry("cancelling", "cancelled"),
          Map.entry("canceling", "cancelled"),
          Map.entry("cancelled", "cancelled"),
          Map.entry("canceled", "cancelled"),
          Map.entry("scrapped", "cancelled"),
          Map.entry("called off", "cancelled"),
          // "140 flights were grounded"
          Map.entry("grounded", "cancelled"),
          Map.entry("launch", "launched"),
          Map.entry("launching", "launched"),
          Map.entry("launched", "launched"),
          Map.entry("sold", "sold"),
          Map.entry("selling", "sold"),
          Map.entry("delivered", "delivered"),
          Map.entry("delivering", "delivered"),
          // "derailing five carriages"; the words after a count are read by DERAILED_AFTER
          Map.entry("derailing", DERAILED));

  /** What a verdict did on counts of a charge: see {@link #verdictOnCounts}. */
  static final String CONVICTED = "convicted";

  static final String ACQUITTED = "acquitted";

  /**
   * What was done to the things a figure counts, not to people: a recall's cars, a strike's
   * cancelled flights, a launch's missiles. Like a fate it says which figure is which, and two
   * reports' only figures of cars recalled are one fact however crowded or worded their sentences:
   * "is recalling 1.2 million cars … linked to 14 crashes and three injuries" and "will recall 2.1
   * million cars built between 2021 and 2024". Only verbs that news seldom words otherwise: with
   * "destroyed", "damaged" and "seized", one report's "three undersea cables were damaged" and
   * another's "two undersea cables" stopped being compared, and "seized seven AK-47s" parted from
   * the others' "seven AK-47s".
   */
  private static final Set<String> ACTIONS =
      Set.of(
          "recalled",
          "cancelled",
          "launched",
          "sold",
          "delivered",
          DERAILED,
          CONVICTED,
          ACQUITTED,
          POWERLESS,
          RESTORED,
          CARRIED);

  /**
   * A verdict on charges before a number of counts in its sentence: "was convicted on Tuesday of
   * four counts of bribery", "found guilty of five counts" ({@link #CONVICTED}); "cleared of one
   * count", "acquitted of two other counts", "found not guilty on three counts" ({@link
   * #ACQUITTED}). The last one written before the figure decides ("convicted of four counts and
   * acquitted of two"). The counts convicted on are one figure however worded, never held against
   * the counts faced or acquitted of. Null when no verdict stands before the figure, or a plea does
   * ("pleaded not guilty to two counts").
   */
  static String verdictOnCounts(String text, int start) {
    String before = text.substring(sentenceStart(text, start), start);
    if (WHOLE_BEFORE.matcher(before).find()) {
      return null; // "convicted on four of the six counts he faced": six is what he faced
    }
    Matcher m = VERDICT.matcher(before);
    String verdict = null;
    while (m.find()) {
      // a plea is no verdict: "pleaded not guilty to two counts"
      verdict = m.group(1) != null ? null : m.group(2) != null ? ACQUITTED : CONVICTED;
    }
    return verdict;
  }

  /** A whole after its part: "four of the six counts", "of all 12 counts". */
  private static final Pattern WHOLE_BEFORE = Pattern.compile("(?i)\\bof\\s+(?:the|all)\\s+$");

  private static final Pattern VERDICT =
      Pattern.compile(
          "(?i)\\b(plead(?:ed|s|ing)?\\s+(?:not\\s+)?guilty|pled\\s+(?:not\\s+)?guilty)\\b"
              + "|\\b(acquitted|cleared|not\\s+guilty)\\b|\\b(?:convicted|guilty)\\b");

  /**
   * Nouns of jobs, which a cut befalls: a company's "1,200 jobs" to go and another report's "1,400
   * jobs" to go are one figure, whatever else the sentences hold ("after annual profit fell 12% to
   * €840 million").
   */
  private static final Set<String> JOBS = Set.of("job", "position", "post", "role", "worker");

  /**
   * Least context similarity for two counts of people with the same fate, or two prison terms, to
   * be one figure: what the figure is of says much of which figure is which, so their words need
   * say less than other amounts' ({@link #CONTEXT_MIN}); at a record's 0.2 two nights' arrests in
   * one riot story were aligned.
   */
  static final double FATED_MIN = 0.3;

  /**
   * Least context similarity for two counts of one fate whose words hold one same other figure
   * ({@link #neighbourShared}): the toll beside two reports' injured says they tell one event's
   * figures in one breath, so fewer of their other words need match. Lowering {@link #FATED_MIN}
   * itself to 0.25 for every pair added two false contradictions in the planted evaluation.
   */
  static final double NEIGHBOURED_MIN = 0.2;

  /** Prefix of the kinds of people counts with what befell them ("people killed"). */
  private static final String FATED = "people ";

  /** Words either side of a figure read for what befell the people it counts. */
  private static final int FATE_WINDOW = 3;

  /** Words that end the stretch read for a fate: past them another figure is described. */
  private static final Set<String> FATE_STOP =
      Set.of(
          "and",
          "or",
          "but",
          "while",
          "including",
          // past a charge the clause tells what the people counted did, not what befell them:
          // "two men accused of killing Ana Ruiz"
          "accused",
          "charged",
          "suspected",
          "convicted",
          "sentenced",
          "jailed",
          // "carried out 100 attacks", "carrying out five raids": deeds, not a load
          "out");

  /** "And crew" right after a count of passengers: one count of those aboard. */
  private static final Pattern AND_CREW = Pattern.compile("(?i)\\s+and\\s+crew(?:\\s+members)?\\b");

  /**
   * What befell the people counted by the figure at [start, end), from the words of its own clause
   * nearest to it: before it ("killing 14", "the death toll rose to 14") or after it ("14 people
   * died", "14 dead"). Null when its words say nothing of it.
   */
  static String fate(String text, int start, int end) {
    int from = Math.max(sentenceStart(text, start), start - 60);
    int to = Math.min(sentenceEnd(text, end), end + 60);
    String[] before = text.substring(from, start).split("\\s+");
    for (int i = before.length - 1, n = 0; i >= 0 && n < FATE_WINDOW; i--) {
      String w = before[i].toLowerCase(Locale.ROOT);
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (w.matches(".*[,;:.!?)\\d].*") || FATE_STOP.contains(w)) {
        break;
      }
      if (FATES.containsKey(w)) {
        return FATES.get(w);
      }
    }
    String claimed = text.substring(start, end).toLowerCase(Locale.ROOT);
    // a workforce's noun ("12 employees", "40 staff") names who they are, and a verb after them
    // what befell them: "40 staff were injured" counts the injured
    String workforce = null;
    for (String w : claimed.split("[^\\p{L}]+")) {
      if (EMPLOYED.equals(FATES.get(w))) {
        workforce = EMPLOYED;
      } else if (FATES.containsKey(w)) {
        return FATES.get(w);
      }
    }
    if (IN_HOSPITAL_AFTER.matcher(text.substring(end, to)).find()) {
      return IN_HOSPITAL;
    }
    if (DERAILED_AFTER.matcher(text.substring(end, to)).find()) {
      return DERAILED;
    }
    int n = 0;
    String previous = "";
    // "189 passengers and crew were rescued": the crew are counted with them, not a new clause
    Matcher crew = AND_CREW.matcher(text.substring(end, to));
    int after = crew.lookingAt() ? end + crew.end() : end;
    for (String raw : text.substring(after, to).split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      String w = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (FATES.containsKey(previous + " " + w)) {
        return FATES.get(previous + " " + w); // "430 operations being called off"
      }
      previous = w;
      if (FATE_STOP.contains(w) || raw.matches(".*\\d.*") || ++n > FATE_WINDOW + 1) {
        break;
      }
      if (FATES.containsKey(w)) {
        return FATES.get(w);
      }
      if (raw.matches(".*[,;:.!?(].*")) {
        break;
      }
    }
    return workforce;
  }

  /**
   * A people count's kind with what befell them: "people killed" for any noun that counts people or
   * the dead themselves; other counted things keep their kind.
   */
  private static String withFate(String kind, String fate) {
    if (kind == null || fate == null) {
      return kind;
    }
    if (fate.equals(CUT)) {
      return JOBS.contains(kind) ? kind + " " + CUT : kind;
    }
    boolean persons = kind.equals("people") || PERSONS.contains(kind) || fateOf(kind) != null;
    if (ACTIONS.contains(fate)) {
      return persons ? kind : kind + " " + fate;
    }
    if (persons) {
      return FATED + fate;
    }
    return kind;
  }

  /**
   * Nouns that count persons by who they were. With what befell them they are a toll like any
   * other: "killing two passengers", "killing two people" and "two passengers died" are one death
   * toll; "31 others" injured after a death toll are 31 people injured. Without a fate they stay
   * their own kind: "148 passengers and six crew" are not "154 people" told wrong.
   */
  private static final Set<String> PERSONS =
      Set.of(
          OTHERS,
          "passenger",
          "crew",
          "member",
          "soldier",
          "troop",
          "civilian",
          "child",
          "children",
          "student",
          "pupil",
          "miner",
          "worker",
          "employee",
          "officer",
          "policeman",
          "policemen",
          "firefighter",
          "victim",
          "tourist",
          "pilgrim",
          "migrant",
          "refugee",
          "patient",
          "man",
          "men",
          "woman",
          "women",
          "boy",
          "girl",
          "teenager",
          "protester",
          "demonstrator",
          "militant",
          "fighter",
          "hostage",
          "prisoner",
          "inmate",
          "climber",
          "pedestrian",
          "motorist",
          "driver",
          "bystander",
          "worshipper",
          "suspect",
          "pirate",
          "rebel",
          "insurgent",
          "gunman",
          "gunmen",
          "attacker",
          "robber",
          "smuggler",
          "sailor",
          "fisherman",
          "fishermen",
          "journalist",
          "activist");

  /**
   * What a figure counts as its own words tell it, read once for both aligning and wording: a share
   * with the measure it says changed ({@link #ofChange}), an amount of money with the measure it is
   * of ({@link #ofMeasure}), a count with what befell the people or jobs counted ({@link #fate}).
   * Other claims and figures keep their kind.
   */
  static String countedAs(String kind, Claim c, Article a) {
    if (a != null && "days".equals(kind) && c.kind().equals("duration")) {
      String of = lengthNamed(c, a);
      return of == null ? kind : LENGTH_OF + of;
    }
    if (a == null || kind == null || !c.kind().equals("quantity")) {
      return kind;
    }
    if (PERCENT.equals(kind)) {
      return ofChange(a.text(), c.start(), c.end());
    }
    if (MARGIN_NOUNS.contains(kind) && margin(a.text(), c.start(), c.end())) {
      return kind + MARGIN;
    }
    if (MONEY.contains(kind)) {
      return ofMeasure(kind, a.text(), c.start());
    }
    String stuff = AMOUNT_UNITS.contains(kind) ? stuffAfter(a.text(), c.end()) : null;
    if (stuff != null) {
      return kind + OF_MEASURE + stuff;
    }
    String dimension = DISTANCE.contains(kind) ? dimension(a.text(), c.start(), c.end()) : null;
    if (dimension != null) {
      return kind + OF_MEASURE + dimension;
    }
    if (kind.equals("count")) {
      String verdict = verdictOnCounts(a.text(), c.start());
      if (verdict != null) {
        return kind + " " + verdict; // "convicted on four counts": the counts of the conviction
      }
    }
    String fate = fate(a.text(), c.start(), c.end());
    boolean cases = kind.matches("cases?");
    if (fate == null && cases && OUTBREAK.matcher(a.text()).find()) {
      fate = INFECTED; // an outbreak's cases are the people it struck
    }
    String counted = withFate(cases && INFECTED.equals(fate) ? "people" : kind, fate);
    // others not said to have been killed or hurt are others of anything
    return OTHERS.equals(counted) ? null : counted;
  }

  /**
   * The happening a period is the length of: as written after it ({@link #lengthOf}), or a ban when
   * a verb of barring before it said so ("banned from athletics for four years"). Null otherwise.
   */
  static String lengthNamed(Claim c, Article a) {
    String of = lengthOf(c, a);
    return of == null && DurationFinder.BAN.equals(c.subject()) ? DurationFinder.BAN : of;
  }

  private static final Map<String, String> SAME_HAPPENING =
      Map.of(
          "truce",
          "ceasefire",
          "negotiations",
          "talks",
          "walkout",
          "strike",
          "suspension",
          DurationFinder.BAN);

  /** Prefix of the kind of a period that is the length of a named happening ("days of talks"). */
  static final String LENGTH_OF = "days of ";

  /** Happenings whose length a period before or after their name is ("three hours of talks"). */
  private static final String HAPPENINGS =
      "talks|negotiations|ceasefire|truce|war|conflict|strike|siege|fighting|captivity|detention"
          + "|trial|hearing|debate|meeting|search|standoff|lockdown|protests?|closure|blackout"
          + "|curfew|shutdown|blockade|walkout|deliberations|journey|flight|voyage|operation"
          + "|surgery|manhunt";

  /** A happening whose length a period written right before it is. */
  private static final Pattern LENGTH_OF_AFTER =
      Pattern.compile(
          "\\s+(?:of\\s+)?(?:\\p{Ll}+\\s+)?(" + HAPPENINGS + "|ban|suspension|mourning)\\b");

  /**
   * People held for a time, the period after "for" being their captivity: "holding them for 40
   * days", "the 23 sailors held by pirates aboard the tanker for 38 days", "held hostage for". Not
   * what else is held: "held talks for three hours", "held office for eight years".
   */
  private static final Pattern HELD_FOR =
      Pattern.compile(
          "(?i)\\b(?:held|holding|holds)\\s+(?:(?:them|him|her|us|the\\s+\\p{L}+)\\s+)?"
              + "(?:(?:hostage|captive)\\s+|by\\s+[^.;]{1,60}?\\s+)?for\\s+"
              + "(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?$");

  /**
   * A verb of a happening right before its length: "the jury deliberated for two days", "after
   * deliberating for three days", "negotiated for 12 hours", "searched for 40 hours" — the length
   * of the deliberations, the talks, the search, as "two days of deliberations" is.
   */
  private static final Pattern ACTIVITY_FOR =
      Pattern.compile(
          "(?i)\\b(deliberat(?:ed|ing|es)|negotiat(?:ed|ing)|search(?:ed|ing))\\s+"
              + "(?:for\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|some\\s+)?$");

  /**
   * A happening whose length a period written right after a verb of lasting is: "a strike that
   * lasted three weeks", "talks lasting 12 hours", "the trial lasted five weeks".
   */
  private static final Pattern LENGTH_OF_BEFORE =
      Pattern.compile(
          "\\b("
              + HAPPENINGS
              + "),?\\s+(?:(?:(?:that|which)\\s+)?(?:had\\s+|has\\s+)?"
              + "(?:lasted|went\\s+on|ran)|lasting)\\s+(?:for\\s+)?(?:about\\s+|nearly\\s+|almost\\s+"
              + "|more\\s+than\\s+)?$");

  /**
   * The happening a period is the length of, when it is written right after it: "after three hours
   * of talks", "a 30-day ceasefire", "47 days in captivity" (not "47 days in Lindholm"). Like a
   * fate, it says which period is which, however many others the article gives: "three hours of
   * talks" and "four hours of talks" are one length told two ways. Null otherwise.
   */
  static String lengthOf(Claim c, Article a) {
    String text = a.text();
    int end = Math.min(c.end(), text.length());
    Matcher m = LENGTH_OF_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!m.lookingAt()) {
      int start = Math.min(c.start(), end);
      String before = text.substring(Math.max(0, start - 60), start);
      if (HELD_FOR.matcher(before).find()) {
        return "captivity";
      }
      Matcher verb = ACTIVITY_FOR.matcher(before);
      if (verb.find()) {
        // "the jury deliberated for two days", "after deliberating for three days"
        String v = verb.group(1).toLowerCase(Locale.ROOT);
        return v.startsWith("delib") ? "deliberations" : v.startsWith("negot") ? "talks" : "search";
      }
      m = LENGTH_OF_BEFORE.matcher(before);
      if (!m.find()) {
        return null;
      }
    }
    // one happening by its several names: a truce is a ceasefire, negotiations are talks, a
    // walkout is a strike. (Not a contract's length: a negotiation's offers are of several
    // lengths, and ECB+'s "eight-year" and "10-year" offers to one player were contradicted.)
    String what = m.group(1).toLowerCase(Locale.ROOT);
    return WAR.contains(what) ? "war" : SAME_HAPPENING.getOrDefault(what, what);
  }

  /** {@link #countedAs} for a statement of an amount, its kind read from its counted thing. */
  static String countedAs(Statement s, Article a) {
    return countedAs(quantityKind(s.claim().subject()), s.claim(), a);
  }

  /** What befell the people counted ("killed"), from {@link #countedAs}; else null. */
  static String fateIn(String counted) {
    return counted != null && counted.startsWith(FATED) ? counted.substring(FATED.length()) : null;
  }

  /** The measure whose change a share states ("profit"), from {@link #countedAs}; else null. */
  static String changedMeasureIn(String counted) {
    return counted != null && counted.startsWith(CHANGE)
        ? counted.substring(CHANGE.length())
        : null;
  }

  /** The measure a share is the level of ("turnout"), from {@link #countedAs}; else null. */
  static String levelMeasureIn(String counted) {
    return counted != null && counted.startsWith(LEVEL) ? counted.substring(LEVEL.length()) : null;
  }

  /** The price one company pays for another, and that price for each share. */
  static final String PRICE = "price";

  static final String PRICE_PER_SHARE = "price per share";

  /** What a club pays for a player: "a club-record fee of €65 million", "signed … for". */
  static final String FEE = "fee";

  /**
   * Measures of money that are one sum each, named with "the": a fine, bail, a ransom, a takeover's
   * price, a transfer fee. A story's ransom is one sum, so two reports that each give one are
   * compared however worded.
   */
  static final Set<String> ONE_SUM = Set.of("fine", "bail", "ransom", PRICE, PRICE_PER_SHARE, FEE);

  /** Whether an amount of money is a ransom, fine or bail, from {@link #countedAs}. */
  static boolean oneSum(String counted) {
    String measure = moneyMeasureIn(counted);
    return measure != null && ONE_SUM.contains(measure);
  }

  /** The measure an amount of money is of ("profit"), from {@link #countedAs}; else null. */
  static String moneyMeasureIn(String counted) {
    return measureOf(counted, MONEY);
  }

  /** What a kind "unit of measure" is of, when its unit is one of {@code units}; else null. */
  private static String measureOf(String counted, Set<String> units) {
    int of = counted == null ? -1 : counted.indexOf(OF_MEASURE);
    return of > 0 && units.contains(counted.substring(0, of))
        ? counted.substring(of + OF_MEASURE.length())
        : null;
  }

  /**
   * Units that measure an amount of some stuff rather than count things: "140 millimetres of rain",
   * "2,000 tonnes of grain", "5,000 barrels of oil".
   */
  private static final Set<String> AMOUNT_UNITS =
      Set.of(
          "millimetre",
          "centimetre",
          "inch",
          "tonne",
          "ton",
          "barrel",
          "litre",
          "liter",
          "gallon",
          "kilogram");

  /**
   * The head of the stuff's noun phrase written right after a unit ("of rain"): "30 tonnes of dead
   * fish were found" is of fish. Null when no lower-case noun follows "of".
   */
  private static String stuffAfter(String text, int end) {
    Matcher of = OF_SUBSTANCE.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    if (!of.lookingAt()) {
      return null;
    }
    String stuff = null;
    for (String w : of.group(1).split("\\s+")) {
      if (STOP.contains(w)
          || CLAUSE_WORDS.contains(w)
          || !w.equals(w.toLowerCase(Locale.ROOT))
          || stuff != null && (w.endsWith("ed") || w.endsWith("ing") || PARTICIPLES.contains(w))) {
        break;
      }
      stuff = w;
    }
    // "85,000 tonnes of crude": crude oil, as "of crude oil" says in full
    return "crude".equals(stuff) ? "oil" : stuff;
  }

  /**
   * Words that open a clause after a stuff's noun: "85,000 tonnes of crude when it hit rocks" is of
   * crude, not of "when".
   */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("when", "while", "as", "where", "since", "until", "because", "if", "but", "so");

  /**
   * Participles, verbs and words that follow a stuff's noun without ending in -ed or -ing: "2.3
   * tonnes of cocaine hidden in a shipment", "of gold worth €40 million".
   */
  private static final Set<String> PARTICIPLES =
      Set.of(
          "hidden",
          "stolen",
          "found",
          "taken",
          "held",
          "kept",
          "lost",
          "sold",
          "made",
          "shown",
          "given",
          "thrown",
          "driven",
          "brought",
          "bought",
          "sent",
          "caught",
          "worth",
          "spilt",
          // a verb after the stuff: "85 millimetres of rain fell on Lindholm"
          "fell",
          "falls",
          "fall",
          "fallen",
          "came",
          "hit",
          "poured");

  /** The stuff a unit measures, written after it: "of rain". */
  private static final Pattern OF_SUBSTANCE =
      Pattern.compile("\\s+of\\s+(\\p{L}+(?:[ \\t]+\\p{L}+){0,2})\\b");

  /**
   * The stuff an amount measures ("rain" for "140 millimetres of rain"), from {@link #countedAs};
   * else null. Like a fate, it says which figure is which: a report's one amount of rain is its
   * rainfall, however many other figures its sentence gives.
   */
  static String substanceIn(String counted) {
    return measureOf(counted, AMOUNT_UNITS);
  }

  /**
   * The dimension a distance measures, as its words name it: "at a depth of 10 kilometres", "18km
   * deep", "an altitude of 820 kilometres", "orbit at 780 kilometres", "820 kilometres above the
   * Earth", "a wall 12 metres high", "ash 9 km into the sky" (an altitude is a height). Like a fate
   * it says which figure is which: a quake's depth is not its distance from the nearest city. Null
   * when the words name none (a distance between two places, compared on close wording only).
   */
  static String dimension(String text, int start, int end) {
    int from = Math.max(sentenceStart(text, start), start - 40);
    Matcher before = DIMENSION_BEFORE.matcher(text.substring(from, start));
    if (before.find()) {
      String d = before.group(1) == null ? "height" : before.group(1).toLowerCase(Locale.ROOT);
      // how high a thing is, however named: "an altitude of 820 km", "orbit at 780 km"
      return d.matches("altitude|elevation") ? "height" : d;
    }
    Matcher after =
        DIMENSION_AFTER.matcher(
            text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 30)));
    if (!after.lookingAt()) {
      return null;
    }
    String word = after.group(1).toLowerCase(Locale.ROOT);
    if (word.startsWith("above") || word.startsWith("into")) {
      return "height"; // "820 kilometres above the Earth", "ash 9 km into the sky"
    }
    return switch (word) {
      case "high", "tall" -> "height";
      case "long" -> "length";
      case "wide" -> "width";
      default -> "depth";
    };
  }

  private static final Pattern DIMENSION_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(altitude|depth|height|length|width|diameter|radius|elevation)\\s+of|"
              + "\\borbit(?:s|ing|ed)?\\s+at)\\s+"
              + "(?:(?:about|around|some|nearly|almost|roughly|more\\s+than|over|up\\s+to|just|"
              + "only)\\s+)?$");

  private static final Pattern DIMENSION_AFTER =
      Pattern.compile(
          "(?i)\\s*(?:(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|feet|foot|ft)\\b)?"
              + "\\s*(deep|high|tall|long|wide|underground|down(?!\\s+(?:a|an|the|into|to|from)\\b)|(?:beneath|below)\\s+(?:the\\s+)?"
              + "(?:surface|ground|sea\\s+level|seabed)|above\\s+(?:the\\s+)?"
              + "(?:earth|ground|surface|sea\\s+level)|into\\s+the\\s+(?:sky|air|atmosphere))\\b");

  /** The dimension a distance measures ("depth"), from {@link #countedAs}; else null. */
  static String dimensionIn(String counted) {
    return measureOf(counted, DISTANCE);
  }

  /** Whether a figure is a sum of money of no named measure ("euros"), from {@link #countedAs}. */
  static boolean moneyIn(String counted) {
    return counted != null && MONEY.contains(counted);
  }

  /** What was done to the things a figure counts ("recalled"), from {@link #countedAs}; or null. */
  static String actedIn(String counted) {
    if (counted == null || fateIn(counted) != null) {
      return null;
    }
    String last = counted.substring(counted.lastIndexOf(' ') + 1);
    return counted.contains(" ") && ACTIONS.contains(last) ? last : null;
  }

  /** What a winner's lead is counted in: votes, points, seats, goals, runs, strokes … */
  private static final Set<String> MARGIN_NOUNS =
      Set.of("vote", "point", "seat", "goal", "run", "stroke", "length", "shot", "wicket");

  private static final String MARGIN = " margin";

  /**
   * A win or a lead before the figure: "won by 212 votes", "beat Varga by four points", "a margin
   * of 198 votes", "a lead of three strokes". Not a team "led by" a player's points, nor "a
   * majority of 151 votes", which is as often the votes needed as a lead.
   */
  private static final Pattern MARGIN_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?<!(?:was|were|is|are|been|being)\\s)(?:won|wins?|winning|beat|beats|beating"
              + "|defeated|defeating|led|leads?|leading|lost|lose|loses|losing|trailed|trails?"
              + "|trailing|edged|edges|clinched|carried|ahead|behind)\\b"
              + "(?:\\s+[\\p{L}'’.\\-]+){0,5}?\\s+by"
              + "|\\b(?:margin|lead|deficit)\\s+of)"
              + "\\s+(?:just\\s+|only\\s+|a\\s+mere\\s+)?$");

  /**
   * The win or lead after the figure: "a 212-vote victory", "a four-point lead". Not "11 points
   * behind the leaders" or "three points clear": a standing in a table, which moves from one week
   * to the next (on the BBC corpus two reports a month apart were contested, 11 against 13).
   */
  private static final Pattern MARGIN_AFTER =
      Pattern.compile(
          "(?i)^\\s+(?:victory|win|margin|lead|majority|advantage|defeat|loss|deficit|cushion)\\b");

  /**
   * Whether the figure at [start, end) is by how much one side won or leads: held against other
   * reports' margins, never against a side's own votes or points ("won 18,406 votes to 18,194"),
   * which the same sentences give beside it.
   */
  static boolean margin(String text, int start, int end) {
    int from = Math.max(sentenceStart(text, start), start - 80);
    int to = Math.min(text.length(), end + 20);
    return MARGIN_BEFORE.matcher(text.substring(from, start)).find()
        || MARGIN_AFTER.matcher(text.substring(end, to)).find();
  }

  /** What a winning margin is counted in ("vote"), or null when the figure is no margin. */
  static String marginIn(String counted) {
    return counted != null && counted.endsWith(MARGIN)
        ? counted.substring(0, counted.length() - MARGIN.length())
        : null;
  }

  /** Whether a figure counts jobs to go ("will cut 1,200 jobs"), from {@link #countedAs}. */
  static boolean jobsCutIn(String counted) {
    return counted != null && counted.endsWith(" " + CUT);
  }

  /**
   * The fate a counted noun names itself ("dead", "wounded", "survivors"), or null; a cut befalls
   * jobs, not people, and is never one.
   */
  static String fateOf(String thing) {
    String[] words = thing.strip().split("\\s+");
    String head = words[words.length - 1];
    String fate =
        FATES.containsKey(head)
            ? FATES.get(head)
            : FATES.containsValue(head) ? head : FATES.get(head + "s");
    return CUT.equals(fate) ? null : fate;
  }

  private static final String PERCENT = "percent";

  /**
   * Prefix of the kind of a share by which a named measure changed ("percent change of profit").
   */
  static final String CHANGE = "percent change of ";

  private static final String CHANGE_VERB =
      "(?:fell|falls|dropped|drops|declined|declines|slumped|slumps|plunged|plunges|slipped|slips|"
          + "sank|sinks|shrank|shrinks|tumbled|tumbles|rose|rises|climbed|climbs|jumped|jumps|"
          + "increased|increases|decreased|decreases|grew|grows|surged|surges|gained|gains|"
          + "soared|soars|lost|loses|shed|sheds|"
          // "food prices have risen 9.2%"
          + "(?:have|has|had)\\s+(?:risen|fallen|grown|climbed|dropped|declined|increased|"
          + "decreased|jumped|slumped|gained|shrunk|sunk)|"
          // not "closed down 6%": a day's close is one moment of its trading, and a report of
          // the fall during the day ("plunged 5.4 per cent") is not at odds with it
          + "(?:edged|was|were|is|are|traded)\\s+(?:up|down|higher|lower)|"
          // "expects the economy to grow by 1.6 per cent", "output will shrink 2%"
          + "(?:to|will|would|could|may|might)\\s+(?:grow|shrink|expand|contract|rise|fall"
          + "|increase|decrease|decline))";

  /**
   * The measure before a verb of change right before the share: "annual profit fell 12 per cent",
   * "Profit for the year fell 21 per cent", "shares dropped by about 4.5%". A level ("rose to
   * 4.5%") is not a change and is not read.
   */
  private static final Pattern CHANGED_BEFORE =
      Pattern.compile(
          "(\\p{L}+)(?:['’]s?)?(?:\\s+(?:for|in|over)\\s+the\\s+(?:\\p{L}+\\s+)?\\p{L}+"
              // "shares in Tarnow Metals rose 29%": the measure is before the company's name
              + "|\\s+(?:in|of)\\s+(?-i:\\p{Lu}[\\p{L}'’&.-]*)(?:\\s+(?-i:\\p{Lu}[\\p{L}'’&.-]*)){0,3})?"
              + "\\s+"
              + CHANGE_VERB
              + "\\s+(?:by\\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\\s+than|"
              + "less\\s+than|over|under)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A verb that changes a measure by the share, the measure its object: "raises public spending by
   * 4.2 per cent", "cut its workforce by 12%", "would boost exports by about 3 per cent".
   */
  private static final Pattern CHANGED_OBJECT =
      Pattern.compile(
          "(?i)\\b(?:raise[sd]?|raising|increase[sd]?|increasing|cut|cuts|cutting|reduce[sd]?"
              + "|reducing|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|trim(?:s|med|ming)?"
              + "|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?)\\s+(?:the\\s+|its\\s+|their\\s+)?"
              + "(?:(?!by\\b)\\p{Ll}+\\s+)?(\\p{L}+)\\s+by\\s+(?:(?:about|around|nearly|almost"
              + "|some|roughly|more\\s+than|less\\s+than|over|under)\\s+)?$");

  /**
   * The measure after a share's noun of change: "a 12 per cent fall in annual profit", "a 14% rise
   * in third-quarter net profit".
   */
  private static final Pattern CHANGED_AFTER =
      Pattern.compile(
          "^\\s*(?:per\\s*cent|percent|%)?\\s*(?:fall|drop|decline|slump|rise|increase|decrease|"
              + "jump|gain|growth|plunge)\\s+in\\s+(?:(?:its|the|their|his|her|annual|quarterly|"
              + "yearly|monthly|net|pre-tax|pretax|operating|total"
              // a hyphened word is a modifier, not the measure: "third-quarter net profit"
              + "|[\\p{L}\\d]+-[\\p{L}-]+)\\s+)*(\\p{L}+)",
          Pattern.CASE_INSENSITIVE);

  /** Prefix of the kind of a share that is a named measure's level ("percent level of turnout"). */
  static final String LEVEL = "percent level of ";

  /**
   * A measure that a share is the level of, right before it: "Turnout was 71 per cent", "turnout
   * reached 68%", "a turnout of 71%", "the unemployment rate stood at 4.5%". A rate is named with
   * what it is the rate of. "Put disapproval at 68%" is not read: "at" follows too many words.
   */
  private static final Pattern LEVEL_BEFORE =
      Pattern.compile(
          "\\b(\\p{L}+(?:\\s+(?:rates?|coverage))?)"
              // "the turnout in the ballot of 18,400 members was": the measure, then what of
              + "(?:\\s+(?:in|among|at|for)\\s+(?:[^.;:,\\d]|\\d(?:,\\d)?){1,40}?)?"
              + "\\s+(?:was|is|were|stood\\s+at|stands\\s+at|reached|hit|"
              + "of|(?:(?:has|have|had)\\s+(?:risen|fallen|climbed|dropped)|rose|fell|climbed"
              + "|dropped)\\s+to)\\s+"
              + "(?:(?:about|around|nearly|almost|some|roughly|just|more\\s+than|less\\s+than|"
              + "over|under)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A rate a body set, right before the share it was set to: "raised its main interest rate by half
   * a percentage point to 4.75%", "lifted its benchmark rate to 4.75%", "cut interest rates to
   * 4.5%", "kept the rate at 3%". A rate named by no other word is the interest rate.
   */
  private static final Pattern RATE_SET =
      Pattern.compile(
          "(?i)\\b(?:raised|raises|raising|lifted|lifts|lifting|cut|cuts|cutting|lowered|lowers|"
              + "lowering|hiked|hikes|hiking|increased|increases|reduced|reduces|kept|keeps|keeping|"
              + "held|holds|holding|left|leaves|leaving|set|sets|setting)\\s+(?:its\\s+|the\\s+|their\\s+)?"
              + "(?:(?:main|benchmark|key|base|policy|official|headline|overnight|lending)\\s+)*"
              + "((?:\\p{L}+\\s+)?rates?)\\s+(?:by\\s+(?:[^.;:]|(?<=\\d)\\.(?=\\d)){1,40}?\\s+)?(?:to|at)\\s+"
              + "(?:(?:about|around|nearly|almost|some|roughly|just)\\s+)?$");

  /**
   * Words for the size of an economy, whose change is its growth: "GDP grew 2%". Not "output",
   * which is as often one industry's ("industrial output rose 2.1%").
   */
  private static final Pattern ECONOMY =
      Pattern.compile("economy|gdp|gross domestic product", Pattern.CASE_INSENSITIVE);

  /** A comparison right after a share, which makes it a difference, not a level. */
  private static final Pattern COMPARED_AFTER =
      Pattern.compile(
          "(?i)\\s*(?:per\\s*cent|percent|%)?\\s*(?:higher|lower|up|down|more|less|above|below"
              + "|better|worse)\\b");

  /** Suffix of a level's measure for the level it had before a change: see {@link #LEVEL_SET}. */
  static final String BEFORE = " (before)";

  /** A share written in words: "22 per cent", "4.5%". */
  private static final String SHARE_WRITTEN = "\\d+(?:\\.\\d+)?\\s*(?:%|per\\s*cent|percent)";

  /**
   * A level a verb sets, the measure named right before the share: "cuts the basic rate of income
   * tax to 19 per cent", "raised its stake from 12% to 20%", "lowers the rate of VAT to 20 per cent
   * from 22 per cent". Group 1 is the measure ("rate of income tax"); group 2 is present when the
   * share is the new level (after "to"), absent when it is the level before (after "from").
   */
  private static final Pattern LEVEL_SET =
      Pattern.compile(
          "(?i)\\b(?:cut|cuts|cutting|raise[sd]?|raising|lower(?:s|ed|ing)?|increase[sd]?"
              + "|increasing|reduce[sd]?|reducing|lift(?:s|ed|ing)?|hike[sd]?|hiking|trim(?:s|med"
              + "|ming)?|slash(?:es|ed|ing)?|bring(?:s|ing)?|brought|set(?:s|ting)?)\\s+"
              + "(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:(?!of\\b)\\p{Ll}+\\s+)?"
              + "(\\p{L}+(?:\\s+of\\s+(?:the\\s+)?\\p{L}+(?:\\s+(?!from\\b|to\\b)\\p{L}+)?)?)\\s+"
              + "(?:(?:from\\s+(?:about\\s+)?"
              + SHARE_WRITTEN
              + "\\s+)?(to)|(?:to\\s+(?:about\\s+)?"
              + SHARE_WRITTEN
              + "\\s+)?from)\\s+(?:about\\s+)?$");

  /**
   * What one side of a pay dispute offers or asks for, right before the share: "has offered a 3.5
   * per cent rise", "offered staff a pay rise of 3.5%", "an offer of 3.5%" (the offer); "the union
   * is demanding 9 per cent", "wants a 9% increase", "the union's demand of 11 per cent", "a pay
   * claim of 9%" (the demand). Each is one figure however the report words it, and the offer is
   * never held against the demand.
   */
  private static final Pattern BARGAINED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(offered|offering|offers|offer\\s+of|proposed|proposing|proposal\\s+of)"
              + "|demanding|demands?\\s+of|demanded|demands|wants|wanted|seeking|seeks|sought"
              + "|asking\\s+for|claim\\s+of)\\s+"
              + "(?:(?!(?:a|an|the|to)\\b)\\p{Ll}+\\s+)?(?:an?\\s+)?"
              + "(?:(?:pay|wage|salary)\\s+(?:rise|increase|raise|award)\\s+of\\s+)?"
              + "(?:(?:about|around|nearly|almost|some|roughly|just)\\s+)?$");

  /**
   * An article or possessive right before a share: "a 32% premium", "its 5 per cent stake", "the
   * authority's 4 per cent offer".
   */
  private static final Pattern ARTICLE_BEFORE =
      Pattern.compile("(?i)\\b(?:a|an|its|their|his|her|\\p{L}+['’]s?)\\s+$");

  /**
   * The noun a share stands before, whose level it is: "a 32% premium", "a 5 per cent stake", "a
   * 71% turnout" — not a noun of change ("a 12% fall"), which {@link #CHANGED_AFTER} reads, nor a
   * noun before another ("a 9 per cent pay rise"), nor a share of something ("a 5% share of the
   * market").
   */
  private static final Pattern LEVEL_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:per\\s*cent|percent|%)?\\s*(?!(?:fall|drop|decline|slump|rise|increase|"
              + "decrease|jump|gain|growth|plunge|cut|reduction|raise|hike|of|and|or|to|in|on|at|"
              + "from|for|more|less|higher|lower|up|down)\\b)(\\p{L}{3,})"
              // the noun ends its phrase: "a 9 per cent pay rise" is a rise, "a 20 percent approval
              // rating" a rating
              + "(?=\\s*[,.;:)]|\\s*$|\\s+(?:to|for|in|on|at|over|and|or|but|that|which|was|is|"
              + "would|will|with|from|than)\\b)");

  /**
   * Whether the word at {@code at} is a name: capitalised inside its sentence ("Ruiz was 100
   * percent sure"), not a sentence's first word ("Turnout was 71 per cent").
   */
  private static boolean named(String text, int at) {
    if (!Character.isUpperCase(text.charAt(at))) {
      return false;
    }
    String before = text.substring(0, at).strip();
    return !before.isEmpty() && ".!?\"“”'".indexOf(before.charAt(before.length() - 1)) < 0;
  }

  /**
   * A preposition right before a level's measure word: that word is not the measure but what it is
   * of ("disapproval of the government was 68%" is disapproval's level, not the government's).
   */
  private static final Pattern OBJECT_OF =
      Pattern.compile(
          "(?i)\\b(?:of|with|for|in|on|about|over|to|by|against|among|from)\\s+(?:the\\s+|its\\s+|their\\s+)?$");

  /** Words before a verb of change that name no measure: "which fell 12%", "it rose 3%". */
  private static final Set<String> NO_MEASURE =
      Set.of(
          "it", "they", "which", "that", "this", "these", "those", "what", "and", "also", "has",
          "have", "had", "then", "both", "all", "each", "a", "an", "the", "i", "he", "she", "we",
          "you", "who", "there", "here");

  /**
   * A share above a market price, which is a premium however worded: "32% above Tarnow's last
   * close", "a premium of 32 per cent to the closing price".
   */
  private static final Pattern ABOVE_THE_CLOSE =
      Pattern.compile(
          "(?i)\\s+(?:above|over)\\s+[^.;]{0,40}?\\b(?:close|closing\\s+price|share\\s+price"
              + "|market\\s+(?:value|price))\\b");

  /**
   * A share's kind with the measure it says changed: "annual profit fell 12 per cent" and "Profit
   * for the year fell 21 per cent" are one figure, profit's change, whatever other shares the
   * sentences give (revenue's, the shares'), and neither is compared with a share of something
   * else. A share that names no changing measure stays a plain share.
   */
  static String ofChange(String text, int start, int end) {
    int from = Math.max(sentenceStart(text, start), start - 80);
    Matcher m = CHANGED_BEFORE.matcher(text.substring(from, start));
    String measure = null;
    Matcher object = CHANGED_OBJECT.matcher(text.substring(from, start));
    if (m.find()) {
      measure = m.group(1);
    } else if (object.find()) {
      measure = object.group(1); // "raises public spending by 4.2 per cent"
    } else {
      Matcher after = CHANGED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80)));
      if (after.find()) {
        measure = after.group(1);
      }
    }
    if (measure == null || NO_MEASURE.contains(measure.toLowerCase(Locale.ROOT))) {
      String before = text.substring(from, start);
      Matcher setTo = LEVEL_SET.matcher(before);
      if (!RATE_SET.matcher(before).find() && setTo.find()) {
        // "cuts the basic rate of income tax from 22 per cent to 20 per cent": 20 is the rate,
        // 22 what it had been; "to 20 per cent from 22 per cent" the same (a rate set to a level
        // is read below, as the interest rate when it names no other)
        String set =
            setTo.group(1).toLowerCase(Locale.ROOT).replaceFirst("^rates?$", "interest rate");
        return LEVEL + set + (setTo.group(2) != null ? "" : BEFORE);
      }
      Matcher bargained = BARGAINED_BEFORE.matcher(before);
      if (bargained.find()) {
        // "has offered a 3.5 per cent rise", "the union's demand of 9 per cent"
        return LEVEL + (bargained.group(1) != null ? "offer" : "demand");
      }
      Matcher named = LEVEL_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
      if (ARTICLE_BEFORE.matcher(before).find()
          && named.find()
          && !NO_MEASURE.contains(named.group(1).toLowerCase(Locale.ROOT))) {
        return LEVEL + named.group(1).toLowerCase(Locale.ROOT); // "a 32% premium"
      }
      if (ABOVE_THE_CLOSE
          .matcher(text.substring(end, Math.min(text.length(), end + 60)))
          .lookingAt()) {
        return LEVEL + "premium"; // "the price is 32% above Tarnow's last close"
      }
      Matcher set = RATE_SET.matcher(before);
      if (set.find()) {
        String rate = set.group(1).toLowerCase(Locale.ROOT).replaceFirst("rates$", "rate");
        return LEVEL + (rate.equals("rate") ? "interest rate" : rate);
      }
      if (COMPARED_AFTER
          .matcher(text.substring(end, Math.min(text.length(), end + 20)))
          .lookingAt()) {
        return PERCENT; // "prices were 0.1% higher than in the previous quarter": no level
      }
      Matcher level = LEVEL_BEFORE.matcher(before);
      boolean found = level.find();
      if (found
          && level.group(1).toLowerCase(Locale.ROOT).matches("(?:economic\\s+)?growth")
          && !OBJECT_OF.matcher(before.substring(0, level.start())).find()) {
        return CHANGE + "economy"; // "predicted growth of 1.9 per cent": the economy's change
      }
      return found
              && !NO_MEASURE.contains(level.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT))
              && !OBJECT_OF.matcher(before.substring(0, level.start())).find()
              && !named(before, level.start(1))
              // a verb is no measure: "the number of victims was increasing at a rate of 50%"
              && !level.group(1).toLowerCase(Locale.ROOT).matches(".*(?:ing|ed)")
          // "vaccination rates", "vaccination coverage": one rate
          ? LEVEL
              + level
                  .group(1)
                  .toLowerCase(Locale.ROOT)
                  .replaceFirst("\\s+(?:rates|coverage)$", " rate")
          : PERCENT;
    }
    String folded = measure.toLowerCase(Locale.ROOT);
    folded =
        folded.endsWith("s") && folded.length() > 4
            ? folded.substring(0, folded.length() - 1)
            : folded;
    return CHANGE + (ECONOMY.matcher(folded).matches() ? "economy" : folded);
  }

  /** A unit a figure is compared in, and how many of it one of the written unit is. */
  private record Unit(String base, double factor) {}

  /**
   * Units of land and speed, each with the one it is compared in: reports in one country give acres
   * and miles an hour, in another hectares and km/h. Distances are not converted: a report's "seven
   * km (4 miles)" would then be two figures of one kind in one article, and a distance is compared
   * only on closely matching words anyway (see {@link #DISTANCE}).
   */
  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("acre", new Unit("hectare", 0.404686)),
          Map.entry("square kilometre", new Unit("hectare", 100.0)),
          Map.entry("square kilometer", new Unit("hectare", 100.0)),
          Map.entry("square km", new Unit("hectare", 100.0)),
          Map.entry("sq km", new Unit("hectare", 100.0)),
          Map.entry("square mile", new Unit("hectare", 258.999)),
          Map.entry("mph", new Unit("km/h", 1.609344)));

  /** Characters within which a figure in another unit is the same figure converted. */
  private static final int CONVERSION_SPAN = 40;

  /**
   * Figures in the unit they are compared in, whatever unit each was written in: "about 12,350
   * acres" and "5,000 hectares", "93 mph" and "150 km/h" are one figure each. A statement keeps its
   * words, so the reader sees the acres as written. A conversion an article gives beside its own
   * figure ("5,000 hectares (12,350 acres)") is left out: it is the same statement again. One that
   * does not fit its figure ("seven km (19 miles)") stays, to be compared with the others'.
   */
  static List<Statement> inBaseUnits(List<Statement> statements) {
    List<Statement> out = new ArrayList<>();
    for (Statement s : statements) {
      Statement converted = inBaseUnit(s);
      if (converted != s && besideItsOwn(converted, statements)) {
        continue;
      }
      out.add(converted);
    }
    return out;
  }

  private static boolean besideItsOwn(Statement converted, List<Statement> statements) {
    for (Statement t : statements) {
      if (t != converted
          && t.article().equals(converted.article())
          && converted.claim().subject().equalsIgnoreCase(t.claim().subject())
          && Math.abs(t.claim().start() - converted.claim().start()) <= CONVERSION_SPAN
          && Agreement.agree(converted, inBaseUnit(t))) {
        return true;
      }
    }
    return false;
  }

  static Statement inBaseUnit(Statement s) {
    Claim c = s.claim();
    String subject = c.subject() == null ? "" : c.subject().toLowerCase(Locale.ROOT).strip();
    Unit unit = UNITS.get(subject);
    if (unit == null) {
      return s;
    }
    try {
      Amount a = Amount.parse(c.value());
      double high = Double.isInfinite(a.high()) ? a.high() : a.high() * unit.factor();
      Amount converted = new Amount(a.low() * unit.factor(), high, a.qualifier());
      // a conversion is a rounding: the converted figure is as near as the original was
      Amount widened =
          converted.qualifier().equals("exact") && unit.factor() != 1.0
              ? Amount.of(converted.low(), "about")
              : converted;
      return new Statement(
          new Claim(
              c.id(),
              c.article(),
              c.kind(),
              unit.base(),
              c.predicate(),
              widened.describe(),
              c.text(),
              c.start(),
              c.end()),
          s.source(),
          s.label(),
          s.who(),
          s.title());
    } catch (IllegalArgumentException notAnAmount) {
      return s;
    }
  }

  /** Kinds of amounts of money, as the quantity finder names their currencies. */
  private static final Set<String> MONEY =
      Set.of(
          "euros",
          "dollars",
          "pounds",
          "yen",
          "francs",
          "crowns",
          "roubles",
          "rubles",
          "hryvnias",
          "yuan",
          "rupees",
          "pesos");

  /** What joins a money kind to the measure it is of: "euros of profit". */
  private static final String OF_MEASURE = " of ";

  private static final String MEASURES =
      "profit|revenue|sales|income|loss|debt|earnings|turnover|budget|deficit|surplus|fine|bail|"
          + "damages|compensation|ransom|fee";

  /**
   * The measure an amount of money is of, nearest before it and joined to it by a verb or
   * preposition: "annual profit fell 12 per cent to €840 million", "on revenue of €11.2 billion",
   * "net debt rose to €2.1 billion". Not a deal's or a price's: each party to a deal offers its
   * own, and two offers are not one figure told two ways.
   */
  private static final Pattern MEASURE_BEFORE =
      Pattern.compile(
          "(?i)\\b("
              + MEASURES
              + ")s?\\b(?:(?!\\b(?:"
              + MEASURES
              + ")s?\\b)[^.;:])*?\\b(?:to|of|at|was|were|is|are|reached|totall?ed|hit|worth)\\s+"
              + "(?:(?:about|around|nearly|almost|some|roughly|more\\s+than|over|under|less\\s+than|"
              + "an\\s+estimated)\\s+)?[€$£¥]?$");

  /**
   * An amount of money's kind with the measure it is of ("euros of profit"): a company's profit in
   * one report and its revenue in another are two figures, never one fact, however alike their
   * words; an amount whose measure is not one of {@link #MEASURES} stays a plain amount. The
   * measure is read before the sum ("on revenue of €11.2 billion"), from a verb of fining ("fined
   * Tarnow Metals €45 million") or right after it ("a €45 million fine"); a sum asked for ("had
   * sought €60 million") is of its own measure, {@link #SOUGHT}. Unlike a fate, the measure does
   * not make figures comparable in a crowded sentence: an amount of money is matched by its words
   * as any other.
   */
  static String ofMeasure(String kind, String text, int start) {
    int from = Math.max(sentenceStart(text, start), start - 80);
    String before = text.substring(from, start);
    if (SOUGHT_BEFORE.matcher(before).find()) {
      return kind + OF_MEASURE + SOUGHT;
    }
    if (EXPECTED_BEFORE.matcher(before).find()) {
      return kind + OF_MEASURE + EXPECTED;
    }
    Matcher m = MEASURE_BEFORE.matcher(before);
    if (m.find()) {
      return kind + OF_MEASURE + m.group(1).toLowerCase(Locale.ROOT);
    }
    if (FINED_BEFORE.matcher(before).find()) {
      return kind + OF_MEASURE + "fine";
    }
    if (RAISED_BEFORE.matcher(before).find()) {
      return kind + OF_MEASURE + RAISED;
    }
    if (SIGNED_BEFORE.matcher(before).find()) {
      return kind + OF_MEASURE + FEE;
    }
    boolean each =
        PER_SHARE.matcher(text.substring(start, Math.min(text.length(), start + 40))).find();
    if (BOUGHT_BEFORE.matcher(before).find() || each && PAID_BEFORE.matcher(before).find()) {
      return kind + OF_MEASURE + (each ? PRICE_PER_SHARE : PRICE);
    }
    Matcher after =
        MEASURE_AFTER.matcher(text.substring(start, Math.min(text.length(), start + 40)));
    return after.lookingAt() ? kind + OF_MEASURE + after.group(1).toLowerCase(Locale.ROOT) : kind;
  }

  /**
   * The measure of a sum a tax, levy or sale is to bring in: "would raise about 900 million crowns
   * a year", "is expected to bring in €900 million", "will generate $2 billion". Money to be raised
   * is not the money spent or the cost named beside it in a budget's crowded sentences; money
   * already taken in ("has brought in over $363 million") is told in other words elsewhere.
   */
  static final String RAISED = "money raised";

  private static final Pattern RAISED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:would|will|could|should|to|may|might)\\s+(?:raise|bring\\s+in|generate"
              + "|yield)\\s+(?:(?:about|around|some|roughly|an\\s+estimated|up\\s+to|nearly"
              + "|more\\s+than|an\\s+extra|an\\s+additional)\\s+)?[$€£¥]?\\s*$");

  /**
   * The measure of a sum asked for rather than paid or imposed: "Prosecutors had asked for a fine
   * of €60 million", "had sought €60 million". What one side asks for is no figure of what was
   * decided, and reports that give both must not have the demand contradict the fine.
   */
  static final String SOUGHT = "sought";

  private static final Pattern SOUGHT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:asked\\s+for|asking\\s+for|asks\\s+for|sought|seeking|seeks|demanded|demanding"
              + "|demands|called\\s+for|calling\\s+for|requested|requesting|wants?|wanted)\\b[^.;:]*$");

  /**
   * The measure of a sum analysts expected, not the one reported: "Analysts had expected revenue of
   * €3.05 billion", "beating the consensus forecast of €400 million". A company's result beside the
   * forecast it beat is two figures, and a report giving only the forecast must not have it
   * contradict the result.
   */
  static final String EXPECTED = "expected";

  private static final Pattern EXPECTED_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:analysts?['’]?|economists?['’]?|consensus|polled)\\b[^.;:]*\\b(?:expected|"
              + "expecting|expect|forecast|forecasts|forecasting|predicted|estimated|estimates?|"
              + "expectations?|anticipated)\\b[^.;:]*$"
              + "|\\b(?:expected|forecast|predicted|estimated)\\s+by\\s+analysts\\b[^.;:]*$");

  /**
   * What may stand between a deal's verb and its sum: a hedge ("about", "a reported") and the
   * currency sign, to the end of the text before the sum.
   */
  private static final String ABOUT_A_SUM =
      "(?:(?:about|around|nearly|almost|some|roughly|more\\s+than|over|an\\s+estimated"
          + "|a\\s+reported|a\\s+reputed|a\\s+record)\\s+)?[€$£¥]?$";

  /**
   * A verb of buying or selling before the sum, or a valuation: "has agreed to be bought by Ostland
   * Steel for €2.4 billion", "will acquire Tarnow Metals for", "valuing the company at". A deal's
   * price is one sum, told as often beside the premium, the savings and the sales as alone.
   */
  private static final Pattern BOUGHT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases"
              + "|purchasing|purchased|sell|sells|selling|sold|takeover\\s+of)"
              + "(?:\\s+[^\\s.;:,\\d]+){0,6}\\s+for|valuing(?:\\s+[^\\s.;:,\\d]+){0,6}\\s+at)\\s+"
              + ABOUT_A_SUM);

  /**
   * A verb of paying or offering right before a sum, which is the price when a share follows ("will
   * pay 18.50 euros per share", "paying €14.50 a share"); alone it may be any sum paid.
   */
  private static final Pattern PAID_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:pay|pays|paying|paid|offer|offers|offered|offering)"
              + "(?:\\s+[^\\s.;:,\\d]+){0,3}\\s+[€$£¥]?$");

  /**
   * A player's transfer before the sum: "completed his transfer from Tarnow City to Harwick United
   * for €65 million", "completed the signing of Tarnow City forward Lars Berg for", "signed Lars
   * Berg from Tarnow City for". Not a contract's worth: "re-signed Ruiz and Varga for $80 million".
   */
  private static final Pattern SIGNED_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:transfer|transferred)(?:\\s+[^\\s.;:,\\d]+){0,7}"
              + "|\\bsigning\\s+of(?:\\s+[^\\s.;:,\\d]+){0,6}"
              + "|(?<!-)\\bsigned(?:\\s+[^\\s.;:,\\d]+){0,4}\\s+from(?:\\s+[^\\s.;:,\\d]+){0,4})"
              + "\\s+for\\s+(?:a\\s+(?:reported\\s+)?fee\\s+of\\s+)?"
              + ABOUT_A_SUM);

  /** A sum for each share: "18.50 euros a share", "€18.50 per share". */
  private static final Pattern PER_SHARE =
      Pattern.compile("^[^;:,]{0,30}?\\s(?:a|per|for\\s+each)\\s+share\\b");

  /** A verb of fining before the sum: "fined Tarnow Metals €45 million". */
  private static final Pattern FINED_BEFORE =
      Pattern.compile("(?i)\\bfin(?:ed|es|ing)\\s+(?:[^\\s.;:,\\d]+\\s+){0,5}[€$£¥]?$");

  /** The measure right after the sum: "a €45 million fine", "a $2 billion loss". */
  private static final Pattern MEASURE_AFTER =
      Pattern.compile(
          "[€$£¥]?[\\d.,]+\\s*(?:million|billion|trillion|bn|m)?\\s+(?:(?:"
              // the currency written out, singular or plural: "euro", "euros"
              + String.join("|", MONEY.stream().map(m -> m.replaceFirst("s$", "") + "s?").toList())
              + ")\\s+)?("
              + MEASURES
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /** Nouns for a war, folded so "its third year" of the war and of the conflict meet. */
  private static final Set<String> WAR =
      Set.of("war", "conflict", "invasion", "fighting", "hostility", "hostilities", "occupation");

  private static final Set<String> STOP =
      Set.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "of",
          "in",
          "on",
          "at",
          "to",
          "from",
          "by",
          "with",
          "for",
          "that",
          "which",
          "who",
          "was",
          "were",
          "is",
          "are",
          "be",
          "been",
          "had",
          "has",
          "have",
          "said",
          "says",
          "told",
          "would",
          "will",
          "could",
          "also",
          "than",
          "more",
          "about",
          "around",
          "some",
          "nearly",
          "almost",
          "over",
          "under",
          "after",
          "before",
          "its",
          "their",
          "his",
          "her",
          "they",
          "it",
          "this",
          "these",
          "those",
          "there",
          "as",
          "but",
          "not",
          "per",
          "cent",
          "percent",
          "million",
          "billion",
          "thousand",
          "least",
          "up",
          "into",
          "out");

  /**
   * Units of distance. A distance is between two things ("15 miles north of Detroit", where the
   * office is; "50 miles north of Detroit", where the car was seen), so a report's only distance
   * and another's are one fact only when their words say so: they are contested on a close match of
   * wording alone.
   */
  private static final Set<String> DISTANCE =
      Set.of("mile", "kilometre", "kilometer", "km", "metre", "meter", "feet", "foot");

  /** Smallest cosine between two amounts' surrounding words for them to be aligned. */
  static final double CONTEXT_MIN = 0.35;

  /**
   * Smallest cosine for two amounts to be contested when an article gives several figures of the
   * same kind.
   */
  static final double CONTEXT_STRONG = 0.6;

  /**
   * Least context similarity for two records or scores to be one: records are written in few words
   * ("Klitschko (52-3, 46 KOs)", "improved the fighter to 52-3"), so their wording says less than
   * an amount's; which two are contested is then decided by their figures ({@link
   * #oneFigureShared}).
   */
  static final double RECORD_CONTEXT_MIN = 0.2;

  /**
   * Whether two records share a figure in the same place and differ in another ("52-3" and
   * "52-16"): one record misreported. Two records that share no figure ("122-147" and "162-139")
   * are more likely two records — another season, another team — than one told wrong, so they are
   * not held against each other.
   */
  static boolean oneFigureShared(String a, String b) {
    String[] x = a.split("-");
    String[] y = b.split("-");
    if (x.length != y.length || a.equals(b)) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i].equals(y[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Figures in one sentence from which an amount is "crowded": in "269 yards and two touchdowns on
   * 83 carries and another 201 yards on 29 catches" the words around each figure describe its
   * neighbours as much as itself, so only a close match of wording can tie it to a figure
   * elsewhere.
   */
  static final int CROWDED = 4;

  private static final Pattern FIGURE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\d.,])\\d[\\d,.]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|"
              + "ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)\\b");

  /**
   * How many figures the sentence holding {@code at} has, {@code at}'s own included. A figure a
   * measure moved from, right after the one it moved to ("rose to €421 million from €361 million"),
   * is told with it and does not crowd it.
   */
  static int figuresAround(String text, int at) {
    int from = sentenceStart(text, Math.min(at, text.length()));
    int to = sentenceEnd(text, Math.min(at, text.length()));
    String sentence = text.substring(from, Math.max(from, to));
    Matcher m = FIGURE.matcher(sentence);
    int n = 0;
    int last = -1;
    while (m.find()) {
      if (last < 0 || !MOVED_FROM.matcher(sentence.substring(last, m.start())).matches()) {
        n++;
      }
      last = m.end();
    }
    return n;
  }

  /** What stands between the figure a measure moved to and the one it moved from. */
  private static final Pattern MOVED_FROM =
      Pattern.compile(
          "(?i)\\s*(?:million|billion|trillion|bn|m|per\\s*cent|percent|%)?\\s+(?:up\\s+|down\\s+)?"
              + "from\\s+(?:a\\s+|an\\s+)?[€$£¥]?");

  /** Words either side of an amount that describe it. */
  static final int WINDOW = 8;

  /** The kind of times elapsed ("41 years ago"), compared only with one another. */
  private static final String SINCE = "since";

  /** The kind of times between two events ("five days later"), compared only with one another. */
  private static final String BETWEEN = "between";

  /** Durations stated plainly ("90 days"), compared inside a story like amounts. */
  static final String PLAIN_DURATION = "plain duration";

  /**
   * The kind of a time since the last of a kind: with the first or superlative word it was told
   * with ("time since the last strongest"), so that a team's "first time in 11 years" is not held
   * against "the worst storm in 30 years".
   */
  private static String sinceLastKind(Statement s, Function<String, Article> articles) {
    Article a = articles.apply(s.article());
    String word =
        a == null
            ? null
            : DurationFinder.sinceLastWord(
                a.text(), Math.min(s.claim().start(), a.text().length()));
    return DurationFinder.SINCE_LAST + (word == null ? "" : " " + word);
  }

  /**
   * Durations that are facts of their own kind, each compared only with its like: a prison term,
   * the longest term a charge carries, the time since the last of a kind ("the first strike in 14
   * years") and notice given ("14 days' notice").
   */
  private static final Set<String> OWN_DURATIONS =
      Set.of(
          DurationFinder.PRISON_TERM,
          DurationFinder.MAXIMUM_TERM,
          DurationFinder.SINCE_LAST,
          DurationFinder.NOTICE);

  private Facts() {}

  /**
   * Statements of one fact.
   *
   * @param statements what each article says
   * @param comparable for amounts, the pairs of claim ids that were matched directly ("a|b", both
   *     orders); other pairs of the group are joined only through a third statement and are not
   *     compared. Null when every pair is comparable.
   */
  record Fact(List<Statement> statements, Set<String> comparable, Set<String> contestable) {
    boolean comparable(Statement a, Statement b) {
      return comparable == null || comparable.contains(a.claim().id() + "|" + b.claim().id());
    }

    /** Whether a difference between the two would be a contradiction. */
    boolean contestable(Statement a, Statement b) {
      return contestable == null || contestable.contains(a.claim().id() + "|" + b.claim().id());
    }
  }

  /** Groups one kind of statements from the articles of one scope into facts. */
  static List<Fact> align(
      String kind, List<Statement> statements, Function<String, Article> articles) {
    return align(kind, statements, articles, (a, b) -> false);
  }

  /**
   * Groups one kind of statements into facts, knowing which articles report one event: there a
   * short quote shared by two reports is taken for one statement (see {@link
   * #CONTESTED_QUOTE_WORDS}).
   */
  static List<Fact> align(
      String kind,
      List<Statement> statements,
      Function<String, Article> articles,
      java.util.function.BiPredicate<String, String> oneEvent) {
    if (kind.equals("quantity")) {
      return quantities(inBaseUnits(statements), articles, s -> quantityKind(s.claim().subject()));
    }
    if (kind.equals("place") || kind.equals("record")) {
      return quantities(statements, articles, s -> quantityKind(s.claim().subject()));
    }
    if (kind.equals(PLAIN_DURATION)) {
      // "served 90 days", "a five-day strike": which of several durations an article means is
      // told, like amounts, by the words around it
      return quantities(
          statements.stream().filter(s -> durationKey(s) == null).toList(),
          articles,
          s ->
              DurationFinder.SINCE_THEN.equals(s.claim().subject())
                  ? SINCE
                  : DurationFinder.TIME_BETWEEN.equals(s.claim().subject())
                      ? BETWEEN
                      : DurationFinder.SINCE_LAST.equals(s.claim().subject())
                          ? sinceLastKind(s, articles)
                          : OWN_DURATIONS.contains(s.claim().subject())
                              ? s.claim().subject()
                              : "days");
    }
    if (kind.equals("quote")) {
      return quotes(statements.stream().filter(s -> s.who() != null).toList(), oneEvent);
    }
    List<List<Statement>> groups =
        switch (kind) {
          case "role", "age" -> byKey(statements, Statement::who);
          case "duration" -> byKey(statements, Facts::durationKey);
          default -> byKey(statements, s -> s.claim().subject() + "|" + s.claim().predicate());
        };
    return groups.stream().map(g -> new Fact(g, null, null)).toList();
  }

  private static List<List<Statement>> byKey(
      List<Statement> statements, Function<Statement, String> key) {
    Map<String, List<Statement>> groups = new LinkedHashMap<>();
    for (Statement s : statements) {
      String k = key.apply(s);
      if (k != null) {
        groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
      }
    }
    return new ArrayList<>(groups.values());
  }

  /**
   * How long a war or strike has lasted. A plain "five days" says nothing about whether it is the
   * time so far or the time planned, so only durations stated as elapsed ("its third year", "over
   * three years", "since 2022") are compared.
   */
  private static String durationKey(Statement s) {
    String subject = s.claim().subject() == null ? "" : s.claim().subject();
    if (subject.equals(DurationFinder.SINCE_LAST) || subject.equals(DurationFinder.NOTICE)) {
      // a time since the last or a notice is compared by its words, however rough ("in almost
      // three months", "in more than four years"), as plain durations are
      return null;
    }
    try {
      if (Amount.parse(s.claim().value()).qualifier().equals("exact")) {
        return null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return WAR.contains(subject) ? "war" : subject;
  }

  /**
   * Quotes with the same words, one perhaps a trimmed part of the other. Only two quotes matched
   * directly are compared: a long quote holding two short ones joins them in one group, but the two
   * short ones may be different statements by different people.
   */
  private static List<Fact> quotes(
      List<Statement> statements, java.util.function.BiPredicate<String, String> oneEvent) {
    Set<String> pairs = new HashSet<>();
    Set<String> contestable = new HashSet<>();
    List<List<String>> words = new ArrayList<>();
    for (Statement s : statements) {
      words.add(quoteWords(s.claim().value()));
    }
    int[] parent = new int[statements.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < statements.size(); i++) {
      for (int j = i + 1; j < statements.size(); j++) {
        if (!statements.get(i).article().equals(statements.get(j).article())
            && (sameQuote(words.get(i), words.get(j))
                || sameScareQuote(
                    statements.get(i), statements.get(j), words.get(i), words.get(j)))) {
          parent[root(parent, i)] = root(parent, j);
          String a = statements.get(i).claim().id();
          String b = statements.get(j).claim().id();
          pairs.add(a + "|" + b);
          pairs.add(b + "|" + a);
          int shorter = Math.min(words.get(i).size(), words.get(j).size());
          if (shorter >= CONTESTED_QUOTE_WORDS
              || words.get(i).equals(words.get(j)) && shorter >= CONTESTED_QUOTE_WORDS - 1
              || oneEvent.test(statements.get(i).article(), statements.get(j).article())) {
            contestable.add(a + "|" + b);
            contestable.add(b + "|" + a);
          }
        }
      }
    }
    return components(statements, parent).stream()
        .map(g -> new Fact(g, pairs, contestable))
        .toList();
  }

  /**
   * Fewest words of the shorter of two matched quotes for different speakers to be a contradiction
   * (one fewer when the two quotes are the same words whole), unless the two reports tell one
   * event. Across the events of a topic, a short phrase ("glow in the dark", "we need a big
   * change") may well be said by two people, or be found inside another person's longer quote
   * months later; it is matched, so two reports giving it to one person agree, but two speakers for
   * it are not held against each other. Two reports of one event sharing "waited long enough" are
   * quoting the same words, and two speakers for them are a contradiction.
   */
  static final int CONTESTED_QUOTE_WORDS = 6;

  /**
   * The same quote: the shorter one's words appear in order in the longer one (a trim), or most of
   * their words are shared (a lightly edited quote). Two or more words, so that a one-word scare
   * quote like "unacceptable" given to two people is not taken for the same statement.
   */
  static boolean sameQuote(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < 3) {
      // two words ("New Moon", a name) recur inside many different quotes and would chain them
      // into one
      return false;
    }
    if (String.join(" ", longer).contains(String.join(" ", shorter))) {
      return true;
    }
    // a lightly edited quote is about as long as the other: inside a long quote, most words of
    // any short one ("we were grateful for the win") turn up somewhere
    if (longer.size() > 2 * shorter.size()) {
      return false;
    }
    Set<String> s = new HashSet<>(shorter);
    s.retainAll(new HashSet<>(longer));
    return shorter.size() >= 4 && s.size() >= 0.8 * new HashSet<>(shorter).size();
  }

  /**
   * A word or two quoted the same by two articles and given to the same person ("unacceptable",
   * twice from one minister): one statement reported twice. {@link #sameQuote} refuses so short a
   * quote, which two people may well both use; with one speaker the two can only agree, never
   * contradict, so the match is safe.
   */
  static boolean sameScareQuote(Statement a, Statement b, List<String> x, List<String> y) {
    return !x.isEmpty()
        && x.size() < 3
        && x.equals(y)
        && !a.who().isEmpty()
        && a.who().equals(b.who());
  }

  static List<String> quoteWords(String quote) {
    List<String> out = new ArrayList<>();
    for (String w : quote.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether two figures' surrounding words hold one same other figure: "killing 12 people and
   * injuring 51" and "12 people were killed and 48 injured" give their injured beside the same
   * toll.
   */
  static boolean neighbourShared(Map<String, Integer> a, Map<String, Integer> b) {
    for (String k : a.keySet()) {
      if (k.startsWith("#") && b.containsKey(k)) {
        return true;
      }
    }
    return false;
  }

  /** Amounts of the same kind of thing, aligned by mutual best match of their context. */
  private static List<Fact> quantities(
      List<Statement> statements,
      Function<String, Article> articles,
      Function<Statement, String> kindOf) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> kinds = new ArrayList<>();
    List<Map<String, Integer>> contexts = new ArrayList<>();
    List<Boolean> crowded = new ArrayList<>();
    List<String> counters = new ArrayList<>();
    for (Statement s : statements) {
      String k = kindOf.apply(s);
      Article a = articles.apply(s.article());
      contexts.add(
          a == null ? Map.of() : context(a.text(), s.claim().start(), s.claim().end(), k, stemmer));
      crowded.add(a != null && figuresAround(a.text(), s.claim().start()) >= CROWDED);
      kinds.add(countedAs(k, s.claim(), a));
      counters.add(
          a == null || !GATHERED.equals(kinds.getLast())
              ? null
              : counter(a.text(), s.claim().start(), s.claim().end()));
    }
    int n = statements.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        boolean comparable =
            i != j
                && kinds.get(i) != null
                && kinds.get(i).equals(kinds.get(j))
                && !statements.get(i).article().equals(statements.get(j).article())
                && !townAndRegion(statements.get(i), statements.get(j));
        sim[i][j] = comparable ? cosine(contexts.get(i), contexts.get(j)) : -1;
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Set<String> matched = new HashSet<>();
    Set<String> contestable = new HashSet<>();
    // how many different figures each article gives for the kind: one article giving "63 yards"
    // and "716 yards" is talking about several things, and its figures are only contested when
    // their wording matches closely
    Map<String, Set<String>> values = new HashMap<>();
    for (int i = 0; i < n; i++) {
      values
          .computeIfAbsent(statements.get(i).article() + "|" + kinds.get(i), k -> new HashSet<>())
          .add(statements.get(i).claim().value());
    }
    List<Integer> valuesOfKind = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<String> own = values.get(statements.get(i).article() + "|" + kinds.get(i));
      valuesOfKind.add(
          kinds.get(i) != null && MONEY.contains(kinds.get(i))
              ? sumsOfItsOrder(statements.get(i).claim().value(), own)
              : own.size());
    }
    // the years around a figure, read only for figures that agree or are in a contestable pair
    Map<Integer, Set<String>> years = new HashMap<>();
    Function<Integer, Set<String>> yearsOf =
        i ->
            years.computeIfAbsent(
                i,
                k -> {
                  Article a = articles.apply(statements.get(k).article());
                  return a == null
                      ? Set.of()
                      : yearsAround(a.text(), statements.get(k).claim().start());
                });
    List<int[]> joins = new ArrayList<>();
    // whether a place is named by no report of another source: read once per statement
    Map<Integer, Boolean> unsharedPlaces = new HashMap<>();
    Predicate<Integer> unshared =
        k -> unsharedPlaces.computeIfAbsent(k, x -> namedByNoOther(x, statements, articles));
    for (int i = 0; i < n; i++) {
      boolean record = statements.get(i).claim().kind().equals("record");
      for (int j = i + 1; j < n; j++) {
        // records and times since are written in few words ("41 years ago", "(52-3)"), so their
        // wording says less than an amount's
        boolean terse = record || SINCE.equals(kinds.get(i)) || BETWEEN.equals(kinds.get(i));
        // what befell the people or jobs counted ("killing 14 people", "will cut 1,200 jobs"),
        // the measure a share says changed ("profit fell 12%") or is the level of ("turnout was
        // 71%"), the stuff a unit measures ("140 millimetres of rain"), or a prison term's being
        // one, says which figure is which, as a record's few words do — however many other
        // figures the sentence gives
        boolean fated =
            kinds.get(i) != null
                && (fateIn(kinds.get(i)) != null
                    || changedMeasureIn(kinds.get(i)) != null
                    || levelMeasureIn(kinds.get(i)) != null
                    || substanceIn(kinds.get(i)) != null
                    || dimensionIn(kinds.get(i)) != null
                    || marginIn(kinds.get(i)) != null
                    || kinds.get(i).startsWith(LENGTH_OF)
                    || jobsCutIn(kinds.get(i))
                    || actedIn(kinds.get(i)) != null
                    || OWN_DURATIONS.contains(kinds.get(i))
                    || kinds.get(i).startsWith(DurationFinder.SINCE_LAST));
        // where a journey started, or the level or change of a named measure, when each report
        // gives one such: the one journey the story is about ("shipped from Lind", "had arrived
        // from Tarnow"), the month's inflation ("inflation climbed to 6.1%", "as inflation
        // reached 6.4%"), however worded; so too what was done to the things counted, a recall's
        // cars or a derailment's carriages ("five carriages left the track", "four carriages came
        // off the rails"), a ransom, fine, bail, price or fee, the length of a named happening
        // ("holding them for 40 days", "held by pirates … for 38 days": the captivity), or people
        // of one fate each report names by who they were ("two firefighters were injured",
        // "three firefighters were injured"; not "people", see sameNamedPersons), a death toll
        // each report gives in its lead (see leadToll). Not a time since the last: a story gives
        // several firsts ("back-to-back wins for the first time in 11 years", a player's "first
        // Test in a year"), told in few words, and only their words say which is which
        boolean oneOfItsKind =
            (ClaimExtractor.ORIGIN.equals(kinds.get(i))
                    || actedIn(kinds.get(i)) != null
                    || oneSum(kinds.get(i))
                    || kinds.get(i) != null && kinds.get(i).startsWith(LENGTH_OF)
                    || kinds.get(i) != null
                        && (levelMeasureIn(kinds.get(i)) != null
                            || changedMeasureIn(kinds.get(i)) != null)
                    || fateIn(kinds.get(i)) != null
                        && sameNamedPersons(statements.get(i), statements.get(j))
                    || leadToll(kinds.get(i), statements.get(i), statements.get(j)))
                && valuesOfKind.get(i) == 1
                && valuesOfKind.get(j) == 1;
        if ((sim[i][j] >= (terse ? RECORD_CONTEXT_MIN : fated ? FATED_MIN : CONTEXT_MIN)
                || oneOfItsKind && sim[i][j] >= 0
                || fated
                    && sim[i][j] >= NEIGHBOURED_MIN
                    && neighbourShared(contexts.get(i), contexts.get(j)))
            && bestIn(sim, i, statements.get(j).article(), statements) == j
            && bestIn(sim, j, statements.get(i).article(), statements) == i) {
          joins.add(new int[] {i, j});
          String a = statements.get(i).claim().id();
          String b = statements.get(j).claim().id();
          matched.add(a + "|" + b);
          matched.add(b + "|" + a);
          if (record
              ? oneFigureShared(
                      statements.get(i).claim().value(), statements.get(j).claim().value())
                  && (sim[i][j] >= CONTEXT_MIN
                      || valuesOfKind.get(i) == 1 && valuesOfKind.get(j) == 1)
              : sim[i][j] >= (terse ? CONTEXT_MIN : CONTEXT_STRONG)
                  || lonePlace(i, j, statements, articles, unshared)
                  || lonePlace(j, i, statements, articles, unshared)
                  || (valuesOfKind.get(i) == 1
                      && valuesOfKind.get(j) == 1
                      && (fated || oneOfItsKind || !crowded.get(i) && !crowded.get(j))
                      && !DISTANCE.contains(kinds.get(i)))) {
            if ((record || sameSet(statements.get(i), statements.get(j)))
                && (counters.get(i) == null
                    || counters.get(j) == null
                    || sameCounter(counters.get(i), counters.get(j)))) {
              contestable.add(a + "|" + b);
              contestable.add(b + "|" + a);
            }
          }
        } else if (sim[i][j] >= 0
            && sameFigure(statements.get(i), statements.get(j))
            && (valuesOfKind.get(i) == 1 && valuesOfKind.get(j) == 1
                || !java.util.Collections.disjoint(yearsOf.apply(i), yearsOf.apply(j))
                || sameCounter(counters.get(i), counters.get(j))
                || fated && unround(statements.get(i)))) {
          // the only figure of its kind in both articles, and figures that agree: the same fact
          // even when worded differently ("43 villages below the dam", "the evacuation covered
          // 43 villages"; "5,000 hectares", "roughly 5,000 hectares"). So too one figure dated to
          // one year in both, however many others each gives ("since 2011, when 9 people died",
          // "in 2011, killed nine people"). So too an unround figure of one fate, however worded
          // and however many others each gives: "41 people drowned" and "killing at least 41"
          // in two reports of one sinking are one toll. Matched for agreement only — a value can
          // never make a contradiction.
          joins.add(new int[] {i, j});
          String a = statements.get(i).claim().id();
          String b = statements.get(j).claim().id();
          matched.add(a + "|" + b);
          matched.add(b + "|" + a);
        }
      }
    }
    placeChains(statements, joins, sim, matched, contestable, unshared, articles);
    join(joins, sim, statements, parent);
    repeated(statements, kinds, parent, matched, contestable);
    // an undated record is of its article's season: a record is a season's, and one dated to
    // another season is not held against it (an undated amount may well be an old one: "the
    // previous record of 4,051 yards", set a year before)
    // read once per article, not once per statement
    Map<String, Optional<String>> articleYears = new HashMap<>();
    Function<Integer, String> articleYearOf =
        i ->
            articleYears
                .computeIfAbsent(
                    statements.get(i).article(),
                    id -> Optional.ofNullable(articles.apply(id)).map(Facts::articleYear))
                .orElse(null);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        String pair = statements.get(i).claim().id() + "|" + statements.get(j).claim().id();
        if (contestable.contains(pair)
            && (bothStated(i, j, statements, kinds)
                || updatedLater(statements.get(i), statements.get(j), articles)
                || updatedLater(statements.get(j), statements.get(i), articles)
                || otherYears(yearsOf.apply(i), yearsOf.apply(j))
                || statements.get(i).claim().kind().equals("record")
                    && (datedElsewhen(yearsOf.apply(i), yearsOf.apply(j), articleYearOf.apply(j))
                        || datedElsewhen(
                            yearsOf.apply(j), yearsOf.apply(i), articleYearOf.apply(i))))) {
          contestable.remove(pair);
        }
      }
    }
    List<Fact> out = new ArrayList<>();
    for (List<Statement> group : components(statements, parent)) {
      if (kindOf.apply(group.get(0)) != null) {
        out.add(new Fact(group, matched, contestable));
      }
    }
    return out;
  }

  /**
   * Sums of money differ by orders of magnitude as often as by what they pay for: a takeover's
   * "€1.2 billion", its "€14.50 a share" and its "€120 million" of savings are three things. How
   * many sums an article gives that are within a factor of {@link #SAME_ORDER} of this one: one
   * alone at its order is its article's only figure for what it pays for, as a lone count is.
   */
  private static int sumsOfItsOrder(String value, Set<String> values) {
    double v = written(value);
    if (Double.isNaN(v) || v <= 0) {
      return values.size();
    }
    int n = 0;
    for (String other : values) {
      double w = written(other);
      if (Double.isNaN(w) || w <= 0 || Math.max(v, w) / Math.min(v, w) < SAME_ORDER) {
        n++;
      }
    }
    return n;
  }

  /** The kind of a plain count of people, as a gathering's size is: "12,000 people marched". */
  static final String GATHERED = "people";

  /**
   * Who counted a gathering, as its sentence says: "Police said 12,000 people took part, while
   * organisers put the turnout at 40,000" gives 12,000 as the police's count and 40,000 as the
   * organisers'; "40,000 people, according to the union". Null when the sentence names no counter.
   * A crowd is estimated, and who estimates it matters (organisers and police routinely differ by
   * several times): two counters' figures are two estimates, each faithfully reported, so reports
   * giving them do not contradict each other, and reports giving one counter's figure agree however
   * many other figures of the kind they give. Read for plain counts of people only: a toll or a
   * count of arrests is a count of one thing, which two sources should agree on whoever gives it.
   */
  static String counter(String text, int start, int end) {
    int from = sentenceStart(text, start);
    int to = sentenceEnd(text, end);
    Matcher after = COUNTED_BY_AFTER.matcher(text.substring(end, Math.max(end, to)));
    if (after.find()) {
      return after.group(1) != null ? after.group(1) : after.group(2);
    }
    String said = text.substring(from, start);
    Matcher before = COUNTED_BY_BEFORE.matcher(said);
    String last = null;
    int lastAt = -1;
    while (before.find()) {
      last = before.group(1);
      lastAt = before.start();
    }
    if (last == null || !said.substring(0, lastAt).isBlank() || last.contains(" ")) {
      return last;
    }
    // "Organisers said", "Police said": a sentence's first word, a plural or written small
    // elsewhere ("Fairman says" is a name)
    String lower = last.toLowerCase(Locale.ROOT);
    return PLURAL_BODY.matcher(lower).matches()
            || Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text).find()
        ? lower
        : last;
  }

  /** A noun for a group of people: "police", "organisers", "officials", "authorities". */
  private static final Pattern PLURAL_BODY =
      Pattern.compile("police|\\p{L}+(?:ers|ors|ists|ysts|ials|ians|ents|ants|ities)");

  /** Whether two counters are one, however spelt: "organisers", "organizer". */
  static boolean sameCounter(String a, String b) {
    return a != null && b != null && counterWord(a).equals(counterWord(b));
  }

  private static String counterWord(String counter) {
    String[] words = counter.split("\\s+");
    String w = words[words.length - 1].toLowerCase(Locale.ROOT).replace('z', 's');
    return w.endsWith("s") && w.length() > 4 && !w.endsWith("ss")
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /** A counter named right before a figure by a verb of saying or estimating: "police said". */
  private static final Pattern COUNTED_BY_BEFORE =
      Pattern.compile(
          "\\b((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{L}+)\\s+(?:said|say|says|estimated|estimate|"
              + "estimates|put|puts|counted|reported|claimed|claims)\\b");

  /**
   * A counter named after a figure in its sentence: "…, according to the Ostland Workers' Union",
   * "…, police said".
   */
  private static final Pattern COUNTED_BY_AFTER =
      Pattern.compile(
          "\\baccording\\s+to\\s+((?:the\\s+)?(?:[\\p{L}'’.-]+\\s+){0,3}?\\p{L}+)(?=\\s*(?:[,.;:]|$))"
              + "|,\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{L}+)\\s+"
              + "(?:said|says|estimated|reported)\\s*(?:[.,;]|$)");

  /** Ratio under which two sums are of one order (see {@link #sumsOfItsOrder}). */
  private static final double SAME_ORDER = 3;

  /**
   * Whether one statement is a town a region places and the other such a region ("Lind" in "in
   * Lind, Ostland" and "Ostland" in "in Harwick, Ostland"): the two answer different questions (see
   * {@link ClaimExtractor#TOWN}).
   */
  static boolean townAndRegion(Statement a, Statement b) {
    String x = a.claim().predicate();
    String y = b.claim().predicate();
    return x.equals(ClaimExtractor.TOWN) && y.equals(ClaimExtractor.REGION)
        || x.equals(ClaimExtractor.REGION) && y.equals(ClaimExtractor.TOWN);
  }

  /**
   * Lines up two chains of places ("in Lind, Ostland"; "at Newton Street, Lind, Ostland") of two
   * reports once any of their names are matched, at the name they share, and matches the names that
   * then stand side by side: "passed away in Lind, Ostland, on Thursday" and "died yesterday in
   * Harwick, Ostland, at the age of 91" place the event in one region, and their towns say which
   * town of it; "in Lind, Ostland" and "in Lind, Vestland" place one town in two regions. The
   * names' own words may differ too much to be matched ("passed away" / "died"), and a wrong name
   * would then be left unchecked beside the agreeing ones. Such a pair is joined first, before any
   * match by words alone.
   */
  private static void placeChains(
      List<Statement> statements,
      List<int[]> joins,
      double[][] sim,
      Set<String> matched,
      Set<String> contestable,
      Predicate<Integer> unshared,
      Function<String, Article> articles) {
    int n = statements.size();
    Map<String, Integer> placeStartingAt = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Claim c = statements.get(i).claim();
      if (c.kind().equals("place") && !c.predicate().equals(ClaimExtractor.TOWN)) {
        placeStartingAt.put(statements.get(i).article() + "@" + c.start(), i);
      }
    }
    int[] next = new int[n];
    boolean[] placed = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Claim c = statements.get(i).claim();
      Integer region =
          c.kind().equals("place")
              ? placeStartingAt.get(statements.get(i).article() + "@" + (c.end() + 2))
              : null;
      next[i] = region == null ? -1 : region;
      if (region != null) {
        placed[region] = true;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    List<List<Integer>> chains = new ArrayList<>();
    int[] chainOf = new int[n];
    java.util.Arrays.fill(chainOf, -1);
    for (int i = 0; i < n; i++) {
      if (!placed[i] && next[i] >= 0) {
        List<Integer> chain = new ArrayList<>();
        for (int k = i; k >= 0 && chain.size() < n; k = next[k]) {
          chainOf[k] = chains.size();
          chain.add(k);
        }
        chains.add(chain);
      }
    }
    Set<String> joined = new HashSet<>();
    for (int[] p : joins) {
      if (chainOf[p[0]] >= 0 && chainOf[p[1]] >= 0) {
        joined.add(
            Math.min(chainOf[p[0]], chainOf[p[1]]) + "|" + Math.max(chainOf[p[0]], chainOf[p[1]]));
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int x = 0; x < chains.size(); x++) {
      for (int y = x + 1; y < chains.size(); y++) {
        List<Integer> cx = chains.get(x);
        List<Integer> cy = chains.get(y);
        if (!statements.get(cx.get(0)).article().equals(statements.get(cy.get(0)).article())) {
          lineUp(
              cx,
              cy,
              joined.contains(x + "|" + y),
              statements,
              sim,
              matched,
              contestable,
              unshared,
              articles,
              pairs);
        }
      }
    }
    joins.addAll(pairs);
  }

  /**
   * Lines up two chains of places at the first name they share at the same depth — placed by a
   * region in both, or the last of both — or, when any of their places were matched by their words,
   * at any name they share. Names lined up are one fact; they are held against each other only when
   * the chains were matched, or their own words agree as a record's few words must: "the Gulf Coast
   * town of Daphne, Ostland" is no rival of "a clinic in Lind, Ostland".
   */
  private static void lineUp(
      List<Integer> cx,
      List<Integer> cy,
      boolean joined,
      List<Statement> statements,
      double[][] sim,
      Set<String> matched,
      Set<String> contestable,
      Predicate<Integer> unshared,
      Function<String, Article> articles,
      List<int[]> pairs) {
    int shift = Integer.MIN_VALUE;
    for (int u = 0; u < cx.size() && shift == Integer.MIN_VALUE; u++) {
      for (int v = 0; v < cy.size() && shift == Integer.MIN_VALUE; v++) {
        if ((joined || (u < cx.size() - 1) == (v < cy.size() - 1))
            && Agreement.agree(statements.get(cx.get(u)), statements.get(cy.get(v)))) {
          shift = v - u;
        }
      }
    }
    if (shift == Integer.MIN_VALUE) {
      return;
    }
    for (int u = 0; u < cx.size(); u++) {
      int v = u + shift;
      if (v < 0 || v >= cy.size()) {
        continue;
      }
      int a = cx.get(u);
      int b = cy.get(v);
      boolean alike = joined || sim[a][b] >= RECORD_CONTEXT_MIN;
      pairs.add(new int[] {a, b});
      sim[a][b] = 1;
      sim[b][a] = 1;
      String ia = statements.get(a).claim().id();
      String ib = statements.get(b).claim().id();
      matched.add(ia + "|" + ib);
      matched.add(ib + "|" + ia);
      // two places each named by several sources ("checked into rehab in Lind, Ostland"; later
      // "moved to a clinic in Tarnow, Ostland") are two places of the story; a name one report
      // alone gives may be that report's error. Held against the other when the two sentences'
      // words agree, or when the name is a lone place (see lonePlace) set where several sources
      // agree on another in the same region: "a vigil turned violent in Tarnow, Ostland" and
      // "mourners clashed with officers in Lind, Ostland" share few words but one region
      if ((unshared.test(a) || unshared.test(b))
          && (alike
              || lonePlace(a, b, statements, articles, unshared)
              || lonePlace(b, a, statements, articles, unshared))) {
        contestable.add(ia + "|" + ib);
        contestable.add(ib + "|" + ia);
      }
    }
  }

  /**
   * Joins matched statements into facts, the closest pairs first, never so that one fact holds two
   * different figures of one article. Matches chain ("55 points" in one report matches "16 points"
   * in a second, which matches "23 points" in a third, which matches the first report's "23
   * points"), and a fact holding two figures of one article would be read as stating one of them,
   * hiding the other: a wrong figure then goes unchecked, compared with nothing.
   */
  static void join(List<int[]> joins, double[][] sim, List<Statement> statements, int[] parent) {
    joins.sort(Comparator.comparingDouble((int[] p) -> -sim[p[0]][p[1]]));
    Map<Integer, List<Statement>> members = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      members.put(i, new ArrayList<>(List.of(statements.get(i))));
    }
    for (int[] p : joins) {
      int a = root(parent, p[0]);
      int b = root(parent, p[1]);
      if (a == b || twoFiguresOfOneArticle(members.get(a), members.get(b))) {
        continue;
      }
      parent[a] = b;
      members.get(b).addAll(members.remove(a));
    }
  }

  private static boolean twoFiguresOfOneArticle(List<Statement> x, List<Statement> y) {
    for (Statement s : x) {
      for (Statement t : y) {
        if (s.article().equals(t.article()) && !s.claim().value().equals(t.claim().value())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the story states both figures as two facts, so that their difference is no
   * contradiction: a third article gives both ("43 RBIs in 54 games" with the Angels and "121 RBIs"
   * over the season; "six AK-47s" seized today and "14" in five operations), or one of the two
   * articles also gives the other's figure (a running back's yards of two seasons in one report, of
   * one season in the other; for places, each article must give the other's). The figures may be
   * right or wrong, but which is which is then a question of what each counts, not of who is right.
   */
  private static boolean bothStated(int i, int j, List<Statement> statements, List<String> kinds) {
    Statement a = statements.get(i);
    Statement b = statements.get(j);
    Map<String, boolean[]> byArticle = new HashMap<>();
    for (int x = 0; x < statements.size(); x++) {
      Statement s = statements.get(x);
      if (x == i || x == j || !kinds.get(i).equals(kinds.get(x))) {
        continue;
      }
      // a figure counts for one side only when it does not fit the other too: "more than 12,000"
      // fits both 12,400 and 21,000, and says nothing about which is right
      boolean withA = Agreement.agree(s, a);
      boolean withB = Agreement.agree(s, b);
      boolean[] states = byArticle.computeIfAbsent(s.article(), k -> new boolean[2]);
      states[0] |= withA && !withB;
      states[1] |= withB && !withA;
    }
    boolean[] inA = byArticle.getOrDefault(a.article(), new boolean[2]);
    boolean[] inB = byArticle.getOrDefault(b.article(), new boolean[2]);
    // for amounts one article giving both is enough: "793 yards" last season and "269 yards" this
    // season in one report, "269 yards" in another, are two seasons, not a misreport (places keep
    // the stricter rule: an article naming a second place is what a wrong place looks like)
    boolean amount = a.claim().kind().equals("quantity");
    if (amount ? inA[1] || inB[0] : inA[1] && inB[0]) {
      return true;
    }
    for (Map.Entry<String, boolean[]> e : byArticle.entrySet()) {
      if (!e.getKey().equals(a.article())
          && !e.getKey().equals(b.article())
          && e.getValue()[0]
          && e.getValue()[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two amounts count the same set as far as their words tell: the same words before the
   * counted noun, or none on either side. "Three gold medals" and "five medals", "12 worst-hit
   * villages" and "five villages", "three successive wins" and "five wins" count a part and a
   * whole, or two different parts, and can both be right.
   */
  static boolean sameSet(Statement a, Statement b) {
    if (!a.claim().kind().equals("quantity") || !b.claim().kind().equals("quantity")) {
      return true;
    }
    List<String> x = subjectWords(a.claim().subject());
    List<String> y = subjectWords(b.claim().subject());
    if (x.isEmpty() || y.isEmpty() || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      // two nouns for one thing ("13 homers", "13 home runs"): their words say nothing of parts
      return true;
    }
    return x.equals(y);
  }

  private static List<String> subjectWords(String subject) {
    if (subject == null) {
      return List.of();
    }
    String s = subject.toLowerCase(Locale.ROOT).replaceAll("\\(.*", "").strip();
    return s.isEmpty()
        ? List.of()
        : java.util.Arrays.stream(s.split("\\s+")).filter(w -> !AS_COUNTED.contains(w)).toList();
  }

  /**
   * Words that say how a figure was counted, not which part of a set it counts: "214 confirmed
   * cases" and "241 cases have now been confirmed" count one set; "new cases" do not.
   */
  private static final Set<String> AS_COUNTED =
      Set.of("confirmed", "reported", "recorded", "registered", "known", "official", "total");

  /**
   * Independent reports that must name a place, at some scale, for a report that names another
   * place nobody else names to be contested on a loose match of wording (see {@link #lonePlace}).
   */
  static final int LONE_PLACE_BACKERS = 3;

  /**
   * Whether statement {@code i} names a place no report of another source names, in words matched
   * to statement {@code j}'s, where {@link #LONE_PLACE_BACKERS} other sources name {@code j}'s
   * place: "Voters in Alaska began to cast their ballots" where the others say "Voters in
   * Turkmenistan". Reports of one event name several places each (a city, its country, a suspect's
   * home town), so two matched places are otherwise contested only on closely matching wording; a
   * place nobody else names, standing where the others agree on another, is where the report got
   * the place wrong — even when it names the others' place elsewhere, as a report that got one
   * sentence wrong still does. Not when the report names other places nobody else does: it is then
   * telling more of the story ("In Ioannina … In Patras …" where the others tell of Athens and
   * Thessaloniki); not when it introduces the place as one within the others' ("the village of
   * Jeyhian" in a report naming Iran too); and not in a headline, whose capitals make names of any
   * word ("Dies in Prison Edited on Monday").
   */
  private static boolean lonePlace(
      int i,
      int j,
      List<Statement> statements,
      Function<String, Article> articles,
      Predicate<Integer> unshared) {
    Statement s = statements.get(i);
    Statement t = statements.get(j);
    Article own = articles.apply(s.article());
    if (!s.claim().kind().equals("place")
        || own == null
        || own.text().contains(t.claim().value()) && introduced(own.text(), s.claim().start())
        || headline(own.text(), s.claim().start())
        || !unshared.test(i)) {
      return false;
    }
    Set<String> backers = new HashSet<>();
    for (Statement u : statements) {
      if (!u.source().equals(s.source())
          && Agreement.placesAgree(u.claim().value(), t.claim().value())) {
        backers.add(u.source());
      }
    }
    if (backers.size() < LONE_PLACE_BACKERS) {
      return false;
    }
    for (int k = 0; k < statements.size(); k++) {
      Statement u = statements.get(k);
      if (u.article().equals(s.article())
          && u.claim().kind().equals("place")
          && !u.claim().value().equals(s.claim().value())
          && unshared.test(k)) {
        return false;
      }
    }
    return true;
  }

  /** A place introduced as one of a kind, as a smaller place within a known one is. */
  private static final Pattern INTRODUCED =
      Pattern.compile(
          "(?i)\\b(?:village|town|city|island|province|district|county|region|hamlet|port|suburb"
              + "|neighbou?rhood|area)\\s+of\\s+(?:the\\s+)?$");

  /** Whether the name at {@code at} follows a word that introduces a place: "the town of". */
  static boolean introduced(String text, int at) {
    return INTRODUCED.matcher(text.substring(Math.max(0, at - 40), at)).find();
  }

  private static final Pattern LONG_WORD = Pattern.compile("\\b\\p{L}{4,}\\b");

  /** Whether the line holding {@code at} is written in title case, as headlines are. */
  static boolean headline(String text, int at) {
    int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int to = text.indexOf('\n', at);
    Matcher m = LONG_WORD.matcher(text.substring(from, to < 0 ? text.length() : to));
    int words = 0;
    int capitalised = 0;
    while (m.find()) {
      words++;
      capitalised += Character.isUpperCase(m.group().charAt(0)) ? 1 : 0;
    }
    return words >= 3 && capitalised >= 0.7 * words;
  }

  /** Whether no report of another source names the place, as written or at another scale. */
  private static boolean namedByNoOther(
      int i, List<Statement> statements, Function<String, Article> articles) {
    Statement s = statements.get(i);
    for (Statement u : statements) {
      if (!u.source().equals(s.source())
          && Agreement.placesAgree(u.claim().value(), s.claim().value())) {
        return false;
      }
    }
    Set<String> read = new HashSet<>();
    for (Statement u : statements) {
      Article a = articles.apply(u.article());
      if (!u.source().equals(s.source())
          && read.add(u.article())
          && a != null
          && a.text().contains(s.claim().value())) {
        return false;
      }
    }
    return true;
  }

  /**
   * How far into its article a death toll may start and still be the lead's: see {@link #leadToll}.
   */
  private static final int LEAD_CHARS = 300;

  /**
   * Whether two death tolls are each told in their article's lead: "killing three people" and "Four
   * people were killed when the storm struck", in the opening sentences of two reports of one
   * storm, are the story's one toll however differently worded. Further down, a report gives tolls
   * of other events (an earlier quake, last year's storm) in words as plain, so only the lead's.
   */
  private static boolean leadToll(String kind, Statement a, Statement b) {
    return "killed".equals(fateIn(kind))
        && a.claim().start() < LEAD_CHARS
        && b.claim().start() < LEAD_CHARS;
  }

  /**
   * Whether two counts of people name them by the same noun, and one that says who they were ("two
   * firefighters", "three firefighters"), not "people" or "others".
   */
  private static boolean sameNamedPersons(Statement a, Statement b) {
    String x = quantityKind(a.claim().subject());
    return x != null
        && !x.equals("people")
        && !x.equals(OTHERS)
        && x.equals(quantityKind(b.claim().subject()));
  }

  /** Index of statement {@code i}'s most similar statement in the given article. */
  private static int bestIn(double[][] sim, int i, String article, List<Statement> statements) {
    int best = -1;
    for (int j = 0; j < sim.length; j++) {
      if (statements.get(j).article().equals(article)
          && sim[i][j] >= 0
          && (best < 0 || sim[i][j] > sim[i][best])) {
        best = j;
      }
    }
    return best;
  }

  /**
   * The kind of thing an amount counts: its unit when it has one (euros, per cent, metres), the
   * people class for any noun that counts people, else the counted noun's head.
   */
  static String quantityKind(String subject) {
    if (subject == null || subject.isBlank()) {
      return null;
    }
    String s = subject.toLowerCase(Locale.ROOT);
    int paren = s.indexOf('(');
    if (paren >= 0 && s.startsWith("(rank)", paren)) {
      // a rank is compared with ranks of the same thing: "No. 2 official", "No. 1 seed"
      String[] thing = s.substring(0, paren).strip().split("\\s+");
      return "rank of " + thing[thing.length - 1];
    }
    if (paren >= 0) {
      return s.substring(paren + 1, s.indexOf(')', paren) < 0 ? s.length() : s.indexOf(')', paren))
          .strip();
    }
    if (others(s)) {
      // "injuring 31 others": people, once what befell them is read (see countedAs)
      return OTHERS;
    }
    String[] words = s.split("\\s+");
    for (String w : words) {
      if (OTHER.contains(w)) {
        return null;
      }
    }
    for (String w : words) {
      if (PEOPLE.contains(w)) {
        return "people";
      }
    }
    String head = words[words.length - 1];
    if (words[0].equals("caliber") || words[0].equals("calibre")) {
      // a measure of the gun, not a count: ".38 caliber revolver" and ".38 caliber Smith"
      return "caliber";
    }
    if (words.length > 1 && words[0].equals("crew")) {
      return "crew"; // "six crew members", "six crew"
    }
    if (words.length > 1 && words[0].equals("rescue") && RESCUERS.contains(head)) {
      return "rescuer"; // "60 rescue workers", "60 rescuers"
    }
    if (words.length > 1 && words[0].equals("fire") && FIRE_VEHICLES.contains(head)) {
      return "fire engine";
    }
    return SAME_THING.getOrDefault(head, head);
  }

  /**
   * Words for one counted thing that news uses interchangeably: a homer is a home run, a TD a
   * touchdown, a match a game; a crowd's fans and spectators are people. The head word decides what
   * a figure counts, so without these "13 homers" and "13 home runs" would be two things and a
   * changed figure in one would be compared with nothing.
   */
  private static final Map<String, String> SAME_THING =
      Map.ofEntries(
          Map.entry("homer", "run"),
          Map.entry("td", "touchdown"),
          Map.entry("viewer", "people"),
          Map.entry("spectator", "people"),
          Map.entry("fan", "people"),
          Map.entry("visitor", "people"),
          Map.entry("match", "game"),
          // those a prison holds, by the names reports use in turn
          Map.entry("prisoner", "inmate"),
          Map.entry("convict", "inmate"),
          // a maker's phones shipped: "41 million handsets", "41 million smartphones"
          Map.entry("handset", "phone"),
          Map.entry("smartphone", "phone"),
          // British and American names of one vehicle: "38 lorries", "38 trucks"
          Map.entry("lorry", "truck"),
          // "destroyed 40 homes", "at least 40 houses destroyed"; "12 planes", "12 aircraft"
          Map.entry("home", "house"),
          Map.entry("household", "house"),
          Map.entry("plane", "aircraft"),
          // "140mm" and "140 millimetres"
          Map.entry("mm", "millimetre"),
          Map.entry("cm", "centimetre"),
          Map.entry("km", "kilometre"),
          Map.entry("kg", "kilogram"));

  /**
   * What fire services send, by the names American and British reports give it: 31 fire trucks, 31
   * fire apparatus, 10 fire engines, 10 fire service pumps.
   */
  private static final Set<String> FIRE_VEHICLES =
      Set.of("engine", "truck", "apparatus", "appliance", "pump", "tender");

  /** Who a rescue's people are when a report says "rescue workers" rather than "rescuers". */
  private static final Set<String> RESCUERS = Set.of("worker", "personnel", "official");

  /** A comma or point between digits, which splits no figure. */
  private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[,.](?=\\d)");

  /**
   * Stemmed content words within {@link #WINDOW} words of the amount, in its sentence, and the
   * other figures there: "13 home runs and 43 RBIs in 54 games" is told with its 43 and 54 in every
   * report, and a changed figure leaves its neighbours as they were.
   */
  static Map<String, Integer> context(
      String text, int start, int end, String kind, PorterStemmer stemmer) {
    int from = pastDateline(text, sentenceStart(text, start), start);
    int to = sentenceEnd(text, end);
    // a neighbour figure is one word however written: "2,300", "4.2"
    String before = DIGIT_GROUP.matcher(text.substring(from, start)).replaceAll("");
    String after = DIGIT_GROUP.matcher(text.substring(end, to)).replaceAll("");
    List<String> words = new ArrayList<>();
    String[] b = before.split("[^\\p{L}\\d]+");
    for (int i = Math.max(0, b.length - WINDOW); i < b.length; i++) {
      words.add(b[i]);
    }
    String[] a = after.split("[^\\p{L}\\d]+");
    for (int i = 0; i < Math.min(a.length, WINDOW); i++) {
      words.add(a[i]);
    }
    Map<String, Integer> out = new HashMap<>();
    for (String w : words) {
      if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
        out.merge("#" + w, 1, Integer::sum);
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() < 3 || STOP.contains(lower) || PEOPLE.contains(lower)) {
        continue;
      }
      String stem = stemmer.stem(lower);
      if (!stem.equals(kind)) {
        out.merge(stem, 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * A dateline opening a paragraph: the place in capitals, perhaps a date and the outlet, then a
   * dash ("OSTVIK, March 3 (Harbour Wire) - ", "LIND (AP) — "). Its words say where the report was
   * filed and by whom, and one report's dateline beside its first figure would make that figure's
   * words unlike another report's telling of the same figure.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}{2}[\\p{Lu} .'-]{0,38}(?:,[^\\n()—–-]{1,40})?(?:\\s*\\([^)\\n]{1,40}\\))?"
              + "\\s*[—–-]\\s+");

  /** Where a sentence's words begin once a dateline opening its paragraph is passed. */
  private static int pastDateline(String text, int from, int before) {
    if (from > 0 && text.charAt(from - 1) != '\n') {
      return from;
    }
    Matcher m = DATELINE.matcher(text.substring(from, before));
    return m.find() ? from + m.end() : from;
  }

  /** Sentences before a figure's own whose years date it too. */
  private static final int YEARS_BACK = 2;

  /** A full stop of a title or an initial ("Mr. Ruiz", "J. Ruiz"), which ends no sentence. */
  private static final Pattern TITLE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Lt|Gen|Col|Sgt|No)|\\b\\p{Lu})\\. $");

  private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$£€])(?:19|20)\\d{2}(?!\\d|,\\d)");

  /**
   * The years written in a figure's sentence, or, when it names none, in the {@link #YEARS_BACK}
   * sentences before it: "a July 1997 racketeering conviction. He was sentenced to 12 years" dates
   * the 12 years to 1997. A year in the figure's own sentence is nearer than any before it: "the #1
   * pick in the 2013 draft. … The 2008 Chiefs ended with a 2-14 record" dates the record to 2008
   * alone. A title's full stop ("Mr. Ruiz") ends no sentence here.
   */
  static Set<String> yearsAround(String text, int at) {
    int end = sentenceEnd(text, Math.min(at, text.length()));
    int from = sentenceStartPastTitles(text, at);
    Set<String> own = years(text, from, end);
    if (!own.isEmpty()) {
      return own;
    }
    for (int back = 0; back < YEARS_BACK && from > 1; back++) {
      from = sentenceStartPastTitles(text, from - 2);
    }
    return years(text, from, end);
  }

  private static Set<String> years(String text, int from, int to) {
    Set<String> out = new HashSet<>();
    Matcher m = YEAR.matcher(text.substring(from, to));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Whether a figure dated to some years is of another time than an undated one, whose years are
   * its article's: "the 2008 Chiefs ended with a 2-14 record" and "the Chiefs, 2-13" in a report of
   * 2012.
   */
  static boolean datedElsewhen(Set<String> dated, Set<String> undated, String undatedArticleYear) {
    return !dated.isEmpty()
        && undated.isEmpty()
        && undatedArticleYear != null
        && !dated.contains(undatedArticleYear);
  }

  /**
   * The year an article is of: its publication year, or else the year its text names most often
   * (the later one on a tie); null when it names none.
   */
  static String articleYear(Article a) {
    if (a.published() != null) {
      return String.valueOf(a.published().date().getYear());
    }
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = YEAR.matcher(a.text());
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null
          || e.getValue() > counts.get(best)
          || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) > 0) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Whether figure {@code a} is a later report's update of {@code b}: its report is dated after the
   * other's and a verb moves the figure to it ("rose to about 3,500" the day after "about 3,000"
   * left their homes). A count that grew is news, not a contradiction.
   */
  static boolean updatedLater(Statement a, Statement b, Function<String, Article> articles) {
    Article x = articles.apply(a.article());
    Article y = articles.apply(b.article());
    if (x == null
        || y == null
        || x.published() == null
        || y.published() == null
        || !x.published().date().isAfter(y.published().date())) {
      return false;
    }
    int at = Math.min(a.claim().start(), x.text().length());
    return MOVED_TO.matcher(x.text().substring(Math.max(0, at - 30), at)).find();
  }

  /**
   * A verb that moves a figure to a new value, right before it: "the number forced from their homes
   * rose to about 3,500", "the death toll climbed to 21".
   */
  private static final Pattern MOVED_TO =
      Pattern.compile(
          "(?i)\\b(?:rose|risen|rising|climbed|climbing|increased|grew|jumped|reached|"
              + "swelled|doubled)\\s+to\\s+(?:(?:about|around|some|nearly|almost|roughly|more\\s+than|"
              + "at\\s+least|over)\\s+)?$");

  /**
   * Whether two figures are dated to different years: each has years written around it and they
   * share none. "Sentenced to 12 years" after "a 1997 conviction" and "a five-year sentence" in
   * "1959" are two sentences, not one sentence told two ways.
   */
  static boolean otherYears(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  /** Where the sentence holding {@code at} starts, a title's or a "No."'s full stop ending none. */
  static int sentenceStartPastTitles(String text, int at) {
    int from = sentenceStart(text, Math.min(at, text.length()));
    while (from > 1 && TITLE_BEFORE.matcher(text.substring(Math.max(0, from - 5), from)).find()) {
      from = sentenceStart(text, from - 2);
    }
    return from;
  }

  private static int sentenceStart(String text, int at) {
    int i = at;
    while (i > 0) {
      char c = text.charAt(i - 1);
      if (c == '\n' || ((c == ' ') && i >= 2 && ".!?".indexOf(text.charAt(i - 2)) >= 0)) {
        return i;
      }
      i--;
    }
    return 0;
  }

  private static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || (".!?".indexOf(c) >= 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' '))) {
        return i;
      }
    }
    return text.length();
  }

  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
    }
    return dot / Math.sqrt(norm(a) * norm(b));
  }

  private static double norm(Map<String, Integer> v) {
    double n = 0;
    for (int x : v.values()) {
      n += (double) x * x;
    }
    return n;
  }

  /**
   * A figure or place an article states again ("its plant in Lind" … "the Lind plant"), left out of
   * every match, joins the fact its first statement is part of, judged against the same statements:
   * one article stating a fact twice is one statement of it, and would otherwise stand as a second,
   * single-source fact beside the one others corroborate. A place is the same place whoever names
   * it, so a place left out of every match joins the fact that names it, in agreement with those
   * who name it too ("near Tarnow" where two others say "north of Tarnow"); it is never contested
   * by this join, having been matched to nothing.
   */
  static void repeated(
      List<Statement> statements,
      List<String> kinds,
      int[] parent,
      Set<String> matched,
      Set<String> contestable) {
    int n = statements.size();
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      size[root(parent, i)]++;
    }
    Map<String, Integer> joinedAt = new HashMap<>();
    Map<String, Integer> placeAt = new HashMap<>();
    Map<String, List<Integer>> lonePlaces = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (size[root(parent, i)] > 1 && kinds.get(i) != null) {
        joinedAt.putIfAbsent(sameStatement(statements.get(i), kinds.get(i)), i);
        if (isPlace(statements.get(i))) {
          placeAt.putIfAbsent(statements.get(i).claim().value(), i);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (kinds.get(i) == null || size[root(parent, i)] != 1) {
        continue;
      }
      Statement s = statements.get(i);
      Integer at = joinedAt.get(sameStatement(s, kinds.get(i)));
      String a = s.claim().id();
      if (at != null) {
        // judged as its first statement was, against the same statements
        String first = statements.get(at).claim().id();
        for (Statement other : statements) {
          String b = other.claim().id();
          if (matched.contains(first + "|" + b)) {
            matched.add(a + "|" + b);
            matched.add(b + "|" + a);
          }
          if (contestable.contains(first + "|" + b)) {
            contestable.add(a + "|" + b);
            contestable.add(b + "|" + a);
          }
        }
        parent[i] = root(parent, at);
      } else if (isPlace(s)
          && placeAt.containsKey(s.claim().value())
          && !otherValueOfArticle(
              statements, parent, root(parent, placeAt.get(s.claim().value())), s)) {
        int fact = root(parent, placeAt.get(s.claim().value()));
        for (int k = 0; k < n; k++) {
          if (root(parent, k) == fact
              && statements.get(k).claim().value().equals(s.claim().value())) {
            String b = statements.get(k).claim().id();
            matched.add(a + "|" + b);
            matched.add(b + "|" + a);
          }
        }
        parent[i] = fact;
      } else if (isPlace(s)) {
        lonePlaces.computeIfAbsent(s.claim().value(), v -> new ArrayList<>()).add(i);
      }
    }
    // places named by several articles and matched nowhere: one place, named by each
    for (List<Integer> same : lonePlaces.values()) {
      for (int k : same.subList(1, same.size())) {
        String a = statements.get(k).claim().id();
        for (int m : same) {
          if (m != k) {
            String b = statements.get(m).claim().id();
            matched.add(a + "|" + b);
            matched.add(b + "|" + a);
          }
        }
        parent[root(parent, k)] = root(parent, same.get(0));
      }
    }
  }

  /**
   * Whether two statements give one figure, however approximately each is written: "roughly 5,000"
   * and "5,000", "more than 600" and "around 600" — not "up to 120" and "30", which can both be
   * true but do not state the same thing.
   */
  static boolean sameFigure(Statement a, Statement b) {
    String x = a.claim().value();
    String y = b.claim().value();
    if (x.equals(y)) {
      return true;
    }
    // not amounts: NaN, which no comparison holds
    double m = written(x);
    double n = written(y);
    return Math.abs(m - n) <= 0.005 * Math.max(Math.abs(m), Math.abs(n));
  }

  /**
   * Whether a claim's figure is unround: a whole number above a dozen that is no multiple of five
   * ("41", "263"). Two reports of one story giving such a figure for one fate are telling the same
   * figure; round ones ("20", "1,200") and small ones ("3") recur for different things.
   */
  private static boolean unround(Statement s) {
    double n = written(s.claim().value());
    return n > 12 && n == Math.rint(n) && n % 5 != 0 && n < 1e7;
  }

  /** {@link #written(Amount)} of a claim's value; NaN when the value is no amount. */
  private static double written(String value) {
    try {
      return written(Amount.parse(value));
    } catch (IllegalArgumentException notAnAmount) {
      return Double.NaN;
    }
  }

  /** The figure an amount was written with: "about 20" is 20, "more than 500" 500. */
  private static double written(Amount a) {
    if (a.low() == 0) {
      return a.high();
    }
    return Double.isInfinite(a.high()) || a.low() == a.high() ? a.low() : (a.low() + a.high()) / 2;
  }

  /**
   * Whether the fact rooted at {@code fact} holds another value from the statement's article: one
   * article's two places in one fact would be read as its stating one of them (see {@link #join}).
   */
  private static boolean otherValueOfArticle(
      List<Statement> statements, int[] parent, int fact, Statement s) {
    for (int k = 0; k < statements.size(); k++) {
      Statement t = statements.get(k);
      if (root(parent, k) == fact
          && t.article().equals(s.article())
          && !t.claim().value().equals(s.claim().value())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(Statement s) {
    return s.claim().kind().equals("place");
  }

  private static String sameStatement(Statement s, String kind) {
    return s.article() + "|" + kind + "|" + s.claim().value();
  }

  static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static List<List<Statement>> components(List<Statement> statements, int[] parent) {
    Map<Integer, List<Statement>> groups = new LinkedHashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(statements.get(i));
    }
    return new ArrayList<>(groups.values());
  }
}
